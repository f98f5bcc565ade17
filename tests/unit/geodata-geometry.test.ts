// The pure geometry of the geodata build (geodata/build/geometry.mjs) on shapes whose answers are
// known, with turf as the reference for areas and point-in-polygon.
import { area, booleanPointInPolygon, center } from '@turf/turf';
import type { Geometry, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  approxArea,
  clipRing,
  geometryContains,
  gridInteriorPoint,
  pickLabel,
  polygonsOf,
  ringContains,
  roundPoint,
  splitAtAntimeridian,
  unwrapRing,
} from '../../geodata/build/geometry.mjs';
import { LABEL_DECIMALS } from '../../geodata/build/limits.mjs';

/** turf's earth radius in metres: one square degree at the equator is (R · π/180)² m². */
const TURF_EARTH_RADIUS = 6371008.8;
const SQUARE_DEGREE_M2 = ((TURF_EARTH_RADIUS * Math.PI) / 180) ** 2;

/** A closed, counter-clockwise rectangle. */
const box = (x0: number, y0: number, x1: number, y1: number): Position[] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];
const polygon = (...rings: Position[][]): Polygon => ({ type: 'Polygon', coordinates: rings });
const turfSquareDegrees = (geometry: Polygon | MultiPolygon) => area(geometry) / SQUARE_DEGREE_M2;
const relativeError = (value: number, reference: number) => Math.abs(value / reference - 1);

const square = polygon(box(0, 0, 10, 10));
/** A 10° square with a 2° hole in the middle (holes run clockwise). */
const squareWithHole = polygon(box(0, 0, 10, 10), box(4, 4, 6, 6).reverse());
/** A "C" open to the east: its bounding-box centre (5, 5) lies in the mouth, outside the shape. */
const cShape = polygon([
  [0, 0],
  [10, 0],
  [10, 2],
  [2, 2],
  [2, 8],
  [10, 8],
  [10, 10],
  [0, 10],
  [0, 0],
]);
/** A 1° frame round a 8° hole: the coarse 8 × 8 grid of the interior-point scan falls in the hole. */
const frame = polygon(box(0, 0, 10, 10), box(1, 1, 9, 9).reverse());

/** Points on a grid clear of every vertex and edge of the shapes above (edges at whole degrees). */
const probes: Array<[number, number]> = [];
for (let i = 0; i < 18; i++) for (let j = 0; j < 18; j++) probes.push([-1.15 + 0.7 * i, -1.05 + 0.7 * j]);

const decimals = (value: number) => (String(value).split('.')[1] ?? '').length;

describe('polygonsOf', () => {
  it('gives a Polygon as one polygon, a MultiPolygon as its polygons, anything else as none', () => {
    expect(polygonsOf(square)).toEqual([square.coordinates]);
    const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: [[box(0, 0, 1, 1)], [box(2, 2, 3, 3)]] };
    expect(polygonsOf(multi)).toBe(multi.coordinates);
    expect(polygonsOf({ type: 'Point', coordinates: [0, 0] })).toEqual([]);
    expect(
      polygonsOf({
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      }),
    ).toEqual([]);
    expect(polygonsOf(null)).toEqual([]);
  });
});

describe('ringContains and geometryContains', () => {
  it('tell inside from outside a square', () => {
    expect(ringContains(box(0, 0, 10, 10), [5, 5])).toBe(true);
    expect(ringContains(box(0, 0, 10, 10), [15, 5])).toBe(false);
    expect(geometryContains(square, [0.5, 9.5])).toBe(true);
    expect(geometryContains(square, [-0.5, 5])).toBe(false);
    expect(geometryContains(square, [5, 10.5])).toBe(false);
  });

  it('exclude the hole of a ring with a hole (even-odd over every ring)', () => {
    expect(ringContains(squareWithHole.coordinates[0]!, [5, 5])).toBe(true); // the outer ring alone
    expect(geometryContains(squareWithHole, [5, 5])).toBe(false);
    expect(geometryContains(squareWithHole, [2, 2])).toBe(true);
  });

  it('agree with turf on every probe of a square, a ring with a hole and a concave shape', () => {
    for (const shape of [square, squareWithHole, cShape, frame]) {
      const disagree = probes.filter((p) => geometryContains(shape, p) !== booleanPointInPolygon(p, shape));
      expect(disagree).toEqual([]);
    }
  });

  it('find a point in any part of a MultiPolygon, and in no geometry that has no area', () => {
    const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: [[box(0, 0, 1, 1)], [box(5, 5, 6, 6)]] };
    expect(geometryContains(multi, [0.5, 0.5])).toBe(true);
    expect(geometryContains(multi, [5.5, 5.5])).toBe(true);
    expect(geometryContains(multi, [3, 3])).toBe(false);
    expect(geometryContains({ type: 'Point', coordinates: [0, 0] }, [0, 0])).toBe(false);
    expect(geometryContains(undefined, [0, 0])).toBe(false);
  });
});

describe('approxArea', () => {
  it('measures a square like turf does, in square degrees at the equator', () => {
    expect(relativeError(approxArea(square), turfSquareDegrees(square))).toBeLessThan(1e-6);
  });

  it.each([0, 30, 49.5, 60, 80])('measures a 1° cell at %s°N like turf (about cos φ)', (lat) => {
    const cell = polygon(box(20, lat, 21, lat + 1));
    expect(relativeError(approxArea(cell), turfSquareDegrees(cell))).toBeLessThan(1e-6);
    expect(approxArea(cell)).toBeCloseTo(Math.cos(((lat + 0.5) * Math.PI) / 180), 3);
  });

  it('subtracts holes, ignores the winding order and adds up the parts of a MultiPolygon', () => {
    expect(relativeError(approxArea(squareWithHole), turfSquareDegrees(squareWithHole))).toBeLessThan(1e-6);
    expect(approxArea(squareWithHole)).toBeCloseTo(approxArea(square) - approxArea(polygon(box(4, 4, 6, 6))), 9);
    expect(approxArea(polygon(box(0, 0, 10, 10).reverse()))).toBeCloseTo(approxArea(square), 9);
    const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: [square.coordinates, cShape.coordinates] };
    expect(approxArea(multi)).toBeCloseTo(approxArea(square) + approxArea(cShape), 9);
    expect(relativeError(approxArea(cShape), turfSquareDegrees(cShape))).toBeLessThan(1e-6);
    expect(approxArea({ type: 'Point', coordinates: [0, 0] })).toBe(0);
  });

  it('ranks a large part far south above a small one far north', () => {
    expect(approxArea(polygon(box(0, 48, 4, 52)))).toBeGreaterThan(approxArea(polygon(box(0, 70, 1, 71))));
  });
});

describe('roundPoint', () => {
  it(`rounds longitude and latitude to ${LABEL_DECIMALS} decimals`, () => {
    expect(roundPoint([1.23456, -2.98765])).toEqual([1.235, -2.988]);
    expect(roundPoint([179.9999, 0.0004])).toEqual([180, 0]);
  });
});

describe('pickLabel and gridInteriorPoint', () => {
  it('take the first candidate that lies inside, rounded', () => {
    expect(
      pickLabel(square, [
        [20, 20],
        [3.14159, 2.71828],
        [5, 5],
      ]),
    ).toEqual([3.142, 2.718]);
  });

  it('skip missing and non-finite candidates', () => {
    expect(pickLabel(square, [null, undefined, [Number.NaN, 1], [1, Infinity], [1, 1]])).toEqual([1, 1]);
  });

  it('test the rounded point, which is the one shipped', () => {
    // 9.9996 is inside; rounded to 10.000 it is on the edge, outside by the even-odd rule.
    expect(geometryContains(square, [9.9996, 5])).toBe(true);
    expect(
      pickLabel(square, [
        [9.9996, 5],
        [5, 5],
      ]),
    ).toEqual([5, 5]);
  });

  it('label a concave shape inside it although its bounding-box centre lies outside', () => {
    const bboxCentre = center(cShape).geometry.coordinates;
    expect(bboxCentre).toEqual([5, 5]);
    expect(booleanPointInPolygon(bboxCentre, cShape)).toBe(false);
    const label = pickLabel(cShape, [bboxCentre]);
    expect(label).not.toBeNull();
    expect(booleanPointInPolygon(label!, cShape)).toBe(true);
    expect(label!.every((v) => decimals(v) <= LABEL_DECIMALS)).toBe(true);
  });

  it('scan finer when the coarse grid falls in a hole', () => {
    expect(booleanPointInPolygon(center(frame).geometry.coordinates, frame)).toBe(false);
    const point = gridInteriorPoint(frame);
    expect(point).not.toBeNull();
    expect(booleanPointInPolygon(point!, frame)).toBe(true);
    expect(geometryContains(polygon(box(1, 1, 9, 9)), point!)).toBe(false);
  });

  it('scan the largest part of a MultiPolygon first', () => {
    const small = box(0, 70, 1, 71);
    const large = box(0, 48, 4, 52);
    const point = gridInteriorPoint({ type: 'MultiPolygon', coordinates: [[small], [large]] });
    expect(point).not.toBeNull();
    expect(ringContains(large, point!)).toBe(true);
  });

  it('give null for a geometry without area', () => {
    const line: Geometry = {
      type: 'LineString',
      coordinates: [
        [0, 0],
        [1, 1],
      ],
    };
    expect(gridInteriorPoint(line)).toBeNull();
    expect(pickLabel(line, [[0.5, 0.5]])).toBeNull();
  });
});

describe('unwrapRing', () => {
  it('makes the longitudes of a ring across the antimeridian continuous', () => {
    const ring = [
      [170, 0],
      [-170, 0],
      [-170, 10],
      [170, 10],
      [170, 0],
    ];
    expect(unwrapRing(ring)).toEqual([
      [170, 0],
      [190, 0],
      [190, 10],
      [170, 10],
      [170, 0],
    ]);
    expect(unwrapRing(box(0, 0, 1, 1))).toEqual(box(0, 0, 1, 1));
  });

  it('closes a ring round a pole along that pole', () => {
    const south = unwrapRing([
      [-170, -70],
      [-90, -75],
      [0, -70],
      [90, -75],
      [170, -70],
      [-170, -70],
    ]);
    expect(south.slice(-4)).toEqual([
      [190, -70],
      [190, -90],
      [-170, -90],
      [-170, -70],
    ]);
    const north = unwrapRing([
      [-170, 70],
      [-90, 75],
      [0, 70],
      [90, 75],
      [170, 70],
      [-170, 70],
    ]);
    expect(north.slice(-3)).toEqual([
      [190, 90],
      [-170, 90],
      [-170, 70],
    ]);
  });
});

describe('clipRing', () => {
  const ring = box(0, 0, 2, 2);
  const sameShape = (a: Position[], b: Position[]) =>
    expect(approxArea(polygon(a))).toBeCloseTo(approxArea(polygon(b)), 9);

  it('keeps the side of the line it is asked for, and closes the result', () => {
    const east = clipRing(ring, 0, 1, 1);
    expect(east.every(([x]) => x! >= 1)).toBe(true);
    expect(east[0]).toEqual(east.at(-1));
    sameShape(east, box(1, 0, 2, 2));
    const west = clipRing(ring, 0, 1, -1);
    expect(west.every(([x]) => x! <= 1)).toBe(true);
    sameShape(west, box(0, 0, 1, 2));
    const north = clipRing(ring, 1, 0.5, 1);
    expect(north.every(([, y]) => y! >= 0.5)).toBe(true);
    sameShape(north, box(0, 0.5, 2, 2));
  });

  it('gives the ring back when it is all inside, and nothing when it is all outside', () => {
    sameShape(clipRing(ring, 0, -1, 1), ring);
    expect(clipRing(ring, 0, 5, 1)).toEqual([]);
  });
});

describe('splitAtAntimeridian', () => {
  /** A 20° × 10° box round the antimeridian, as world-atlas has it: an edge from +170° to −170°. */
  const fiji = polygon([
    [170, -20],
    [-170, -20],
    [-170, -10],
    [170, -10],
    [170, -20],
  ]);
  /** Edges a planar tool would draw across the world: over 180° of longitude, not along a pole. */
  const acrossTheWorld = (geometry: Polygon | MultiPolygon) =>
    polygonsOf(geometry)
      .flat()
      .flatMap((ring) => ring.slice(1).map((b, i) => [ring[i]!, b] as const))
      .filter(([a, b]) => Math.abs(b[0]! - a[0]!) > 180 && !(Math.abs(a[1]!) === 90 && b[1] === a[1]));

  it('cuts a polygon across the antimeridian into planar parts on either side of ±180°', () => {
    const split = splitAtAntimeridian(fiji) as MultiPolygon;
    expect(split.type).toBe('MultiPolygon');
    expect(split.coordinates).toHaveLength(2);
    expect(acrossTheWorld(split)).toEqual([]);
    const lons = split.coordinates.map((p) => p[0]!.map(([x]) => x!));
    expect(lons.map((l) => [Math.min(...l), Math.max(...l)]).sort((a, b) => a[0]! - b[0]!)).toEqual([
      [-180, -170],
      [170, 180],
    ]);
    for (const [point, inside] of [
      [[175, -15], true],
      [[-175, -15], true],
      [[0, -15], false],
    ] as const) {
      expect(geometryContains(split, point)).toBe(inside);
    }
    // Nothing lost or added: the parts measure what the same box measures away from ±180°.
    const sameBox = polygon(box(0, -20, 20, -10));
    expect(relativeError(turfSquareDegrees(split), turfSquareDegrees(sameBox))).toBeLessThan(1e-9);
  });

  it('cuts a ring round the south pole into parts that reach the pole', () => {
    const antarctica = polygon([
      [-170, -70],
      [-90, -75],
      [0, -70],
      [90, -75],
      [170, -70],
      [-170, -70],
    ]);
    const split = splitAtAntimeridian(antarctica) as MultiPolygon;
    expect(acrossTheWorld(split)).toEqual([]);
    expect(split.coordinates.flat(2).every(([x, y]) => Math.abs(x!) <= 180 && y! >= -90)).toBe(true);
    const expected = [
      [[0, -80], true],
      [[179.5, -85], true],
      [[-179.5, -85], true],
      [[0, -60], false],
    ] as const;
    for (const [point, inside] of expected) expect(geometryContains(split, point)).toBe(inside);
    const unwrapped = polygon(unwrapRing(antarctica.coordinates[0]!));
    expect(approxArea(split)).toBeCloseTo(approxArea(unwrapped), 6);
  });

  it('leaves alone what does not cross: a polygon, the other parts of a MultiPolygon, a point', () => {
    expect(splitAtAntimeridian(square)).toBe(square);
    const point: Point = { type: 'Point', coordinates: [179, 0] };
    expect(splitAtAntimeridian(point)).toBe(point);
    const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: [square.coordinates, fiji.coordinates] };
    const split = splitAtAntimeridian(multi) as MultiPolygon;
    expect(split.coordinates[0]).toBe(square.coordinates);
    expect(split.coordinates).toHaveLength(3);
  });

  it('drops the holes of a polygon it cuts (none matters at the scale of the bundled shapes)', () => {
    const holed = polygon(fiji.coordinates[0]!, [
      [175, -16],
      [175, -14],
      [-175, -14],
      [-175, -16],
      [175, -16],
    ]);
    const split = splitAtAntimeridian(holed) as MultiPolygon;
    expect(split.coordinates.every((p) => p.length === 1)).toBe(true);
    expect(geometryContains(split, [179, -15])).toBe(true);
  });
});
