import type { DataSet } from '../data/model.js';
import { geodataLoader, loadCountries } from '../load/geodata.js';
import { countryAreas } from '../load/group-areas.js';
import { placeCountry, setPlaceCountries } from './facets.js';

/**
 * The countries of the places that no code or country column places (cities and organizations
 * given by coordinates): the bundled country shapes that hold their points, as `group-by`
 * finds them (a point just off a simplified coast goes to the nearest outline within
 * COAST_MARGIN_DEG). Loaded, with the shapes, only when `countries` is used on such data.
 */
export async function findPlaceCountries(dataset: DataSet, geodataBase: string, timeoutMs: number): Promise<void> {
  const countries = await loadCountries(geodataBase, undefined, geodataLoader(timeoutMs));
  const { index } = countryAreas(countries);
  const found = dataset.places.map((place) =>
    placeCountry(place) === undefined ? index.areaAt(place.lon, place.lat) : null,
  );
  setPlaceCountries(dataset, found);
}
