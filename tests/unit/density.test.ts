import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DENSE_PLACES,
  DENSITY_BASE,
  densityOf,
  densityStep,
  dotSize,
  FULL_DOT_ZOOM,
  MIN_OPACITY,
  MIN_WIDTH,
  SMALL_DOT,
  SMALL_DOT_ZOOM,
} from '../../src/map/density.js';

describe('arc density', () => {
  it('leaves up to twice the base number of arcs as they are', () => {
    for (const n of [0, 1, DENSITY_BASE, 2 * DENSITY_BASE - 1])
      expect(densityOf(n)).toEqual({ step: 0, opacity: 1, width: 1 });
  });

  it('fades by √2 and thins by ⁴√2 at each doubling, down to their floors', () => {
    expect(densityOf(400)).toMatchObject({ step: 1, opacity: expect.closeTo(Math.SQRT1_2, 12), width: 2 ** -0.25 });
    expect(densityOf(799).step).toBe(1);
    expect(densityOf(800)).toMatchObject({ step: 2, opacity: 0.5, width: expect.closeTo(Math.SQRT1_2, 12) });
    expect(densityOf(3200)).toMatchObject({ step: 4, opacity: 0.25, width: MIN_WIDTH });
    // The Wikidata file's 15,960 links: six doublings past 200.
    expect(densityOf(15_960)).toMatchObject({ step: 6, opacity: 0.125, width: MIN_WIDTH });
    expect(densityOf(25_600)).toMatchObject({ step: 7, opacity: MIN_OPACITY, width: MIN_WIDTH });
    expect(densityOf(1_000_000)).toMatchObject({ opacity: MIN_OPACITY, width: MIN_WIDTH });
  });

  it('stays at or above 1/√(n/200) and 1/⁴√(n/200), within one step of them, and never grows with n', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000 }), fc.integer({ min: 0, max: 2_000_000 }), (a, b) => {
        const [n, m] = a <= b ? [a, b] : [b, a];
        const d = densityOf(n);
        const ratio = Math.max(1, n / DENSITY_BASE);
        expect(d.opacity).toBeGreaterThanOrEqual(Math.max(MIN_OPACITY, 1 / Math.sqrt(ratio)) - 1e-12);
        expect(d.opacity).toBeLessThanOrEqual(Math.max(MIN_OPACITY, Math.SQRT2 / Math.sqrt(ratio)) + 1e-12);
        expect(d.width).toBeGreaterThanOrEqual(Math.max(MIN_WIDTH, ratio ** -0.25) - 1e-12);
        expect(d.width).toBeLessThanOrEqual(Math.max(MIN_WIDTH, 2 ** 0.25 * ratio ** -0.25) + 1e-12);
        const e = densityOf(m);
        expect(e.opacity).toBeLessThanOrEqual(d.opacity);
        expect(e.width).toBeLessThanOrEqual(d.width);
        // The same step, the same factors: a filter change within a step changes nothing.
        if (densityStep(n) === densityStep(m)) expect(e).toEqual(d);
      }),
    );
  });
});

describe('place dots', () => {
  const full = { radius: 4.5, stroke: 1.5 };
  it('keep their size when few places are drawn', () => {
    expect(dotSize(DENSE_PLACES, full)).toEqual({ radius: 4.5, stroke: 1.5 });
  });

  it('are small at world zoom and full from a country zoom on when many are', () => {
    const { radius, stroke } = dotSize(DENSE_PLACES + 1, full);
    expect(radius).toEqual(['interpolate', ['linear'], ['zoom'], SMALL_DOT_ZOOM, SMALL_DOT.radius, FULL_DOT_ZOOM, 4.5]);
    expect(stroke).toEqual(['interpolate', ['linear'], ['zoom'], SMALL_DOT_ZOOM, SMALL_DOT.stroke, FULL_DOT_ZOOM, 1.5]);
    expect(SMALL_DOT.radius).toBeLessThan(full.radius / 2);
  });
});
