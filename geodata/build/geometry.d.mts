import type { Geometry, MultiPolygon, Position } from 'geojson';

/** [lon, lat] in degrees. */
export type LonLat = [number, number];
type MaybeGeometry = Geometry | null | undefined;

export declare function polygonsOf(geometry: MaybeGeometry): Position[][][];
export declare function ringContains(ring: Position[], point: readonly number[]): boolean;
export declare function geometryContains(geometry: MaybeGeometry, point: readonly number[]): boolean;
export declare function approxArea(geometry: MaybeGeometry): number;
export declare function roundPoint(point: readonly number[]): LonLat;
export declare function gridInteriorPoint(geometry: MaybeGeometry): LonLat | null;
export declare function pickLabel(
  geometry: MaybeGeometry,
  candidates: ReadonlyArray<readonly number[] | null | undefined>,
): LonLat | null;
export declare function splitAtAntimeridian<G extends Geometry>(geometry: G): G | MultiPolygon;
export declare function unwrapRing(ring: Position[]): Position[];
export declare function clipRing(ring: Position[], axis: 0 | 1, at: number, side: 1 | -1): Position[];
