import type { DataSet, Link } from '../data/model.js';
import type { FilterState } from './filters.js';
import { STATUS_CODE } from './statuses.js';
import { anySectorShown, arcShown, visibilityWindow, YEAR_MAX, YEAR_MIN, type VisibilityWindow } from './visibility.js';

/**
 * Counts of visible links without walking the links: the links are grouped by their set of
 * sectors and their status, and each group keeps its `since` and `until` years sorted. A group
 * is kept or left out by the rule of ./visibility.ts with its years left open; of its links, the
 * rule's years test (since ≤ to and from ≤ until, open ends as YEAR_MIN and YEAR_MAX) holds for
 * #(since ≤ to) − #(until < from), since since ≤ until makes the links with until < from a
 * subset of those with since ≤ to: two binary searches. (Ranges come from parseYears, so
 * from ≤ to.) A filter change then costs O(groups × log n), not O(links), so the legend and the
 * "n of m shown" line stay as cheap at 50,000 links as at 1,000.
 */
interface Group {
  sectors: readonly string[];
  status: Link['status'];
  /** Sorted; YEAR_MIN for "since always". */
  since: Float64Array;
  /** Sorted; YEAR_MAX for "still running". */
  until: Float64Array;
}

export class FilterIndex {
  private readonly groups: Group[];
  readonly total: number;

  constructor(dataset: DataSet) {
    const byKey = new Map<string, { sectors: string[]; status: Link['status']; since: number[]; until: number[] }>();
    for (const link of dataset.links) {
      const key = `${link.status}\u0000${link.sectors.join('\u0000')}`;
      let group = byKey.get(key);
      if (!group) {
        group = { sectors: link.sectors, status: link.status, since: [], until: [] };
        byKey.set(key, group);
      }
      group.since.push(link.since ?? YEAR_MIN);
      group.until.push(link.until ?? YEAR_MAX);
    }
    this.groups = [...byKey.values()].map((g) => ({
      sectors: g.sectors,
      status: g.status,
      since: Float64Array.from(g.since).sort(),
      until: Float64Array.from(g.until).sort(),
    }));
    this.total = dataset.links.length;
  }

  /** Sectors and statuses that at least one link has, for the legend. */
  get sectorsInUse(): Set<string> {
    return new Set(this.groups.flatMap((g) => g.sectors));
  }

  get statusesInUse(): Set<Link['status']> {
    return new Set(this.groups.map((g) => g.status));
  }

  /** Number of links a filter state shows (the same links as `isLinkVisible`). */
  countVisible(state: FilterState): number {
    const window = visibilityWindow(state);
    let count = 0;
    for (const group of this.groups) {
      if (!groupShown(window, anySectorShown(state.sectors, group.sectors), group)) continue;
      count += inYears(group, window);
    }
    return count;
  }

  /** Visible links per sector under the years and statuses of a state, its sector toggles aside. */
  countBySector(state: FilterState, sectorIds: readonly string[]): Map<string, number> {
    const window = visibilityWindow(state);
    const counts = new Map<string, number>(sectorIds.map((id) => [id, 0]));
    for (const group of this.groups) {
      if (!groupShown(window, true, group)) continue;
      const n = inYears(group, window);
      if (n === 0) continue;
      for (const sector of group.sectors) counts.set(sector, (counts.get(sector) ?? 0) + n);
    }
    return counts;
  }
}

/** The rule for a group's sectors and status, its years left open (inYears counts those). */
function groupShown(window: VisibilityWindow, sectorShown: boolean, group: Group): boolean {
  return arcShown(window, sectorShown, YEAR_MIN, YEAR_MAX, STATUS_CODE[group.status]);
}

/** Links of a group whose years meet the window. */
function inYears(group: Group, window: VisibilityWindow): number {
  const [from, to] = window.years;
  return countAtMost(group.since, to) - countBelow(group.until, from);
}

/** Number of values ≤ x in a sorted array. */
function countAtMost(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of values < x in a sorted array. */
function countBelow(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
