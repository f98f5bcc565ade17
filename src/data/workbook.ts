// Reading an Excel workbook (.xlsx) as the element reads CSV: one sheet (the first, or the one
// named), its cells turned into the text a CSV export would hold, then the CSV rules
// (parse-csv.ts) over its rows, so headers in other words, dates and statuses read the same and
// each problem names the row as the spreadsheet numbers it. read-excel-file does the unzipping
// and the XML; its "universal" build takes bytes and starts no Web Worker (a page's CSP may
// forbid one). This module is a chunk of its own, imported only when a file is a workbook.
import { readSheet, SheetNotFoundError } from 'read-excel-file/universal';
import { parseCsvRows } from './parse-csv.js';
import type { ParseOptions, ParseResult } from './parse-text.js';
import type { DataIssue } from './types.js';

/** A cell as read-excel-file gives it (its typings say `typeof Date` where they mean a Date). */
export type Cell = string | number | boolean | Date | null | undefined;

export interface WorkbookOptions extends ParseOptions {
  /** The name of the sheet to read; absent = the first. */
  sheet?: string | null;
}

/**
 * Reads one sheet of an .xlsx file into a data set. Never throws for a bad file: a sheet that
 * is not there, or a file that is not a workbook after all, comes back as `data: null` with an
 * error issue that says so.
 */
export async function readWorkbook(bytes: Uint8Array, options: WorkbookOptions = {}): Promise<ParseResult> {
  const sheet = options.sheet?.trim() || undefined;
  let rows: Cell[][];
  try {
    rows = (await readSheet(toArrayBuffer(bytes), sheet)) as unknown as Cell[][];
  } catch (error) {
    return { data: null, format: 'csv', issues: [workbookIssue(error, sheet)] };
  }
  return parseCsvRows(
    rows.map((row) => row.map(cellText)),
    options,
  );
}

/** A cell as the text a CSV export of the sheet would hold; dates as ISO dates (the year rules read them). */
export function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

function workbookIssue(error: unknown, sheet: string | undefined): DataIssue {
  if (error instanceof SheetNotFoundError) {
    const sheets = (error as SheetNotFoundError & { sheets?: string[] }).sheets ?? [];
    const names = sheets.map((name) => `"${name}"`).join(', ');
    return {
      severity: 'error',
      code: 'no-sheet',
      path: 'sheet',
      message: `the workbook has no sheet "${sheet ?? ''}"; its sheets are ${names}`,
      params: { value: sheet ?? '', read: sheets.join(', ') },
    };
  }
  const reason = (error as Error | null)?.message ?? String(error);
  return {
    severity: 'error',
    code: 'unreadable',
    path: '',
    message: `the Excel workbook could not be read (${reason}): save it again from the spreadsheet, or as "CSV UTF-8"`,
  };
}

/** The bytes as an ArrayBuffer of their own (a Uint8Array may be a view of a larger buffer). */
function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer)
    return bytes.buffer;
  return bytes.slice().buffer;
}
