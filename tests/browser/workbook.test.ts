// The officer's Excel workbook (written by write-excel-file in the test) loaded in the element in
// real Chromium: from `src` (through the element's fetch), from `.data` as the File a file input
// gives, a named sheet, a sheet that is not there, and a sheet published from Google Sheets as CSV.
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { CoopMap } from '../../src/coop-map.js';
import { cleanup, mount, nextEvent, until } from './helpers.js';
import { startTestServer, stopTestServers } from './test-servers.js';
import { officerWorkbook } from './workbook-officer.js';

afterEach(async () => {
  cleanup();
  await stopTestServers();
});

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const notice = (element: CoopMap) => element.shadowRoot!.querySelector<HTMLDetailsElement>('[part~="problems"]');
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Modules and chunks of read-excel-file that the page has downloaded so far. */
const excelDownloads = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /read-excel-file|\/src\/data\/workbook/.test(name));

async function problems(element: CoopMap): Promise<{ summary: string; list: string[] }> {
  const details = await until(() => notice(element));
  const summary = text(details.querySelector('summary'));
  await userEvent.click(details.querySelector('summary')!);
  await until(() => details.open);
  return { summary, list: [...details.querySelectorAll('.problem')].map(text) };
}

describe('an Excel workbook in the element', () => {
  it('downloads no Excel reader for a CSV file', async () => {
    const csv = URL.createObjectURL(new Blob(['source,target\nRU-IRK,KR-47\n'], { type: 'text/csv' }));
    const element = mount({ src: csv });
    expect((await nextEvent(element, 'coop-load')).detail.links).toBe(1);
    expect(excelDownloads()).toEqual([]);
  });

  it('loads from src: four links of five, the problems notice in Russian naming row 4', async () => {
    const blob = await officerWorkbook();
    const element = mount({ src: URL.createObjectURL(new Blob([blob], { type: XLSX_TYPE })), lang: 'ru' });
    element.style.width = '1000px';
    element.style.height = '680px';
    const loaded = await nextEvent(element, 'coop-load');
    expect(loaded.detail).toMatchObject({ links: 4, places: 6 });
    expect(element.visibleLinks.sort()).toEqual(['RU-IRK~KR-47', 'RU-IRK~KZ-71', 'RU-SVE~KR-41', 'RU-SVE~KZ-75']);
    expect(excelDownloads().length).toBeGreaterThan(0);
    await element.whenIdle();
    const { summary, list } = await problems(element);
    expect(summary).toBe('⚠Не показано строк: 1 из 5');
    expect(list[0]).toMatch(/^Пропущено · Строка 4, столбец «Цель» Место «KR-4777» неизвестно, .*«KR-47»/);
    expect(list).toContain(
      'Проверьте · Строка 2, столбец «С» «1996-05-12» прочитано как «1996». ' +
        'Что сделать: Проверьте, верно ли это. Если написать «1996», это замечание пропадёт.',
    );
    expect(
      list.some((line) => line.startsWith('Проверьте · Строка 5, столбец «С» «38353» прочитано как «2005».')),
    ).toBe(true);
    await page.screenshot({ path: '../screenshots/workbook-ru.png' });
  });

  it('loads the File a file input gives as .data, the sheet that `sheet` names, in English', async () => {
    const file = new File([await officerWorkbook({ notesFirst: true })], 'связи.xlsx', { type: XLSX_TYPE });
    const element = mount({ sheet: 'Связи', lang: 'en' }, { data: file });
    const loaded = await nextEvent(element, 'coop-load');
    expect(loaded.detail.links).toBe(4);
    const errors = loaded.detail.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.code, i.path])).toEqual([['unknown-place', 'row 4, column "Цель"']]);
    await element.whenIdle();
    expect((await problems(element)).summary).toBe('⚠1 of 5 rows not shown');
  });

  it('fails with coop-error listing the sheets when `sheet` names none of them', async () => {
    const element = mount({ sheet: 'Links' }, { data: await (await officerWorkbook()).arrayBuffer() });
    const failed = await nextEvent(element, 'coop-error');
    expect(failed.detail.message).toBe('the workbook has no sheet "Links"; its sheets are "Связи", "Пояснения"');
    expect(failed.detail.issues).toEqual([expect.objectContaining({ code: 'no-sheet', path: 'sheet' })]);
    await element.updateComplete;
    expect(text(element.shadowRoot!.querySelector('[part~="notice"]'))).toContain('"Связи", "Пояснения"');
  });

  it('reads a sheet published from Google Sheets as CSV: text/csv, redirected, no .csv in the path', async () => {
    const origin = await startTestServer('sheets');
    const src = `${origin}/spreadsheets/d/e/2PACX-test/pub?gid=0&single=true&output=csv`;
    const element = mount({ src, lang: 'ru' });
    const loaded = await nextEvent(element, 'coop-load');
    expect(loaded.detail.links).toBe(2);
    expect(element.visibleLinks.sort()).toEqual(['RU-IRK~KR-47', 'RU-SVE~KZ-75']);
    const errors = loaded.detail.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => i.path)).toEqual(['row 4, column "Цель"']);
    expect(loaded.detail.issues.some((i) => i.path === 'row 2, column "С"' && i.code === 'read-as')).toBe(true);
  });
});
