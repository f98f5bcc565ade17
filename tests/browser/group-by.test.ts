// `group-by`: one arc per pair of countries, on the seed data and on the 24,926-row Wikidata
// sister-city file. The arcs are read back from the GPU's id buffer and the canvas; the tooltip,
// the panel (virtualized for a corridor of thousands of links), the keyboard and axe are tried
// on the groups as a reader meets them.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import axe from 'axe-core';
import { page, userEvent } from 'vitest/browser';
import type { CoopMap } from '../../src/coop-map.js';
import WIKIDATA_COLUMNS from '../unit/wikidata-columns.json';
import {
  arcMiddle,
  canvasPixels,
  cleanup,
  differingShare,
  mount,
  mouse,
  nextEvent,
  placeOf,
  SEED_URL,
  until,
} from './helpers.js';

const WIKIDATA_URL = '/@shared/data/wikidata-sister-cities-eu.tsv';
const LOAD_TIMEOUT_MS = 120_000;
const COUNTRY = /^[A-Z]{2}$/;

async function violations(element: CoopMap): Promise<string[]> {
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
  const result = await axe.run(element, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
  return result.violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${JSON.stringify(node.target)}`));
}

function shadow(element: CoopMap): ShadowRoot {
  return element.shadowRoot!;
}

/** Sets an attribute's property and waits until the map has drawn what follows. */
async function set(element: CoopMap, change: Partial<CoopMap>): Promise<void> {
  Object.assign(element, change);
  await element.updateComplete;
  await element.whenIdle();
}

/** Hovers around a point until the tooltip of a group shows, as a hand moves over an arc. */
async function hoverGroup(element: CoopMap, at: { x: number; y: number }): Promise<Element> {
  return until(async () => {
    for (let d = 0; d <= 12; d += 2)
      for (const [dx, dy] of [
        [0, d],
        [d, 0],
        [0, -d],
        [-d, 0],
      ] as const) {
        const links = await element.queryRenderedLinks({ x: at.x + dx, y: at.y + dy, width: 1, height: 1 });
        if (!links.some((id) => id.startsWith('group:'))) continue;
        mouse(element, 'mousemove', { x: at.x + dx, y: at.y + dy });
        const tooltip = await until(() => shadow(element).querySelector('[part~="tooltip"] [data-group-count]'), 2000)
          .then((t) => t.closest('[part~="tooltip"]'))
          .catch(() => null);
        if (tooltip) return tooltip;
      }
    return null;
  });
}

describe('group-by="country" on the seed data', () => {
  let element: CoopMap;
  beforeAll(async () => {
    element = mount({ src: SEED_URL, theme: 'light', 'group-by': 'country' });
    element.style.width = '1000px';
    element.style.height = '680px';
    await nextEvent(element, 'coop-load');
    await element.whenIdle();
  });
  afterAll(cleanup);
  afterEach(() => element.select(null));

  it('draws one arc per pair of countries, and .visibleGroups lists them with their links', async () => {
    const groups = element.visibleGroups;
    expect(groups.length).toBeGreaterThan(1);
    const visible = new Set(element.visibleLinks);
    const seen = new Set<string>();
    for (const group of groups) {
      expect(group.id).toBe(`group:${group.source}:${group.target}`);
      expect(group.source < group.target).toBe(true);
      for (const id of group.links) {
        expect(visible.has(id)).toBe(true);
        expect(seen.has(id)).toBe(false);
        seen.add(id);
      }
    }
    expect(groups.map((g) => g.id)).toContain('group:KR:RU');
    // The places drawn are the countries at the groups' ends.
    const ends = new Set(groups.flatMap((g) => [g.source, g.target]));
    expect(new Set(element.visiblePlaces)).toEqual(ends);
    // What the GPU drew is the groups, each at least once.
    const drawn = new Set(await element.queryRenderedLinks());
    for (const group of groups) expect(drawn.has(group.id)).toBe(true);
    await page.screenshot({ path: '../screenshots/group-by-country-seed.png' });
  });

  it('a group’s tooltip gives its count and top sectors; its panel lists its links, each opens', async () => {
    const group = element.visibleGroups.find((g) => g.id === 'group:KR:RU')!;
    const middle = arcMiddle(element, placeOf(element, 'KR'), placeOf(element, 'RU'));
    const tooltip = await hoverGroup(element, middle);
    expect(tooltip.textContent).toContain('↔');
    expect(tooltip.textContent).toMatch(/\d+ links/);
    expect(tooltip.querySelectorAll('.sector-list li').length).toBeGreaterThan(0);

    const selected = nextEvent(element, 'coop-select');
    element.select(group.id);
    expect((await selected).detail).toEqual({ kind: 'group', id: group.id });
    await element.updateComplete;
    const panel = await until(() => shadow(element).querySelector('[part~="panel"]'));
    expect(panel.textContent).toContain(`${group.links.length} links`);
    const buttons = [...panel.querySelectorAll<HTMLButtonElement>('button[data-link]')];
    expect(buttons.map((b) => b.dataset.link)).toEqual(group.links);
    expect(await violations(element)).toEqual([]);
    const linkSelected = nextEvent(element, 'coop-select');
    buttons[0]!.click();
    await element.updateComplete;
    expect((await linkSelected).detail).toEqual({ kind: 'link', id: group.links[0] });
    expect(element.selected).toBe(group.links[0]);
    expect(element.selection?.kind).toBe('link');
    await until(() => shadow(element).querySelector('[part~="panel"] .facts'));
  });

  it('a country’s tooltip counts its groups, all shown', async () => {
    const point = element.map!.project(placeOf(element, 'RU'));
    mouse(element, 'mousemove', { x: point.x, y: point.y });
    const tooltip = await until(() => shadow(element).querySelector('[part~="tooltip"][data-kind="place"]'));
    const groups = element.visibleGroups.filter((g) => g.source === 'RU' || g.target === 'RU').length;
    expect(tooltip.textContent).toContain(`${groups} of ${groups}`);
    expect(groups).toBeGreaterThan(0);
    element.hoverTarget(null);
  });

  it('filters apply to the links before grouping; without group-by there are no groups', async () => {
    const all = element.visibleGroups;
    await set(element, { sectors: 'culture' });
    const culture = element.visibleGroups;
    const visible = new Set(element.visibleLinks);
    expect(culture.flatMap((g) => g.links).every((id) => visible.has(id))).toBe(true);
    expect(culture.flatMap((g) => g.links).length).toBeLessThan(all.flatMap((g) => g.links).length);
    // What is drawn follows: no arc is left of a group the filters emptied.
    const drawn = new Set(await element.queryRenderedLinks());
    for (const id of drawn) expect(culture.some((g) => g.id === id)).toBe(true);
    await set(element, { sectors: null, groupBy: null });
    expect(element.visibleGroups).toEqual([]);
    const links = await until(async () => {
      const ids = await element.queryRenderedLinks();
      return ids.length > 0 && ids.every((id) => !id.startsWith('group:')) ? ids : null;
    });
    expect(links.length).toBeGreaterThan(all.length);
    element.groupBy = 'country';
    await element.updateComplete;
    await until(async () => (await element.queryRenderedLinks()).some((id) => id.startsWith('group:')));
  });

  it('a place found by the search is fitted with its partners as the grouped map shows them', async () => {
    await element.whenIdle();
    const [kz, ru] = [placeOf(element, 'KZ'), placeOf(element, 'RU')];
    const home = { center: element.map!.getCenter(), zoom: element.map!.getZoom() };
    element.map!.jumpTo({ center: [-40, 0], zoom: 4 });
    await element.whenIdle();
    const input = shadow(element).querySelector<HTMLInputElement>('input[role="combobox"]')!;
    input.focus();
    await userEvent.keyboard('Kostanay');
    await until(() => shadow(element).querySelector('[role="option"]')?.textContent?.includes('Kostanay'));
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await until(() => element.selected === 'KZ-39');
    await element.whenIdle();
    // Kostanay's area and its partner Sverdlovsk's, Kazakhstan and Russia, are both in view.
    const bounds = element.map!.getBounds();
    expect(bounds.contains(kz)).toBe(true);
    expect(bounds.contains(ru)).toBe(true);
    await userEvent.keyboard('{Escape}{Escape}');
    // The other tests read what is drawn in the whole view.
    element.map!.jumpTo(home);
    await element.whenIdle();
  });

  it('a change of the filters is announced in links, not in groups', async () => {
    const live = () => shadow(element).querySelector('[role="status"][aria-live="polite"]')!.textContent!;
    await set(element, { sectors: 'culture' });
    const shown = element.visibleLinks.length;
    await until(() => live().includes(`${shown} of 12 links shown`));
    expect(element.visibleGroups.length).not.toBe(shown);
    await set(element, { sectors: null });
    await until(() => live().includes('12 of 12 links shown'));
  });

  it('by keyboard: the cursor goes to a country and through its groups; Enter opens one', async () => {
    const canvas = element.map!.getCanvas();
    canvas.focus();
    await userEvent.keyboard('{Home}');
    await userEvent.keyboard('{PageDown}');
    await element.updateComplete;
    const tooltip = await until(() => shadow(element).querySelector('[part~="tooltip"] [data-group-count]'));
    expect(Number(tooltip.getAttribute('data-group-count'))).toBeGreaterThan(0);
    await userEvent.keyboard('{Enter}');
    await element.updateComplete;
    expect(element.selected).toMatch(/^group:/);
    await until(() => shadow(element).querySelector('[part~="panel"] button[data-link]'));
  });

  it('group-by="region": one arc per pair of admin-1 regions', async () => {
    await set(element, { groupBy: 'region' });
    const groups = await until(() => {
      const g = element.visibleGroups;
      return g.some((x) => x.source.includes('-')) ? g : null;
    }, 30_000);
    await element.whenIdle();
    const pairs = groups.map((g) => `${g.source} ${g.target}`);
    expect(pairs).toContain('KR-47 RU-IRK');
    const drawn = new Set(await element.queryRenderedLinks());
    for (const group of groups) expect(drawn.has(group.id)).toBe(true);
    await page.screenshot({ path: '../screenshots/group-by-region-seed.png' });
    await set(element, { groupBy: 'country' });
    await until(() => element.visibleGroups.some((g) => g.id === 'group:KR:RU'));
  });

  it('a country is selected as a place; the width key says the width is the number of links', async () => {
    const selected = nextEvent(element, 'coop-select');
    element.select('KR');
    expect((await selected).detail).toEqual({ kind: 'place', id: 'KR' });
    // The seed's links have no weight: a group's width is its number of links.
    const key = shadow(element).querySelector('[part~="legend"] .width-key')!;
    expect(key.getAttribute('aria-label')).toBe('Width: number of links');
  });

  it('a new group-by fits the view to its arcs unless the reader moved the map; a filter change keeps it', async () => {
    const map = element.map!;
    const allInView = () => {
      const canvas = map.getCanvas();
      return element.visiblePlaces.every((id) => {
        const at = map.project(placeOf(element, id));
        return at.x >= 0 && at.y >= 0 && at.x <= canvas.clientWidth && at.y <= canvas.clientHeight;
      });
    };
    expect(allInView()).toBe(true);
    // Moved by the page (no user event): a new group-by fits again.
    map.jumpTo({ center: [-60, -20], zoom: 4 });
    expect(allInView()).toBe(false);
    await set(element, { groupBy: 'region' });
    await until(() => element.visibleGroups.some((g) => g.source.includes('-')), 30_000);
    await element.whenIdle();
    expect(allInView()).toBe(true);
    // A filter change keeps the view.
    map.jumpTo({ center: [-60, -20], zoom: 4 });
    await set(element, { sectors: 'culture' });
    await element.whenIdle();
    expect(map.getCenter().lng).toBeCloseTo(-60, 3);
    element.sectors = null;
    // Moved by the reader (a user event): the view stays where the reader put it.
    map.jumpTo({ center: [-60, -20], zoom: 4 }, { originalEvent: new WheelEvent('wheel') });
    await set(element, { groupBy: 'country' });
    await until(() => element.visibleGroups.some((g) => g.id === 'group:KR:RU'));
    await element.whenIdle();
    expect(map.getCenter().lng).toBeCloseTo(-60, 3);
    expect(map.getZoom()).toBeCloseTo(4, 3);
    shadow(element).querySelector<HTMLButtonElement>('button[data-zoom="fit"]')!.click();
    await element.whenIdle();
    await until(() => allInView() || null);
  });

  it('the table lists the groups', async () => {
    element.view = 'table';
    await element.updateComplete;
    const table = await until(() => shadow(element).querySelector('table'));
    expect(table.textContent).toContain('↔');
    expect(await violations(element)).toEqual([]);
    element.view = null;
    await element.updateComplete;
  });
});

describe('group-by="country" on the Wikidata sister-city file', () => {
  let element: CoopMap;
  beforeAll(async () => {
    element = mount({ src: WIKIDATA_URL, columns: JSON.stringify(WIKIDATA_COLUMNS), 'group-by': 'country' });
    element.style.width = '1000px';
    element.style.height = '640px';
    await nextEvent(element, 'coop-load', LOAD_TIMEOUT_MS);
    await element.whenIdle();
  }, LOAD_TIMEOUT_MS + 10_000);
  afterAll(cleanup);

  it('draws a few hundred country pairs instead of 16,000 city pairs', async () => {
    const groups = element.visibleGroups;
    const links = element.visibleLinks.length;
    expect(links).toBeGreaterThan(15_000);
    expect(groups.length).toBeGreaterThan(200);
    expect(groups.length).toBeLessThan(links / 10);
    // A city whose point lies in no country's shape (an island the shapes leave out, a point in
    // the sea) stays a place of its own: a few links in all.
    const outside = groups.filter((g) => ![g.source, g.target].every((id) => COUNTRY.test(id)));
    const outsideLinks = outside.reduce((n, g) => n + g.links.length, 0);
    console.info(
      'groups with an end in no country:',
      outside.length,
      outsideLinks,
      outside.slice(0, 12).map((g) => g.id),
    );
    expect(outsideLinks).toBeLessThan(links * 0.02);
    // Nearly every link falls in a pair of countries (the rest join two cities of one country).
    const grouped = groups.reduce((n, g) => n + g.links.length, 0);
    expect(grouped).toBeGreaterThan(links * 0.8);
    // Germany–France, the densest corridor of European twinning, is one arc of its own.
    const deFr = groups.find((g) => g.id === 'group:DE:FR')!;
    expect(deFr.links.length).toBeGreaterThan(1000);
    await page.screenshot({ path: '../screenshots/group-by-country-wikidata.png' });
    // Drawn: in Europe, where the arcs are densest, the GPU's id buffer holds more than a thousand groups.
    const map = element.map!;
    const home = { center: map.getCenter(), zoom: map.getZoom() };
    map.jumpTo({ center: [6, 49], zoom: 4 });
    await element.whenIdle();
    await page.screenshot({ path: '../screenshots/group-by-country-wikidata-europe.png' });
    const drawn = new Set(await element.queryRenderedLinks());
    expect(drawn.size).toBeGreaterThan(500);
    expect(drawn.has('group:DE:FR')).toBe(true);
    map.jumpTo(home);
    await element.whenIdle();
  });

  it('top="20" draws the 20 heaviest corridors, widest first', async () => {
    const all = element.visibleGroups;
    await set(element, { top: '20' });
    const top = element.visibleGroups;
    expect(top.length).toBe(20);
    const counts = all.map((g) => g.links.length).sort((a, b) => b - a);
    expect(Math.min(...top.map((g) => g.links.length))).toBe(counts[19]);
    const drawn = await element.queryRenderedLinks();
    expect(drawn.length).toBeGreaterThan(15);
    for (const id of drawn) expect(top.some((g) => g.id === id)).toBe(true);
    await page.screenshot({ path: '../screenshots/group-by-country-wikidata-top20.png' });
    // The legend counts arcs as arcs, and keys their widths by number of links (the file has no weights).
    const legend = shadow(element).querySelector('[part~="legend"]')!;
    expect(legend.querySelector('.summary')!.textContent).toContain(
      `20 strongest of ${all.length.toLocaleString('en')}`,
    );
    const key = [...legend.querySelectorAll('.width-key-item')].map((item) => item.textContent!.trim());
    expect(key.at(-1)).toBe(counts[0]!.toLocaleString('en'));
    await set(element, { top: null });
  });

  it('the panel of a corridor of thousands of links draws only the rows in view, and each opens', async () => {
    const deFr = element.visibleGroups.find((g) => g.id === 'group:DE:FR')!;
    element.select(deFr.id);
    await element.updateComplete;
    const list = await until(() => shadow(element).querySelector('[part~="panel"] .group-links.virtual'));
    const rows = await until(() => {
      const buttons = list.querySelectorAll<HTMLButtonElement>('button[data-link]');
      return buttons.length > 0 ? buttons : null;
    });
    expect(rows.length).toBeLessThan(200);
    expect(deFr.links).toContain(rows[0]!.dataset.link);
    expect(await violations(element)).toEqual([]);
    rows[0]!.click();
    await element.updateComplete;
    expect(element.selection?.kind).toBe('link');
    element.select(null);
  });

  it('changing group-by to region regroups without reloading the file', async () => {
    const before = await canvasPixels(element);
    let loads = 0;
    element.addEventListener('coop-load', () => loads++);
    let start = performance.now();
    element.groupBy = 'region';
    await element.updateComplete;
    const groups = await until(() => {
      const g = element.visibleGroups;
      return g.length > 0 && g.some((x) => x.source.includes('-')) ? g : null;
    }, 60_000);
    expect(groups.length).toBeGreaterThan(1000);
    await element.whenIdle();
    expect(differingShare(before, await canvasPixels(element))).toBeGreaterThan(0.01);
    const toRegion = performance.now() - start;
    expect(loads).toBe(0);
    // Back to countries: the country shapes are indexed already; the places' areas are found again.
    start = performance.now();
    await set(element, { groupBy: 'country' });
    await until(() => element.visibleGroups.some((g) => g.id === 'group:DE:FR'));
    await element.whenIdle();
    const toCountry = performance.now() - start;
    console.info(
      `group-by change, drawn and idle: country → region ${toRegion.toFixed(0)} ms (admin-1 file fetched`,
      `and decoded), region → country ${toCountry.toFixed(0)} ms`,
    );
  });
});
