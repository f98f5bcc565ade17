import Papa from 'papaparse';
import type { CooperationDataInput, DataIssue, LinkInput } from './types.js';

/** Files above this size are refused with a clear message rather than freezing the page. */
export const MAX_DATA_BYTES = 64 * 1024 * 1024;

/** Keys that must never become properties of parsed objects (prototype pollution). */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type DataFormat = 'json' | 'csv';

/** Maps a column name in the user's file to the documented column it stands for. */
export type ColumnMapping = Readonly<Record<string, string>>;

export interface ParseOptions {
  /** `json` or `csv`; guessed from the text when absent. */
  format?: DataFormat;
  /** Columns of the file renamed to documented columns, e.g. `{ origincityLabel: 'source_name' }`. */
  columns?: ColumnMapping;
}

export interface ParseResult {
  /** `null` when the text could not be read at all (then `issues` holds the error). */
  data: CooperationDataInput | null;
  issues: DataIssue[];
  format: DataFormat;
  /** For CSV: the file's row number (1 = the header) of each link, in `data.links` order. */
  rowNumbers?: number[];
}

/** The documented CSV columns. Others are kept as properties of the link. */
export const CSV_COLUMNS = [
  'id', 'source', 'target', 'sectors', 'since', 'until', 'status', 'type', 'weight', 'title', 'url',
  'source_name', 'target_name', 'source_lon', 'source_lat', 'target_lon', 'target_lat', 'note',
] as const;

export function guessFormat(text: string): DataFormat {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  return start.startsWith('{') || start.startsWith('[') ? 'json' : 'csv';
}

/** Parses a data set from text. Never throws: an unreadable file comes back as `data: null` with an error issue. */
export function parseDataText(text: string, options: ParseOptions = {}): ParseResult {
  const format = options.format ?? guessFormat(text);
  if (text.length > MAX_DATA_BYTES) {
    return {
      data: null,
      format,
      issues: [{
        severity: 'error',
        path: '',
        message: `the file is ${(text.length / 1e6).toFixed(1)} MB; the limit is ${MAX_DATA_BYTES / 1024 / 1024} MB`,
      }],
    };
  }
  return format === 'json' ? parseJson(text) : parseCsv(text, options.columns ?? {});
}

function parseJson(text: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''), (key, v: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : v));
  } catch (error) {
    return { data: null, format: 'json', issues: [{ severity: 'error', path: '', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  if (Array.isArray(value)) value = { links: value };
  if (!isRecord(value)) {
    return { data: null, format: 'json', issues: [{ severity: 'error', path: '', message: 'expected a JSON object with a "links" array' }] };
  }
  if (!Array.isArray(value.links)) {
    return { data: null, format: 'json', issues: [{ severity: 'error', path: 'links', message: 'missing "links": expected an array of links' }] };
  }
  return { data: value as unknown as CooperationDataInput, format: 'json', issues: [] };
}

function parseCsv(text: string, columns: ColumnMapping): ParseResult {
  const issues: DataIssue[] = [];
  const mapped = new Map(Object.entries(columns).map(([from, to]) => [from.trim().toLowerCase(), to]));
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t', '|'],
  });
  const rows = result.data;
  const header = rows[0];
  if (!header || header.length === 0) {
    return { data: null, format: 'csv', issues: [{ severity: 'error', path: 'row 1', message: 'the file is empty: expected a header row' }] };
  }
  const names = header.map((name) => {
    const clean = name.trim();
    return mapped.get(clean.toLowerCase()) ?? clean.toLowerCase();
  });
  for (const required of ['source', 'target']) {
    if (!names.includes(required)) {
      return {
        data: null,
        format: 'csv',
        issues: [{
          severity: 'error',
          path: 'row 1',
          message: `no "${required}" column (the header has: ${header.map((h) => `"${h.trim()}"`).join(', ')}); rename it or give a column mapping`,
        }],
      };
    }
  }
  for (const error of result.errors) {
    // Papa reports ragged rows as errors; the row still parses, so we keep it and only warn.
    if (error.code === 'UndetectableDelimiter' && names.length > 1) continue;
    issues.push({ severity: 'warning', path: `row ${(error.row ?? 0) + 2}`, message: error.message });
  }
  const links: LinkInput[] = [];
  const rowNumbers: number[] = [];
  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r]!;
    const link: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (let c = 0; c < names.length; c++) {
      const name = names[c]!;
      if (FORBIDDEN_KEYS.has(name) || name === '') continue;
      const cell = cells[c];
      if (cell === undefined) continue;
      const value = cell.trim();
      if (value === '') continue;
      link[name] = value;
    }
    links.push(Object.assign({}, link) as unknown as LinkInput);
    rowNumbers.push(r + 1);
  }
  return { data: { links }, format: 'csv', issues, rowNumbers };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
