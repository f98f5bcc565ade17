// The areas `group-by` groups places into, with the geodata they need: the countries, and by
// region the index of the admin-1 regions and the shapes of only the countries a place drawn as
// a point may fall in (a region or a country keeps its own code and needs no shape).
import { countriesAt, upperRegions, type Admin1Index } from '../data/admin1-index.js';
import type { KnownPlace } from '../data/gazetteer.js';
import type { GroupBy } from '../data/link-group.js';
import type { DataSet } from '../data/model.js';
import type { RegionFile } from '../data/regions.js';
import { COAST_MARGIN_DEG } from '../filters/area-index.js';
import { AreaIndex, type Areas } from '../filters/grouping.js';
import { loadAdmin1, loadAdmin1Index, loadCountries, type TextLoader } from './geodata.js';

/** Area indexes by geodata file, shared by the elements of a page. */
const areaCache = new WeakMap<RegionFile, Areas>();

/** The countries whose regions the places drawn as points (not a country, not a region) may fall in. */
export function pointCountries(dataset: DataSet, index: Admin1Index): Set<string> {
  const countries = new Set<string>();
  for (const place of dataset.places) {
    if (place.shape === 'admin1' || place.shape === 'country') continue;
    for (const country of countriesAt(index, place.lon, place.lat, COAST_MARGIN_DEG)) countries.add(country);
  }
  return countries;
}

/**
 * The areas of a data set's places by `groupBy`. By region a point goes to the finest region that
 * holds it (a department, not its French region: the upper regions are left out of the shapes
 * searched), and every region of the index and every country is named.
 */
export async function loadGroupAreas(
  base: string,
  dataset: DataSet,
  groupBy: GroupBy,
  load?: TextLoader,
): Promise<Areas> {
  const [countries, index] = await Promise.all([
    loadCountries(base, undefined, load),
    groupBy === 'region' ? loadAdmin1Index(base, undefined, load) : null,
  ]);
  if (!index) return cachedAreas(countries, () => countries.byId, countries.places);
  const shapes = await loadAdmin1(base, pointCountries(dataset, index), undefined, load);
  const upper = upperRegions(index);
  return cachedAreas(shapes, () => [...shapes.byId].filter(([id]) => !upper.has(id)), [
    ...countries.places,
    ...index.places,
  ]);
}

/** The countries as grouping by country finds places in them (one index per page, shared with the statistics). */
export const countryAreas = (countries: RegionFile): Areas =>
  cachedAreas(countries, () => countries.byId, countries.places);

function cachedAreas(
  shapes: RegionFile,
  searched: () => Iterable<[string, RegionFile['features']['features'][number]]>,
  named: readonly KnownPlace[],
): Areas {
  let areas = areaCache.get(shapes);
  if (!areas) {
    areas = { index: new AreaIndex(searched()), known: new Map(named.map((place) => [place.id, place])) };
    areaCache.set(shapes, areas);
  }
  return areas;
}
