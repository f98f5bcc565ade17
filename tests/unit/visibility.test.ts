import { describe, expect, it } from 'vitest';
import { validateDataSet } from '../../src/data/validate.js';
import fc from 'fast-check';
import { FilterIndex } from '../../src/filters/filter-index.js';
import { isLinkVisible } from '../../src/filters/filters.js';
import { arcFilter, arcShownGlsl, YEAR_MAX, YEAR_MIN } from '../../src/filters/visibility.js';
import { buildArcBuffers, INSTANCE_FLOATS, instanceShown } from '../../src/geometry/arcs.js';
import { dataSet, link, state as filterState } from './filter-arbitraries.js';

describe('link visibility', () => {
  it('is the same for the predicate, the filter index and the instance floats under the shader uniforms', () => {
    fc.assert(
      fc.property(fc.array(link, { maxLength: 40 }), filterState, (links, state) => {
        const dataset = dataSet(links);
        const predicate = dataset.links.filter((l) => isLinkVisible(l, state)).map((l) => l.index);
        expect(new FilterIndex(dataset).countVisible(state)).toBe(predicate.length);
        // What the GPU draws: an instance per link and sector, tested with the uniforms' numbers.
        const uniforms = arcFilter(state, dataset.sectors);
        const arcs = buildArcBuffers(dataset);
        const drawn = new Set<number>();
        for (let i = 0; i < arcs.count; i++) {
          const shown = instanceShown(uniforms, uniforms.sectorShown, arcs.instances, i * INSTANCE_FLOATS);
          if (shown) drawn.add(arcs.linkOfInstance[i]!);
        }
        expect([...drawn].sort((a, b) => a - b)).toEqual(predicate);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the shader open ends as YEAR_MIN and YEAR_MAX, and a bit per status shown', () => {
    const places = [
      { id: 'a', lon: 0, lat: 0 },
      { id: 'b', lon: 1, lat: 1 },
    ];
    const { dataset } = validateDataSet({ places, links: [] });
    const all = arcFilter({ sectors: null, years: null, statuses: null }, dataset.sectors);
    expect(all.years).toEqual([YEAR_MIN, YEAR_MAX]);
    expect(all.statusMask).toBe(0b1111);
    const statuses = new Set(['planned', 'ended'] as const);
    const state = { sectors: new Set(['education']), years: { from: 2015, to: null }, statuses };
    const some = arcFilter(state, dataset.sectors);
    expect(some.years).toEqual([2015, YEAR_MAX]);
    expect(some.statusMask).toBe(0b1010);
    expect(some.sectorShown).toEqual(dataset.sectors.map((s) => s.id === 'education'));
  });

  it('is the GLSL the vertex shader tests', () => {
    const uniforms = { from: 'u_years.x', to: 'u_years.y', statusMask: 'u_status_mask', maxRank: 'u_max_rank' };
    expect(arcShownGlsl({ ...uniforms, linkMask: 'linkPasses' })).toBe(
      'bool arcShown(bool sectorShown, float since, float until, int status, float rank, float link) {\n' +
        '  return sectorShown && since <= u_years.y && u_years.x <= until && ((u_status_mask >> status) & 1) == 1' +
        ' && rank <= u_max_rank && linkPasses(link);\n}',
    );
  });
});
