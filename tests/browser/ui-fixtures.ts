import { adoptStyles, render } from 'lit';
import { componentStyles } from '../../src/coop-map.styles.js';
import type { DataSet } from '../../src/data/model.js';
import { validateDataSet } from '../../src/data/validate.js';
import { LANGUAGES, loadStrings, type Language, type UiStrings } from '../../src/i18n/strings.js';
import { detailsStyles } from '../../src/ui/details-panel.styles.js';
import type { TimelineProps } from '../../src/ui/timeline.js';
import { tooltipStyles } from '../../src/ui/tooltip.styles.js';
import { uiStyles } from '../../src/ui/ui.styles.js';

/**
 * Every language's strings, loaded as the element loads them (each language but English is a
 * chunk of its own), for render functions that take the strings as a prop.
 */
export const STRINGS = Object.fromEntries(
  await Promise.all(LANGUAGES.map(async (lang) => [lang, await loadStrings(lang)] as const)),
) as Record<Language, UiStrings>;

/** The title of the first link: markup that must stay text. */
export const HOSTILE_TITLE = 'Irkutsk – Gyeongbuk <img src=x onerror=alert(1)>';

/**
 * A small data set with declared places (so no geodata is needed): a twinned link with two
 * sectors, dated and undated activities, one safe and one `javascript:` source; a membership
 * with an end year; and a link from the organization to a third region.
 */
export function fixtureDataSet(): DataSet {
  const { dataset } = validateDataSet({
    sectors: [{ id: 'youth', label: { en: 'Youth', ru: 'Молодёжь' }, color: '#7a5195' }],
    places: [
      {
        id: 'IRK',
        name: { en: 'Irkutsk Oblast', ru: 'Иркутская область', ko: '이르쿠츠크주', kk: 'Иркутск облысы' },
        lon: 104.3,
        lat: 52.3,
        kind: 'region',
      },
      {
        id: 'GB',
        name: { en: 'Gyeongsangbuk-do', ru: 'Кёнсан-Пукто', ko: '경상북도' },
        lon: 128.9,
        lat: 36.3,
        kind: 'region',
      },
      {
        id: 'NEAR',
        name: { en: 'NEAR secretariat', ru: 'Секретариат АРГСВА' },
        lon: 129.36,
        lat: 36.02,
        kind: 'organization',
      },
      { id: 'PRI', name: { en: 'Primorsky Krai' }, lon: 133.5, lat: 45.0, kind: 'region' },
    ],
    links: [
      {
        id: 'irk-gb',
        source: 'IRK',
        target: 'GB',
        type: 'twinned',
        status: 'suspended',
        since: 1996,
        sectors: ['culture', 'youth'],
        title: HOSTILE_TITLE,
        activities: [
          { year: 2018, sector: 'youth', title: { en: 'Youth exchange', ru: 'Молодёжный обмен' } },
          { title: { en: 'Joint exhibition' } },
          { year: 2016, sector: 'culture', title: { en: 'Days of Korean culture', ru: 'Дни корейской культуры' } },
          { year: 2016, title: { en: 'Visit of a delegation' }, url: 'https://example.org/visit' },
        ],
        sources: [
          {
            title: 'Li E.V., Bulletin of Irkutsk State University',
            url: 'https://doi.org/10.26516/2073-3380.2021.38.58',
            authors: 'Li E.V.',
            year: 2021,
          },
          { title: 'A source with a script URL', url: 'javascript:alert(1)' },
        ],
        note: { en: 'Suspended in 2020.', ru: 'Приостановлено в 2020 году.' },
      },
      {
        id: 'irk-near',
        source: 'IRK',
        target: 'NEAR',
        type: 'membership',
        status: 'ended',
        since: 2012,
        until: 2018,
        sectors: ['economy'],
      },
      { id: 'near-pri', source: 'NEAR', target: 'PRI', type: 'forum', status: 'planned', sectors: ['tourism'] },
    ],
  });
  return dataset;
}

/** Timeline props over 1990–2025, all time, paused, in English, with callbacks that do nothing. */
export function timelineProps(overrides: Partial<TimelineProps> = {}): TimelineProps {
  return {
    extent: [1990, 2025],
    range: null,
    playing: false,
    reducedMotion: false,
    strings: STRINGS.en,
    onChange: () => {},
    onTogglePlay: () => {},
    ...overrides,
  };
}

/**
 * A host the size of a map with the element's styles in its shadow root (those it has up front,
 * and those the tooltip and the panel bring when they first show), so that templates are laid out
 * and colored as inside `<coop-map>`.
 */
export function styledHost(
  width = 900,
  height = 560,
  theme: 'light' | 'dark' = 'light',
): { host: HTMLElement; root: ShadowRoot; show: (content: unknown) => void } {
  const host = document.createElement('div');
  host.setAttribute('theme', theme);
  host.style.width = `${width}px`;
  host.style.height = `${height}px`;
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, [componentStyles, uiStyles, tooltipStyles, detailsStyles]);
  return { host, root, show: (content) => render(content, root) };
}

/** A plain container for templates whose content, not layout, is under test. */
export function plainContainer(): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  return container;
}

export function removeAll(): void {
  document.body.replaceChildren();
}

/** WCAG contrast ratio of two `rgb()`/`rgba()` colors as the browser computes them (alpha ignored). */
export function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = color
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => {
        const c = Number(v) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
