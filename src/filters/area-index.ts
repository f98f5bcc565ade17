import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import Flatbush from 'flatbush';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Degrees around a point within which a region's outline still takes it when no region contains
 * it: the bundled shapes are simplified, and a city on the coast (Busan, Marseille) can fall a
 * little into the sea.
 */
export const COAST_MARGIN_DEG = 0.5;

type Area = Feature<Polygon | MultiPolygon>;

/**
 * The regions (countries or admin-1 regions) a point lies in: a Flatbush index of their bounding
 * boxes, then the exact test (turf) on the few whose box holds the point. A point no shape holds
 * goes to the nearest outline within COAST_MARGIN_DEG.
 */
export class AreaIndex {
  readonly #areas: Area[] = [];
  readonly #ids: string[] = [];
  readonly #boxes: [number, number, number, number][] = [];
  readonly #index: Flatbush | null;

  constructor(features: Iterable<[id: string, feature: Feature<Geometry, unknown>]>) {
    const boxes = this.#boxes;
    for (const [id, feature] of features) {
      const geometry = feature.geometry;
      if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') continue;
      const box = bbox(geometry);
      if (!box) continue;
      this.#areas.push(feature as Area);
      this.#ids.push(id);
      boxes.push(box);
    }
    this.#index = boxes.length > 0 ? new Flatbush(boxes.length) : null;
    if (!this.#index) return;
    for (const box of boxes) this.#index.add(...box);
    this.#index.finish();
  }

  /** Id of the region that holds a point (the smallest, where shapes overlap), or null. */
  areaAt(lon: number, lat: number): string | null {
    const index = this.#index;
    if (!index) return null;
    const holding = index
      .search(lon, lat, lon, lat)
      .filter((i) => booleanPointInPolygon([lon, lat], this.#areas[i]!))
      .sort((a, b) => boxArea(this.#boxes[a]!) - boxArea(this.#boxes[b]!));
    if (holding.length > 0) return this.#ids[holding[0]!]!;
    const m = COAST_MARGIN_DEG;
    let best: number | null = null;
    let bestDistance = m * m;
    for (const i of index.search(lon - m, lat - m, lon + m, lat + m)) {
      const d = nearestVertex(this.#areas[i]!.geometry, lon, lat);
      if (d <= bestDistance) [best, bestDistance] = [i, d];
    }
    return best === null ? null : this.#ids[best]!;
  }
}

function rings(geometry: Polygon | MultiPolygon): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

function bbox(geometry: Polygon | MultiPolygon): [number, number, number, number] | null {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings(geometry))
    for (const [x, y] of ring) {
      if (x! < minX) minX = x!;
      if (x! > maxX) maxX = x!;
      if (y! < minY) minY = y!;
      if (y! > maxY) maxY = y!;
    }
  return minX <= maxX ? [minX, minY, maxX, maxY] : null;
}

function boxArea([minX, minY, maxX, maxY]: readonly number[]): number {
  return (maxX! - minX!) * (maxY! - minY!);
}

/** Squared distance in degrees (longitude shortened by the latitude) to the nearest vertex of a shape. */
function nearestVertex(geometry: Polygon | MultiPolygon, lon: number, lat: number): number {
  const k = Math.cos((lat * Math.PI) / 180);
  let best = Infinity;
  for (const ring of rings(geometry))
    for (const [x, y] of ring) {
      const [dx, dy] = [(x! - lon) * k, y! - lat];
      best = Math.min(best, dx * dx + dy * dy);
    }
  return best;
}
