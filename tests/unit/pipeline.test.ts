// The whole load in Node, with the bundled geodata read from disk: region files given by the
// page, progress, and the sliced run matching the one-task run.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRegionFile, readRegionFileAsync } from '../../src/data/regions.js';
import { TimeSlicer } from '../../src/data/slicer.js';
import type { LoadProgress } from '../../src/load/fetch.js';
import { DataLoadError, runPipeline, type PipelineInput } from '../../src/load/pipeline.js';
import { GEODATA_BASE, loadText, WIKIDATA_COLUMNS, WIKIDATA_TSV } from './real-geodata.js';

const base: Pick<PipelineInput, 'geodataBase' | 'loadText'> = { geodataBase: GEODATA_BASE, loadText };

const PARK_RING = [
  [129, 36],
  [129.5, 36],
  [129.5, 36.5],
  [129, 36.5],
  [129, 36],
];

const GEOJSON_REGIONS = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { id: 'PARK-1', name: { en: 'Park', ko: '공원' } },
      geometry: { type: 'Polygon', coordinates: [PARK_RING] },
    },
  ],
};

const TOPOJSON_REGIONS = {
  type: 'Topology',
  objects: {
    parks: {
      type: 'GeometryCollection',
      geometries: [{ type: 'Polygon', id: 'PARK-1', properties: { name: 'Park' }, arcs: [[0]] }],
    },
  },
  arcs: [PARK_RING],
};

describe('reading region files in slices', () => {
  it('gives the same regions as in one go, for the bundled admin-1 file of Russia', async () => {
    const admin1 = JSON.parse(readFileSync(new URL('admin1/RU.json', GEODATA_BASE), 'utf8')) as unknown;
    const slicer = new TimeSlicer(0);
    const sliced = await readRegionFileAsync(admin1, 'admin1', 'admin1/RU.json', slicer);
    expect(slicer.yields).toBeGreaterThan(20);
    expect(sliced).toEqual(readRegionFile(admin1, 'admin1', 'admin1/RU.json'));
    expect(sliced.places.length).toBeGreaterThan(80);
  });
});

describe('runPipeline', () => {
  it.each([
    ['GeoJSON', GEOJSON_REGIONS],
    ['TopoJSON', TOPOJSON_REGIONS],
  ])('takes the id of a feature in %s regions as a place, with its shape', async (_format, regions) => {
    const result = await runPipeline({
      ...base,
      text: 'source,target,sectors\nRU-IRK,PARK-1,culture\nPARK-1,PARK-2,\n',
      regions,
    });
    expect(result.dataset.links.map((l) => [l.source, l.target])).toEqual([['RU-IRK', 'PARK-1']]);
    expect(result.issues).toEqual([
      expect.objectContaining({ severity: 'error', code: 'unknown-place', path: 'row 3, column "target"' }),
    ]);
    expect(result.issues[0]!.message).toContain('did you mean "PARK-1"');
    const park = result.dataset.places.find((p) => p.id === 'PARK-1')!;
    expect(park).toMatchObject({ shape: 'regions', kind: 'region', lon: 129.25, lat: 36.25 });
    expect(result.shapes.get(park.index)?.type).toBe('Polygon');
  });

  it('refuses region shapes it cannot read at all', async () => {
    await expect(
      runPipeline({ ...base, text: 'source,target\nRU-IRK,KR-47\n', regions: { type: 'Nothing' } }),
    ).rejects.toThrow(DataLoadError);
  });

  it('throws a DataLoadError with the issues when the data cannot be read', async () => {
    const error = await runPipeline({ ...base, text: '{"links": [' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataLoadError);
    expect((error as DataLoadError).issues[0]).toMatchObject({ code: 'unreadable' });
    expect((error as DataLoadError).message).toMatch(/^not valid JSON/);
  });

  it('reports parse and validate progress while it hands the event loop back', async () => {
    const text = readFileSync(WIKIDATA_TSV, 'utf8').split('\n').slice(0, 3001).join('\n');
    const progress: LoadProgress[] = [];
    let turns = 0;
    const ticker = setInterval(() => turns++, 0);
    const result = await runPipeline({
      ...base,
      text,
      columns: WIKIDATA_COLUMNS,
      sliceMs: 0,
      onProgress: (p) => progress.push(p),
    });
    clearInterval(ticker);
    expect(turns).toBeGreaterThan(0);
    const validate = progress.filter((p) => p.what === 'validate');
    expect(progress.some((p) => p.what === 'parse')).toBe(true);
    expect(validate.length).toBeGreaterThan(10);
    expect(validate.at(-1)).toEqual({ what: 'validate', loaded: 3000, total: 3000 });
    expect(validate.every((p, i) => i === 0 || p.loaded >= validate[i - 1]!.loaded)).toBe(true);
    expect(result.entries).toBe(3000);
  });

  it('gives the same result sliced as in one task', async () => {
    const text = readFileSync(WIKIDATA_TSV, 'utf8').split('\n').slice(0, 6001).join('\n');
    const sliced = await runPipeline({ ...base, text, columns: WIKIDATA_COLUMNS, sliceMs: 0 });
    const whole = await runPipeline({ ...base, text, columns: WIKIDATA_COLUMNS, sliceMs: Infinity });
    expect(sliced).toEqual(whole);
  });
});
