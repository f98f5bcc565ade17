// Reading an Excel workbook by the CSV rules: the officer's sheet (written by write-excel-file in
// the test) gives the same links, warnings and row numbers as her CSV would.
import { describe, expect, it } from 'vitest';
import { isWorkbook } from '../../src/data/file-kind.js';
import { cellText, readWorkbook } from '../../src/data/workbook.js';
import { runPipeline } from '../../src/load/pipeline.js';
import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import { officerWorkbook } from '../browser/workbook-officer.js';

const GEODATA = new URL('../../geodata/', import.meta.url).href;
const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

async function pipeline(bytes: Uint8Array, sheet?: string) {
  return runPipeline({
    bytes,
    sheet,
    geodataBase: GEODATA,
    loadText: (url) => readFile(fileURLToPath(url), 'utf8'),
    sliceMs: Infinity,
  });
}

describe('readWorkbook', () => {
  it('reads the first sheet by the CSV rules: Russian headers, rows numbered as in the spreadsheet', async () => {
    const parsed = await readWorkbook(await bytesOf(await officerWorkbook()));
    expect(parsed.data?.links).toHaveLength(5);
    expect(parsed.rowNumbers).toEqual([2, 3, 4, 5, 6]);
    expect(parsed.columnLabels).toMatchObject({ source: 'Источник', target: 'Цель', since: 'С', status: 'Статус' });
    // The date cell as an ISO date and the serial number as written: the year rules read both.
    expect(parsed.data!.links[0]).toMatchObject({ source: 'RU-IRK', target: 'KR-47', since: '1996-05-12' });
    expect(parsed.data!.links[3]).toMatchObject({ since: '38353', sectors: 'culture;education' });
    const readAs = parsed.issues.filter((i) => i.code === 'read-as').map((i) => i.path);
    expect(readAs).toContain('row 1, column "Источник"');
  });

  it('reads the sheet named by `sheet`, and names the sheets there are when it is not there', async () => {
    const bytes = await bytesOf(await officerWorkbook({ notesFirst: true }));
    const first = await readWorkbook(bytes);
    expect(first.data).toBeNull();
    expect(first.issues[0]).toMatchObject({ code: 'missing-field', path: 'row 1' });
    const named = await readWorkbook(bytes, { sheet: 'Связи' });
    expect(named.data?.links).toHaveLength(5);
    const missing = await readWorkbook(bytes, { sheet: 'Links' });
    expect([missing.data, missing.issues.length]).toEqual([null, 1]);
    const [issue] = missing.issues;
    expect(issue!.message).toBe('the workbook has no sheet "Links"; its sheets are "Пояснения", "Связи"');
    expect(issue).toMatchObject({ severity: 'error', code: 'no-sheet', path: 'sheet' });
    expect(issue!.params).toEqual({ value: 'Links', read: 'Пояснения, Связи' });
  });

  it('says a damaged workbook could not be read instead of throwing', async () => {
    const bytes = (await bytesOf(await officerWorkbook())).slice(0, 2000);
    const parsed = await readWorkbook(bytes);
    expect(parsed.data).toBeNull();
    expect(parsed.issues[0]).toMatchObject({ severity: 'error', code: 'unreadable' });
    expect(parsed.issues[0]!.message).toMatch(/^the Excel workbook could not be read \(.+\): save it again/);
  });

  it('turns cells into the text a CSV export holds', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(2.5)).toBe('2.5');
    expect(cellText(new Date(Date.UTC(2012, 4, 12)))).toBe('2012-05-12');
    expect(cellText(new Date(Date.UTC(2012, 4, 12, 10, 30)))).toBe('2012-05-12T10:30:00.000Z');
  });
});

describe('a workbook through the pipeline', () => {
  it('tells a workbook by its bytes, not by its name', async () => {
    expect(isWorkbook(await bytesOf(await officerWorkbook()))).toBe(true);
    expect(isWorkbook(new TextEncoder().encode('source,target\nRU-IRK,KR-47\n'))).toBe(false);
  });

  it('keeps four links of five, with the unknown region an error of row 4 and the years read from dates', async () => {
    const result = await pipeline(await bytesOf(await officerWorkbook()));
    expect(result.entries).toBe(5);
    expect(result.dataset.links.map((l) => l.id)).toEqual([
      'RU-IRK~KR-47',
      'RU-SVE~KZ-75',
      'RU-SVE~KR-41',
      'RU-IRK~KZ-71',
    ]);
    const errors = result.issues.filter((i) => i.severity === 'error');
    expect(errors).toEqual([expect.objectContaining({ code: 'unknown-place', path: 'row 4, column "Цель"' })]);
    const byPath = (path: string) => result.issues.filter((i) => i.path === path).map((i) => i.code);
    expect(byPath('row 2, column "С"')).toContain('read-as');
    expect(byPath('row 5, column "С"')).toContain('read-as');
    const link = (id: string) => result.dataset.links.find((l) => l.id === id)!;
    expect(link('RU-IRK~KR-47').since).toBe(1996);
    expect(link('RU-SVE~KR-41')).toMatchObject({ since: 2005, status: 'ended' });
    expect(link('RU-SVE~KZ-75').status).toBe('active');
  });

  it('fails with the sheets listed when `sheet` names none of them', async () => {
    await expect(pipeline(await bytesOf(await officerWorkbook()), 'Лист1')).rejects.toMatchObject({
      name: 'DataLoadError',
      message: 'the workbook has no sheet "Лист1"; its sheets are "Связи", "Пояснения"',
    });
  });
});
