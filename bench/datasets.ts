// The data sets of the benchmark, built in the page before any clock starts. Both sides are
// given the very same object: places declared with lon/lat (so that no side looks anything up)
// and one link per unordered pair.
import { readAdmin1Index, upperRegions } from '../src/data/admin1-index.ts';
import type { CooperationDataInput, LinkInput, LinkStatus, PlaceInput } from '../src/data/types.ts';

export const BUILTIN_SECTOR_IDS = ['culture', 'education', 'economy', 'tourism'] as const;
export const SYNTHETIC_SIZES = [1_000, 10_000, 50_000] as const;
export const REAL_DATASET = 'wikidata-sister-cities-eu';
export const REAL_DATASET_URL = `/@shared/data/${REAL_DATASET}.tsv`;
const ADMIN1_INDEX_URL = '/geodata/admin1/index.json';

const FIRST_YEAR = 1950;
const LAST_YEAR = 2025;
/** Share of links still running (no `until`). */
const OPEN_ENDED_SHARE = 0.6;
const STATUS_WEIGHTS: readonly [LinkStatus, number][] = [
  ['active', 0.7],
  ['planned', 0.1],
  ['suspended', 0.1],
  ['ended', 0.1],
];

export type DatasetName = `synthetic-${number}` | typeof REAL_DATASET;

export function datasetNames(sizes: readonly number[] = SYNTHETIC_SIZES): DatasetName[] {
  return [...sizes.map((n) => `synthetic-${n}` as const), REAL_DATASET];
}

/** A small deterministic generator (mulberry32), so every page builds identical data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sectors (1–3 of the four built-ins), years and status of a link, drawn from `random`. */
function linkAttributes(random: () => number): Pick<LinkInput, 'sectors' | 'since' | 'until' | 'status'> {
  const count = 1 + Math.floor(random() * 3);
  const pool: string[] = [...BUILTIN_SECTOR_IDS];
  const sectors: string[] = [];
  for (let i = 0; i < count; i++) sectors.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  const since = FIRST_YEAR + Math.floor(random() * (LAST_YEAR - FIRST_YEAR));
  const until = random() < OPEN_ENDED_SHARE ? null : Math.min(LAST_YEAR, since + 1 + Math.floor(random() * 30));
  let pick = random();
  let status: LinkStatus = 'active';
  for (const [candidate, weight] of STATUS_WEIGHTS) {
    status = candidate;
    if ((pick -= weight) < 0) break;
  }
  return { sectors, since, until, status };
}

export interface LabelPoint {
  id: string;
  name: string;
  lon: number;
  lat: number;
}

/** The label points of the bundled admin-1 regions (their index), the lower level only. */
async function admin1LabelPoints(): Promise<LabelPoint[]> {
  const index = readAdmin1Index((await (await fetch(ADMIN1_INDEX_URL)).json()) as unknown);
  const upper = upperRegions(index);
  // Declared under ids the gazetteer does not know, so neither side draws region shapes.
  return index.places
    .filter((place) => !upper.has(place.id))
    .map((place) => ({
      id: `b-${place.id}`,
      name: typeof place.name === 'string' ? place.name : (place.name.en ?? place.id),
      lon: place.lon,
      lat: place.lat,
    }));
}

/** `n` links between distinct pairs of `points`, with seeded attributes (the seed is `n`). */
export function syntheticLinks(points: readonly LabelPoint[], n: number): CooperationDataInput {
  if (n > (points.length * (points.length - 1)) / 2)
    throw new Error(`${points.length} points make fewer than ${n} pairs`);
  const random = seededRandom(n);
  const used = new Map<number, PlaceInput>();
  const pairs = new Set<number>();
  const links: LinkInput[] = [];
  while (links.length < n) {
    const a = Math.floor(random() * points.length);
    const b = Math.floor(random() * points.length);
    if (a === b) continue;
    // A number per unordered pair (not a string), so that a million pairs stay cheap to tell apart.
    const key = a < b ? a * points.length + b : b * points.length + a;
    if (pairs.has(key)) continue;
    pairs.add(key);
    for (const i of [a, b])
      if (!used.has(i))
        used.set(i, {
          id: points[i]!.id,
          name: points[i]!.name,
          lon: points[i]!.lon,
          lat: points[i]!.lat,
          kind: 'region',
        });
    links.push({ source: points[a]!.id, target: points[b]!.id, type: 'twinned', ...linkAttributes(random) });
  }
  return { title: `synthetic ${n}`, places: [...used.values()], links };
}

/** `n` links between distinct pairs of admin-1 label points, with seeded attributes. */
export async function syntheticDataset(n: number): Promise<CooperationDataInput> {
  return syntheticLinks(await admin1LabelPoints(), n);
}

/**
 * The Wikidata sister-city pairs: places keyed by label and country (first coordinates win),
 * unordered pairs kept once, rows without usable coordinates or linking a place to itself left
 * out. The file has no sectors or years; they are drawn from a seeded generator so that the
 * filters have something to act on.
 */
export function wikidataDataset(text: string): CooperationDataInput {
  const rows = text.split(/\r?\n/);
  const header = rows[0]!.split('\t');
  const column = (name: string) => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`${REAL_DATASET}: no column "${name}"`);
    return index;
  };
  const ends = [
    {
      label: column('origincityLabel'),
      country: column('origincountry'),
      lat: column('originlat'),
      lon: column('originlong'),
    },
    {
      label: column('sistercityLabel'),
      country: column('destination_countryLabel'),
      lat: column('destinationlat'),
      lon: column('destinationlong'),
    },
  ];
  const places = new Map<string, PlaceInput>();
  const pairs = new Set<string>();
  const links: LinkInput[] = [];
  const random = seededRandom(rows.length);
  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r]!.split('\t');
    if (cells.length < header.length) continue;
    const ids: string[] = [];
    for (const end of ends) {
      const lon = Number(cells[end.lon]);
      const lat = Number(cells[end.lat]);
      const label = cells[end.label]!.trim();
      if (!label || !Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) break;
      const id = `${label} (${cells[end.country]!.trim()})`;
      if (!places.has(id)) places.set(id, { id, name: label, lon, lat, kind: 'city' });
      ids.push(id);
    }
    if (ids.length !== 2 || ids[0] === ids[1]) continue;
    const [a, b] = ids as [string, string];
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    if (pairs.has(key)) continue;
    pairs.add(key);
    links.push({ source: a, target: b, type: 'twinned', ...linkAttributes(random) });
  }
  const used = new Set(links.flatMap((l) => [l.source, l.target]));
  return { title: REAL_DATASET, places: [...places.values()].filter((p) => used.has(p.id)), links };
}

/** The Wikidata file as the page reads it (see `wikidataDataset`). */
export async function realDataset(): Promise<CooperationDataInput> {
  return wikidataDataset(await (await fetch(REAL_DATASET_URL)).text());
}

export function loadDataset(name: DatasetName): Promise<CooperationDataInput> {
  if (name === REAL_DATASET) return realDataset();
  const n = Number(name.slice('synthetic-'.length));
  if (!Number.isInteger(n) || n <= 0) throw new Error(`unknown data set ${name}`);
  return syntheticDataset(n);
}
