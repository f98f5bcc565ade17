import type { DataSet, Link, Place } from '../data/model.js';

/** What the details panel shows. */
export type DetailsTarget = { kind: 'link'; link: Link } | { kind: 'place'; place: Place };

/**
 * The link or place the `selected` id names. Links are looked up first: a link id and a place id
 * are both the user's words, and a link is the more specific thing to show.
 */
export function resolveSelection(dataset: DataSet, id: string | null): DetailsTarget | null {
  if (id === null) return null;
  const link = dataset.links.find((l) => l.id === id);
  if (link) return { kind: 'link', link };
  const place = dataset.places.find((p) => p.id === id);
  return place ? { kind: 'place', place } : null;
}
