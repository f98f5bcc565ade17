import type { DataSet, Link } from '../data/model.js';

// Statistics of the links the filters show: of one place (its partners by country, its links by
// sector and by decade, its rank by partners) and of the data set (links, places, countries, the
// country pairs with most links). Pure: the country of each place comes in as `countryOf` (by
// place index: the ISO 3166-1 code the grouping by country gives it, null where none is found).

/** How many partners (or links) one key counts. */
export interface Tally<K> {
  key: K;
  count: number;
}

/** How many countries the place statistics list by name; the others are summed. */
export const TOP_COUNTRIES = 10;
/** How many country pairs the data set summary lists. */
export const TOP_PAIRS = 5;

export interface PlaceStatistics {
  /** Links of the place the filters show. */
  links: number;
  /** Distinct places at the other end of those links. */
  partners: number;
  /** Partners by country, most first (of equals, by code), at most TOP_COUNTRIES; null = country not found. */
  countries: Tally<string | null>[];
  /** Partners in the countries beyond the top ones, and how many such countries. */
  otherCountries: { partners: number; countries: number };
  /** Links by sector (a link counts under each of its sectors the filters show), in the data set's order of sectors. */
  sectors: Tally<string>[];
  /** Links by decade of `since` (1990 for 1990–1999), earliest first; null (no `since`) last. */
  decades: Tally<number | null>[];
  /**
   * Rank by number of partners among the places with a link shown: 1 + the number of places with
   * more partners (equals share a rank); null when the place has no link shown.
   */
  rank: number | null;
  /** Places with at least one link shown. */
  ranked: number;
}

export interface CountryPair {
  /** The two countries' codes, in code order. */
  countries: [string, string];
  links: number;
}

export interface DataSetSummary {
  links: number;
  /** Places with a link shown. */
  places: number;
  /** Countries of those places (places whose country is not found are not counted). */
  countries: number;
  /** The country pairs joined by most links shown (links within one country are not a pair), most first. */
  topPairs: CountryPair[];
}

/** Which links the statistics count: the ids the filters show. */
export type Shown = ReadonlySet<string>;

/** Distinct partners of every place under the links shown: one pass, pairs deduplicated by sorting. */
function partnerCounts(dataset: DataSet, links: readonly Link[]): Uint32Array {
  const n = dataset.places.length;
  const pairs = new Float64Array(links.length);
  links.forEach((link, i) => {
    const [a, b] = [link.sourceIndex, link.targetIndex];
    pairs[i] = a < b ? a * n + b : b * n + a;
  });
  pairs.sort();
  const counts = new Uint32Array(n);
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i]!;
    if (i > 0 && pairs[i - 1] === pair) continue;
    const [a, b] = [Math.floor(pair / n), pair % n];
    counts[a]!++;
    if (b !== a) counts[b]!++;
  }
  return counts;
}

/**
 * Partner counts per data set, kept for the last links shown: the panel renders on every hover,
 * and the set of ids it is given is made anew each time (the links it names are compared).
 */
const PARTNERS = new WeakMap<DataSet, { links: Link[]; counts: Uint32Array }>();

function shownLinks(dataset: DataSet, shown: Shown): { links: Link[]; counts: Uint32Array } {
  const links = dataset.links.filter((link) => shown.has(link.id));
  const kept = PARTNERS.get(dataset);
  if (kept && kept.links.length === links.length && kept.links.every((link, i) => link === links[i])) return kept;
  const entry = { links, counts: partnerCounts(dataset, links) };
  PARTNERS.set(dataset, entry);
  return entry;
}

function increment<K>(counts: Map<K, number>, key: K, by = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
}

/** Most first; of equals, by key (null last), so that the order does not depend on the data's order. */
function byCount<K extends string | number | null>(counts: Map<K, number>): Tally<K>[] {
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || compareKeys(a.key, b.key));
}

function compareKeys(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** The decade a year falls in: 1996 → 1990. */
export function decadeOf(year: number): number {
  return Math.floor(year / 10) * 10;
}

/**
 * The statistics of one place (by index) under the links shown. `sectors`: the sectors the
 * filters show (null = all), so that a link of culture and education shown for culture counts
 * under culture only.
 */
export function placeStatistics(
  dataset: DataSet,
  placeIndex: number,
  shown: Shown,
  countryOf: readonly (string | null)[],
  sectors: ReadonlySet<string> | null,
): PlaceStatistics {
  const { links, counts } = shownLinks(dataset, shown);
  const partners = new Set<number>();
  const bySector = new Map<string, number>();
  const byDecade = new Map<number | null, number>();
  let own = 0;
  for (const link of links) {
    const [a, b] = [link.sourceIndex, link.targetIndex];
    if (a !== placeIndex && b !== placeIndex) continue;
    own++;
    partners.add(a === placeIndex ? b : a);
    for (const sector of link.sectors) if (!sectors || sectors.has(sector)) increment(bySector, sector);
    increment(byDecade, link.since === null ? null : decadeOf(link.since));
  }
  const byCountry = new Map<string | null, number>();
  for (const partner of partners) increment(byCountry, countryOf[partner] ?? null);
  const countries = byCount(byCountry);
  const others = countries.slice(TOP_COUNTRIES);
  const order = new Map(dataset.sectors.map((s) => [s.id, s.index]));
  const mine = counts[placeIndex] ?? 0;
  let ranked = 0;
  let above = 0;
  for (const count of counts) {
    if (count > 0) ranked++;
    if (count > mine) above++;
  }
  return {
    links: own,
    partners: partners.size,
    countries: countries.slice(0, TOP_COUNTRIES),
    otherCountries: { partners: others.reduce((sum, t) => sum + t.count, 0), countries: others.length },
    sectors: [...bySector]
      .map(([key, count]) => ({ key, count }))
      .sort((a, b) => (order.get(a.key) ?? Infinity) - (order.get(b.key) ?? Infinity)),
    decades: [...byDecade].map(([key, count]) => ({ key, count })).sort((a, b) => compareKeys(a.key, b.key)),
    rank: own > 0 ? above + 1 : null,
    ranked,
  };
}

/** Links, places and countries under the links shown, and the country pairs with most links. */
export function dataSetSummary(dataset: DataSet, shown: Shown, countryOf: readonly (string | null)[]): DataSetSummary {
  const { links, counts } = shownLinks(dataset, shown);
  const countries = new Set<string>();
  let places = 0;
  counts.forEach((count, place) => {
    if (count === 0) return;
    places++;
    const country = countryOf[place];
    if (country) countries.add(country);
  });
  const pairs = new Map<string, number>();
  for (const link of links) {
    const [a, b] = [countryOf[link.sourceIndex], countryOf[link.targetIndex]];
    if (!a || !b || a === b) continue;
    increment(pairs, a < b ? `${a} ${b}` : `${b} ${a}`);
  }
  const topPairs = byCount(pairs)
    .slice(0, TOP_PAIRS)
    .map(({ key, count }) => ({ countries: key.split(' ') as [string, string], links: count }));
  return { links: links.length, places, countries: countries.size, topPairs };
}
