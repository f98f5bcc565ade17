import { describe, expect, it } from 'vitest';
import { MIN_SEGMENTS, SEGMENT_PX, sectorTexels, segmentsFor, worldCopies } from '../../src/map/arc-draw.js';
import { ARC_SEGMENTS, ARC_VERTEX_SHADER, SECTOR_COLUMNS } from '../../src/map/arc-shaders.js';

describe('segments per arc', () => {
  it('follow the arc length on screen, one per SEGMENT_PX, within MIN_SEGMENTS and ARC_SEGMENTS', () => {
    const world = 512 * 4; // zoom 2
    expect(segmentsFor(0, world)).toBe(MIN_SEGMENTS);
    expect(segmentsFor((10 * SEGMENT_PX) / world, world)).toBe(10);
    expect(segmentsFor((10.2 * SEGMENT_PX) / world, world)).toBe(11);
    expect(segmentsFor(0.5, world)).toBe(ARC_SEGMENTS);
    // Zooming in lengthens the arc on screen.
    expect(segmentsFor(0.01, world * 4)).toBeGreaterThan(segmentsFor(0.01, world));
  });
});

describe('world copies', () => {
  // -0 and 0 are the same copy.
  const copies = (west: number, east: number, lonRange: [number, number]) =>
    worldCopies(west, east, lonRange).map((o) => o || 0);

  it('are those where the arcs can meet the view', () => {
    expect(copies(-180, 180, [0, 40])).toEqual([0]);
    // Arcs across the antimeridian (longitudes past 180) reach the view from the copy to the west too…
    expect(copies(-180, 180, [150, 210])).toEqual([-1, 0]);
    // …and only from there when the view is all west of the antimeridian.
    expect(copies(-200, -100, [150, 210])).toEqual([-1]);
    expect(copies(-540, 540, [0, 10])).toEqual([-1, 0, 1]);
    // At most five however far the view reaches.
    expect(copies(-5000, 5000, [-180, 180])).toHaveLength(5);
  });
});

describe('sector texture', () => {
  it('wraps sectors into rows of SECTOR_COLUMNS texels, as the shader reads them', () => {
    const colors = Array.from({ length: 10_000 }, (_, i) => [i % 256, (i >> 8) % 256, 7] as const);
    const shown = colors.map((_, i) => i % 3 === 0);
    const { width, height, data } = sectorTexels(colors, shown);
    expect([width, height]).toEqual([SECTOR_COLUMNS, Math.ceil(10_000 / SECTOR_COLUMNS)]);
    // Sector i at column i % SECTOR_COLUMNS of row i / SECTOR_COLUMNS.
    const texel = (i: number) => {
      const at = (Math.floor(i / SECTOR_COLUMNS) * width + (i % SECTOR_COLUMNS)) * 4;
      return Array.from(data.subarray(at, at + 4));
    };
    expect(texel(9999)).toEqual([9999 % 256, (9999 >> 8) % 256, 7, 255]);
    expect(texel(9998)).toEqual([9998 % 256, (9998 >> 8) % 256, 7, 0]);
    expect(ARC_VERTEX_SHADER).toContain(`const int SECTOR_COLUMNS = ${SECTOR_COLUMNS};`);
    expect(sectorTexels([], [])).toMatchObject({ width: 1, height: 1 });
    expect(sectorTexels([[1, 2, 3]], [true])).toMatchObject({ width: 1, height: 1 });
  });
});
