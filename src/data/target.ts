import type { DataSet, Link, Place } from './model.js';

/**
 * A link or a place of a data set: what the pointer or the keyboard is on, what the tooltip
 * describes and what the details panel shows. One type for all of them, so that the map, the
 * element and the UI never translate between their own versions.
 */
export type Target = { kind: 'link'; link: Link } | { kind: 'place'; place: Place };

/** The target at an index of the data set's links or places. */
export function targetAt(dataset: DataSet, kind: Target['kind'], index: number): Target | null {
  if (kind === 'link') {
    const link = dataset.links[index];
    return link ? { kind, link } : null;
  }
  const place = dataset.places[index];
  return place ? { kind, place } : null;
}

/** The id a target goes by in `selected` and in `coop-select`. */
export function targetId(target: Target): string {
  return target.kind === 'link' ? target.link.id : target.place.id;
}

export function sameTarget(a: Target | null, b: Target | null): boolean {
  if (a === null || b === null) return a === b;
  return a.kind === b.kind && (a.kind === 'link' ? a.link === (b as typeof a).link : a.place === (b as typeof a).place);
}
