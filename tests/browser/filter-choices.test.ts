// `types` and `countries` on the seed data: what `.visibleLinks` lists and what the GPU draws
// follow them (read back from the id buffer), a place given only by coordinates gets its country
// from the country shapes, and the legend's type toggles and country list work by keyboard, change
// the attributes, fire coop-filter-change, and axe finds nothing in them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import axe from 'axe-core';
import { page, userEvent } from 'vitest/browser';
import type { CoopMap } from '../../src/coop-map.js';
import WIKIDATA_COLUMNS from '../unit/wikidata-columns.json';
import { countWikidataPairs } from '../unit/wikidata-pairs.js';
import { cleanup, loadSeed, mount, nextEvent, SEED_URL, until } from './helpers.js';

interface SeedLink {
  id?: string;
  source: string;
  target: string;
  type?: string;
}
interface Seed {
  places: { id: string; lon: number; lat: number }[];
  links: SeedLink[];
}

async function violations(element: CoopMap): Promise<string[]> {
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
  const result = await axe.run(element, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
  return result.violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${JSON.stringify(node.target)}`));
}

async function set(element: CoopMap, change: Partial<CoopMap>): Promise<void> {
  Object.assign(element, change);
  await element.updateComplete;
  await element.whenIdle();
}

const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort();

describe('types and countries on the seed data', () => {
  let element: CoopMap;
  let seed: Seed;
  let all: string[];
  beforeAll(async () => {
    seed = (await loadSeed()) as Seed;
    element = mount({ src: SEED_URL, theme: 'light' });
    await nextEvent(element, 'coop-load');
    await element.whenIdle();
    all = element.visibleLinks;
  });
  afterAll(cleanup);

  it('countries="KR" keeps only links with an end in Korea, in .visibleLinks and on screen', async () => {
    // The NEAR secretariat is given by coordinates only (Pohang): its country comes from the shapes.
    const near = seed.places.find((p) => p.id === 'NEAR')!;
    expect(near.lon).toBeGreaterThan(124);
    const inKorea = (id: string) => id.startsWith('KR-') || id === 'KR' || id === 'NEAR';
    await set(element, { countries: 'KR' });
    const expected = all.filter((id) => {
      const link = seed.links.find((l, i) => (l.id ?? `link-${i}`) === id);
      return link ? inKorea(link.source) || inKorea(link.target) : false;
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);
    // The shapes load on first use: the NEAR links join once they have come.
    await until(async () => {
      await element.whenIdle();
      return sorted(element.visibleLinks).join() === sorted(expected).join();
    }, 20_000);
    expect(seed.links.some((l) => (l.source === 'NEAR' || l.target === 'NEAR') && expected.includes(l.id!))).toBe(true);
    await element.whenIdle();
    expect(sorted(await element.queryRenderedLinks())).toEqual(sorted(expected));
    expect(element.getAttribute('countries')).toBe('KR');
    await page.screenshot({ path: '../screenshots/filters-countries-kr-seed.png' });
    await set(element, { countries: null });
    expect(sorted(element.visibleLinks)).toEqual(sorted(all));
  });

  it('types keeps only links of those types, in .visibleLinks and on screen', async () => {
    const typeOf = new Map(seed.links.map((l) => [l.id!, l.type ?? 'cooperation']));
    await set(element, { types: 'twinned agreement' });
    const expected = all.filter((id) => ['twinned', 'agreement'].includes(typeOf.get(id)!));
    expect(expected.length).toBeGreaterThan(0);
    expect(sorted(element.visibleLinks)).toEqual(sorted(expected));
    expect(sorted(await element.queryRenderedLinks())).toEqual(sorted(expected));
    await set(element, { types: null });
    expect(sorted(await element.queryRenderedLinks())).toEqual(sorted(all));
  });

  it('the type toggles work by keyboard, change `types` and fire coop-filter-change', async () => {
    const root = element.shadowRoot!;
    const toggle = await until(() => root.querySelector<HTMLButtonElement>('button.type-toggle[data-type="twinned"]'));
    const types = [...root.querySelectorAll<HTMLButtonElement>('button.type-toggle')].map((b) => b.dataset.type!);
    expect(types.length).toBeGreaterThan(1);
    toggle.focus();
    const changed = nextEvent(element, 'coop-filter-change');
    await userEvent.keyboard('{Enter}');
    const detail = (await changed).detail;
    const rest = types.filter((t) => t !== 'twinned');
    expect(sorted(detail.types!)).toEqual(sorted(rest));
    expect(detail.countries).toBeNull();
    await element.updateComplete;
    await element.whenIdle();
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    const twinned = seed.links.filter((l) => l.type === 'twinned').map((l) => l.id!);
    for (const id of element.visibleLinks) expect(twinned).not.toContain(id);
    expect(element.visibleLinks.length).toBe(all.length - twinned.length);
    // Back on: all types again (the attribute goes away).
    const again = nextEvent(element, 'coop-filter-change');
    await userEvent.keyboard(' ');
    expect((await again).detail.types).toBeNull();
    await element.updateComplete;
    expect(element.hasAttribute('types')).toBe(false);
  });

  it('the country list opens by keyboard, its checkboxes set `countries`, Escape closes it; axe is clean', async () => {
    const root = element.shadowRoot!;
    const button = await until(() => root.querySelector<HTMLButtonElement>('button.country-button'));
    expect(button.getAttribute('aria-expanded')).toBe('false');
    button.focus();
    await userEvent.keyboard('{Enter}');
    await element.updateComplete;
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const list = await until(() => root.getElementById(button.getAttribute('aria-controls')!));
    const boxes = await until(() => {
      const found = [...list.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
      // Korea is counted with the NEAR links once the shapes have placed it.
      return found.some((b) => b.dataset.country === 'KR') ? found : null;
    });
    const codes = boxes.map((b) => b.dataset.country);
    expect(codes).toEqual(expect.arrayContaining(['RU', 'KR', 'KZ']));
    // Each with its number of links: every seed link has an end in Russia.
    const ruRow = boxes.find((b) => b.dataset.country === 'RU')!.closest('label')!;
    expect(ruRow.querySelector('.count')!.textContent).toBe(String(all.length));
    expect(await violations(element)).toEqual([]);

    // Tab to Kazakhstan's checkbox and check it with Space.
    const kz = boxes.find((b) => b.dataset.country === 'KZ')!;
    for (let i = 0; i < boxes.length + 2 && root.activeElement !== kz; i++) await userEvent.keyboard('{Tab}');
    expect(root.activeElement).toBe(kz);
    const changed = nextEvent(element, 'coop-filter-change');
    await userEvent.keyboard(' ');
    expect((await changed).detail.countries).toEqual(['KZ']);
    await element.updateComplete;
    await element.whenIdle();
    expect(element.getAttribute('countries')).toBe('KZ');
    const kzLinks = seed.links.filter((l) => l.source.startsWith('KZ') || l.target.startsWith('KZ')).map((l) => l.id!);
    expect(sorted(element.visibleLinks)).toEqual(sorted(kzLinks));
    expect(sorted(await element.queryRenderedLinks())).toEqual(sorted(kzLinks));
    expect(button.textContent).toContain('1');
    // The polite live region says what the filters show now, the country among them.
    const live = root.querySelector('[role="status"][aria-live="polite"]')!;
    await until(() => live.textContent!.includes(`${kzLinks.length} of ${all.length} links shown — KZ`));
    expect(await violations(element)).toEqual([]);
    await page.screenshot({ path: '../screenshots/filters-country-list-seed.png' });

    // Escape closes the list and gives the focus back to its button; the filter stays.
    await userEvent.keyboard('{Escape}');
    await element.updateComplete;
    await until(() => root.activeElement === button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(root.getElementById('coop-country-list')).toBeNull();
    expect(element.getAttribute('countries')).toBe('KZ');
    await set(element, { countries: null });
  });
});

const WIKIDATA_URL = '/@shared/data/wikidata-sister-cities-eu.tsv';
const LOAD_TIMEOUT_MS = 120_000;

describe('countries on the Wikidata sister-city file', () => {
  let element: CoopMap;
  let text: string;
  beforeAll(async () => {
    text = await (await fetch(WIKIDATA_URL)).text();
    element = mount({ src: WIKIDATA_URL, columns: JSON.stringify(WIKIDATA_COLUMNS), theme: 'light' });
    element.style.width = '1000px';
    element.style.height = '680px';
    await nextEvent(element, 'coop-load', LOAD_TIMEOUT_MS);
    await element.whenIdle();
  }, LOAD_TIMEOUT_MS + 10_000);
  afterAll(cleanup);

  /** The places at the ends of a link, as the element resolved them. */
  function ends(id: string): string[] {
    element.selected = id;
    const target = element.selection;
    element.selected = null;
    return target?.kind === 'link' ? [target.link.source, target.link.target] : [];
  }

  it('countries="KR" leaves the twinnings with South Korea (the country column read by name), drawn', async () => {
    // The file's rows with South Korea at either end, counted by the tests' own reading of the file.
    const [header, ...rows] = text.split('\n').filter((line) => line.trim() !== '');
    const korean = rows.filter((row) => {
      const cells = row.split('\t');
      return cells[1] === 'South Korea' || cells[9] === 'South Korea';
    });
    const expected = countWikidataPairs([header, ...korean].join('\n')).pairs;
    expect(expected).toBeGreaterThan(5);
    await set(element, { countries: 'KR' });
    const visible = element.visibleLinks;
    expect(visible.length).toBe(expected);
    for (const id of visible) expect(ends(id).some((place) => /, South Korea( #\d+)?$/.test(place))).toBe(true);
    await element.whenIdle();
    expect(sorted(await element.queryRenderedLinks())).toEqual(sorted(visible));
    await page.screenshot({ path: '../screenshots/filters-countries-kr-wikidata.png' });
  });

  it('with group-by="country", the filter applies to the links before grouping', async () => {
    await set(element, { countries: 'KR', groupBy: 'country' });
    const visible = new Set(element.visibleLinks);
    const groups = await until(() => (element.visibleGroups.length > 0 ? element.visibleGroups : null), 30_000);
    for (const group of groups) {
      expect([group.source, group.target]).toContain('KR');
      for (const id of group.links) expect(visible.has(id)).toBe(true);
    }
    expect(groups.flatMap((g) => g.links).length).toBe(visible.size);
    await set(element, { countries: 'KR FR' });
    const more = element.visibleGroups;
    expect(more.some((g) => g.source !== 'KR' && g.target !== 'KR')).toBe(true);
    // A group is of the areas that hold its places' points; the filter reads the country column,
    // which for some places says otherwise (New Caledonia and French Polynesia are France's; a few
    // cities' coordinates lie across a border): each link still has its end in one of them.
    const named = (place: string) => /, (South Korea|France)( #\d+)?$/.test(place);
    const elsewhere = more.filter((g) => !['KR', 'FR'].some((c) => [g.source, g.target].includes(c)));
    console.log(`[filters] KR FR groups whose areas are neither: ${elsewhere.map((g) => g.id).join(' ')}`);
    expect(elsewhere.length).toBeLessThan(more.length / 4);
    for (const group of more) for (const id of group.links) expect(ends(id).some(named)).toBe(true);
    await set(element, { countries: null, groupBy: null });
  });
});
