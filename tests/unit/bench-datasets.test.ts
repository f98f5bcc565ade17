// The benchmark's pure parts: its data sets (synthetic and the Wikidata file), what deck.gl's
// side is given (one arc per link and sector, grouped by the library's grouping for the
// `group-by` rows), and the grouped data written back as input for the reload it is compared with.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataSet } from '../../src/data/validate.js';
import { modelArcData, OPEN_YEAR, SECTORS, toArcData } from '../../bench/arc-data.js';
import { BUILTIN_SECTOR_IDS, seededRandom, syntheticLinks, wikidataDataset } from '../../bench/datasets.js';
import { AREA_ID_PREFIX, groupedInput, loadGroupAreas, Regrouper, toModel } from '../../bench/grouped.js';
import { countInstances } from '../../bench/side.js';
import { GEODATA_BASE, loadText, WIKIDATA_TSV } from './real-geodata.js';

const POINTS = Array.from({ length: 60 }, (_, i) => ({
  id: `p${i}`,
  name: `Point ${i}`,
  lon: -170 + i * 5.5,
  lat: -60 + i * 2,
}));

describe('bench synthetic data', () => {
  it('draws the same sequence from the same seed, and another from another', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    for (const x of draw(3)) expect(x >= 0 && x < 1).toBe(true);
  });

  it('makes n links between distinct unordered pairs, with 1–3 built-in sectors and years in range', () => {
    const data = syntheticLinks(POINTS, 500);
    expect(data.links).toHaveLength(500);
    const pairs = new Set(data.links.map((l) => [l.source, l.target].sort().join('|')));
    expect(pairs.size).toBe(500);
    const declared = new Set(data.places!.map((p) => p.id));
    for (const link of data.links) {
      expect(link.source).not.toBe(link.target);
      expect(declared.has(link.source) && declared.has(link.target)).toBe(true);
      expect(link.sectors!.length).toBeGreaterThanOrEqual(1);
      expect(link.sectors!.length).toBeLessThanOrEqual(3);
      expect(new Set(link.sectors).size).toBe(link.sectors!.length);
      for (const s of link.sectors!) expect(BUILTIN_SECTOR_IDS).toContain(s);
      expect(link.since!).toBeGreaterThanOrEqual(1950);
      if (link.until !== null) expect(link.until!).toBeGreaterThan(link.since!);
    }
    // Every place declared is used, with the lon/lat of its point.
    const used = new Set(data.links.flatMap((l) => [l.source, l.target]));
    expect(declared).toEqual(used);
    const p7 = data.places!.find((p) => p.id === 'p7');
    if (p7) expect([p7.lon, p7.lat]).toEqual([POINTS[7]!.lon, POINTS[7]!.lat]);
  });

  it('builds identical data on every call (each page of a run gets the same set)', () => {
    expect(syntheticLinks(POINTS, 300)).toEqual(syntheticLinks(POINTS, 300));
  });

  it('refuses more links than the points have pairs', () => {
    expect(() => syntheticLinks(POINTS.slice(0, 4), 7)).toThrow(/fewer than 7 pairs/);
  });
});

describe('bench Wikidata data set', () => {
  const data = wikidataDataset(readFileSync(WIKIDATA_TSV, 'utf8'));

  it('keeps each unordered pair of distinct places once, every end declared with coordinates', () => {
    expect(data.links.length).toBeGreaterThan(10_000);
    const pairs = new Set(data.links.map((l) => [l.source, l.target].sort().join('\u0000')));
    expect(pairs.size).toBe(data.links.length);
    const places = new Map(data.places!.map((p) => [p.id, p]));
    for (const link of data.links) {
      expect(link.source).not.toBe(link.target);
      for (const id of [link.source, link.target]) {
        const place = places.get(id)!;
        expect(Math.abs(place.lon!)).toBeLessThanOrEqual(180);
        expect(Math.abs(place.lat!)).toBeLessThanOrEqual(90);
      }
    }
  });
});

describe("deck.gl's arcs", () => {
  it('are one per link and sector, with both ends, the sector as category and open years as ∓OPEN_YEAR', () => {
    const data = syntheticLinks(POINTS, 200);
    const arcs = toArcData(data);
    expect(arcs).toHaveLength(countInstances(data));
    const first = data.links[0]!;
    const source = data.places!.find((p) => p.id === first.source)!;
    const mine = arcs.slice(0, first.sectors!.length);
    expect(mine.map((a) => SECTORS[a.sector])).toEqual(first.sectors);
    for (const arc of mine) {
      expect(arc.source).toEqual([source.lon, source.lat]);
      expect(arc.years).toEqual([first.since, first.until ?? OPEN_YEAR]);
      expect(arc.width).toBe(2);
    }
  });

  it('grouped: the same arcs coop-map draws from the grouped data, widths by summed weight', async () => {
    const data = wikidataDataset(readFileSync(WIKIDATA_TSV, 'utf8'));
    const model = toModel(data);
    const regrouper = new Regrouper(model, 'country', await loadGroupAreas(GEODATA_BASE, model, 'country', loadText));
    const all = regrouper.group({ sectors: null, years: null });
    const grouped = all.dataset;
    // Far fewer arcs than links; each link is in one group or within one area.
    expect(grouped.links.length).toBeGreaterThan(100);
    expect(grouped.links.length).toBeLessThan(model.links.length / 3);
    expect(all.groups.reduce((n, g) => n + g.links.length, 0) + all.withinArea).toBe(model.links.length);
    const arcs = modelArcData(grouped);
    expect(arcs).toHaveLength(grouped.links.reduce((n, l) => n + l.sectors.length, 0));
    const widths = arcs.map((a) => a.width);
    expect(Math.max(...widths)).toBeCloseTo(7);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(1.5);
    // Filters apply before grouping: without culture, no group keeps a culture arc and fewer links are grouped.
    const noCulture = regrouper.group({ sectors: BUILTIN_SECTOR_IDS.filter((s) => s !== 'culture'), years: null });
    expect(modelArcData(noCulture.dataset).some((a) => SECTORS[a.sector] === 'culture')).toBe(false);
    expect(noCulture.groups.reduce((n, g) => n + g.links.length, 0)).toBeLessThan(model.links.length);

    // Written back as input, it validates to the same arcs: the reload the group-by change is compared with.
    const input = groupedInput(grouped);
    const reloaded = validateDataSet(input).dataset;
    expect(reloaded.links).toHaveLength(grouped.links.length);
    expect(countInstances(input)).toBe(arcs.length);
    expect(modelArcData(reloaded).map((a) => [a.sector, a.width])).toEqual(arcs.map((a) => [a.sector, a.width]));
    expect(input.places!.every((p) => p.id.startsWith(AREA_ID_PREFIX))).toBe(true);
  });
});
