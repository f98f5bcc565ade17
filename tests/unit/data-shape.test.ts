// The top-level shape of a data set is checked by one function, for JSON text and for objects
// alike: an object that the text reader would refuse is refused by runPipeline too.
import { describe, expect, it } from 'vitest';
import { checkDataShape } from '../../src/data/data-shape.js';
import { parseDataText } from '../../src/data/parse.js';
import { DataLoadError, runPipeline } from '../../src/load/pipeline.js';
import { GEODATA_BASE, loadText } from './real-geodata.js';

const base = { geodataBase: GEODATA_BASE, loadText };

const REFUSED: [string, unknown, string, string, string][] = [
  ['links that are not an array', { links: 'oops' }, 'unreadable', 'links', '"links" must be an array of links'],
  ['no links', { title: 'x' }, 'missing-field', 'links', 'missing "links": expected an array of links'],
  ['null', null, 'unreadable', '', 'expected a JSON object with a "links" array'],
  ['text', 'links', 'unreadable', '', 'expected a JSON object with a "links" array'],
  ['a number', 42, 'unreadable', '', 'expected a JSON object with a "links" array'],
];

describe('checkDataShape', () => {
  it.each(REFUSED)('refuses %s, saying why', (_what, value, code, path, message) => {
    expect(checkDataShape(value)).toEqual({ data: null, issue: { severity: 'error', code, path, message } });
  });

  it('takes an object with a links array as it is, and a bare array as its links', () => {
    const data = { title: 't', links: [{ source: 'RU', target: 'KR' }] };
    expect(checkDataShape(data)).toEqual({ data, issue: null });
    expect(checkDataShape(data.links)).toEqual({ data: { links: data.links }, issue: null });
  });
});

describe('the same check for JSON text and for objects', () => {
  it.each(REFUSED)('runPipeline refuses %s as an object, with the issue the text reader gives', async (...row) => {
    const value = row[1];
    const fromText = parseDataText(JSON.stringify(value), { format: 'json' });
    expect(fromText.data).toBeNull();
    const error = await runPipeline({ ...base, data: value as never }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataLoadError);
    expect((error as DataLoadError).issues).toEqual(fromText.issues);
    expect((error as DataLoadError).message).toBe(fromText.issues[0]!.message);
  });

  it('runPipeline({ data: { links: "oops" } }) rejects with "links" must be an array of links', async () => {
    await expect(runPipeline({ ...base, data: { links: 'oops' } as never })).rejects.toMatchObject({
      name: 'DataLoadError',
      issues: [{ severity: 'error', code: 'unreadable', path: 'links', message: '"links" must be an array of links' }],
    });
  });

  it('loads a bare array of links given as an object, as it loads one given as text', async () => {
    const links = [{ source: 'RU-IRK', target: 'KR-47' }];
    const fromObject = await runPipeline({ ...base, data: links as never });
    const fromText = await runPipeline({ ...base, text: JSON.stringify(links) });
    expect(fromObject.dataset).toEqual(fromText.dataset);
    expect(fromObject.dataset.links).toHaveLength(1);
  });
});
