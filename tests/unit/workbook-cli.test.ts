// `coop-map validate file.xlsx`: the officer's workbook checked from the command line, in her language.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_DATA_ERRORS } from '../../src/cli/cli.js';
import { officerWorkbook } from '../browser/workbook-officer.js';
import { run, tempFolder } from './cli-run.js';

const { dir } = tempFolder('coop-map-xlsx-');

async function workbookFile(name: string, notesFirst = false): Promise<string> {
  const path = join(dir(), name);
  writeFileSync(path, new Uint8Array(await (await officerWorkbook({ notesFirst })).arrayBuffer()));
  return path;
}

describe('coop-map validate file.xlsx', () => {
  it('checks the first sheet and names the row the spreadsheet shows', async () => {
    const file = await workbookFile('officer.xlsx');
    const { status, stdout, stderr } = await run(['validate', file, '--lang', 'ru']);
    expect(stderr).toBe('');
    expect(status).toBe(EXIT_DATA_ERRORS);
    expect(stdout).toMatch(/ {2}Строка 4, столбец «Цель»: Место «KR-4777» неизвестно, .* «KR-47»\?/);
    expect(stdout).toContain('  Строка 2, столбец «С»: «1996-05-12» прочитано как «1996».');
    expect(stdout).toContain('  Строка 5, столбец «С»: «38353» прочитано как «2005».');
    expect(stdout).toContain('5 rows read → 4 links kept');
  });

  it('reads the sheet --sheet names, whatever the file is called', async () => {
    const file = await workbookFile('export-without-extension', true);
    const { stdout } = await run(['validate', file, '--sheet', 'Связи', '--json']);
    const report = JSON.parse(stdout) as { entries: number; links: number; errors: number };
    expect(report).toMatchObject({ entries: 5, links: 4, errors: 1 });
  });

  it('lists the sheets there are when --sheet names none of them', async () => {
    const file = await workbookFile('two-sheets.xlsx', true);
    const { status, stdout } = await run(['validate', file, '--sheet', 'Links']);
    expect(status).toBe(EXIT_DATA_ERRORS);
    expect(stdout).toContain('the workbook has no sheet "Links"; its sheets are "Пояснения", "Связи"');
  });
});
