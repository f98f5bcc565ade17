import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isLinkVisible } from '../../src/filters/filters.js';
import { drawnLinks, linkRanks, parseLimit, rankLimit } from '../../src/filters/thinning.js';
import { arcFilter, RANK_ALL } from '../../src/filters/visibility.js';
import { buildArcBuffers, INSTANCE_FLOATS, instanceShown } from '../../src/geometry/arcs.js';
import { widthFor, widthKeyValues } from '../../src/geometry/widths.js';
import { dataSet, link, state as filterState } from './filter-arbitraries.js';

const weighted = fc.record({ link, weight: fc.option(fc.integer({ min: 1, max: 20 }), { nil: null }) });
const limit = fc.option(fc.integer({ min: 0, max: 25 }), { nil: null });

describe('top and min-weight', () => {
  it('draw the heaviest of the links the filters show, the same on the CPU and under the shader uniforms', () => {
    fc.assert(
      fc.property(fc.array(weighted, { maxLength: 40 }), filterState, limit, limit, (rows, state, top, minWeight) => {
        const dataset = dataSet(rows.map((r) => ({ ...r.link, weight: r.weight })));
        const thinning = { top, minWeight };
        const ranks = linkRanks(dataset);
        const { links, limit: maxRank } = drawnLinks(dataset, ranks, state, thinning);
        const shown = dataset.links.filter((l) => isLinkVisible(l, state));
        const weight = (l: { weight: number | null }) => l.weight ?? 1;
        const heavy = shown.filter((l) => minWeight === null || weight(l) >= minWeight);
        // The heaviest `top` of those, ties in data order.
        const expected = [...heavy]
          .sort((a, b) => weight(b) - weight(a) || a.index - b.index)
          .slice(0, top ?? Infinity);
        expect(links.map((l) => l.index)).toEqual(expected.map((l) => l.index).sort((a, b) => a - b));
        // The GPU's test over the instance floats draws the same links.
        const uniforms = arcFilter(state, dataset.sectors, maxRank);
        const arcs = buildArcBuffers(dataset, ranks);
        const drawn = new Set<number>();
        for (let i = 0; i < arcs.count; i++)
          if (instanceShown(uniforms, uniforms.sectorShown, arcs.instances, i * INSTANCE_FLOATS))
            drawn.add(arcs.linkOfInstance[i]!);
        expect([...drawn].sort((a, b) => a - b)).toEqual(links.map((l) => l.index));
      }),
      { numRuns: 300 },
    );
  });

  it('leave everything drawn when absent', () => {
    const dataset = dataSet([]);
    const all = { sectors: null, years: null, statuses: null };
    expect(rankLimit(dataset, linkRanks(dataset), all, { top: null, minWeight: null })).toBe(RANK_ALL);
  });

  it('read attribute values: a number of 0 or more, anything else as absent', () => {
    expect(parseLimit('50')).toBe(50);
    expect(parseLimit('0')).toBe(0);
    expect(parseLimit('2.5')).toBe(2.5);
    expect(parseLimit('-3')).toBeNull();
    expect(parseLimit('lots')).toBeNull();
    expect(parseLimit('')).toBeNull();
    expect(parseLimit(null)).toBeNull();
  });
});

describe('the width scale', () => {
  it('is a square root of the weight against the largest, from the thinnest to the widest line', () => {
    expect(widthFor(100, 100)).toBeCloseTo(7);
    expect(widthFor(0, 100)).toBeCloseTo(1.5);
    // A quarter of the weight: half of the width above the thinnest line.
    expect(widthFor(25, 100) - 1.5).toBeCloseTo((7 - 1.5) / 2);
    expect(widthFor(null, 100)).toBe(2);
  });

  it('keys round values up to the largest', () => {
    expect(widthKeyValues(835)).toEqual([50, 200, 835]);
    expect(widthKeyValues(1)).toEqual([1]);
    expect(widthKeyValues(0)).toEqual([]);
  });
});
