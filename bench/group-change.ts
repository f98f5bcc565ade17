// The `group-by` change row (coop-map only): setting `group-by` on a map that shows a data set,
// timed until the map is quiet, against a data reload of the grouped size (the grouped data set,
// made by the library's grouping, given to `.data` as input). Issue 12: a change of `group-by`
// should cost no more than that reload.
import { defaultGeodataBase } from '../src/load/geodata.ts';
import { loadGroupAreas } from '../src/load/group-areas.ts';
import type { GroupBy } from '../src/data/link-group.ts';
import type { CooperationDataInput } from '../src/data/types.ts';
import { groupedInput, Regrouper, toModel } from './grouped.ts';
import type { ChangeTiming, CoopMapSide } from './side-coop-map.ts';

export interface GroupChangeResult {
  /** none → country, with nothing about the areas known yet (geodata read, each place's area found). */
  noneToCountry: ChangeTiming;
  /** country → region, the same for the admin-1 regions. */
  countryToRegion: ChangeTiming;
  /** none → country again, on the same data set: the areas are known, only the grouping is done. */
  noneToCountryAgain: ChangeTiming;
  /** `.data` = the data set grouped by country, as input, on the map showing the data set ungrouped. */
  reloadCountry: ChangeTiming;
  /** The same with the data set grouped by region. */
  reloadRegion: ChangeTiming;
}

/** The data set grouped by `groupBy` with all links shown, as input (made outside every clock). */
async function grouped(data: CooperationDataInput, groupBy: GroupBy): Promise<CooperationDataInput> {
  const model = toModel(data);
  const areas = await loadGroupAreas(defaultGeodataBase(), model, groupBy);
  const regrouper = new Regrouper(model, groupBy, areas);
  return groupedInput(regrouper.group({ sectors: null, years: null }).dataset);
}

/**
 * Runs on a coop-map page that has loaded `data` without `group-by`. The changes come first, so
 * that no geodata the page reads for the reloads' inputs is cached for them.
 */
export async function measureGroupChange(side: CoopMapSide, data: CooperationDataInput): Promise<GroupChangeResult> {
  const noneToCountry = await side.changeGroupBy('country');
  const countryToRegion = await side.changeGroupBy('region');
  await side.changeGroupBy(null);
  const noneToCountryAgain = await side.changeGroupBy('country');
  await side.changeGroupBy(null);
  const byCountry = await grouped(data, 'country');
  const byRegion = await grouped(data, 'region');
  const reloadCountry = await side.reload(byCountry);
  await side.reload(data);
  const reloadRegion = await side.reload(byRegion);
  return { noneToCountry, countryToRegion, noneToCountryAgain, reloadCountry, reloadRegion };
}
