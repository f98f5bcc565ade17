// The 24,926-row Wikidata sister-city file, loaded once, read as a new user reads it: places win
// the pointer over the arcs passing by, places follow the filters, the world shows once, and
// `top` / `min-weight` thin the arcs. The file has no weight column: the origin city's
// population stands in for one (mapped to `weight`), so that the strongest links are the
// partnerships of the biggest cities.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import axe from 'axe-core';
import { page, userEvent } from 'vitest/browser';
import type { CoopMap } from '../../src/coop-map.js';
import WIKIDATA_COLUMNS from '../unit/wikidata-columns.json';
import { cleanup, clickAt, mount, mouse, nextEvent, until } from './helpers.js';

const WIKIDATA_URL = '/@shared/data/wikidata-sister-cities-eu.tsv';
const LOAD_TIMEOUT_MS = 120_000;
/** Lyon as the file gives it. */
const LYON: [number, number] = [4.8413888888889, 45.758888888889];
const SHANGHAI: [number, number] = [121.46666666667, 31.166666666667];

let element: CoopMap;
/** The view fitted to the data. */
let home: { center: [number, number]; zoom: number };

beforeAll(async () => {
  const columns = { ...WIKIDATA_COLUMNS, originpopulation: 'weight' };
  element = mount({ src: WIKIDATA_URL, columns: JSON.stringify(columns) });
  element.style.width = '1000px';
  element.style.height = '640px';
  await nextEvent(element, 'coop-load', LOAD_TIMEOUT_MS);
  await element.whenIdle();
  const map = element.map!;
  home = { center: map.getCenter().toArray() as [number, number], zoom: map.getZoom() };
}, LOAD_TIMEOUT_MS + 10_000);

afterAll(cleanup);

/** Where a point of the globe is drawn, in CSS px from the map's corner, on the copy nearest the centre. */
function projected(lonLat: [number, number]): { x: number; y: number } {
  const map = element.map!;
  const centre = map.getCenter().lng;
  const lon = lonLat[0] + 360 * Math.round((centre - lonLat[0]) / 360);
  const point = map.project([lon, lonLat[1]]);
  return { x: point.x, y: point.y };
}

/** Takes the pointer off the map and waits for the tooltip to go. */
async function pointerAway(): Promise<void> {
  element
    .map!.getCanvasContainer()
    .dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: document.body }));
  await until(() => !element.shadowRoot!.querySelector('[part~="tooltip"]'));
}

/** Hovers a point and gives the tooltip that comes. */
async function hover(at: { x: number; y: number }): Promise<Element> {
  await pointerAway();
  mouse(element, 'mousemove', at);
  return until(() => element.shadowRoot!.querySelector('[part~="tooltip"]'));
}

describe('the Wikidata file: places win the pointer', () => {
  it('hovering and clicking next to Shanghai at the fitted view go to Shanghai, not to the arcs over it', async () => {
    const shanghai = projected(SHANGHAI);
    const near = { x: shanghai.x + 3, y: shanghai.y - 3 };
    // Its arcs pass there: without places first, the pointer would get one of them.
    const links = await element.queryRenderedLinks({ x: near.x, y: near.y, width: 1, height: 1 });
    expect(links.length).toBeGreaterThan(0);

    const tooltip = await hover(near);
    expect(tooltip.getAttribute('data-kind')).toBe('place');
    expect(tooltip.textContent).toContain('Shanghai');

    const selected = nextEvent(element, 'coop-select');
    clickAt(element, near);
    const { detail } = await selected;
    expect(detail).toEqual({ kind: 'place', id: expect.stringMatching(/^Shanghai/) });
    await element.updateComplete;
    await element.whenIdle();
    await page.screenshot({ path: '../screenshots/big-shanghai-clicked.png' });
    element.select(null);
    await pointerAway();
  });

  it('zoomed in on Lyon, a point five pixels off its dot gets Lyon', async () => {
    const map = element.map!;
    map.jumpTo({ center: LYON, zoom: 9 });
    await element.whenIdle();
    const lyon = projected(LYON);
    const near = { x: lyon.x - 4, y: lyon.y + 3 };
    expect((await element.queryRenderedLinks({ ...near, width: 1, height: 1 })).length).toBeGreaterThan(0);
    const tooltip = await hover(near);
    expect(tooltip.getAttribute('data-kind')).toBe('place');
    expect(tooltip.textContent).toContain('Lyon');
    await pointerAway();
    map.jumpTo(home);
    await element.whenIdle();
  });

  it('an arc far from any place still gets the pointer', async () => {
    // Over the open Atlantic, west of Europe, arcs to the Americas pass and no place is near.
    const sea = projected([-30, 47]);
    const spot = await until(async () => {
      for (let dx = -6; dx <= 6; dx++)
        for (let dy = -6; dy <= 6; dy++) {
          const at = { x: sea.x + dx, y: sea.y + dy };
          if ((await element.queryRenderedLinks({ ...at, width: 1, height: 1 })).length > 0) return at;
        }
      return null;
    });
    const tooltip = await hover(spot);
    expect(tooltip.getAttribute('data-kind')).toBe('link');
    expect(tooltip.textContent).toContain('↔');
    await pointerAway();
  });
});

/** Places drawn as dots on the map now, by index, read from what MapLibre rendered. */
function drawnDots(): Set<number> {
  const features = element.map!.queryRenderedFeatures({ layers: ['coop-points'] });
  return new Set(features.map((f) => f.properties.placeIndex as number));
}

async function settle(): Promise<void> {
  await element.updateComplete;
  await element.whenIdle();
}

describe('the Wikidata file: places follow the filters, the world shows once, top and min-weight', () => {
  it('fits the view to one world: nothing is repeated sideways', async () => {
    const bounds = element.map!.getBounds();
    expect(bounds.getEast() - bounds.getWest()).toBeLessThanOrEqual(360.5);
    await page.screenshot({ path: '../screenshots/big-all-links.png' });
  });

  it('.visiblePlaces lists the places with a link shown; with none shown no dot is drawn', async () => {
    const all = element.visiblePlaces;
    expect(all.length).toBeGreaterThan(10_000);
    expect(drawnDots().size).toBeGreaterThan(5_000);
    // No link is planned: the status filter hides them all, and every place with them.
    element.setAttribute('statuses', 'planned');
    await settle();
    expect(element.visibleLinks).toEqual([]);
    expect(element.visiblePlaces).toEqual([]);
    expect(drawnDots().size).toBe(0);
    expect(await element.queryRenderedLinks()).toEqual([]);
    element.removeAttribute('statuses');
    await settle();
    expect(element.visiblePlaces).toEqual(all);
  });

  it('without top, the GPU draws among .visibleLinks; top="50" draws the 50 strongest and their places', async () => {
    const visible = new Set(element.visibleLinks);
    const rendered = await element.queryRenderedLinks();
    expect(rendered.length).toBeGreaterThan(1_000);
    expect(rendered.every((id) => visible.has(id))).toBe(true);

    element.setAttribute('top', '50');
    await settle();
    // .visibleLinks still lists what the filters show; only what is drawn is thinned.
    expect(element.visibleLinks.length).toBe(visible.size);
    const top = await element.queryRenderedLinks();
    // A few arcs may lie wholly under others in the id buffer; none beyond the 50 is drawn.
    expect(top.length).toBeLessThanOrEqual(50);
    expect(top.length).toBeGreaterThan(40);
    expect(top.every((id) => visible.has(id))).toBe(true);
    const places = element.visiblePlaces;
    expect(places.length).toBeGreaterThan(10);
    expect(places.length).toBeLessThanOrEqual(100);
    expect(drawnDots().size).toBe(places.length);
    const legend = element.shadowRoot!.querySelector('[part~="legend"]')!;
    expect(legend.textContent).toContain(`50 strongest of ${visible.size.toLocaleString('en')} shown`);
    expect(legend.querySelector('.width-key')!.textContent).toMatch(/Width: weight/);
    await page.screenshot({ path: '../screenshots/big-top-50.png' });
  });

  it('min-weight leaves the lighter links out, after the filters, with top', async () => {
    const top50 = await element.queryRenderedLinks();
    element.setAttribute('min-weight', '1000000');
    await settle();
    const heavy = await element.queryRenderedLinks();
    expect(heavy.length).toBeLessThanOrEqual(top50.length);
    element.removeAttribute('top');
    await settle();
    // Cities of a million people or more: a few hundred links, far fewer than all.
    const millions = await element.queryRenderedLinks();
    expect(millions.length).toBeGreaterThan(heavy.length);
    expect(millions.length).toBeLessThan(element.visibleLinks.length / 4);
    const legend = element.shadowRoot!.querySelector('[part~="legend"]')!;
    expect(legend.textContent).toMatch(/strongest of/);
    element.removeAttribute('min-weight');
    await settle();
  });
});

describe('the Wikidata file: the search box', () => {
  const input = () => element.shadowRoot!.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  const options = () => [...element.shadowRoot!.querySelectorAll('[role="option"]')];
  const liveRegion = () => element.shadowRoot!.querySelector('[role="status"]')!;

  it('finds a city without its accents, by keyboard: type, ArrowDown, Enter selects it, fits and says so', async () => {
    input().focus();
    await userEvent.keyboard('lodz');
    await until(() => options().length > 0);
    expect(input().getAttribute('aria-expanded')).toBe('true');
    expect(options()[0]!.textContent).toContain('Łódź');
    // Its country and number of links.
    expect(options()[0]!.textContent).toMatch(/Poland · \d+ links/);
    const found = await axe.run(element, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    expect(found.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);

    await userEvent.keyboard('{Escape}');
    expect(input().getAttribute('aria-expanded')).toBe('false');
    await userEvent.keyboard('{Escape}');
    expect(input().value).toBe('');

    await userEvent.keyboard('SHANGHAI');
    await until(() => options()[0]?.textContent?.includes('Shanghai'));
    await userEvent.keyboard('{ArrowDown}');
    await element.updateComplete;
    expect(input().getAttribute('aria-activedescendant')).toBe(options()[0]!.id);
    expect(options()[0]!.getAttribute('aria-selected')).toBe('true');
    const selected = nextEvent(element, 'coop-select');
    await userEvent.keyboard('{Enter}');
    expect((await selected).detail).toEqual({ kind: 'place', id: expect.stringMatching(/^Shanghai/) });
    expect(element.selected).toMatch(/^Shanghai/);
    await until(() => liveRegion().textContent?.includes('Shanghai selected'));
    expect(liveRegion().textContent).toMatch(/Shanghai selected, \d+ partners shown/);
    await settle();
    // The view holds Shanghai and its partners in Europe, closer in than the whole world.
    const bounds = element.map!.getBounds();
    expect(bounds.contains(SHANGHAI)).toBe(true);
    expect(bounds.contains([10, 50])).toBe(true);
    expect(element.map!.getZoom()).toBeGreaterThan(home.zoom);
    await page.screenshot({ path: '../screenshots/big-search-shanghai.png' });
  });

  it('no-search hides it', async () => {
    element.setAttribute('no-search', '');
    await element.updateComplete;
    expect(input()).toBeNull();
    element.removeAttribute('no-search');
    await element.updateComplete;
    expect(input()).not.toBeNull();
  });
});
