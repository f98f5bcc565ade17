import type { DataSet, Link } from '../data/model.js';
import { countriesShown, isGrouped, placeCountry, typeShown } from './facets.js';
import type { FilterState } from './filters.js';
import { STATUS_CODE } from './statuses.js';
import { anySectorShown, arcShown, visibilityWindow, YEAR_MAX, YEAR_MIN, type VisibilityWindow } from './visibility.js';

/**
 * Counts of visible links without walking the links: the links are grouped by their set of
 * sectors, their status, their type and the countries of their ends (./facets.ts; in a grouped
 * data set, whose links passed `types` and `countries` already, the last two are left out), and
 * each group keeps its `since` and `until` years sorted. A group
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
  type: string | null;
  /** The countries of the link's ends (null: unknown or none). */
  countries: readonly [string | null, string | null];
  /** Sorted; YEAR_MIN for "since always". */
  since: Float64Array;
  /** Sorted; YEAR_MAX for "still running". */
  until: Float64Array;
}

export class FilterIndex {
  private readonly groups: Group[];
  readonly total: number;
  /** Whether `types` and `countries` apply (not in a grouped data set). */
  readonly #facets: boolean;

  constructor(dataset: DataSet) {
    type Building = Omit<Group, 'since' | 'until'> & { since: number[]; until: number[] };
    const byKey = new Map<string, Building>();
    const facets = (this.#facets = !isGrouped(dataset));
    const places = dataset.places;
    for (const link of dataset.links) {
      const type = facets ? link.type : null;
      const ends = [link.sourceIndex, link.targetIndex].map((i) => (facets ? placeCountry(places[i]!) : null) ?? null);
      const key = `${link.status}\u0000${type}\u0000${ends.join('\u0000')}\u0000${link.sectors.join('\u0000')}`;
      let group = byKey.get(key);
      if (!group) {
        const countries = ends as [string | null, string | null];
        group = { sectors: link.sectors, status: link.status, type, countries, since: [], until: [] };
        byKey.set(key, group);
      }
      group.since.push(link.since ?? YEAR_MIN);
      group.until.push(link.until ?? YEAR_MAX);
    }
    this.groups = [...byKey.values()].map((g) => ({
      ...g,
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
    let count = 0;
    this.#each(state, { sectors: false, types: false, countries: false }, (_, n) => (count += n));
    return count;
  }

  /** Visible links per sector under the other filters of a state, its sector toggles aside. */
  countBySector(state: FilterState, sectorIds: readonly string[]): Map<string, number> {
    const counts = new Map<string, number>(sectorIds.map((id) => [id, 0]));
    this.#each(state, { sectors: true, types: false, countries: false }, (group, n) => {
      for (const sector of group.sectors) counts.set(sector, (counts.get(sector) ?? 0) + n);
    });
    return counts;
  }

  /** Visible links per type under the other filters, `types` aside. */
  countByType(state: FilterState): Map<string, number> {
    const counts = new Map<string, number>();
    this.#each(state, { sectors: false, types: true, countries: false }, (group, n) => {
      if (group.type !== null) counts.set(group.type, (counts.get(group.type) ?? 0) + n);
    });
    return counts;
  }

  /**
   * Visible links per country under the other filters, `countries` aside: a link counts for each
   * country it has an end in (once for a link within one country), most links first.
   */
  countByCountry(state: FilterState): Map<string, number> {
    const counts = new Map<string, number>();
    this.#each(state, { sectors: false, types: false, countries: true }, (group, n) => {
      for (const country of new Set(group.countries))
        if (country !== null) counts.set(country, (counts.get(country) ?? 0) + n);
    });
    return new Map([...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
  }

  /** Calls `add` with each group the state shows (but for the filters `aside`) and its links shown. */
  #each(
    state: FilterState,
    aside: { sectors: boolean; types: boolean; countries: boolean },
    add: (group: Group, shown: number) => void,
  ): void {
    const window = visibilityWindow(state);
    for (const group of this.groups) {
      const sectorShown = aside.sectors || anySectorShown(state.sectors, group.sectors);
      if (!groupShown(window, sectorShown, group)) continue;
      if (this.#facets && !aside.types && !typeShown(state.types, group.type!)) continue;
      if (this.#facets && !aside.countries && !countriesShown(state.countries, ...group.countries)) continue;
      const n = inYears(group, window);
      if (n > 0) add(group, n);
    }
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
