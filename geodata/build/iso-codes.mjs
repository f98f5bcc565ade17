// The current ISO codes every id is checked against: the lists of the iso-3166 package.

import { iso31661, iso31662 } from 'iso-3166';

/** Current ISO 3166-2 subdivisions by code. */
export const CURRENT = new Map(iso31662.map((r) => [r.code, r]));
/** ISO 3166-1 countries that have ISO 3166-2 subdivisions. */
export const HAS_SUBDIVISIONS = new Set(iso31662.map((r) => r.code.split('-')[0]));
/** ISO 3166-1 alpha-2 codes by numeric code ("008" -> "AL"), as world-atlas ids are numeric. */
export const ALPHA2_BY_NUMERIC = new Map(iso31661.map((c) => [c.numeric, c.alpha2]));
/** Every assigned ISO 3166-1 alpha-2 code. */
export const ALPHA2 = new Set(iso31661.map((c) => c.alpha2));
