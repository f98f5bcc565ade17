import { render } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { Link } from '../../src/data/model.js';
import { renderDetails, type DetailsProps } from '../../src/ui/details-panel.js';
import type { Target } from '../../src/data/target.js';
import { DataView } from '../../src/filters/data-view.js';
import { renderTimeline } from '../../src/ui/timeline.js';
import {
  contrast,
  fixtureDataSet,
  HOSTILE_TITLE,
  plainContainer,
  removeAll,
  STRINGS,
  styledHost,
  timelineProps,
} from './ui-fixtures.js';

afterEach(removeAll);

const dataset = fixtureDataSet();
const link = (id: string) => dataset.links.find((l) => l.id === id)!;

function props(target: Target, overrides: Partial<DetailsProps> = {}): DetailsProps {
  return {
    dataset,
    target,
    visible: new Set(dataset.links.map((l) => l.id)),
    layout: { aboveTimeline: false, sheet: false },
    lang: 'en',
    strings: STRINGS.en,
    onClose: () => {},
    onSelectLink: () => {},
    ...overrides,
  };
}

function show(details: DetailsProps): HTMLElement {
  const container = plainContainer();
  render(renderDetails(details), container);
  return container.querySelector<HTMLElement>('[part="panel"]')!;
}

/** The text of each `<dt>` of a `<dl>` followed by the texts of the list items in its `<dd>`. */
function groups(list: Element): [string, string[]][] {
  return [...list.querySelectorAll('dt')].map((dt) => [
    dt.textContent!.trim(),
    [...dt.nextElementSibling!.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim()),
  ]);
}

describe('renderDetails for a link', () => {
  it('is a section labelled by its heading, with places, type, status, years, sectors and note', () => {
    const panel = show(props({ kind: 'link', link: link('irk-gb') }));
    expect(panel.tagName).toBe('SECTION');
    const heading = panel.querySelector('h2')!;
    expect(panel.getAttribute('aria-labelledby')).toBe(heading.id);
    expect(heading.textContent).toBe(HOSTILE_TITLE);
    const facts = Object.fromEntries(
      [...panel.querySelectorAll('.facts dt')].map((dt) => [
        dt.textContent,
        dt.nextElementSibling!.textContent!.replace(/\s+/g, ' ').trim(),
      ]),
    );
    expect(facts).toEqual({
      Places: 'Irkutsk Oblast ↔ Gyeongsangbuk-do',
      Type: 'twinned',
      Status: 'suspended',
      Years: 'since 1996',
      Sectors: 'Culture Youth',
    });
    expect(panel.querySelector('.note')!.textContent).toBe('Suspended in 2020.');
  });

  it('renders a title holding markup as text and creates no element from it', () => {
    const panel = show(props({ kind: 'link', link: link('irk-gb') }));
    expect(panel.querySelector('h2')!.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(panel.querySelector('img')).toBeNull();
  });

  it("marks data text that is not in the reader's language with its own (3.1.2)", () => {
    const container = plainContainer();
    // A place named in English only, read in Korean: its name is said as English.
    const place = { ...dataset.places[0]!, name: { en: 'Only English' } };
    render(renderDetails(props({ kind: 'place', place }, { lang: 'ko', strings: STRINGS.ko })), container);
    const name = container.querySelector('h2 bdi')!;
    expect(name.textContent).toBe('Only English');
    expect(name.getAttribute('lang')).toBe('en');
    // In English it is the reader's language: no mark.
    render(renderDetails(props({ kind: 'place', place })), container);
    expect(container.querySelector('h2 bdi')!.hasAttribute('lang')).toBe(false);
  });

  it('uses the place names as heading when the link has no title, in the chosen language', () => {
    const panel = show(props({ kind: 'link', link: link('irk-near') }, { lang: 'ru', strings: STRINGS.ru }));
    expect(panel.querySelector('h2')!.textContent).toBe('Иркутская область ↔ Секретариат АРГСВА');
    expect(panel.textContent).toContain('членство');
    expect(panel.textContent).toContain('2012–2018');
  });

  it('groups activities by year, years in order, the undated last', () => {
    const panel = show(props({ kind: 'link', link: link('irk-gb') }));
    expect(groups(panel.querySelector('.activities')!)).toEqual([
      ['2016', ['Days of Korean culture (Culture)', 'Visit of a delegation']],
      ['2018', ['Youth exchange (Youth)']],
      ['Undated', ['Joint exhibition']],
    ]);
    const visit = panel.querySelector<HTMLAnchorElement>('.activities a')!;
    expect(visit.textContent).toBe('Visit of a delegation');
    expect(visit.getAttribute('href')).toBe('https://example.org/visit');
  });

  it('lists sources with authors and year, the title a link that opens safely in a new tab', () => {
    const panel = show(props({ kind: 'link', link: link('irk-gb') }));
    const items = [...panel.querySelectorAll('.sources li')];
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      'Li E.V., Bulletin of Irkutsk State University — Li E.V., 2021',
    );
    const anchor = items[0]!.querySelector('a')!;
    expect(anchor.getAttribute('href')).toBe('https://doi.org/10.26516/2073-3380.2021.38.58');
    expect(anchor.getAttribute('target')).toBe('_blank');
    expect(anchor.getAttribute('rel')).toBe('noopener noreferrer');
    // validateDataSet dropped the script URL; the source is still listed, as text.
    expect(items[1]!.textContent).toContain('A source with a script URL');
    expect(items[1]!.querySelector('a')).toBeNull();
    expect(panel.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('never makes a link of a javascript: or data: URL it is handed directly', () => {
    const hostile: Link = {
      ...link('irk-gb'),
      activities: [{ year: 2019, title: 'Click me', url: 'javascript:alert(1)' }],
      sources: [
        { title: 'Script source', url: 'javascript:alert(1)' },
        { title: 'Data source', url: 'data:text/html,<script>alert(1)</script>' },
        { title: 'Mixed case', url: ' JaVaScRiPt:alert(1)' },
        { title: 'Safe', url: 'https://example.org/' },
      ],
    };
    const panel = show(props({ kind: 'link', link: hostile }));
    const hrefs = [...panel.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://example.org/']);
    const sourceTexts = [...panel.querySelectorAll('.sources li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(sourceTexts[0]).toBe('Script source javascript:alert(1)');
    expect(sourceTexts[1]).toBe('Data source data:text/html,<script>alert(1)</script>');
    expect(panel.querySelector('script')).toBeNull();
    expect(panel.querySelector('.activities li')!.textContent).toContain('Click me');
  });

  it('calls onClose from its close button, labelled in the UI language', async () => {
    const onClose = vi.fn();
    const panel = show(props({ kind: 'link', link: link('irk-gb') }, { lang: 'kk', strings: STRINGS.kk, onClose }));
    const close = panel.querySelector<HTMLButtonElement>('button.close')!;
    expect(close.getAttribute('aria-label')).toBe('Толық ақпаратты жабу');
    close.click();
    expect(onClose).toHaveBeenCalledTimes(1);
    close.focus();
    await userEvent.keyboard('{Enter}');
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});

describe('renderDetails for a place', () => {
  it('lists its links as buttons that select them, drawn ones first, hidden ones marked', async () => {
    const onSelectLink = vi.fn();
    const organization = dataset.places.find((p) => p.id === 'NEAR')!;
    const visible = new Set(['near-pri']);
    const panel = show(props({ kind: 'place', place: organization }, { visible, onSelectLink }));
    expect(panel.querySelector('h2')!.textContent).toBe('NEAR secretariat');
    expect(panel.textContent).toContain('organization');
    expect(panel.textContent).toContain('Links: 1 of 2 shown');
    const buttons = [...panel.querySelectorAll<HTMLButtonElement>('button.link-button')];
    expect(buttons.map((b) => b.dataset.link)).toEqual(['near-pri', 'irk-near']);
    expect(buttons[0]!.querySelector('.link-name')!.textContent).toBe('Primorsky Krai');
    expect(buttons[0]!.hasAttribute('data-hidden')).toBe(false);
    expect(buttons[1]!.querySelector('.link-name')!.textContent).toBe('Irkutsk Oblast');
    expect(buttons[1]!.hasAttribute('data-hidden')).toBe(true);
    expect(buttons[1]!.textContent).toContain('hidden by the filters');

    // From the keyboard: Tab from the close button reaches the first link, Enter selects it.
    panel.querySelector<HTMLButtonElement>('button.close')!.focus();
    await userEvent.tab();
    expect(document.activeElement).toBe(buttons[0]);
    await userEvent.keyboard('{Enter}');
    expect(onSelectLink).toHaveBeenLastCalledWith('near-pri');
    buttons[1]!.click();
    expect(onSelectLink).toHaveBeenLastCalledWith('irk-near');
  });

  it('is found from a selected id, links before places', () => {
    const view = new DataView(dataset);
    expect(view.resolve('irk-gb')).toEqual({ kind: 'link', link: link('irk-gb') });
    expect(view.resolve('PRI')?.kind).toBe('place');
    expect(view.resolve('nothing')).toBeNull();
    expect(view.resolve(null)).toBeNull();
  });
});

describe('details panel layout', () => {
  const longNote: Link = { ...link('irk-gb'), note: 'A long note. '.repeat(400) };

  it('sits at the bottom left, at most 45% wide, below the toolbar and the notice, and scrolls a long text', () => {
    const { host, root, show: showIn } = styledHost(900, 560);
    showIn(renderDetails(props({ kind: 'link', link: longNote })));
    const panel = root.querySelector<HTMLElement>('[part="panel"]')!;
    const box = panel.getBoundingClientRect();
    const map = host.getBoundingClientRect();
    expect(box.left - map.left).toBeCloseTo(10, 0);
    expect(map.bottom - box.bottom).toBeCloseTo(10, 0);
    expect(box.width).toBeLessThanOrEqual(900 * 0.45 + 0.5);
    // The toolbar and the problems notice under it take the top left corner to 94 px.
    expect(box.top - map.top).toBeGreaterThanOrEqual(94 - 0.5);
    expect(panel.scrollHeight).toBeGreaterThan(panel.clientHeight);
    panel.scrollTop = 10_000;
    expect(panel.scrollTop).toBeGreaterThan(0);
  });

  it('stands above the timeline when both are shown', () => {
    const { root, show: showIn } = styledHost(900, 560);
    const timeline = renderTimeline(timelineProps());
    // In the order the element renders them: the timeline, then the panel, told that the timeline is there.
    const layout = { aboveTimeline: true, sheet: false };
    showIn([timeline, renderDetails(props({ kind: 'link', link: longNote }, { layout }))]);
    const panel = root.querySelector('[part="panel"]')!.getBoundingClientRect();
    const bar = root.querySelector('[part="timeline"]')!.getBoundingClientRect();
    const overlaps =
      panel.left < bar.right && bar.left < panel.right && panel.top < bar.bottom && bar.top < panel.bottom;
    expect(overlaps).toBe(false);
  });

  it.each(['light', 'dark'] as const)('is readable in the %s theme', (theme) => {
    const { root, show: showIn } = styledHost(900, 560, theme);
    showIn(renderDetails(props({ kind: 'link', link: link('irk-gb') })));
    const panel = root.querySelector<HTMLElement>('[part="panel"]')!;
    const background = getComputedStyle(panel).backgroundColor;
    expect(contrast(getComputedStyle(panel.querySelector('h2')!).color, background)).toBeGreaterThanOrEqual(7);
    expect(contrast(getComputedStyle(panel.querySelector('.facts dt')!).color, background)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(getComputedStyle(panel.querySelector('.sources a')!).color, background)).toBeGreaterThanOrEqual(
      4.5,
    );
  });

  it('rings the focused button when reached from the keyboard', async () => {
    const { root, show: showIn } = styledHost(900, 560);
    const organization = dataset.places.find((p) => p.id === 'NEAR')!;
    showIn(renderDetails(props({ kind: 'place', place: organization })));
    const close = root.querySelector<HTMLButtonElement>('button.close')!;
    const first = root.querySelector<HTMLButtonElement>('button.link-button')!;
    close.focus();
    await userEvent.tab();
    expect(root.activeElement).toBe(first);
    const style = getComputedStyle(first);
    expect(style.outlineStyle).toBe('solid');
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
  });
});
