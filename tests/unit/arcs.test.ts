import { describe, expect, it } from 'vitest';
import { greatCircle } from '@turf/turf';
import {
  arcMercatorPath,
  buildArcBuffers,
  greatCirclePath,
  greatCirclePoint,
  INSTANCE_FLOATS,
  INSTANCE_LAYOUT,
  wrapDelta,
} from '../../src/geometry/arcs.js';
import { validateDataSet } from '../../src/data/validate.js';

const KAMCHATKA: [number, number] = [158.65, 53.02]; // Petropavlovsk-Kamchatsky
const ALASKA: [number, number] = [-149.9, 61.22]; // Anchorage
const PRIMORSKY: [number, number] = [131.89, 43.12]; // Vladivostok
const FIJI: [number, number] = [178.44, -18.14]; // Suva

describe('great-circle arcs', () => {
  it('agree with turf along the whole path', () => {
    const ours = greatCirclePath([37.62, 55.75], [126.98, 37.57], 32); // Moscow → Seoul
    const turf = greatCircle([37.62, 55.75], [126.98, 37.57], { npoints: 33 }).geometry.coordinates as [
      number,
      number,
    ][];
    expect(ours).toHaveLength(turf.length);
    ours.forEach(([lon, lat], i) => {
      expect(lon).toBeCloseTo(turf[i]![0], 4);
      expect(lat).toBeCloseTo(turf[i]![1], 4);
    });
  });

  it.each([
    ['Kamchatka ↔ Alaska', KAMCHATKA, ALASKA],
    ['Alaska ↔ Kamchatka', ALASKA, KAMCHATKA],
    ['Primorsky Krai ↔ Fiji', PRIMORSKY, FIJI],
  ])('cross the antimeridian continuously: %s', (_name, a, b) => {
    const path = greatCirclePath(a, b, 64);
    for (let i = 1; i < path.length; i++) {
      expect(Math.abs(path[i]![0] - path[i - 1]![0])).toBeLessThan(5);
    }
    const end = path.at(-1)!;
    expect(wrapDelta(end[0] - b[0])).toBeCloseTo(0, 6);
    expect(end[1]).toBeCloseTo(b[1], 6);
    // It takes the short way: over the Pacific, not across Eurasia and the Atlantic.
    const span = Math.abs(end[0] - path[0]![0]);
    expect(span).toBeLessThan(180);
  });

  it('matches turf on the Pacific crossing once longitudes are wrapped', () => {
    const ours = greatCirclePath(KAMCHATKA, ALASKA, 20);
    const turf = greatCircle(KAMCHATKA, ALASKA, { npoints: 21 }).geometry;
    const turfPoints = (turf.type === 'MultiLineString' ? turf.coordinates.flat() : turf.coordinates) as [
      number,
      number,
    ][];
    // turf splits at the antimeridian (adding points there); every point of ours lies on its line.
    for (const [lon, lat] of ours) {
      const near = turfPoints.some(([tl, tt]) => Math.abs(wrapDelta(tl - lon)) < 3 && Math.abs(tt - lat) < 1.5);
      expect(near).toBe(true);
    }
  });

  it('bulge short links so they read as arcs', () => {
    const path = arcMercatorPath([104.3, 52.3], [104.9, 52.6], 16);
    const [x0, y0] = path[0]!;
    const [x1, y1] = path.at(-1)!;
    const [xm, ym] = path[8]!;
    const chord = Math.hypot(x1 - x0, y1 - y0);
    const distance = Math.abs((x1 - x0) * (y0 - ym) - (x0 - xm) * (y1 - y0)) / chord;
    expect(distance / chord).toBeGreaterThan(0.08);
  });

  it('midpoint of a north-south arc follows the meridian', () => {
    const [lon, lat] = greatCirclePoint([30, 10], [30, 50], 0.5);
    expect(lon).toBeCloseTo(30, 6);
    expect(lat).toBeCloseTo(30, 6);
  });
});

describe('arc instances', () => {
  const data = {
    places: [
      { id: 'A', lon: 10, lat: 50 },
      { id: 'B', lon: 20, lat: 45 },
    ],
    links: [
      { id: 'ab', source: 'A', target: 'B', sectors: ['culture', 'education', 'economy'] },
      {
        id: 'ba',
        source: 'B',
        target: 'A',
        type: 'agreement',
        sectors: ['tourism'],
        since: 2001,
        until: 2005,
        status: 'ended',
      },
      { id: 'none', source: 'A', target: 'B', type: 'forum' },
    ],
  };

  it('make one arc per link and sector, fanned so none lies on another', () => {
    const { dataset, issues } = validateDataSet(data as never);
    expect(issues).toEqual([]);
    const arcs = buildArcBuffers(dataset);
    expect(arcs.count).toBe(5);
    const fans = Array.from(
      { length: arcs.count },
      (_, i) => arcs.instances[i * INSTANCE_FLOATS + INSTANCE_LAYOUT.fan],
    );
    expect(new Set(fans).size).toBe(5);
    expect(fans.reduce((a, b) => a! + b!, 0)).toBeCloseTo(0, 6);
    // Both directions are stored in one canonical order, so the whole fan bulges one way.
    const ends = Array.from({ length: arcs.count }, (_, i) => arcs.instances[i * INSTANCE_FLOATS]);
    expect(new Set(ends).size).toBe(1);
    const ended = 3;
    const last = 3 * INSTANCE_FLOATS;
    expect(arcs.instances[last + INSTANCE_LAYOUT.status]).toBe(ended);
    expect(arcs.instances[last + INSTANCE_LAYOUT.since]).toBe(2001);
    expect(arcs.instances[last + INSTANCE_LAYOUT.until]).toBe(2005);
    expect(Array.from(arcs.linkOfInstance)).toEqual([0, 0, 0, 1, 2]);
  });
});

describe('instance layout', () => {
  it('groups the floats the shader reads as vec4 attributes, in its order', () => {
    const L = INSTANCE_LAYOUT;
    // a_props = (sector, since, until, status); a_shape = (fan, width, link, length); a_places = (source, target, rank)
    expect([L.since, L.until, L.status]).toEqual([L.sector + 1, L.sector + 2, L.sector + 3]);
    expect([L.width, L.link, L.length]).toEqual([L.fan + 1, L.fan + 2, L.fan + 3]);
    expect(L.targetPlace).toBe(L.sourcePlace + 1);
    expect(L.rank).toBe(L.sourcePlace + 2);
    expect(Math.max(...Object.values(L)) + 1).toBe(INSTANCE_FLOATS);
  });
});

describe('drawn arc', () => {
  it('is the same whichever end comes first, and bows north of an east-west chord', () => {
    const a: [number, number] = [60.6, 56.8];
    const b: [number, number] = [127, 37.5];
    const forward = arcMercatorPath(a, b, 8);
    const backward = arcMercatorPath(b, a, 8).reverse();
    forward.forEach(([x, y], i) => {
      expect(x).toBeCloseTo(backward[i]![0], 9);
      expect(y).toBeCloseTo(backward[i]![1], 9);
    });
    const straight = arcMercatorPath([0, 0], [40, 0], 2);
    expect(straight[1]![1]).toBeLessThan(straight[0]![1]); // smaller y is further north
  });
});
