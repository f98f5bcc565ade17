// A load that a newer one supersedes stops working: runPipeline takes an AbortSignal, checked at
// each yield of the sliced parse and validation, over the real Wikidata sister-city export.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { yieldToEventLoop } from '../../src/data/slicer.js';
import type { LoadProgress } from '../../src/load/fetch.js';
import { runPipeline, type PipelineInput } from '../../src/load/pipeline.js';
import { GEODATA_BASE, loadText, WIKIDATA_COLUMNS, WIKIDATA_TSV } from './real-geodata.js';

const ROWS = 24_926;
let text = '';

beforeAll(() => {
  text = readFileSync(WIKIDATA_TSV, 'utf8');
});

/** Runs the Wikidata load, aborting it at the first progress `abortAt` picks; records all progress. */
async function abortedLoad(abortAt: (p: LoadProgress) => boolean) {
  const controller = new AbortController();
  const progress: LoadProgress[] = [];
  let abortedAfter = -1;
  const input: PipelineInput = {
    text,
    columns: WIKIDATA_COLUMNS,
    geodataBase: GEODATA_BASE,
    loadText,
    signal: controller.signal,
    onProgress: (p) => {
      progress.push(p);
      if (abortedAfter < 0 && abortAt(p)) {
        abortedAfter = progress.length;
        controller.abort();
      }
    },
  };
  const error = await runPipeline(input).then(
    () => null,
    (e: unknown) => e,
  );
  // Nothing keeps running unseen after the rejection.
  for (let i = 0; i < 5; i++) await yieldToEventLoop();
  return { error, progress, abortedAfter };
}

describe('runPipeline with an AbortSignal', () => {
  it('rejects with an AbortError when aborted mid-way through validation, and stops there', async () => {
    const { error, progress, abortedAfter } = await abortedLoad((p) => p.what === 'validate' && p.loaded >= 5000);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
    expect(abortedAfter).toBeGreaterThan(0);
    expect(progress).toHaveLength(abortedAfter);
    expect(progress.at(-1)!.loaded).toBeLessThan(ROWS);
  });

  it('stops while reading the CSV, before any of it is validated', async () => {
    const { error, progress, abortedAfter } = await abortedLoad((p) => p.what === 'parse');
    expect((error as DOMException).name).toBe('AbortError');
    expect(progress).toHaveLength(abortedAfter);
    expect(progress.some((p) => p.what === 'validate')).toBe(false);
    const parse = progress.at(-1)!;
    expect(parse.loaded).toBeLessThan(parse.total!);
  });

  it('does not start on a signal already aborted', async () => {
    const signal = AbortSignal.abort();
    await expect(
      runPipeline({ text, columns: WIKIDATA_COLUMNS, geodataBase: GEODATA_BASE, loadText, signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('stops waiting for geodata that never comes when the signal aborts', async () => {
    const controller = new AbortController();
    const never = () => new Promise<string>(() => {});
    // A base no other test uses, so the page-wide geodata cache holds nothing for it.
    const loading = runPipeline({
      text: 'source,target\nRU-IRK,KR-47\n',
      geodataBase: 'file:///nowhere/geodata/',
      loadText: never,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 10);
    await expect(loading).rejects.toMatchObject({ name: 'AbortError' });
  });
});
