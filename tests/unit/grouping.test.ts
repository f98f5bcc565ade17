// Grouping links by country and by admin-1 region (`group-by`), on the seed data and the bundled
// geodata as shipped: counts, summed weights, the sector mix, filters before grouping, and the
// region of a city given by its coordinates.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { KnownPlace } from '../../src/data/gazetteer.js';
import { groupOf } from '../../src/data/link-group.js';
import type { DataSet } from '../../src/data/model.js';
import { readRegionFile, type RegionFile } from '../../src/data/regions.js';
import { isLinkVisible } from '../../src/filters/filters.js';
import { AreaIndex, assignAreas, groupLinks, type Areas } from '../../src/filters/grouping.js';
import { GEODATA_FILES } from '../../src/load/geodata.js';
import { runPipeline } from '../../src/load/pipeline.js';
import { dataSet, link, state as filterState } from './filter-arbitraries.js';
import { allAdmin1, GEODATA_BASE, loadText } from './real-geodata.js';

function areasOf(regions: RegionFile, exclude: ReadonlySet<string> = new Set()): Areas {
  return {
    index: new AreaIndex([...regions.byId].filter(([id]) => !exclude.has(id))),
    known: new Map<string, KnownPlace>(regions.places.map((p) => [p.id, p])),
  };
}

const COUNTRIES = areasOf(
  readRegionFile(
    JSON.parse(readFileSync(new URL(GEODATA_FILES.countries, GEODATA_BASE), 'utf8')) as unknown,
    'country',
  ),
);
const ADMIN1_FILE = allAdmin1();
/** The finest level, as group-by="region" searches it: the upper regions (FR-IDF, GB-ENG) left out. */
const ADMIN1 = areasOf(
  ADMIN1_FILE,
  new Set([...ADMIN1_FILE.features.features].map((f) => f.properties.parent).filter((p) => typeof p === 'string')),
);
const ALL = { sectors: null, years: null, statuses: null };

async function seed(): Promise<DataSet> {
  const text = readFileSync(new URL('../../data/seed.json', import.meta.url), 'utf8');
  return (await runPipeline({ text, geodataBase: GEODATA_BASE, loadText, sliceMs: Infinity })).dataset;
}

describe('the area of a point, in the bundled geodata', () => {
  const cities: [string, [number, number], string, string][] = [
    ['Lyon', [4.8357, 45.764], 'FR', 'FR-69'],
    ['Busan', [129.075, 35.18], 'KR', 'KR-26'],
    ['Vladivostok', [131.886, 43.115], 'RU', 'RU-PRI'],
    ['Irkutsk', [104.28, 52.29], 'RU', 'RU-IRK'],
    ['Almaty', [76.89, 43.24], 'KZ', 'KZ-75'],
    ['Marseille, on the coast', [5.37, 43.296], 'FR', 'FR-13'],
  ];
  it.each(cities)('%s lies in %s, region %s', (_, [lon, lat], country, region) => {
    expect(COUNTRIES.index.areaAt(lon, lat)).toBe(country);
    expect(ADMIN1.index.areaAt(lon, lat)).toBe(region);
  });

  it('a point in the open sea lies in no area', () => {
    expect(COUNTRIES.index.areaAt(-30, 40)).toBeNull();
    expect(ADMIN1.index.areaAt(-150, -30)).toBeNull();
  });
});

describe('grouping the seed data', () => {
  it('by country: one arc per pair of countries, counting each of its links once', async () => {
    const dataset = await seed();
    const areaOf = assignAreas(dataset, 'country', COUNTRIES);
    const { dataset: grouped, groups, withinArea } = groupLinks(dataset, areaOf, COUNTRIES, ALL);
    // Every link is in exactly one group, or joins two places of one country.
    expect(groups.reduce((n, g) => n + g.links.length, 0) + withinArea).toBe(dataset.links.length);
    const ruKr = groups.find((g) => g.id === 'group:KR:RU')!;
    const expected = dataset.links.filter((l) => {
      const pair = [areaOf[l.sourceIndex], areaOf[l.targetIndex]].sort().join();
      return pair === 'KR,RU';
    });
    expect(ruKr.links.map((l) => l.id)).toEqual(expected.map((l) => l.id));
    expect(ruKr.weight).toBe(expected.reduce((w, l) => w + (l.weight ?? 1), 0));
    // The arc is a link of the grouped data set between the two countries, named as the geodata names them.
    const arc = grouped.links[ruKr.link.index]!;
    expect(groupOf(arc)).toBe(ruKr);
    expect([grouped.places[arc.sourceIndex]!.id, grouped.places[arc.targetIndex]!.id]).toEqual(['KR', 'RU']);
    expect((grouped.places[arc.targetIndex]!.name as Record<string, string>).en).toBe('Russian Federation');
    expect(new Set(groups.map((g) => g.id)).size).toBe(groups.length);
  });

  it('by region: a city or organization given by its point goes to the region that holds it', async () => {
    const dataset = await seed();
    const areaOf = assignAreas(dataset, 'region', ADMIN1);
    for (const place of dataset.places) {
      if (place.shape === 'admin1' || place.shape === 'country') expect(areaOf[place.index]).toBe(place.id);
    }
    // The NEAR secretariat stands in Pohang, Gyeongsangbuk-do.
    const near = dataset.places.find((p) => p.id === 'NEAR');
    if (near) expect(areaOf[near.index]).toBe('KR-47');
  });

  it('sectors: a group fans out into its links’ sectors, most links first, only those the filters show', async () => {
    const dataset = await seed();
    const areaOf = assignAreas(dataset, 'country', COUNTRIES);
    const { groups } = groupLinks(dataset, areaOf, COUNTRIES, ALL);
    for (const group of groups) {
      const counts = new Map<string, number>();
      for (const l of group.links) for (const s of l.sectors) counts.set(s, (counts.get(s) ?? 0) + 1);
      expect(new Map(group.sectors)).toEqual(counts);
      expect(group.sectors.map(([, n]) => n)).toEqual([...group.sectors.map(([, n]) => n)].sort((a, b) => b - a));
      expect(group.link.sectors).toEqual(group.sectors.map(([s]) => s));
    }
    const culture = groupLinks(dataset, areaOf, COUNTRIES, { ...ALL, sectors: new Set(['culture']) });
    for (const group of culture.groups) expect(group.link.sectors).toEqual(['culture']);
  });
});

describe('filters apply to links before grouping', () => {
  const weighted = fc.record({ link, weight: fc.option(fc.integer({ min: 1, max: 20 }), { nil: null }) });
  it('a group is exactly the shown links between its two areas, its weight their summed weight', () => {
    fc.assert(
      fc.property(fc.array(weighted, { maxLength: 40 }), filterState, (rows, state) => {
        const dataset = dataSet(rows.map((r) => ({ ...r.link, weight: r.weight })));
        // Each place its own area: groups are then unordered pairs of places.
        const areaOf = dataset.places.map((p) => `A${p.index % 3}`);
        const areas: Areas = { index: new AreaIndex([]), known: new Map() };
        const { groups, withinArea } = groupLinks(dataset, areaOf, areas, state);
        const shown = dataset.links.filter((l) => isLinkVisible(l, state));
        expect(groups.reduce((n, g) => n + g.links.length, 0) + withinArea).toBe(shown.length);
        for (const group of groups) {
          const pair = [group.source, group.target];
          const members = shown.filter((l) => {
            const ends = [areaOf[l.sourceIndex]!, areaOf[l.targetIndex]!].sort();
            return ends[0] === pair[0] && ends[1] === pair[1];
          });
          expect(group.links).toEqual(members);
          expect(group.weight).toBe(members.reduce((w, l) => w + (l.weight ?? 1), 0));
          // Drawn with the same filters, the arc of every group shows.
          expect(isLinkVisible(group.link, state)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
