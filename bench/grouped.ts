// Grouping for the `group-by` rows, with the library's own module (src/filters/grouping.ts), so
// that deck.gl draws the very arcs coop-map draws: the areas of the places (the bundled countries
// or admin-1 regions), the links the filters show grouped into one arc per pair of areas, and
// that grouped data set written back as input, for the reload it is compared with.
import { validateDataSet } from '../src/data/validate.ts';
import type { GroupBy } from '../src/data/link-group.ts';
import type { DataSet } from '../src/data/model.ts';
import type { CooperationDataInput } from '../src/data/types.ts';
import type { FilterState } from '../src/filters/filters.ts';
import { assignAreas, groupLinks, type Areas, type Grouping } from '../src/filters/grouping.ts';
import type { FilterChoice } from './side.ts';

/** The model of a data set whose places are all declared with lon/lat (no gazetteer needed). */
export function toModel(data: CooperationDataInput): DataSet {
  return validateDataSet(data).dataset;
}

/** The filters coop-map reads from the `sectors` and `years` attributes the bench sets. */
export function filterState(choice: FilterChoice): FilterState {
  return {
    sectors: choice.sectors ? new Set(choice.sectors) : null,
    years: choice.years ? { from: choice.years[0], to: choice.years[1] } : null,
    statuses: null,
  };
}

/** The areas of a data set's places by `group-by`, as the element loads them. */
export { loadGroupAreas } from '../src/load/group-areas.ts';

/** A data set ready to be grouped again and again: the area of each place found once. */
export class Regrouper {
  private readonly areaOf: (string | null)[];

  constructor(
    readonly dataset: DataSet,
    readonly groupBy: GroupBy,
    private readonly areas: Areas,
  ) {
    this.areaOf = assignAreas(dataset, groupBy, areas);
  }

  group(choice: FilterChoice): Grouping {
    return groupLinks(this.dataset, this.areaOf, this.areas, filterState(choice));
  }
}

/** Prefix of the area ids in `groupedInput`, so that the gazetteer knows none and no shape is drawn (as grouped). */
export const AREA_ID_PREFIX = 'area-';

/**
 * A grouped data set as input: its areas as places declared with lon/lat, its groups as links
 * with their sectors, years, status and summed weight. Given to `.data`, coop-map draws the same
 * arcs as with `group-by` (one per group and sector, as wide), which is the "data reload of the
 * grouped size" a `group-by` change is compared with.
 */
export function groupedInput(grouped: DataSet): CooperationDataInput {
  return {
    title: 'grouped',
    places: grouped.places.map((p) => ({
      id: AREA_ID_PREFIX + p.id,
      name: p.name,
      lon: p.lon,
      lat: p.lat,
      kind: 'region',
    })),
    links: grouped.links.map((l) => ({
      source: AREA_ID_PREFIX + l.source,
      target: AREA_ID_PREFIX + l.target,
      type: l.type,
      status: l.status,
      since: l.since,
      until: l.until,
      sectors: [...l.sectors],
      ...(l.weight === null ? {} : { weight: l.weight }),
    })),
  };
}
