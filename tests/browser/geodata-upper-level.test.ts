// The upper level of ISO 3166-2 where it has two (France's regions, Italy's regions, Spain's
// communities, the UK's nations): a data set naming those codes draws each region's shape, and
// only the admin-1 files of the four countries are downloaded (the index names the rest).
import { page } from 'vitest/browser';
import { afterEach, expect, it } from 'vitest';
import { cleanup, mount, nextEvent, until } from './helpers.js';

afterEach(cleanup);

const UPPER = ['FR-IDF', 'FR-ARA', 'IT-25', 'ES-CT', 'ES-MD', 'GB-SCT', 'GB-ENG'];

it('draws the French and Italian regions, Spanish communities and British nations a data set names', async () => {
  const links = UPPER.slice(1).map((code, i) => ({
    id: `l${i}`,
    source: 'FR-IDF',
    target: code,
    sectors: ['culture'],
  }));
  const element = mount({}, { data: { links } });
  const loaded = await nextEvent(element, 'coop-load');
  expect(loaded.detail.links).toBe(UPPER.length - 1);
  expect(loaded.detail.issues.filter((i: { severity: string }) => i.severity === 'error')).toEqual([]);
  const map = element.map!;
  // Each region is a shape of the regions' fill layer, under its own label point.
  const drawn = await until(() => {
    const ids = new Set(map.queryRenderedFeatures({ layers: ['coop-regions-fill'] }).map((f) => f.properties.placeId));
    return UPPER.every((code) => ids.has(code)) ? ids : null;
  });
  expect([...drawn].sort()).toEqual([...UPPER].sort());
  // Lombardy is drawn where Milan is, Scotland where Edinburgh is: the shapes are in place.
  for (const [code, lonLat] of [
    ['IT-25', [9.19, 45.46]],
    ['GB-SCT', [-3.19, 55.95]],
    ['ES-CT', [2.17, 41.39]],
    ['FR-IDF', [2.35, 48.86]],
  ] as const) {
    const at = map.project(lonLat as [number, number]);
    const here = map.queryRenderedFeatures(at, { layers: ['coop-regions-fill'] }).map((f) => f.properties.placeId);
    expect(here, code).toContain(code);
  }
  const files = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name.match(/\/geodata\/admin1\/([A-Z]{2})\.json/)?.[1])
    .filter(Boolean);
  expect(new Set(files)).toEqual(new Set(['FR', 'IT', 'ES', 'GB']));
  await page.screenshot({ path: '../screenshots/geodata-upper-level.png' });
});

it('group-by="region" loads only the countries its points fall in, and groups into the finer level', async () => {
  performance.clearResourceTimings();
  const data = {
    places: [
      { id: 'paris', name: 'Paris', lon: 2.35, lat: 48.86 },
      { id: 'tokyo', name: 'Tokyo', lon: 139.69, lat: 35.69 },
      { id: 'sao-paulo', name: 'São Paulo', lon: -46.63, lat: -23.55 },
    ],
    links: [
      { id: 'paris-tokyo', source: 'paris', target: 'tokyo' },
      { id: 'tokyo-sao-paulo', source: 'tokyo', target: 'sao-paulo' },
    ],
  };
  const element = mount({ 'group-by': 'region' }, { data });
  await nextEvent(element, 'coop-load');
  const groups = await until(() => (element.visibleGroups.length === 2 ? element.visibleGroups : null), 30_000);
  // Paris goes to its department (FR-75C), not to Île-de-France, which also holds it.
  expect(groups.map((g) => `${g.source} ${g.target}`).sort()).toEqual(['BR-SP JP-13', 'FR-75C JP-13']);
  const files = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name.match(/\/geodata\/admin1\/([A-Z]{2}|index)\.json/)?.[1])
    .filter(Boolean);
  // France's file came with the first test (downloaded once for the page); Japan's and Brazil's now.
  expect(new Set(files)).toEqual(new Set(['index', 'JP', 'BR']));
});
