// Which bundled geodata a data set needs, decided before it is validated: the admin-1 file is
// large, and a data set that names only countries and its own places can load without it.
import { SUBDIVISION_CODE } from '../data/gazetteer.js';
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

/** Whether some place id of the data set can only be an admin-1 region (ISO 3166-2 shaped). */
export function needsSubdivisions(data: CooperationDataInput): boolean {
  for (const id of undeclaredPlaceIds(data)) if (SUBDIVISION_CODE.test(id)) return true;
  return false;
}
