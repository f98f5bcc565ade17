import type { DataSet, Link } from '../data/model.js';
import type { FilterState } from './filters.js';
import { linkShown, RANK_ALL, visibilityWindow } from './visibility.js';

/**
 * `top` and `min-weight`: they thin what is drawn after the other filters, never what
 * `.visibleLinks` lists. Every link has a rank, its place among all links by weight (heaviest
 * first; a link without weight weighs 1, as one link; ties in data order). The links drawn are
 * then the shown links of rank ≤ a limit: the rank of the `top`-th shown link, and below the
 * first link lighter than `min-weight`. One number, so the vertex shader applies it as the
 * filters (a uniform against each arc's rank) and the CPU gives the same links.
 */
export interface Thinning {
  /** At most this many links drawn, the heaviest first; null: no limit. */
  readonly top: number | null;
  /** Links lighter than this are not drawn; null: none left out. */
  readonly minWeight: number | null;
}

export const NO_THINNING: Thinning = { top: null, minWeight: null };

/** The weight a link is ranked and thinned by: its weight, else 1. */
export function rankWeight(link: Link): number {
  return link.weight ?? 1;
}

/** Links by rank (heaviest first) and each link's rank by link index. */
export interface LinkRanks {
  readonly order: Uint32Array;
  readonly rank: Uint32Array;
}

export function linkRanks(dataset: DataSet): LinkRanks {
  const links = dataset.links;
  const order = Uint32Array.from(links, (_, i) => i).sort(
    (a, b) => rankWeight(links[b]!) - rankWeight(links[a]!) || a - b,
  );
  const rank = new Uint32Array(links.length);
  order.forEach((link, r) => (rank[link] = r));
  return { order, rank };
}

/** Whether a thinning leaves anything out at all. */
export function thins(thinning: Thinning): boolean {
  return thinning.top !== null || thinning.minWeight !== null;
}

/** The highest rank drawn under a filter state and a thinning (RANK_ALL: no limit). */
export function rankLimit(dataset: DataSet, ranks: LinkRanks, state: FilterState, thinning: Thinning): number {
  if (!thins(thinning)) return RANK_ALL;
  const window = visibilityWindow(state, dataset);
  const { top, minWeight } = thinning;
  let count = 0;
  let limit = -1;
  for (let r = 0; r < ranks.order.length; r++) {
    const link = dataset.links[ranks.order[r]!]!;
    if (minWeight !== null && rankWeight(link) < minWeight) break;
    limit = r;
    if (top !== null && linkShown(window, state.sectors, link) && ++count >= top) break;
  }
  return top === 0 ? -1 : limit;
}

/**
 * The links drawn, in data order: shown by the filters and within the thinning's rank limit
 * (the same numbers the vertex shader compares), and that limit.
 */
export function drawnLinks(
  dataset: DataSet,
  ranks: LinkRanks,
  state: FilterState,
  thinning: Thinning,
): { links: Link[]; limit: number } {
  const limit = rankLimit(dataset, ranks, state, thinning);
  const window = { ...visibilityWindow(state, dataset), maxRank: limit };
  const rank = ranks.rank;
  const links = dataset.links.filter((link) => linkShown(window, state.sectors, link, rank[link.index]!));
  return { links, limit };
}

/** Indices of the places at either end of some of the links. */
export function placesOfLinks(links: readonly Link[]): Set<number> {
  const places = new Set<number>();
  for (const link of links) places.add(link.sourceIndex).add(link.targetIndex);
  return places;
}

/** `top` / `min-weight` attribute values: a number ≥ 0, else null. */
export function parseLimit(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? n : null;
}
