// The officer's spreadsheet as Excel keeps it, written by write-excel-file in the test (no binary
// is committed): Russian headers, a start date typed as a date cell, a year as an Excel serial
// day number, and a row with a region code that does not exist. Runs in Node and in the browser.
import writeExcelFile from 'write-excel-file/universal';
import type { SheetData } from 'write-excel-file/universal';

/** The sheet with the links; row 4 (KR-4777) cannot be drawn. */
export const OFFICER_ROWS: SheetData = [
  ['Источник', 'Цель', 'Сферы', 'С', 'Статус', 'Название'],
  [
    'RU-IRK',
    'KR-47',
    'culture',
    { value: new Date(Date.UTC(1996, 4, 12)), format: 'dd.mm.yyyy' },
    'active',
    'Иркутск — Кёнсан-Пукто',
  ],
  ['RU-SVE', 'KZ-75', 'economy', 2010, 'действует', 'Екатеринбург — Алматы'],
  ['RU-IRK', 'KR-4777', 'culture', 2001, null, 'опечатка в коде'],
  // 38353 is 1 January 2005 when the cell has lost its date format.
  ['RU-SVE', 'KR-41', 'culture;education', 38353, 'завершено', 'Свердловская обл. — Кёнгидо'],
  ['RU-IRK', 'KZ-71', 'education', 2019, 'active', 'Иркутск — Астана'],
];

/** A sheet of notes, as offices keep beside the data. */
const NOTES: SheetData = [['Пояснения'], ['Лист «Связи» — соглашения области']];

/**
 * The workbook: the links on its first sheet, or (`notesFirst`) on a second sheet "Связи" after
 * a sheet of notes, which is what `sheet="Связи"` is for.
 */
export function officerWorkbook(options: { notesFirst?: boolean } = {}): Promise<Blob> {
  const links = { data: OFFICER_ROWS, sheet: 'Связи' };
  const sheets = options.notesFirst
    ? [{ data: NOTES, sheet: 'Пояснения' }, links]
    : [links, { data: NOTES, sheet: 'Пояснения' }];
  return writeExcelFile(sheets).toBlob();
}
