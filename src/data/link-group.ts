import type { DataSet, Link } from './model.js';

/** `group-by` values: links drawn as one arc per pair of countries, or of admin-1 regions. */
export const GROUP_BY_VALUES = ['country', 'region'] as const;
export type GroupBy = (typeof GROUP_BY_VALUES)[number];

/** From this many links on, a group's panel draws only the rows scrolled into view. */
export const VIRTUALIZE_FROM = 200;

/**
 * One arc of a grouped map: the links (shown by the filters) between two areas, whichever way
 * they run. Its arc is a `Link` of the grouped data set (`link`), so the map, the keyboard, the
 * table and the tooltip draw and name it as they do a link.
 */
export interface LinkGroup {
  /** `group:<area>:<area>`, the two area ids in order, so that A–B and B–A are one group. */
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** The links of the group, in data order (links of the data set, not of the grouped one). */
  readonly links: readonly Link[];
  /** The data set its links are of. */
  readonly data: DataSet;
  /** Summed weight: each link's `weight`, else 1, so it is the number of links when none has a weight. */
  readonly weight: number;
  /** Sectors of its links (those the filters show), most links first: `[sector id, links]`. */
  readonly sectors: readonly (readonly [string, number])[];
  /** The grouped data set's link that draws the group. */
  readonly link: Link;
}

// Which links of a grouped data set stand for groups. A registry, not a field of `Link`, so that
// the tooltip and the panel (chunks of their own) know a group without loading the grouping code.
const groups = new WeakMap<Link, LinkGroup>();

export function markGroup(group: LinkGroup): void {
  groups.set(group.link, group);
}

/** The group a link of a grouped data set draws; undefined for a link of the data. */
export function groupOf(link: Link): LinkGroup | undefined {
  return groups.get(link);
}
