// The real Wikidata sister-city export (24,926 rows, ../shared/data), loaded as it is through a
// column mapping: exactly as many links as there are distinct relations, counted independently.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline, type PipelineResult } from '../../src/load/pipeline.js';
import { GEODATA_BASE, loadText, WIKIDATA_COLUMNS, WIKIDATA_TSV } from './real-geodata.js';
import { countWikidataPairs, type PairCount } from './wikidata-pairs.js';

const ROWS = 24_926;

let text = '';
let expected: PairCount;
let result: PipelineResult;

beforeAll(async () => {
  text = readFileSync(WIKIDATA_TSV, 'utf8');
  expected = countWikidataPairs(text);
  result = await runPipeline({ text, columns: WIKIDATA_COLUMNS, geodataBase: GEODATA_BASE, loadText });
});

describe('wikidata-sister-cities-eu.tsv through the column mapping', () => {
  it('is the file the README describes, plain enough for the independent count to split on tabs', () => {
    expect(expected.rows).toBe(ROWS);
    expect(text).not.toContain('"');
    expect(result.format).toBe('csv');
    expect(result.entries).toBe(ROWS);
  });

  it('keeps exactly one link for each distinct unordered pair of places, and every place', () => {
    // Sanity bounds from the README: about 9,000 pairs stand in both directions, 504 on several rows.
    expect(expected.pairs).toBeGreaterThan(ROWS - 9_500);
    expect(expected.pairs).toBeLessThan(ROWS - 8_000);
    expect(result.dataset.links).toHaveLength(expected.pairs);
    expect(result.dataset.places).toHaveLength(expected.places);
  });

  it('drops nothing but rows that link a place to itself, and merges every other repeated row with a warning', () => {
    const errors = result.issues.filter((i) => i.severity === 'error');
    expect(errors).toHaveLength(expected.selfLinks);
    expect(errors.every((i) => i.code === 'self-link')).toBe(true);
    const merged = result.issues.filter((i) => i.code === 'merged');
    expect(merged).toHaveLength(ROWS - expected.selfLinks - expected.pairs);
  });

  it('merges a pair listed in both directions into one link', () => {
    const lines = text.split('\n');
    // Spittal an der Drau (Austria) ↔ Porcia (Italy) stands on row 2; find the row that reverses it.
    const reverse = lines.findIndex(
      (line) => line.startsWith('Porcia, Friuli-Venezia Giulia\tItaly\t') && line.includes('\tSpittal an der Drau\t'),
    );
    expect(reverse).toBeGreaterThan(1);
    const between = result.dataset.links.filter(
      (l) =>
        [l.source, l.target].sort().join(' | ') ===
        'Porcia, Friuli-Venezia Giulia, Italy | Spittal an der Drau, Austria',
    );
    expect(between).toHaveLength(1);
    expect(result.issues).toContainEqual({
      severity: 'warning',
      code: 'merged',
      path: `row ${reverse + 1}`,
      message:
        'same relation as row 2 (Porcia, Friuli-Venezia Giulia, Italy ↔ Spittal an der Drau, Austria); merged into it',
      params: { first: 'row 2' },
    });
  });

  it("keeps the columns the format does not name as properties, and names issues by the file's own columns", () => {
    const first = result.dataset.links[0]!;
    expect(first).toMatchObject({
      source: 'Spittal an der Drau, Austria',
      target: 'Porcia, Friuli-Venezia Giulia, Italy',
      sectors: ['unspecified'],
    });
    expect(first.properties).toMatchObject({ originpopulation: '15505', dist: '114', eu: 'EU' });
    const unmapped = ['originpopulation', 'destinationpopulation', 'dist', 'eu'];
    expect(
      result.dataset.links.flatMap((l) => Object.keys(l.properties)).filter((key) => !unmapped.includes(key)),
    ).toEqual([]);
    const columns = new Set(result.issues.flatMap((i) => /column "([^"]+)"/.exec(i.path)?.[1] ?? []));
    expect([...columns].sort()).toEqual(['origincityLabel', 'sistercityLabel']);
  });

  it('tells apart two towns of one name in one country, and reads one town given two coordinates as one place', () => {
    const ennery = result.dataset.places.filter((p) => p.name === 'Ennery');
    expect(ennery.map((p) => p.id)).toEqual(['Ennery, France', 'Ennery, France #2']);
    expect(result.dataset.links.some((l) => l.source.startsWith('Ennery') && l.target.startsWith('Ennery'))).toBe(true);
    const lomonosov = result.dataset.places.filter((p) => p.name === 'Lomonosov');
    expect(lomonosov).toHaveLength(1);
  });
});
