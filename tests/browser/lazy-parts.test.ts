// Parts of the element that load on first use: the strings of a language other than English,
// the details panel, the tooltip, the map's keyboard cursor, the list of keys and the search
// box's list. While one loads, the element shows no text in a language it was not asked for and
// loses no key pressed; once it has come, the element shows it without being asked again.
// (tests/unit/bundle-split.test.ts proves each stays out of the first load of a production build;
// here, that the browser fetches none of them before its first use, and that each works then.)
import { afterEach, describe, expect, it } from 'vitest';
import { ENGLISH } from '../../src/i18n/strings.js';
import { cleanup, mount, nextEvent, SEED_URL, until } from './helpers.js';

afterEach(cleanup);

/** UI texts in English that no Korean view may show (in the text, or in a label or title). */
const ENGLISH_TEXTS = [
  ENGLISH.mapLabel,
  ENGLISH.legend,
  ENGLISH.sectors,
  ENGLISH.status,
  ENGLISH.loading,
  ENGLISH.loadingGeodata,
  ENGLISH.checking,
  ENGLISH.drawing,
  ENGLISH.exportPng,
  ENGLISH.exportCsv,
  ENGLISH.yearFrom,
  ENGLISH.yearTo,
  ENGLISH.play,
  ENGLISH.allYears,
  ENGLISH.showAllYears,
];

/** All a reader gets of a shadow root: its text, and the labels and titles of its elements. */
function readable(root: ShadowRoot): string {
  const labels = [...root.querySelectorAll('[aria-label], [title]')].map(
    (node) => `${node.getAttribute('aria-label')} ${node.getAttribute('title')}`,
  );
  return [root.textContent ?? '', ...labels].join('\n');
}

describe('the strings of a language', () => {
  it('lang="ko" shows the legend, timeline and map label in Korean, and never English while they load', async () => {
    const element = mount({ src: SEED_URL, lang: 'ko' });
    const root = element.shadowRoot!;
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(readable(root)));
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    const loaded = await nextEvent(element, 'coop-load');
    await element.updateComplete;
    observer.disconnect();
    seen.push(readable(root));

    const legend = root.querySelector('[part~="legend"]')!;
    expect(legend.getAttribute('aria-label')).toBe('범례');
    expect(legend.querySelector('h2')!.textContent).toBe('분야');
    expect(legend.querySelector('.summary')!.textContent).toBe(
      `관계 ${loaded.detail.links}개 중 ${loaded.detail.links}개 표시`,
    );
    expect(root.querySelector('[part~="timeline"]')!.getAttribute('aria-label')).toBe('연도');
    expect(root.querySelector('[part~="map"]')!.getAttribute('aria-label')).toBe('협력 관계 지도');

    for (const text of seen) {
      for (const english of ENGLISH_TEXTS) expect(text).not.toContain(english);
      expect(text).not.toMatch(/links shown/);
    }
  });

  it('a change of language keeps the legend in place and ends in the new language', async () => {
    const element = mount({ src: SEED_URL });
    await nextEvent(element, 'coop-load');
    await element.updateComplete;
    const legend = element.shadowRoot!.querySelector('[part~="legend"]')!;
    expect(legend.querySelector('h2')!.textContent).toBe(ENGLISH.sectors);
    const toggle = legend.querySelector<HTMLButtonElement>('button[data-sector="culture"]')!;
    toggle.focus();

    element.lang = 'kk';
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part~="legend"]')).toBe(legend);
    expect(legend.querySelector('h2')!.textContent).toBe('Салалар');
    expect(legend.querySelector('.sector-toggle[data-sector="culture"] .label')!.textContent).toBe('Мәдениет');
    expect(element.shadowRoot!.activeElement).toBe(toggle);
  });
});

describe('the details panel and the tooltip', () => {
  it('come, styled, on the first selection and the first hover', async () => {
    const element = mount({ src: SEED_URL, lang: 'ru' });
    await nextEvent(element, 'coop-load');
    const root = element.shadowRoot!;
    expect(root.querySelector('[part~="panel"]')).toBeNull();

    element.select('irkutsk-gyeongbuk');
    await element.updateComplete;
    const panel = root.querySelector<HTMLElement>('[part~="panel"]')!;
    expect(panel).not.toBeNull();
    expect(panel.querySelector('.close')!.getAttribute('aria-label')).toBe('Закрыть подробности');
    // The panel's own styles came with it: at the bottom left, scrolling, above the map.
    const style = getComputedStyle(panel);
    expect(style.zIndex).toBe('2');
    expect(style.overflowY).toBe('auto');

    element.hoverTarget('sverdlovsk-almaty', { x: 200, y: 200 });
    await element.updateComplete;
    const tooltip = root.querySelector<HTMLElement>('[part~="tooltip"]')!;
    expect(tooltip).not.toBeNull();
    expect(tooltip.textContent).toContain('Культура');
    expect(getComputedStyle(tooltip).pointerEvents).toBe('auto');
    expect(getComputedStyle(tooltip).zIndex).toBe('3');
  });
});

/** Whether the page has fetched a module of the element whose path ends so (the test server serves each apart). */
function fetched(path: string): boolean {
  return performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.endsWith(path));
}

function liveText(element: HTMLElement): string {
  return element.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent!.replace('\u200b', '');
}

describe("the map's engine", () => {
  it('comes as the element connects, before any data: the map is there after the first updateComplete', async () => {
    const element = mount({ lang: 'en' });
    await element.updateComplete;
    expect(fetched('src/map/map-controller.ts')).toBe(true);
    expect(element.map).not.toBeNull();
    // And it draws what it is given.
    element.src = SEED_URL;
    const loaded = await nextEvent(element, 'coop-load');
    expect(loaded.detail.links).toBeGreaterThan(0);
    expect(element.map!.getLayer('coop-arcs')).toBeTruthy();
  });
});

describe('the keyboard cursor, the list of keys and the search list', () => {
  it("the cursor comes with the map's first focus, and the key pressed before it came is not lost", async () => {
    const element = mount({ src: SEED_URL, lang: 'en' });
    await nextEvent(element, 'coop-load');
    await element.updateComplete;
    expect(fetched('src/controllers/keyboard-navigator.ts')).toBe(false);
    const canvas = element.map!.getCanvas();
    const centre = element.map!.getCenter();

    // The focus and a key at once, in one task: the cursor cannot have come yet.
    canvas.focus();
    const key = new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true, cancelable: true });
    canvas.dispatchEvent(key);
    // Kept from MapLibre (which would pan), and given to the cursor once it has come.
    expect(key.defaultPrevented).toBe(true);
    await element.updateComplete;
    expect(fetched('src/controllers/keyboard-navigator.ts')).toBe(true);
    expect(liveText(element)).toMatch(/, (region|country|organization|place): Links: \d+ of \d+ shown$/);
    expect(element.shadowRoot!.querySelector('[part~="tooltip"]')).not.toBeNull();
    expect(element.map!.getCenter()).toEqual(centre);

    // The list of keys comes on the first `?`, styled, and takes the focus.
    expect(fetched('src/ui/keys-panel.ts')).toBe(false);
    canvas.dispatchEvent(new KeyboardEvent('keydown', { key: '?', bubbles: true, composed: true, cancelable: true }));
    await element.updateComplete;
    const keys = await until(() => element.shadowRoot!.querySelector<HTMLElement>('[part~="keys"]'));
    expect(fetched('src/ui/keys-panel.ts')).toBe(true);
    expect(getComputedStyle(keys).zIndex).toBe('4');
    expect(getComputedStyle(keys.querySelector('dl')!).display).toBe('grid');
    await until(() => element.shadowRoot!.activeElement === keys.querySelector('h2'));
  });

  it('the search box takes typing at once; its list comes, styled, with the places found', async () => {
    const element = mount({ src: SEED_URL, lang: 'en' });
    await nextEvent(element, 'coop-load');
    await element.updateComplete;
    expect(fetched('src/ui/search-list.ts')).toBe(false);
    expect(fetched('src/ui/search-index.ts')).toBe(false);
    const input = element.shadowRoot!.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    // Typed in the same task as the focus, before the list can have come.
    input.focus();
    input.value = 'irk';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await element.updateComplete;
    expect(input.value).toBe('irk');
    const option = await until(() => element.shadowRoot!.querySelector('[role="option"]'));
    expect(fetched('src/ui/search-list.ts')).toBe(true);
    expect(option.textContent).toContain('Irkutsk');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const list = element.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!;
    expect(getComputedStyle(list).listStyleType).toBe('none');
    expect(getComputedStyle(list).borderTopStyle).toBe('solid');
    await until(() => /\bplaces? found/.test(liveText(element)));
  });
});
