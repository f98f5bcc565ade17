import { groupOf } from '../data/link-group.js';
import type { DataSet, Link, Place } from '../data/model.js';
import type { FilterState } from './filters.js';

/**
 * `types` and `countries`: the filters on a link's type and on the countries of its ends. A
 * link passes when its type is among `types` and, with `countries`, one of its ends lies in one
 * of them. The other filters are numbers the shader compares; these two come down to one flag
 * per link (`linkMask`), made once per change of either and kept while they stay, which the
 * rule of ./visibility.ts reads on the CPU and the vertex shader reads from a texture. The links
 * of a grouped data set (`group-by`) always pass: the filters were applied before grouping.
 */

// The shapes of ISO 3166-1 alpha-2 and ISO 3166-2 codes (as data/gazetteer.ts has them, which
// the element does not load up front).
const COUNTRY_CODE = /^[A-Za-z]{2}$/;
const SUBDIVISION_CODE = /^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$/;

/**
 * The country of a place: a country is its own, a region (`RU-IRK`) is in the country of its
 * code's prefix, and any other place in the country the data gives (a country column) or the
 * country shapes found for its point (./place-countries.ts, loaded when `countries` is used).
 * Undefined: not known yet (a place given only by coordinates, before the shapes are read);
 * null: in no country.
 */
export function placeCountry(place: Place): string | null | undefined {
  if (place.country !== undefined) return place.country;
  if (place.shape === 'country' || (place.shape === null && COUNTRY_CODE.test(place.id))) return place.id.toUpperCase();
  if (place.shape === 'admin1' || SUBDIVISION_CODE.test(place.id)) return place.id.slice(0, 2).toUpperCase();
  return undefined;
}

/** Whether some place's country is known only from shapes (`placeCountry` gives undefined). */
export function needsShapes(dataset: DataSet): boolean {
  return !isGrouped(dataset) && dataset.places.some((place) => placeCountry(place) === undefined);
}

/**
 * Gives places their countries as found from shapes (by place index; null: in none), so that
 * the flags are made anew. Places whose country is known already keep it.
 */
export function setPlaceCountries(dataset: DataSet, countries: readonly (string | null)[]): void {
  dataset.places.forEach((place, i) => {
    if (placeCountry(place) === undefined) place.country = countries[i] ?? null;
  });
  versions.set(dataset, (versions.get(dataset) ?? 0) + 1);
}

/** Changes when places of a data set get their countries (the key of anything made from them). */
export function countriesVersion(dataset: DataSet): number {
  return versions.get(dataset) ?? 0;
}

const versions = new WeakMap<DataSet, number>();

/** Whether a data set is the grouped one of `group-by`, whose links passed the filters already. */
export function isGrouped(dataset: DataSet): boolean {
  const first = dataset.links[0];
  return first !== undefined && groupOf(first) !== undefined;
}

/** Whether a type is among those chosen (null: all are). */
export function typeShown(chosen: ReadonlySet<string> | null | undefined, type: string): boolean {
  return !chosen || chosen.has(type);
}

/** Whether either of two countries is among those chosen (null: all are). */
export function countriesShown(
  chosen: ReadonlySet<string> | null | undefined,
  a: string | null | undefined,
  b: string | null | undefined,
): boolean {
  return !chosen || (!!a && chosen.has(a)) || (!!b && chosen.has(b));
}

/**
 * Whether a link passes `types` and `countries`. Without the places its ends' countries are
 * read from their codes alone.
 */
export function linkPasses(link: Link, state: FilterState, places?: readonly Place[]): boolean {
  if (!state.types && !state.countries) return true;
  if (groupOf(link)) return true;
  if (!typeShown(state.types, link.type)) return false;
  if (!state.countries) return true;
  const end = (index: number, id: string) => {
    const place = places?.[index];
    return place ? placeCountry(place) : placeCountry({ id, shape: null } as Place);
  };
  return countriesShown(state.countries, end(link.sourceIndex, link.source), end(link.targetIndex, link.target));
}

/** The key of the `types` and `countries` of a state. */
export function facetsKey(state: FilterState): string {
  const list = (set: ReadonlySet<string> | null | undefined) => (set ? [...set].sort().join(' ') : '*');
  return `${list(state.types)}|${list(state.countries)}`;
}

const masks = new WeakMap<DataSet, { key: string; mask: Uint8Array | null }>();

/**
 * One flag per link (by link index), 1 where it passes `types` and `countries`; null when every
 * link does (neither is set, or the data set is grouped). Kept per data set while they stay.
 */
export function linkMask(dataset: DataSet, state: FilterState): Uint8Array | null {
  if ((!state.types && !state.countries) || isGrouped(dataset)) return null;
  const key = `${facetsKey(state)}|${countriesVersion(dataset)}`;
  let cached = masks.get(dataset);
  if (cached?.key !== key) {
    const mask = new Uint8Array(dataset.links.length);
    for (const link of dataset.links) mask[link.index] = linkPasses(link, state, dataset.places) ? 1 : 0;
    cached = { key, mask };
    masks.set(dataset, cached);
  }
  return cached.mask;
}

/** The link types of a data set, most links first (ties in the order they come). */
export function typesOf(dataset: DataSet): string[] {
  const counts = new Map<string, number>();
  for (const link of dataset.links) counts.set(link.type, (counts.get(link.type) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([type]) => type);
}
