import type { DataSet, Link, Place } from '../data/model.js';

// Which places the map draws first and which stand out: pure functions of the data set and the
// links drawn, for the place layers (./place-layers.ts).

/**
 * Places in the order they get labels: regions, cities and organizations before whole countries
 * (they are the more specific partners), then the best connected first.
 */
export function rankPlaces(dataset: DataSet, degree: Uint32Array): Place[] {
  const priority = (p: Place) => (p.kind === 'country' ? 1 : 0);
  return [...dataset.places].sort(
    (a, b) => priority(a) - priority(b) || degree[b.index]! - degree[a.index]! || a.index - b.index,
  );
}

/** Number of links of each of `places` places among `links`, by place index. */
export function placeDegrees(places: number, links: readonly Link[]): Uint32Array {
  const degree = new Uint32Array(places);
  for (const link of links) {
    degree[link.sourceIndex]!++;
    degree[link.targetIndex]!++;
  }
  return degree;
}

/** A place and its partners by some links (its focus while hovered or selected), by index. */
export function withPartners(index: number, links: readonly Link[]): Set<number> {
  const focus = new Set([index]);
  for (const link of links)
    if (link.sourceIndex === index) focus.add(link.targetIndex);
    else if (link.targetIndex === index) focus.add(link.sourceIndex);
  return focus;
}
