// Counts the relations in the Wikidata sister-city export with its own simple code, not the
// loader's, following the documented place rule: a place is a name and a country; rows whose
// coordinates lie within 20 km of that place's first coordinates are the same place.

const SAME_PLACE_KM = 20;

export interface PairCount {
  rows: number;
  /** Places that some pair uses. */
  places: number;
  /** Distinct unordered pairs of distinct places. */
  pairs: number;
  /** Rows whose two ends are the same place. */
  selfLinks: number;
}

function km(a: [number, number], b: [number, number]): number {
  const r = Math.PI / 180;
  const h =
    Math.sin(((b[0] - a[0]) * r) / 2) ** 2 +
    Math.cos(a[0] * r) * Math.cos(b[0] * r) * Math.sin(((b[1] - a[1]) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** One end of a relation as the file gives it: the place key (see the rule above), and the row's cells. */
export interface PairEnd {
  place: string;
  /** The place's first coordinates in the file (where a loader keeps it), `[lat, lon]`. */
  first: [number, number];
  name: string;
  country: string;
  lat: number;
  lon: number;
}

/**
 * The distinct unordered relations of the file (the first row's ends of each), and the rows whose
 * two ends are the same place. The file is plain TSV without quotes (the caller checks), so
 * splitting on tabs reads it.
 */
export function wikidataRelations(text: string): {
  rows: number;
  /** By pair: its two ends (as its first row gives them) and the cells of every row that gives it, by column name. */
  pairs: Map<string, { ends: [PairEnd, PairEnd]; rows: Record<string, string>[] }>;
  selfLinks: number;
} {
  const [header, ...lines] = text.split('\n').filter((line) => line.trim() !== '');
  const column = (name: string) => header!.split('\t').indexOf(name);
  const [originName, originCountry, originLat, originLon] = [
    'origincityLabel',
    'origincountry',
    'originlat',
    'originlong',
  ].map(column);
  const [sisterName, sisterCountry, sisterLat, sisterLon] = [
    'sistercityLabel',
    'destination_countryLabel',
    'destinationlat',
    'destinationlong',
  ].map(column);
  const seen = new Map<string, [number, number][]>();
  const placeOf = (name: string, country: string, lat: string, lon: string): PairEnd => {
    const key = `${name.toLowerCase()}|${country.toLowerCase()}`;
    const point: [number, number] = [Number(lat), Number(lon)];
    const known = seen.get(key) ?? [];
    seen.set(key, known);
    let i = known.findIndex((first) => km(first, point) <= SAME_PLACE_KM);
    if (i < 0) i = known.push(point) - 1;
    return { place: `${key}#${i}`, first: known[i]!, name, country, lat: point[0], lon: point[1] };
  };
  const pairs = new Map<string, { ends: [PairEnd, PairEnd]; rows: Record<string, string>[] }>();
  const names = header!.split('\t');
  let selfLinks = 0;
  for (const line of lines) {
    const cells = line.split('\t');
    const a = placeOf(cells[originName!]!, cells[originCountry!]!, cells[originLat!]!, cells[originLon!]!);
    const b = placeOf(cells[sisterName!]!, cells[sisterCountry!]!, cells[sisterLat!]!, cells[sisterLon!]!);
    if (a.place === b.place) {
      selfLinks++;
      continue;
    }
    const key = a.place < b.place ? `${a.place}\n${b.place}` : `${b.place}\n${a.place}`;
    const pair = pairs.get(key) ?? { ends: [a, b], rows: [] };
    pairs.set(key, pair);
    pair.rows.push(Object.fromEntries(names.map((name, i) => [name, cells[i] ?? ''])));
  }
  return { rows: lines.length, pairs, selfLinks };
}

export function countWikidataPairs(text: string): PairCount {
  const { rows, pairs, selfLinks } = wikidataRelations(text);
  const places = new Set<string>();
  for (const { ends } of pairs.values()) places.add(ends[0].place).add(ends[1].place);
  return { rows, places: places.size, pairs: pairs.size, selfLinks };
}
