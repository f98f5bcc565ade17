import { describe, expect, it } from 'vitest';
import { validateDataSet } from '../../src/data/validate.js';
import { YEAR_MAX, YEAR_MIN } from '../../src/filters/visibility.js';
import { buildArcBuffers, INSTANCE_LAYOUT } from '../../src/geometry/arcs.js';
import {
  gatherRuns,
  highlightedArcs,
  imageKey,
  planImages,
  sectorsWithArcs,
  yearChange,
} from '../../src/map/arc-images.js';

const { dataset } = validateDataSet({
  places: [
    { id: 'a', lon: 0, lat: 0 },
    { id: 'b', lon: 40, lat: 10 },
    { id: 'c', lon: 2, lat: 1 },
  ],
  links: [
    { id: 'ab', source: 'a', target: 'b', sectors: ['culture', 'education'], since: 2000, until: 2010 },
    { id: 'ac', source: 'a', target: 'c', sectors: ['culture'], since: 2012 },
    { id: 'bc', source: 'b', target: 'c', sectors: ['education'], until: 2005, status: 'ended' },
  ],
});
const arcs = buildArcBuffers(dataset);
const all = { years: [YEAR_MIN, YEAR_MAX] as const, statusMask: 0b1111 };
const linkOf = (instances: number[]) => instances.map((i) => dataset.links[arcs.linkOfInstance[i]!]!.id);

describe('image plan', () => {
  it('gives each sector its own image when they fit, of depth where float images blend', () => {
    const sectors = sectorsWithArcs(arcs);
    expect(sectors).toEqual([...new Set(arcs.buckets.map((b) => b.sector))]);
    expect(planImages(sectors, 1000, true)).toEqual({ depth: true, perSector: true, slots: sectors });
    expect(planImages(sectors, 1000, false)).toEqual({ depth: false, perSector: true, slots: sectors });
    // Too many pixels for an image each: one image of color for all.
    expect(planImages(sectors, 10_000_000, true)).toEqual({ depth: false, perSector: false, slots: [0] });
    expect(planImages([3], 1000, false)).toEqual({ depth: false, perSector: false, slots: [0] });
    expect(
      planImages(
        Array.from({ length: 13 }, (_, i) => i),
        10,
        true,
      ).slots,
    ).toEqual([0]);
  });
});

describe('image keys', () => {
  const versions = { data: 1, highlight: 1, visibility: 1 };
  const depth = planImages([0, 1], 100, true);
  const color = planImages([0, 1], 100, false);
  const single = planImages([0], 100, false);
  const key = (plan: typeof depth, change: Partial<typeof versions>, years = [2000, 2010]) =>
    imageKey('frame', plan, { ...versions, ...change }, years);

  it('leave out what the images do not show', () => {
    // Depth images: years are stepped in place and the highlight drawn over them.
    expect(key(depth, { highlight: 2 }, [2001, 2011])).toBe(key(depth, {}));
    // Per-sector images: a sector toggle only lays other images.
    expect(key(color, { visibility: 2 })).toBe(key(color, {}));
  });

  it('change with what the images show', () => {
    expect(key(color, { highlight: 2 })).not.toBe(key(color, {}));
    expect(key(color, {}, [2001, 2011])).not.toBe(key(color, {}));
    expect(key(single, { visibility: 2 })).not.toBe(key(single, {}));
    expect(imageKey('other frame', depth, versions, [2000, 2010])).not.toBe(key(depth, {}));
  });
});

describe('runs', () => {
  it('gather the instances a test keeps, bucket by bucket, into runs of a buffer of just those', () => {
    const keep = (at: number) => arcs.instances[at + INSTANCE_LAYOUT.link] !== 1;
    const { picked, runs } = gatherRuns(arcs, keep);
    expect(linkOf(picked)).not.toContain('ac');
    expect(picked.length).toBe(arcs.count - 1);
    expect(runs.reduce((n, r) => n + r.count, 0)).toBe(picked.length);
    let start = 0;
    for (const run of runs) {
      expect(run.start).toBe(start);
      start += run.count;
      const bucket = arcs.buckets.find((b) => b.sector === run.sector && b.maxLength === run.maxLength);
      expect(bucket).toBeDefined();
    }
    expect(gatherRuns(arcs, () => false)).toEqual({ picked: [], runs: [] });
  });

  it('of a year step hold the arcs that enter, then those that leave', () => {
    const change = yearChange(arcs, { ...all, years: [2000, 2004] }, { ...all, years: [2011, 2020] });
    const entering = change.entering.reduce((n, r) => n + r.count, 0);
    expect(linkOf(change.picked.slice(0, entering))).toEqual(['ac']);
    expect(linkOf(change.picked.slice(entering)).sort()).toEqual(['ab', 'ab', 'bc']);
    expect(change.leaving[0]!.start).toBe(entering);
    // Arcs shown in both windows stay in the images.
    expect(yearChange(arcs, { ...all, years: [2000, 2004] }, { ...all, years: [2001, 2003] }).picked).toEqual([]);
    // Statuses hidden in both windows do not change.
    const noEnded = { statusMask: 0b0111 };
    expect(
      linkOf(yearChange(arcs, { ...noEnded, years: [2000, 2004] }, { ...noEnded, years: [2011, 2020] }).picked),
    ).not.toContain('bc');
  });

  it('of the highlight hold the arcs of the links and of the place highlighted', () => {
    const none = { hoverLink: -1, hoverPlace: -1, selectedLink: -1 };
    expect(highlightedArcs(arcs, none)).toEqual({ picked: [], runs: [] });
    expect(linkOf(highlightedArcs(arcs, { ...none, hoverLink: 0 }).picked)).toEqual(['ab', 'ab']);
    expect(linkOf(highlightedArcs(arcs, { ...none, selectedLink: 2 }).picked)).toEqual(['bc']);
    const c = dataset.places.findIndex((p) => p.id === 'c');
    expect(linkOf(highlightedArcs(arcs, { ...none, hoverPlace: c }).picked).sort()).toEqual(['ac', 'bc']);
  });
});
