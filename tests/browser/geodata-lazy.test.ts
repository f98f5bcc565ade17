import { afterEach, expect, it } from 'vitest';
import { cleanup, countColors, mount, nextEvent, until } from './helpers.js';
import { UNSPECIFIED_SECTOR_DEFAULTS } from '../../src/data/sectors.js';

afterEach(cleanup);

function requested(file: string): boolean {
  return performance.getEntriesByType('resource').some((entry) => entry.name.includes(`/geodata/${file}`));
}

// Each test file runs in a fresh page, so the geodata cache starts empty here.
it('loads no admin-1 file for countries and cities, only the files of their countries for region codes', async () => {
  const cities = {
    places: [
      { id: 'berlin', name: 'Berlin', lon: 13.4, lat: 52.52 },
      { id: 'paris', name: 'Paris', lon: 2.35, lat: 48.86 },
    ],
    links: [
      { id: 'berlin-paris', source: 'berlin', target: 'paris' },
      { id: 'ru-kr', source: 'RU', target: 'KR' },
    ],
  };
  const element = mount({}, { data: cities });
  const loaded = await nextEvent(element, 'coop-load');
  expect(loaded.detail.links).toBe(2);
  expect(requested('countries.json')).toBe(true);
  expect(requested('admin1/')).toBe(false);

  // A link without sectors is drawn in the neutral color and counted as unspecified.
  const pixels = await countColors(element, { unspecified: UNSPECIFIED_SECTOR_DEFAULTS.color });
  expect(pixels.unspecified).toBeGreaterThan(20);
  await element.updateComplete;
  const toggle = element.shadowRoot!.querySelector('button[data-sector="unspecified"]');
  expect(toggle?.textContent).toContain('Unspecified');
  expect(toggle?.querySelector('.count')?.textContent).toBe('2');

  element.remove();
  const regional = mount({}, { data: { links: [{ source: 'RU-IRK', target: 'KR-47' }] } });
  await nextEvent(regional, 'coop-load');
  // Codes resolve from their countries' files: the index of every region's names is not needed.
  expect(requested('admin1/index.json')).toBe(false);
  expect(requested('admin1/RU.json')).toBe(true);
  expect(requested('admin1/KR.json')).toBe(true);
  const countryFiles = performance
    .getEntriesByType('resource')
    .filter((entry) => /\/geodata\/admin1\/[A-Z]{2}\.json/.test(entry.name));
  expect(countryFiles).toHaveLength(2);
});

it('loads the index of every region when a data set names a place by its name, and draws it', async () => {
  const element = mount({}, { data: { links: [{ source: 'Свердловская область', target: 'KR-47' }] } });
  const loaded = await nextEvent(element, 'coop-load');
  expect(loaded.detail.links).toBe(1);
  expect(requested('admin1/index.json')).toBe(true);
  await element.updateComplete;
  const map = element.map!;
  const ids = await until(() => {
    const drawn = new Set(
      map.queryRenderedFeatures({ layers: ['coop-regions-fill'] }).map((f) => f.properties.placeId),
    );
    return drawn.has('RU-SVE') && drawn.has('KR-47') ? drawn : null;
  });
  expect(ids.has('RU-SVE')).toBe(true);
});

it('draws the arcs over a basemap given by map-style', async () => {
  const style = {
    version: 8,
    sources: {},
    layers: [{ id: 'paper', type: 'background', paint: { 'background-color': '#ffffff' } }],
  };
  const element = mount(
    {},
    {
      mapStyle: style as never,
      data: {
        places: [
          { id: 'a', lon: 10, lat: 50 },
          { id: 'b', lon: 40, lat: 40 },
        ],
        links: [{ id: 'ab', source: 'a', target: 'b', sectors: ['culture'] }],
      },
    },
  );
  await nextEvent(element, 'coop-load');
  expect(element.map!.getStyle().layers.some((l) => l.id === 'paper')).toBe(true);
  expect(await element.queryRenderedLinks()).toEqual(['ab']);
});
