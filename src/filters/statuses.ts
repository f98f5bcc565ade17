import { LINK_STATUSES, type LinkStatus } from '../data/types.js';

/** How the arcs of one status are drawn, and the number that stands for it. */
export interface StatusStyle {
  /** The status in the arc instances, and its bit in the status mask. */
  readonly code: number;
  /** Lengths of a dash and of the gap after it, in CSS pixels; a dash of 0 draws the arc solid. */
  readonly dash: number;
  readonly gap: number;
  /** Opacity of the arc (before any highlight dims it). */
  readonly alpha: number;
}

/**
 * Each status once: the legend's key and the arc shaders (as GLSL constants) both read this
 * table, so the key shows what the map draws. Each status has a pattern of its own, so that it
 * does not rest on color (WCAG 1.4.1): active solid, planned dashed, suspended dotted, ended in
 * sparse dots. None is faded: a faded arc would fall below 3:1 against the land (1.4.11).
 */
export const STATUS_STYLES: Readonly<Record<LinkStatus, StatusStyle>> = {
  active: { code: 0, dash: 0, gap: 0, alpha: 0.95 },
  planned: { code: 1, dash: 7, gap: 4, alpha: 0.95 },
  suspended: { code: 2, dash: 2.5, gap: 3, alpha: 0.95 },
  ended: { code: 3, dash: 1.5, gap: 7, alpha: 0.95 },
};

export const STATUS_CODE: Readonly<Record<LinkStatus, number>> = Object.fromEntries(
  LINK_STATUSES.map((status) => [status, STATUS_STYLES[status].code]),
) as Record<LinkStatus, number>;

/** The styles in the order of their codes, as the shaders index them. */
export function stylesByCode(): StatusStyle[] {
  return LINK_STATUSES.map((status) => STATUS_STYLES[status]).sort((a, b) => a.code - b.code);
}
