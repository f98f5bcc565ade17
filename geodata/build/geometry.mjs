// Pure geometry on lon/lat degrees, for GeoJSON Polygon and MultiPolygon geometries: point in
// shape, area for ranking parts, label points, and the cut of rings at the antimeridian.
// No I/O; tests/unit/geodata-geometry.test.ts checks each function on known shapes.

import { LABEL_DECIMALS } from './limits.mjs';

/** The polygons of a geometry (a Polygon is one); none for other types or no geometry. */
export function polygonsOf(geometry) {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

/** Ray casting against one ring; a point exactly on an edge may fall either way. */
export function ringContains(ring, [x, y]) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Even-odd rule over every ring, so holes (Astana inside Akmola) exclude the point. */
export function geometryContains(geometry, point) {
  let inside = false;
  for (const polygon of polygonsOf(geometry)) {
    for (const ring of polygon) if (ringContains(ring, point)) inside = !inside;
  }
  return inside;
}

const RADIANS = Math.PI / 180;

/**
 * Area in square degrees at the equator (a 1° cell at latitude φ counts cos φ), to rank parts:
 * the shoelace formula in the cylindrical equal-area projection (lon, sin lat), which on the sphere
 * is exact up to the shape of the edges. Holes count negative.
 */
export function approxArea(geometry) {
  let total = 0;
  for (const polygon of polygonsOf(geometry)) {
    polygon.forEach((ring, index) => {
      let sum = 0;
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        sum += (ring[j][0] - ring[i][0]) * (Math.sin(ring[j][1] * RADIANS) + Math.sin(ring[i][1] * RADIANS));
      }
      total += (index === 0 ? 1 : -1) * Math.abs(sum / 2 / RADIANS);
    });
  }
  return total;
}

/** Rounded to LABEL_DECIMALS, as label points are shipped. */
export function roundPoint([lon, lat]) {
  const f = 10 ** LABEL_DECIMALS;
  return [Math.round(lon * f) / f, Math.round(lat * f) / f];
}

/** Fallback when mapshaper's inner point misses after quantization: scan the largest polygon. */
export function gridInteriorPoint(geometry) {
  const polygons = polygonsOf(geometry)
    .map((p) => ({ p, area: approxArea({ type: 'Polygon', coordinates: p }) }))
    .sort((a, b) => b.area - a.area);
  for (const { p } of polygons) {
    const xs = p[0].map((c) => c[0]);
    const ys = p[0].map((c) => c[1]);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    for (const steps of [8, 32, 128]) {
      for (let i = 1; i < steps; i++) {
        for (let j = 1; j < steps; j++) {
          const point = roundPoint([x0 + ((x1 - x0) * i) / steps, y0 + ((y1 - y0) * j) / steps]);
          if (geometryContains(geometry, point)) return point;
        }
      }
    }
  }
  return null;
}

/** The first candidate that lies inside the shipped geometry, rounded. */
export function pickLabel(geometry, candidates) {
  for (const candidate of candidates) {
    if (!candidate || !candidate.every(Number.isFinite)) continue;
    const point = roundPoint(candidate);
    if (geometryContains(geometry, point)) return point;
  }
  return gridInteriorPoint(geometry);
}

/**
 * world-atlas keeps its topology on the sphere: a ring that crosses the antimeridian (Russia's
 * Chukotka, Fiji) has an edge from +179° to −179°, and Antarctica's ring goes round the pole.
 * Planar tools (mapshaper here, MapLibre later) read such an edge as a line across the whole
 * world. Unwrap each such ring, close a pole-encircling one along the pole, and cut it at ±180°
 * into planar rings.
 */
export function splitAtAntimeridian(geometry) {
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return geometry;
  const polygons = polygonsOf(geometry);
  const crosses = (ring) => ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);
  if (!polygons.some((polygon) => polygon.some(crosses))) return geometry;
  const out = [];
  for (const polygon of polygons) {
    if (!polygon.some(crosses)) {
      out.push(polygon);
      continue;
    }
    // Holes of crossing polygons are dropped: at this scale none matters (checked by the build report).
    const ring = unwrapRing(polygon[0]);
    const shift = Math.floor((Math.min(...ring.map((p) => p[0])) + 180) / 360);
    for (let k = shift; k <= shift + 1; k++) {
      const west = -180 + 360 * k;
      const piece = clipRing(clipRing(ring, 0, west, 1), 0, west + 360, -1);
      if (piece.length >= 4) out.push([piece.map(([x, y]) => [x - 360 * k, y])]);
    }
  }
  return { type: 'MultiPolygon', coordinates: out };
}

/**
 * The ring with continuous longitudes (no step over 180°, so it may run past ±180°); a ring that
 * goes round a pole comes back closed along it.
 */
export function unwrapRing(ring) {
  const out = [ring[0].slice()];
  for (let i = 1; i < ring.length; i++) {
    let x = ring[i][0];
    const prev = out[i - 1][0];
    while (x - prev > 180) x -= 360;
    while (x - prev < -180) x += 360;
    out.push([x, ring[i][1]]);
  }
  const drift = out.at(-1)[0] - out[0][0];
  if (Math.abs(drift) > 180) {
    // Encircles a pole: close the ring along it (Antarctica: the south pole).
    const pole = out.reduce((sum, p) => sum + p[1], 0) < 0 ? -90 : 90;
    const last = out.at(-1);
    out.push([last[0], pole], [out[0][0], pole], out[0].slice());
  }
  return out;
}

/** Sutherland–Hodgman against the half-plane `side * (x − at) ≥ 0` (axis 0 = longitude). */
export function clipRing(ring, axis, at, side) {
  const inside = (p) => side * (p[axis] - at) >= 0;
  const cross = (a, b) => {
    const t = (at - a[axis]) / (b[axis] - a[axis]);
    return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
  };
  const out = [];
  for (let i = 0; i < ring.length - 1; i++) {
    const a = ring[i];
    const b = ring[i + 1];
    if (inside(a)) {
      out.push(a);
      if (!inside(b)) out.push(cross(a, b));
    } else if (inside(b)) {
      out.push(cross(a, b));
    }
  }
  if (out.length > 0) out.push(out[0].slice());
  return out;
}
