// Statistics per place and of the data set (src/filters/statistics.ts) on real data: the seed data
// set and the Wikidata sister-city file, each checked against a count made here by a plain loop
// over the raw rows (the Wikidata file's relations as tests/unit/wikidata-pairs.ts reads them).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnownPlace } from '../../src/data/gazetteer.js';
import type { DataSet } from '../../src/data/model.js';
import { readRegionFile } from '../../src/data/regions.js';
import { isLinkVisible, type FilterState } from '../../src/filters/filters.js';
import { AreaIndex, assignAreas, type Areas } from '../../src/filters/grouping.js';
import { dataSetSummary, decadeOf, placeStatistics, TOP_COUNTRIES, TOP_PAIRS } from '../../src/filters/statistics.js';
import { GEODATA_FILES } from '../../src/load/geodata.js';
import { runPipeline } from '../../src/load/pipeline.js';
import { GEODATA_BASE, loadText, WIKIDATA_COLUMNS, WIKIDATA_TSV } from './real-geodata.js';
import { wikidataRelations, type PairEnd } from './wikidata-pairs.js';

const json = JSON.parse(readFileSync(new URL(GEODATA_FILES.countries, GEODATA_BASE), 'utf8')) as unknown;
const regions = readRegionFile(json, 'country');
const COUNTRIES: Areas = {
  index: new AreaIndex(regions.byId),
  known: new Map<string, KnownPlace>(regions.places.map((p) => [p.id, p])),
};
const ALL: FilterState = { sectors: null, years: null, statuses: null };

function shownIds(dataset: DataSet, filters: FilterState): Set<string> {
  return new Set(dataset.links.filter((link) => isLinkVisible(link, filters)).map((link) => link.id));
}

/** Most first, then by key: the order the statistics promise, applied to a count made here. */
function ranked<K extends string | number | null>(counts: Map<K, number>): { key: K; count: number }[] {
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key === null ? 1 : b.key === null ? -1 : a.key < b.key ? -1 : 1));
}

function add<K>(counts: Map<K, number>, key: K): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

describe('the seed data set', () => {
  let dataset: DataSet;
  let countryOf: (string | null)[];
  let raw: { links: { source: string; target: string; since?: number | null; sectors?: string[] }[] };

  beforeAll(async () => {
    const text = readFileSync(new URL('../../data/seed.json', import.meta.url), 'utf8');
    raw = JSON.parse(text) as typeof raw;
    dataset = (await runPipeline({ text, geodataBase: GEODATA_BASE, loadText, sliceMs: Infinity })).dataset;
    countryOf = assignAreas(dataset, 'country', COUNTRIES);
  });

  /** The statistics of a place counted from the file's own rows: partners' countries by their ISO code prefix. */
  function expectedFor(id: string, sectors: ReadonlySet<string> | null) {
    const rows = raw.links.filter(
      (l) => (l.source === id || l.target === id) && (!sectors || (l.sectors ?? []).some((s) => sectors.has(s))),
    );
    const partners = new Set(rows.map((l) => (l.source === id ? l.target : l.source)));
    const countries = new Map<string | null, number>();
    for (const partner of partners) {
      // The seed names its organization (NEAR) by id, with a point in Pohang, Korea.
      const place = dataset.places.find((p) => p.id === partner)!;
      add(
        countries,
        /^[A-Z]{2}(-|$)/.test(partner) ? partner.slice(0, 2) : COUNTRIES.index.areaAt(place.lon, place.lat),
      );
    }
    const bySector = new Map<string, number>();
    const byDecade = new Map<number | null, number>();
    for (const row of rows) {
      for (const s of row.sectors ?? ['unspecified']) if (!sectors || sectors.has(s)) add(bySector, s);
      add(byDecade, typeof row.since === 'number' ? Math.floor(row.since / 10) * 10 : null);
    }
    return { rows, partners, countries, bySector, byDecade };
  }

  it('gives a region its partners by country, its links by sector and decade, and its rank', () => {
    const place = dataset.places.find((p) => p.id === 'RU-SVE')!;
    const stats = placeStatistics(dataset, place.index, shownIds(dataset, ALL), countryOf, null);
    const expected = expectedFor('RU-SVE', null);
    expect(stats.links).toBe(expected.rows.length);
    expect(stats.partners).toBe(expected.partners.size);
    expect(stats.countries).toEqual(ranked(expected.countries).slice(0, TOP_COUNTRIES));
    expect(new Map(stats.sectors.map((t) => [t.key, t.count]))).toEqual(expected.bySector);
    expect(new Map(stats.decades.map((t) => [t.key, t.count]))).toEqual(expected.byDecade);
    // Decades run earliest first, the links without a year last.
    const keys = stats.decades.map((t) => t.key);
    expect(keys).toEqual([...keys].sort((a, b) => (a === null ? 1 : b === null ? -1 : a - b)));
    // Rank: one more than the places with more partners, among the places with a link.
    const partnersOf = (id: string) =>
      new Set(raw.links.flatMap((l) => (l.source === id ? [l.target] : l.target === id ? [l.source] : []))).size;
    const ids = new Set(raw.links.flatMap((l) => [l.source, l.target]));
    const mine = partnersOf('RU-SVE');
    expect(stats.ranked).toBe(ids.size);
    expect(stats.rank).toBe(1 + [...ids].filter((id) => partnersOf(id) > mine).length);
  });

  it('follows the filters: a sector filter counts only the links and sectors it shows', () => {
    const culture = new Set(['culture']);
    for (const place of dataset.places) {
      const stats = placeStatistics(
        dataset,
        place.index,
        shownIds(dataset, { ...ALL, sectors: culture }),
        countryOf,
        culture,
      );
      const expected = expectedFor(place.id, culture);
      expect(stats.links).toBe(expected.rows.length);
      expect(stats.partners).toBe(expected.partners.size);
      expect(stats.sectors.every((t) => t.key === 'culture')).toBe(true);
      expect(stats.rank === null).toBe(expected.rows.length === 0);
    }
  });

  it('sums up the data set: links, places, countries and the country pairs with most links', () => {
    const summary = dataSetSummary(dataset, shownIds(dataset, ALL), countryOf);
    expect(summary.links).toBe(raw.links.length);
    expect(summary.places).toBe(new Set(raw.links.flatMap((l) => [l.source, l.target])).size);
    const country = (id: string) => countryOf[dataset.places.find((p) => p.id === id)!.index]!;
    const countries = new Set(raw.links.flatMap((l) => [country(l.source), country(l.target)]));
    expect(summary.countries).toBe(countries.size);
    const pairs = new Map<string, number>();
    for (const l of raw.links) {
      const [a, b] = [country(l.source), country(l.target)].sort();
      if (a !== b) add(pairs, `${a} ${b}`);
    }
    const top = ranked(pairs).slice(0, TOP_PAIRS);
    expect(summary.topPairs).toEqual(top.map((t) => ({ countries: t.key.split(' '), links: t.count })));
    expect(summary.topPairs.length).toBeGreaterThan(1);
  });
});

describe('the Wikidata sister-city file', () => {
  let dataset: DataSet;
  let countryOf: (string | null)[];
  let relations: ReturnType<typeof wikidataRelations>;
  /** Country of a raw place by its first coordinates, where the loader keeps it. */
  const countryAt = (end: PairEnd) => COUNTRIES.index.areaAt(end.first[1], end.first[0]);

  beforeAll(async () => {
    const text = readFileSync(WIKIDATA_TSV, 'utf8');
    relations = wikidataRelations(text);
    const result = await runPipeline({ text, columns: WIKIDATA_COLUMNS, geodataBase: GEODATA_BASE, loadText });
    dataset = result.dataset;
    countryOf = assignAreas(dataset, 'country', COUNTRIES);
  }, 60_000);

  /** A place's partners from the raw relations: the other end of every pair it is in. */
  function partnersOf(key: string): PairEnd[] {
    const partners: PairEnd[] = [];
    for (const { ends } of relations.pairs.values()) {
      if (ends[0].place === key) partners.push(ends[1]);
      else if (ends[1].place === key) partners.push(ends[0]);
    }
    return partners;
  }

  it.each([
    ["Shanghai, People's Republic of China", "shanghai|people's republic of china#0"],
    ['Vilnius, Lithuania', 'vilnius|lithuania#0'],
    ['Kraków, Poland', 'kraków|poland#0'],
  ])('%s: top ten partner countries with counts, sectors, decades and rank', (id, key) => {
    const place = dataset.places.find((p) => p.id === id)!;
    const stats = placeStatistics(dataset, place.index, shownIds(dataset, ALL), countryOf, null);
    const partners = partnersOf(key);
    expect(stats.partners).toBe(partners.length);
    expect(stats.links).toBe(partners.length);
    const countries = new Map<string | null, number>();
    for (const partner of partners) add(countries, countryAt(partner));
    const all = ranked(countries);
    expect(stats.countries).toEqual(all.slice(0, TOP_COUNTRIES));
    const rest = all.slice(TOP_COUNTRIES);
    expect(stats.otherCountries).toEqual({ partners: rest.reduce((n, t) => n + t.count, 0), countries: rest.length });
    // The file names a country for each city; the shapes agree with nearly all of them.
    const named = (code: string | null) => code && new Intl.DisplayNames(['en'], { type: 'region' }).of(code);
    const agree = partners.filter(
      (p) => named(countryAt(p)) === p.country.replace("People's Republic of China", 'China'),
    );
    expect(agree.length).toBeGreaterThan(partners.length * 0.7);
    // No sectors and no years in the file: one sector, one decade ("no year").
    expect(stats.sectors).toEqual([{ key: 'unspecified', count: partners.length }]);
    expect(stats.decades).toEqual([{ key: null, count: partners.length }]);
    // Rank among every place of the file, by its number of partners.
    const counts = new Map<string, number>();
    for (const { ends } of relations.pairs.values()) for (const end of ends) add(counts, end.place);
    expect(stats.ranked).toBe(counts.size);
    expect(stats.rank).toBe(1 + [...counts.values()].filter((n) => n > partners.length).length);
  });

  it('sums up the file: its relations, places, countries and top five country pairs', () => {
    const summary = dataSetSummary(dataset, shownIds(dataset, ALL), countryOf);
    const places = new Map<string, PairEnd>();
    const pairs = new Map<string, number>();
    for (const { ends } of relations.pairs.values()) {
      for (const end of ends) places.set(end.place, end);
      const [a, b] = ends.map(countryAt).sort();
      if (a && b && a !== b) add(pairs, `${a} ${b}`);
    }
    expect(summary.links).toBe(relations.pairs.size);
    expect(summary.places).toBe(places.size);
    const countries = new Set([...places.values()].map(countryAt).filter(Boolean));
    expect(summary.countries).toBe(countries.size);
    const top = ranked(pairs).slice(0, TOP_PAIRS);
    expect(summary.topPairs).toEqual(top.map((t) => ({ countries: t.key.split(' '), links: t.count })));
  });

  it('decades are decades', () => {
    expect([1990, 1996, 1999, 2000, 2024].map(decadeOf)).toEqual([1990, 1990, 1990, 2000, 2020]);
  });
});
