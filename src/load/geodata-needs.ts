// Which bundled geodata a data set needs, decided before it is validated: the admin-1 file is
// large, and a data set that names only countries and its own places can load without it.
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
 * Whether some place of the data set may be an admin-1 region: an id of ISO 3166-2 shape, or a
 * name ("Свердловская область"), which the validator looks up among the regions' names.
 */
export function needsSubdivisions(data: CooperationDataInput): boolean {
  for (const id of undeclaredPlaceIds(data)) if (SUBDIVISION_CODE.test(id) || !COUNTRY_CODE.test(id)) return true;
  for (const link of Array.isArray(data.links) ? data.links : []) {
    if (!isRecord(link)) continue;
    for (const end of ['source', 'target'] as const) {
      const named = link[end] === undefined && typeof link[`${end}_name`] === 'string';
      if (named && link[`${end}_lon`] === undefined) return true;
    }
  }
  return false;
}
