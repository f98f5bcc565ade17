import type { DataSet } from '../data/model.js';
import type { ElementState } from '../element-state.js';
import { OnDemand } from '../load/on-demand.js';

/** The country of each place of a data set, by place index (see load/place-countries.ts). */
export type PlaceCountries = readonly (string | null)[];

const COUNTRIES = new WeakMap<DataSet, OnDemand<PlaceCountries>>();

/**
 * The countries of a data set's places, for the statistics: found once per data set, in a chunk
 * of their own (with the countries' shapes when some place is given by its point). A render asks
 * `UiParts.get` for it and renders again when it has come.
 */
export function placeCountriesPart(dataset: DataSet, state: ElementState): OnDemand<PlaceCountries> {
  let part = COUNTRIES.get(dataset);
  if (!part) {
    const [base, timeoutMs] = [state.geodataBase, state.timeoutMs()];
    part = new OnDemand(() =>
      import('../load/place-countries.js').then((module) => module.placeCountries(dataset, base, timeoutMs)),
    );
    COUNTRIES.set(dataset, part);
  }
  return part;
}
