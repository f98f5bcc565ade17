// Random links and filter states for the property tests of the filters.
import fc from 'fast-check';
import { LINK_STATUSES } from '../../src/data/types.js';
import { validateDataSet } from '../../src/data/validate.js';
import type { FilterState } from '../../src/filters/filters.js';

const SECTORS = ['culture', 'education', 'economy', 'tourism', 'youth'];
const year = fc.option(fc.integer({ min: 1950, max: 2030 }), { nil: null });

/** A link's filtered fields; `since` may come after `until` (order them before use). */
export const link = fc.record({
  sectors: fc.subarray(SECTORS),
  status: fc.constantFrom(...LINK_STATUSES),
  since: year,
  until: year,
});

export type RandomLink = typeof link extends fc.Arbitrary<infer L> ? L : never;

export const state: fc.Arbitrary<FilterState> = fc.record({
  sectors: fc.option(
    fc.subarray([...SECTORS, 'unspecified']).map((list) => new Set(list)),
    { nil: null },
  ),
  // As parseYears gives them: from ≤ to when both are set.
  years: fc.option(
    fc
      .record({ from: year, to: year })
      .map((r) => (r.from !== null && r.to !== null && r.from > r.to ? { from: r.to, to: r.from } : r)),
    { nil: null },
  ),
  statuses: fc.option(
    fc.subarray([...LINK_STATUSES]).map((list) => new Set(list)),
    { nil: null },
  ),
});

/** A data set of random links among three places, in turn; a link may carry a weight. */
export function dataSet(links: (RandomLink & { weight?: number | null })[]) {
  const places = [
    { id: 'a', lon: 0, lat: 0 },
    { id: 'b', lon: 30, lat: 10 },
    { id: 'c', lon: 60, lat: -5 },
  ];
  return validateDataSet({
    places,
    links: links.map((l, i) => ({
      id: `l${i}`,
      source: places[i % 3]!.id,
      target: places[(i + 1) % 3]!.id,
      type: `t${i}`,
      sectors: l.sectors,
      status: l.status,
      since: l.since !== null && l.until !== null ? Math.min(l.since, l.until) : l.since,
      until: l.since !== null && l.until !== null ? Math.max(l.since, l.until) : l.until,
      ...(l.weight === null || l.weight === undefined ? {} : { weight: l.weight }),
    })),
  }).dataset;
}
