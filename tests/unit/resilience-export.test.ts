// Issue 14, #8: the CSV export guards every part of a row that a spreadsheet may take for a cell,
// and a guarded file loads back as it was.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseDataText } from '../../src/data/parse-csv.js';
import type { LocalizedText } from '../../src/data/types.js';
import { validateDataSet } from '../../src/data/validate.js';
import { localize } from '../../src/i18n/strings.js';
import { guardCell, linksToCsv } from '../../src/ui/export.js';
import { FORMULA_START, HOSTILE_SECTOR, HOSTILE_TEXTS, hostileCsv, hostileJson } from '../hostile-corpus.js';
import { realGazetteer } from './real-geodata.js';

const gazetteer = realGazetteer();

function load(text: string) {
  const parsed = parseDataText(text);
  expect(parsed.data, JSON.stringify(parsed.issues)).not.toBeNull();
  return validateDataSet(parsed.data!, {
    gazetteer,
    rowNumbers: parsed.rowNumbers,
    columnLabels: parsed.columnLabels,
  }).dataset;
}

const exported = (text: string) => {
  const dataset = load(text);
  return { dataset, csv: linksToCsv(dataset, dataset.links, 'en') };
};

/** Every cell a spreadsheet may make of the text: parsed on "," or ";", and split on ";" and line breaks as it is. */
function cellsAsSpreadsheetsSplit(csv: string): string[] {
  const body = csv.replace(/^\uFEFF/, '');
  const cells: string[] = [];
  for (const delimiter of [',', ';']) {
    const { data } = Papa.parse<string[]>(body, { delimiter });
    for (const row of data) cells.push(...row);
  }
  // Quotes are honoured only at the start of a cell; strip the ones a naive split leaves there.
  for (const piece of body.split(/[;\r\n]/)) cells.push(piece.replace(/^[ "]*/, ''));
  return cells;
}

describe('#8: the CSV export guards every cell a spreadsheet could run', () => {
  it.each([
    ['JSON', hostileJson],
    ['CSV', hostileCsv],
  ])('#8: no cell of the hostile corpus (%s) starts a formula, split on "," or on ";"', (_, make) => {
    const { dataset, csv } = exported(make());
    expect(dataset.links.length).toBeGreaterThan(15);
    const cells = cellsAsSpreadsheetsSplit(csv);
    expect(cells.length).toBeGreaterThan(dataset.links.length * 17);
    // Numbers (the coordinates) are numbers to a spreadsheet, not formulas.
    expect(cells.filter((cell) => FORMULA_START.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell))).toEqual([]);
  });

  it('#8: guards each sector of the joined sectors cell, not only the first', () => {
    const text = JSON.stringify({
      links: [{ source: 'RU-IRK', target: 'KR-47', sectors: ['culture', HOSTILE_SECTOR, '+1', '@x', '-2'] }],
    });
    const { csv } = exported(text);
    const [header, row] = Papa.parse<string[]>(csv.replace(/^\uFEFF/, '').trim()).data;
    const sectors = row![header!.indexOf('sectors')]!;
    expect(sectors).toBe(`culture;'${HOSTILE_SECTOR};'+1;'@x;'-2`);
  });

  it('#8: guards a formula after a ";" or a line break inside a title', () => {
    expect(guardCell(HOSTILE_TEXTS.formulaAfterSemicolon)).toBe("culture;'=cmd|' /C calc'!A0");
    expect(guardCell('a; "=1+1"\n-2')).toBe('a; "\'=1+1"\n\'-2');
    expect(guardCell('-1')).toBe("'-1");
    expect(guardCell('R&D - 2+2 = 4; e-mail @ home')).toBe('R&D - 2+2 = 4; e-mail @ home');
  });
});

describe('#8: a guarded export loads back without the apostrophes', () => {
  it.each([
    ['JSON', hostileJson],
    ['CSV', hostileCsv],
  ])('#8: the hostile corpus (%s) exported and loaded again gives the same values', (_, make) => {
    const first = exported(make());
    const again = exported(first.csv);
    expect(again.dataset.links).toHaveLength(first.dataset.links.length);
    // Formula starts and all; a CSV cell is read trimmed, as any CSV file is.
    const text = (value: LocalizedText | null | undefined) => localize(value ?? '', 'en').trim();
    const byId = new Map(again.dataset.links.map((link) => [link.id, link]));
    for (const link of first.dataset.links) {
      const back = byId.get(link.id.trim())!;
      expect(back, link.id).toBeDefined();
      expect([text(back.title), back.type, back.sectors]).toEqual([text(link.title), link.type.trim(), link.sectors]);
    }
    // A file the export wrote loads and exports as it was.
    expect(exported(again.csv).csv).toBe(again.csv);
    const titles = again.dataset.links.map((link) => link.title);
    expect(titles).toContain(HOSTILE_TEXTS.formulaEquals);
    expect(titles).toContain(HOSTILE_TEXTS.formulaAfterSemicolon);
  });

  it('#8: the reader takes off the apostrophe only where a guard puts one', () => {
    const csv = [
      'source,target,title,sectors,type',
      `RU-IRK,KR-47,'=1+1,"culture;'=x;'+y",'@t`,
      `RU-SVE,KR-41,it's 'quoted',culture,'plain`,
    ].join('\n');
    const links = load(csv).links;
    expect([links[0]!.title, links[0]!.sectors, links[0]!.type]).toEqual(['=1+1', ['culture', '=x', '+y'], '@t']);
    expect([links[1]!.title, links[1]!.type]).toEqual(["it's 'quoted'", "'plain"]);
  });
});
