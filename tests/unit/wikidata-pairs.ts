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

/** The file is plain TSV without quotes (the caller checks), so splitting on tabs reads it. */
export function countWikidataPairs(text: string): PairCount {
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
  const placeOf = (name: string, country: string, lat: string, lon: string): string => {
    const key = `${name.toLowerCase()}|${country.toLowerCase()}`;
    const point: [number, number] = [Number(lat), Number(lon)];
    const known = seen.get(key) ?? [];
    seen.set(key, known);
    let i = known.findIndex((first) => km(first, point) <= SAME_PLACE_KM);
    if (i < 0) i = known.push(point) - 1;
    return `${key}#${i}`;
  };
  const pairs = new Set<string>();
  const places = new Set<string>();
  let selfLinks = 0;
  for (const line of lines) {
    const cells = line.split('\t');
    const a = placeOf(cells[originName!]!, cells[originCountry!]!, cells[originLat!]!, cells[originLon!]!);
    const b = placeOf(cells[sisterName!]!, cells[sisterCountry!]!, cells[sisterLat!]!, cells[sisterLon!]!);
    if (a === b) {
      selfLinks++;
      continue;
    }
    pairs.add(a < b ? `${a}\n${b}` : `${b}\n${a}`);
    places.add(a).add(b);
  }
  return { rows: lines.length, places: places.size, pairs: pairs.size, selfLinks };
}
