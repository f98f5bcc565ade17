import type { DataSet } from '../data/model.js';
import { AreaIndex, assignAreas, type Areas } from '../filters/grouping.js';
import { TimeSlicer } from '../data/slicer.js';
import { geodataLoader, loadCountries } from './geodata.js';
import { countryAreas } from './group-areas.js';

/** Places looked up between two checks of the time budget (a point-in-polygon test takes a fraction of a ms). */
const PLACES_PER_STEP = 200;

/** No shapes: every place the data names by an ISO code has its country without them. */
const CODES_ONLY: Areas = { index: new AreaIndex([]), known: new Map() };

/**
 * The country of each place of a data set, as grouping by country finds it (`assignAreas`: the
 * code of a country or region, else the country whose shape holds the place's point). The
 * countries' shapes are downloaded only when some place is given by its point; when they cannot
 * be had, those places have no country (null) rather than no statistics. The points are looked up
 * a slice at a time, handing the event loop back between slices: 12,000 cities take seconds.
 */
export async function placeCountries(dataset: DataSet, base: string, timeoutMs: number): Promise<(string | null)[]> {
  const byPoint = dataset.places.some((place) => place.shape !== 'country' && place.shape !== 'admin1');
  let areas = CODES_ONLY;
  if (byPoint) {
    try {
      areas = countryAreas(await loadCountries(base, undefined, geodataLoader(timeoutMs)));
    } catch (error) {
      console.warn('coop-map: the countries could not be loaded for the statistics:', error);
    }
  }
  const countries: (string | null)[] = [];
  const slicer = new TimeSlicer();
  for (let i = 0; i < dataset.places.length; i += PLACES_PER_STEP) {
    const places = dataset.places.slice(i, i + PLACES_PER_STEP);
    for (const country of assignAreas({ ...dataset, places }, 'country', areas)) countries.push(country);
    if (slicer.due()) await slicer.yield();
  }
  return countries;
}
