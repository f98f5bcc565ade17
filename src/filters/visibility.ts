import type { Link } from '../data/model.js';
import type { LinkStatus } from '../data/types.js';
import type { FilterState, YearRange } from './filters.js';
import { STATUS_CODE } from './statuses.js';

/**
 * Which links show, decided once. A filter state comes down to numbers — a years window with
 * YEAR_MIN and YEAR_MAX for open ends, and a bit mask of the statuses shown — and one arc (a
 * link in one of its sectors) shows when its sector is shown, its years [since, until] meet the
 * window and its status bit is set; a link shows when one of its arcs does. `isLinkVisible`, the
 * FilterIndex, the year steps over instance floats and the vertex shader (given the rule as GLSL
 * by `arcShownGlsl`) all come from `rule` below.
 */

/**
 * Stand-ins for "since always" and "still running" in the float attributes the GPU filters on,
 * and for the open ends of the years window.
 */
export const YEAR_MIN = -1e6;
export const YEAR_MAX = 1e6;
/** A rank limit that draws every link (`top` and `min-weight` absent; see ./thinning.ts). */
export const RANK_ALL = 1e9;

/** The years and statuses of a filter state as the shader's uniforms hold them. */
export interface VisibilityWindow {
  /** [from, to]; YEAR_MIN and YEAR_MAX for open ends. */
  readonly years: readonly [from: number, to: number];
  /** Bit `STATUS_CODE[status]` set for each status shown. */
  readonly statusMask: number;
  /**
   * Highest link rank drawn (`top`, `min-weight`: ./thinning.ts); absent: RANK_ALL. The filters
   * alone (`.visibleLinks`, the counts) leave it out.
   */
  readonly maxRank?: number;
}

/** A filter state as the arc layer draws it: the window and, per sector index, whether the sector is shown. */
export interface ArcFilter extends VisibilityWindow {
  readonly sectorShown: readonly boolean[];
}

/** What the rule is written in: numbers on the CPU, GLSL text for the shader. */
interface Logic<N, B> {
  atMost(a: N, b: N): B;
  hasBit(mask: N, bit: N): B;
  and(a: B, b: B): B;
}

const NUMBERS: Logic<number, boolean> = {
  atMost: (a, b) => a <= b,
  hasBit: (mask, bit) => ((mask >> bit) & 1) === 1,
  and: (a, b) => a && b,
};

const GLSL: Logic<string, string> = {
  atMost: (a, b) => `${a} <= ${b}`,
  hasBit: (mask, bit) => `((${mask} >> ${bit}) & 1) == 1`,
  and: (a, b) => `${a} && ${b}`,
};

/** Years [since, until] meet the window [from, to]: since ≤ to and from ≤ until. */
function yearsRule<N, B>(l: Logic<N, B>, since: N, until: N, from: N, to: N): B {
  return l.and(l.atMost(since, to), l.atMost(from, until));
}

/** An arc's own numbers and the window's, in the rule's language. */
interface RuleTerms<N, B> {
  sectorShown: B;
  since: N;
  until: N;
  status: N;
  rank: N;
  from: N;
  to: N;
  mask: N;
  maxRank: N;
}

/**
 * The rule: the arc's sector is shown, its years meet the window, its status's bit is set, and
 * its link's rank is within the limit of `top` and `min-weight`.
 */
function rule<N, B>(l: Logic<N, B>, t: RuleTerms<N, B>): B {
  const filters = l.and(l.and(t.sectorShown, yearsRule(l, t.since, t.until, t.from, t.to)), l.hasBit(t.mask, t.status));
  return l.and(filters, l.atMost(t.rank, t.maxRank));
}

/**
 * Whether an arc shows, from its sector's flag, its years (YEAR_MIN / YEAR_MAX for open ends),
 * its status code and its link's rank (0, the heaviest, when only the filters matter).
 */
export function arcShown(
  window: VisibilityWindow,
  sectorShown: boolean,
  since: number,
  until: number,
  status: number,
  rank = 0,
): boolean {
  const [from, to] = window.years;
  const { statusMask: mask, maxRank = RANK_ALL } = window;
  return rule(NUMBERS, { sectorShown, since, until, status, rank, from, to, mask, maxRank });
}

export function yearsMeet(years: VisibilityWindow['years'], since: number, until: number): boolean {
  return yearsRule(NUMBERS, since, until, years[0], years[1]);
}

/**
 * The rule as the GLSL function `bool arcShown(bool sectorShown, float since, float until,
 * int status, float rank)`, reading the window from the uniforms named.
 */
export function arcShownGlsl(uniforms: { from: string; to: string; statusMask: string; maxRank: string }): string {
  const test = rule(GLSL, {
    sectorShown: 'sectorShown',
    since: 'since',
    until: 'until',
    status: 'status',
    rank: 'rank',
    from: uniforms.from,
    to: uniforms.to,
    mask: uniforms.statusMask,
    maxRank: uniforms.maxRank,
  });
  return `bool arcShown(bool sectorShown, float since, float until, int status, float rank) {\n  return ${test};\n}`;
}

export function windowYears(years: YearRange | null): [from: number, to: number] {
  return [years?.from ?? YEAR_MIN, years?.to ?? YEAR_MAX];
}

export function statusMask(statuses: ReadonlySet<LinkStatus> | null): number {
  let mask = 0;
  for (const [status, code] of Object.entries(STATUS_CODE)) {
    if (statuses === null || statuses.has(status as LinkStatus)) mask |= 1 << code;
  }
  return mask;
}

export function visibilityWindow(state: FilterState): VisibilityWindow {
  return { years: windowYears(state.years), statusMask: statusMask(state.statuses) };
}

/** Whether any of these sectors is among those chosen (null: all are). */
export function anySectorShown(chosen: ReadonlySet<string> | null, sectors: readonly string[]): boolean {
  return chosen === null || sectors.some((id) => chosen.has(id));
}

/**
 * Whether a link shows: one of its arcs does, that is, under the rule with any of its sectors
 * shown. `rank` matters only to a window with a `maxRank` (what is drawn, ./thinning.ts).
 */
export function linkShown(window: VisibilityWindow, chosen: ReadonlySet<string> | null, link: Link, rank = 0): boolean {
  const since = link.since ?? YEAR_MIN;
  const until = link.until ?? YEAR_MAX;
  return arcShown(window, anySectorShown(chosen, link.sectors), since, until, STATUS_CODE[link.status], rank);
}

/** A filter state as the arc layer's uniforms, for a data set's sectors in the order of their indices. */
export function arcFilter(state: FilterState, sectors: readonly { id: string }[], maxRank = RANK_ALL): ArcFilter {
  const sectorShown = sectors.map((sector) => anySectorShown(state.sectors, [sector.id]));
  return { ...visibilityWindow(state), sectorShown, maxRank };
}
