// Which bundled geodata a data set needs, decided before it is validated: a data set that names
// only countries and its own places loads no admin-1 file, one that names regions by code only
// their countries' files, and only one that names places by name the index of every region.
import { COUNTRY_CODE, SUBDIVISION_CODE } from '../data/gazetteer.js';
import { isRecord } from '../data/records.js';
import type { CooperationDataInput } from '../data/types.js';

/** Place ids a data set refers to that it does not declare itself, nor place by coordinates. */
export function undeclaredPlaceIds(data: CooperationDataInput): Set<string> {
  const places = Array.isArray(data.places) ? data.places : [];
  const declared = new Set(places.map((p) => (isRecord(p) ? String(p.id) : '')));
  const ids = new Set<string>();
  for (const link of Array.isArray(data.links) ? data.links : []) {
    if (!isRecord(link)) continue;
    for (const end of ['source', 'target'] as const) {
      const id = link[end];
      if (typeof id === 'string' && !declared.has(id) && link[`${end}_lon`] === undefined) ids.add(id.trim());
    }
  }
  return ids;
}

/**
 * What admin-1 geodata a data set needs: the subdivision codes it names (upper case), whose
 * countries' files hold their names, label points and shapes; and whether it names some place by
 * a name rather than a code ("Свердловская область"), which only the index of every region's
 * names can resolve.
 */
export function regionNeeds(data: CooperationDataInput): { codes: Set<string>; byName: boolean } {
  const codes = new Set<string>();
  let byName = false;
  for (const id of undeclaredPlaceIds(data)) {
    if (SUBDIVISION_CODE.test(id)) codes.add(id.toUpperCase());
    else if (!COUNTRY_CODE.test(id)) byName = true;
  }
  for (const link of Array.isArray(data.links) ? data.links : []) {
    if (byName || !isRecord(link)) continue;
    for (const end of ['source', 'target'] as const) {
      const named = link[end] === undefined && typeof link[`${end}_name`] === 'string';
      if (named && link[`${end}_lon`] === undefined) byName = true;
    }
  }
  return { codes, byName };
}

/**
 * Whether some place of the data set may be an admin-1 region: an id of ISO 3166-2 shape, or a
 * name ("Свердловская область"), which the validator looks up among the regions' names.
 */
export function needsSubdivisions(data: CooperationDataInput): boolean {
  const { codes, byName } = regionNeeds(data);
  return byName || codes.size > 0;
}
