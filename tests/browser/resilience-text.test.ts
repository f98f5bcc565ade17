// Issue 14 in the element, text that breaks a grammar or a layout: a sector id with a space (#2),
// a right-to-left override in one place's name (#9).
import { afterEach, describe, expect, it } from 'vitest';
import type { CoopMap } from '../../src/coop-map.js';
import { cleanup, mount, nextEvent, until } from './helpers.js';

afterEach(cleanup);

const SPACED = {
  sectors: [
    { id: 'foreign affairs', label: 'Foreign affairs', color: '#7a5195' },
    { id: 'culture', label: 'Culture', color: '#ef5675' },
  ],
  links: [
    { id: 'irk-gb', source: 'RU-IRK', target: 'KR-47', sectors: ['foreign affairs'] },
    { id: 'sve-kz', source: 'RU-SVE', target: 'KZ-11', sectors: ['culture'] },
  ],
};

describe('#2 a sector id with a space', () => {
  it('#2: "foreign affairs" stays one sector when another is switched off, and its toggle works', async () => {
    const element = mount({}, { data: structuredClone(SPACED) });
    await nextEvent(element, 'coop-load');
    element.toggleSector('culture');
    await element.updateComplete;
    // Every other sector (the built-in ones too) stays on, written with commas.
    const ids = element.getAttribute('sectors')!.split(', ');
    expect(ids).toContain('foreign affairs');
    expect(ids).not.toContain('culture');
    expect(element.visibleLinks).toEqual(['irk-gb']);
    element.toggleSector('foreign affairs');
    await element.updateComplete;
    expect(element.visibleLinks).toEqual([]);
    element.toggleSector('foreign affairs');
    await element.updateComplete;
    expect(element.visibleLinks).toEqual(['irk-gb']);
    // The legend's toggle says so too.
    const toggle = [...element.shadowRoot!.querySelectorAll('[part~="legend"] button[aria-pressed]')].find((b) =>
      b.textContent!.includes('Foreign affairs'),
    )!;
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
  });

  it('#2: a page writes ids with spaces comma-separated', async () => {
    const element = mount({ sectors: 'foreign affairs, culture' }, { data: structuredClone(SPACED) });
    await nextEvent(element, 'coop-load');
    expect(element.visibleLinks.sort()).toEqual(['irk-gb', 'sve-kz']);
    element.setAttribute('sectors', 'culture');
    await element.updateComplete;
    expect(element.visibleLinks).toEqual(['sve-kz']);
  });
});

const RLO = '\u202e';
const OVERRIDDEN = {
  places: [
    { id: 'EVIL', name: `${RLO}Evil town`, lon: 104.3, lat: 52.3 },
    { id: 'GOOD', name: 'Gyeongbuk', lon: 128.6, lat: 36.2 },
  ],
  links: [{ id: 'evil-good', source: 'EVIL', target: 'GOOD', sectors: ['culture'] }],
};

/**
 * Whether a name is drawn left to right inside an element: its first letter left of its last.
 * An override that leaks from a neighbour draws it reversed.
 */
function drawnLeftToRight(container: Element, name: string): boolean {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(name);
    if (at < 0) continue;
    const rectOf = (offset: number) => {
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      return range.getBoundingClientRect();
    };
    return rectOf(at).left < rectOf(at + name.length - 1).left;
  }
  throw new Error(`"${name}" is not in the element`);
}

describe('#9 a right-to-left override in a place name', () => {
  async function loaded(): Promise<CoopMap> {
    const element = mount({}, { data: structuredClone(OVERRIDDEN) });
    await nextEvent(element, 'coop-load');
    return element;
  }

  it("#9: does not reverse its partner's name in the details panel's heading", async () => {
    const element = await loaded();
    element.select('evil-good');
    const heading = await until(() => element.shadowRoot!.querySelector('[part~="panel"] h2'));
    await element.updateComplete;
    expect(heading.textContent).toContain('Gyeongbuk');
    expect(drawnLeftToRight(heading, 'Gyeongbuk')).toBe(true);
  });

  it("#9: does not reverse its partner's name in the tooltip", async () => {
    const element = await loaded();
    element.hoverTarget('evil-good', { x: 100, y: 100 });
    const title = await until(() => element.shadowRoot!.querySelector('[part~="tooltip"] .tooltip-title'));
    await element.updateComplete;
    expect(drawnLeftToRight(title, 'Gyeongbuk')).toBe(true);
  });

  it("#9: does not reverse its partner's name in the table view", async () => {
    const element = await loaded();
    element.setAttribute('view', 'table');
    const cell = await until(() => element.shadowRoot!.querySelector('button.row-select'));
    await element.updateComplete;
    expect(drawnLeftToRight(cell, 'Gyeongbuk')).toBe(true);
  });
});
