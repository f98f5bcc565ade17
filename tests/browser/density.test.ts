// Density on the 24,926-row Wikidata sister-city file: the more arcs are drawn (after the
// filters, `top` and `min-weight`), the fainter and thinner they are (src/map/density.ts), and
// place dots are small at world zoom while thousands are drawn. The opacity is read where the
// GPU is given it and on the canvas; the dots on the canvas. Also: the keyboard's cursor goes
// only over what `top` leaves drawn, and `group-by` draws its labels without MapLibre warning
// that an image could not be loaded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { page, userEvent } from 'vitest/browser';
import type { CoopMap } from '../../src/coop-map.js';
import type { Target } from '../../src/data/target.js';
import { densityOf, FULL_DENSITY, type Density } from '../../src/map/density.js';
import WIKIDATA_COLUMNS from '../unit/wikidata-columns.json';
import { canvasPixels, cleanup, mount, nextEvent, SEED_URL, until } from './helpers.js';

const WIKIDATA_URL = '/@shared/data/wikidata-sister-cities-eu.tsv';
const LOAD_TIMEOUT_MS = 120_000;

type ArcLayerForTests = { density: Density; laidOpacity: number | null; setDensity(density: Density): void };

function arcLayerOf(element: CoopMap): ArcLayerForTests {
  return (element.map!.getLayer('coop-arcs') as unknown as { implementation: ArcLayerForTests }).implementation;
}

/** Sets attributes (null removes one) and waits until the map has drawn what follows. */
async function set(element: CoopMap, attributes: Record<string, string | null>): Promise<void> {
  for (const [name, value] of Object.entries(attributes))
    if (value === null) element.removeAttribute(name);
    else element.setAttribute(name, value);
  await element.updateComplete;
  await element.whenIdle();
}

/** How dark the canvas is on the whole: the mean of 765 − r − g − b. */
async function darkness(element: CoopMap): Promise<number> {
  const data = await canvasPixels(element);
  let sum = 0;
  for (let i = 0; i < data.length; i += 4) sum += 765 - data[i]! - data[i + 1]! - data[i + 2]!;
  return sum / (data.length / 4);
}

/**
 * How dark the ring 4.5–6 CSS px around a place is on the canvas, as the mean of 765 − r − g − b:
 * a full dot's outline (#33363b) lies there; a small dot's does not, and the land, the sea and
 * faded arcs are light.
 */
async function ringDarkness(element: CoopMap, lonLat: [number, number]): Promise<number> {
  const map = element.map!;
  const data = await canvasPixels(element);
  const canvas = map.getCanvas();
  const ratio = canvas.width / canvas.clientWidth;
  const centre = map.project(lonLat);
  let sum = 0;
  let samples = 0;
  for (const radius of [4.75, 5.25, 5.75])
    for (let k = 0; k < 32; k++) {
      const angle = (k * Math.PI) / 16;
      const x = Math.round((centre.x + radius * Math.cos(angle)) * ratio);
      const y = Math.round((centre.y + radius * Math.sin(angle)) * ratio);
      const i = (y * canvas.width + x) * 4;
      sum += 765 - data[i]! - data[i + 1]! - data[i + 2]!;
      samples++;
    }
  return sum / samples;
}

describe('the Wikidata file: density', () => {
  let element: CoopMap;
  const warnings: string[] = [];
  const warn = console.warn;

  beforeAll(async () => {
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
      warn.apply(console, args);
    };
    const columns = { ...WIKIDATA_COLUMNS, originpopulation: 'weight' };
    element = mount({ src: WIKIDATA_URL, columns: JSON.stringify(columns), lang: 'en', theme: 'light' });
    element.style.width = '1000px';
    element.style.height = '640px';
    await nextEvent(element, 'coop-load', LOAD_TIMEOUT_MS);
    await element.whenIdle();
  }, LOAD_TIMEOUT_MS + 10_000);

  afterAll(() => {
    console.warn = warn;
    cleanup();
  });

  it('fades and thins thousands of arcs, and gives them back their opacity with top="50"', async () => {
    const layer = arcLayerOf(element);
    const drawn = element.visibleLinks.length;
    expect(drawn).toBeGreaterThan(10_000);
    expect(layer.density).toEqual(densityOf(drawn));
    expect(layer.density.opacity).toBeLessThanOrEqual(0.15);
    expect(layer.density.width).toBeLessThan(1);
    // What the compositor gave the GPU on the last frame.
    expect(layer.laidOpacity).toBe(layer.density.opacity);
    await page.screenshot({ path: '../screenshots/density-after-all.png' });

    // On the canvas: the same arcs at full opacity cover much more of the map.
    const faded = await darkness(element);
    const density = layer.density;
    layer.setDensity({ ...density, opacity: 1 });
    await element.whenIdle();
    const full = await darkness(element);
    expect(full).toBeGreaterThan(faded * 1.2);
    layer.setDensity(density);
    await element.whenIdle();
    expect(await darkness(element)).toBeCloseTo(faded, 0);

    await set(element, { top: '50' });
    expect(layer.density).toEqual(FULL_DENSITY);
    expect(layer.laidOpacity).toBe(1);
    await page.screenshot({ path: '../screenshots/density-after-top50.png' });
    await set(element, { top: null });
    expect(layer.density).toEqual(densityOf(drawn));
    expect(layer.laidOpacity).toBe(layer.density.opacity);
  });

  it('draws small place dots at world zoom among thousands; full ones zoomed in, or with top="50"', async () => {
    const map = element.map!;
    const home = { center: map.getCenter(), zoom: map.getZoom() };
    expect(home.zoom).toBeLessThan(2);
    // Windhoek: labelled, and no other place drawn within a dot's size of it even at zoom 6.
    const id = element.visiblePlaces.find((p) => p.startsWith('Windhoek'))!;
    element.select(id);
    const place = element.selection;
    element.select(null);
    await element.updateComplete;
    await element.whenIdle();
    if (place?.kind !== 'place') throw new Error(`no place ${id}`);
    const windhoek: [number, number] = [place.place.lon, place.place.lat];
    // A full dot's outline is 4.5–6 px from its centre: at world zoom there is none.
    // At world zoom no outline is there: only the land and faint arcs.
    const world = await ringDarkness(element, windhoek);

    map.jumpTo({ center: windhoek, zoom: 6 });
    await element.whenIdle();
    expect(await ringDarkness(element, windhoek)).toBeGreaterThan(world * 2.5);

    map.jumpTo(home);
    await set(element, { top: '50' });
    expect(element.visiblePlaces).toContain(id);
    expect(await ringDarkness(element, windhoek)).toBeGreaterThan(world * 2.5);
    await set(element, { top: null });
  });

  it('makes a selected place stand out with its partners: other dots fade, only they keep labels', async () => {
    const map = element.map!;
    const home = { center: map.getCenter(), zoom: map.getZoom() };
    const lyon = element.visiblePlaces.find((p) => p.startsWith('Lyon'))!;
    const windhoekId = element.visiblePlaces.find((p) => p.startsWith('Windhoek'))!;
    // Lyon's partners, from the links shown as the CSV export gives them.
    const rows = Papa.parse<Record<string, string>>(element.exportCsv(), { header: true }).data;
    const partners = new Set([lyon]);
    for (const row of rows)
      if (row.source === lyon) partners.add(row.target!);
      else if (row.target === lyon) partners.add(row.source!);
    expect(partners.size).toBeGreaterThan(5);
    expect(partners).not.toContain(windhoekId);
    const labelled = () => map.querySourceFeatures('coop-labels').map((f) => f.properties.placeId as string);
    expect(labelled().some((id) => !partners.has(id))).toBe(true);

    element.select(windhoekId);
    const windhoekTarget = element.selection;
    if (windhoekTarget?.kind !== 'place') throw new Error('no Windhoek');
    const windhoek: [number, number] = [windhoekTarget.place.lon, windhoekTarget.place.lat];

    // At the fitted view only Lyon and its partners keep their labels.
    element.select(lyon);
    await element.updateComplete;
    await element.whenIdle();
    const labels = labelled();
    expect(labels).toContain(lyon);
    for (const id of labels) expect(partners).toContain(id);
    // Windhoek's dot, not a partner, is faint; it comes back with no place selected.
    map.jumpTo({ center: windhoek, zoom: 6 });
    await element.whenIdle();
    const faded = await ringDarkness(element, windhoek);
    element.select(null);
    await element.updateComplete;
    await element.whenIdle();
    expect(faded).toBeLessThan((await ringDarkness(element, windhoek)) * 0.6);
    map.jumpTo(home);
    await element.whenIdle();
    expect(labelled().some((id) => !partners.has(id))).toBe(true);
  });

  it('draws the country labels of group-by="country" without an image MapLibre could not load', async () => {
    warnings.length = 0;
    await set(element, { 'group-by': 'country' });
    await until(() => element.visibleGroups.length > 0, 60_000);
    await element.whenIdle();
    const labels = element.map!.querySourceFeatures('coop-labels');
    expect(labels.length).toBeGreaterThan(10);
    for (const label of labels) expect(element.map!.hasImage(label.properties.image as string)).toBe(true);
    expect(warnings.filter((w) => /could not be loaded/.test(w))).toEqual([]);
    await page.screenshot({ path: '../screenshots/density-group-by-country.png' });
    await set(element, { 'group-by': null });
    expect(warnings.filter((w) => /could not be loaded/.test(w))).toEqual([]);
  }, 90_000);
});

describe('group-by="country" regrouped by the filters', () => {
  const warn = console.warn;
  afterAll(() => {
    console.warn = warn;
    cleanup();
  });

  it('draws every label image MapLibre asks for, also those of the grouping before', async () => {
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
      warn.apply(console, args);
    };
    const element = mount({ src: SEED_URL, lang: 'en', theme: 'light', 'group-by': 'country' });
    await nextEvent(element, 'coop-load');
    await until(() => element.visibleGroups.length > 0, 30_000);
    await element.whenIdle();
    const groups = element.visibleGroups.length;
    // Each change regroups the links and gives the map a new data set while MapLibre's worker
    // may still lay out the labels of the one before.
    for (const sector of ['culture', 'education', 'culture', 'education']) {
      element.toggleSector(sector);
      await element.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    element.setYears({ from: 2000, to: 2010 });
    await element.updateComplete;
    element.setYears(null);
    await element.updateComplete;
    await element.whenIdle();
    expect(element.visibleGroups.length).toBe(groups);
    const labels = element.map!.querySourceFeatures('coop-labels');
    expect(labels.length).toBeGreaterThan(2);
    for (const label of labels) expect(element.map!.hasImage(label.properties.image as string)).toBe(true);
    expect(warnings.filter((w) => /could not be loaded/.test(w))).toEqual([]);
  });
});

describe('the keyboard cursor with top="3"', () => {
  afterAll(cleanup);

  it('reaches only the places and links drawn', async () => {
    const element = mount({ src: SEED_URL, lang: 'en', theme: 'light', top: '3' });
    await nextEvent(element, 'coop-load');
    await element.whenIdle();
    // All three drawn arcs are on screen at the fitted view: the GPU reads them back.
    const drawnLinks = new Set(await element.queryRenderedLinks());
    expect(drawnLinks.size).toBe(3);
    expect(element.visibleLinks.length).toBeGreaterThan(3);
    const drawnPlaces = new Set(element.visiblePlaces);
    const visited = { places: new Set<string>(), links: new Set<string>() };
    expect(drawnPlaces.size).toBeGreaterThan(0);
    const canvas = element.map!.getCanvas();
    canvas.focus();
    const hovered = () => (element as unknown as { hover: { target: Target } | null }).hover?.target ?? null;
    const keys = [
      '{Home}',
      '{End}',
      ...Array.from({ length: 6 }, () => ['{ArrowRight}', '{ArrowDown}', '{ArrowLeft}', '{ArrowUp}']).flat(),
    ];
    for (const key of keys) {
      await userEvent.keyboard(key);
      for (let step = 0; step < 3; step++) {
        await element.updateComplete;
        const target = hovered();
        if (target?.kind === 'place') visited.places.add(target.place.id);
        if (target?.kind === 'link') visited.links.add(target.link.id);
        await userEvent.keyboard('{PageDown}');
      }
      await userEvent.keyboard('{Escape}');
    }
    expect(visited.places.size).toBeGreaterThan(1);
    expect(visited.links.size).toBeGreaterThan(0);
    for (const place of visited.places) expect(drawnPlaces).toContain(place);
    expect([...visited.links].every((link) => drawnLinks.has(link))).toBe(true);
  });
});
