// Pure helpers of the map controller: the extent of places, the zoom of one world, colors for GL.
import type { LngLatBoundsLike } from 'maplibre-gl';

/** MapLibre's world is 512 CSS pixels wide at zoom 0. */
const WORLD_PX_AT_ZOOM_0 = 512;

/** The zoom at which one world (512 px at zoom 0) is as wide as the map. */
export function oneWorldZoom(width: number): number {
  return Math.max(0, Math.log2(Math.max(1, width) / WORLD_PX_AT_ZOOM_0));
}

export function hexToRgb(hex: string): [number, number, number] {
  let h = hex.replace('#', '');
  if (h.length === 3)
    h = h
      .split('')
      .map((c) => c + c)
      .join('');
  const n = parseInt(h, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Bounds of points on the sphere, crossing the antimeridian when that makes them narrower. */
export function placeBounds(places: readonly { lon: number; lat: number }[]): LngLatBoundsLike {
  let south = 90,
    north = -90;
  let west = 180,
    east = -180;
  let westShifted = 360,
    eastShifted = -360;
  for (const { lon, lat } of places) {
    south = Math.min(south, lat);
    north = Math.max(north, lat);
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    const shifted = lon < 0 ? lon + 360 : lon;
    westShifted = Math.min(westShifted, shifted);
    eastShifted = Math.max(eastShifted, shifted);
  }
  if (eastShifted - westShifted < east - west) {
    west = westShifted;
    east = eastShifted;
  }
  return [
    [west, Math.max(south, -85)],
    [east, Math.min(north, 85)],
  ];
}
