import type { DataSet, Link } from '../data/model.js';
import type { LinkStatus } from '../data/types.js';
import { linkMask } from './facets.js';
import type { FilterState, YearRange } from './filters.js';
import { STATUS_CODE } from './statuses.js';

/**
 * Which links show, decided once. A filter state comes down to numbers — a years window with
 * YEAR_MIN and YEAR_MAX for open ends, and a bit mask of the statuses shown — and one arc (a
 * link in one of its sectors) shows when its sector is shown, its years [since, until] meet the
 * window, its status bit is set and its link's flag of `types` and `countries` (./facets.ts) is
 * set; a link shows when one of its arcs does. `isLinkVisible`, the
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
  /**
   * Per link index, 1 where the link passes `types` and `countries` (./facets.ts `linkMask`);
   * absent or null: every link does.
   */
  readonly linkMask?: Uint8Array | null;
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
  /** The link's flag of `types` and `countries`. */
  linkPasses: B;
  from: N;
  to: N;
  mask: N;
  maxRank: N;
}

/**
 * The rule: the arc's sector is shown, its years meet the window, its status's bit is set, its
 * link's rank is within the limit of `top` and `min-weight`, and its link's flag is set.
 */
function rule<N, B>(l: Logic<N, B>, t: RuleTerms<N, B>): B {
  const filters = l.and(l.and(t.sectorShown, yearsRule(l, t.since, t.until, t.from, t.to)), l.hasBit(t.mask, t.status));
  return l.and(l.and(filters, l.atMost(t.rank, t.maxRank)), t.linkPasses);
}

/**
 * Whether an arc shows, from its sector's flag, its years (YEAR_MIN / YEAR_MAX for open ends),
 * its status code, its link's rank (0, the heaviest, when only the filters matter) and its
 * link's index (for the window's link mask; -1: the link passes).
 */
export function arcShown(
  window: VisibilityWindow,
  sectorShown: boolean,
  since: number,
  until: number,
  status: number,
  rank = 0,
  link = -1,
): boolean {
  const [from, to] = window.years;
  const { statusMask: mask, maxRank = RANK_ALL, linkMask } = window;
  const linkPasses = !linkMask || link < 0 || linkMask[link] === 1;
  return rule(NUMBERS, { sectorShown, since, until, status, rank, linkPasses, from, to, mask, maxRank });
}

export function yearsMeet(years: VisibilityWindow['years'], since: number, until: number): boolean {
  return yearsRule(NUMBERS, since, until, years[0], years[1]);
}

/**
 * The rule as the GLSL function `bool arcShown(bool sectorShown, float since, float until,
 * int status, float rank, float link)`, reading the window from the uniforms named and the link
 * mask from the GLSL function named `linkMask` (a function of the link index).
 */
export function arcShownGlsl(uniforms: {
  from: string;
  to: string;
  statusMask: string;
  maxRank: string;
  linkMask: string;
}): string {
  const test = rule(GLSL, {
    sectorShown: 'sectorShown',
    since: 'since',
    until: 'until',
    status: 'status',
    rank: 'rank',
    linkPasses: `${uniforms.linkMask}(link)`,
    from: uniforms.from,
    to: uniforms.to,
    mask: uniforms.statusMask,
    maxRank: uniforms.maxRank,
  });
  const params = 'bool sectorShown, float since, float until, int status, float rank, float link';
  return `bool arcShown(${params}) {\n  return ${test};\n}`;
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

/** The window of a filter state; with the data set, its link mask of `types` and `countries` too. */
export function visibilityWindow(state: FilterState, dataset?: DataSet): VisibilityWindow {
  const window = { years: windowYears(state.years), statusMask: statusMask(state.statuses) };
  return dataset ? { ...window, linkMask: linkMask(dataset, state) } : window;
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
  const status = STATUS_CODE[link.status];
  return arcShown(window, anySectorShown(chosen, link.sectors), since, until, status, rank, link.index);
}

/**
 * A filter state as the arc layer's uniforms, for a data set's sectors in the order of their
 * indices; with the data set, its link mask too.
 */
export function arcFilter(
  state: FilterState,
  sectors: readonly { id: string }[],
  maxRank = RANK_ALL,
  dataset?: DataSet,
): ArcFilter {
  const sectorShown = sectors.map((sector) => anySectorShown(state.sectors, [sector.id]));
  return { ...visibilityWindow(state, dataset), sectorShown, maxRank };
}
