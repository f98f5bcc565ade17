import { describe, expect, it } from 'vitest';
import { MIN_SEGMENTS, SEGMENT_PX, segmentsFor, worldCopies } from '../../src/map/arc-draw.js';
import { ARC_SEGMENTS } from '../../src/map/arc-shaders.js';

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
