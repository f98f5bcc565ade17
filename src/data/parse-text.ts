// Reading a data set's text as the element does: JSON here, at once; CSV with the CSV reader
// (parse-csv.ts), which holds Papa Parse and is most of the weight of reading, imported only
// when the text is CSV. Also what every reader shares: the size limit, the format guess, the
// shape of the result, the column mapping syntax. Keep parse-csv.js and Papa Parse out of this
// module's static imports, or every page carries them whatever its data set.
import { checkDataShape } from './data-shape.js';
import { binaryKind, notTextMessage } from './file-kind.js';
import { readJson } from './json.js';
import { isRecord } from './records.js';
import type { TimeSlicer } from './slicer.js';
import type { CooperationDataInput, DataIssue, IssueCode } from './types.js';

import { MAX_DATA_BYTES, tooLargeIssue } from './limits.js';

export { MAX_DATA_BYTES, tooLargeIssue };

export type DataFormat = 'json' | 'csv';

/** Maps a column name in the user's file to the documented column it stands for. */
export type ColumnMapping = Readonly<Record<string, string>>;

export interface ParseOptions {
  /** `json` or `csv`; guessed from the text when absent. */
  format?: DataFormat;
  /** Columns of the file renamed to documented columns, e.g. `{ origincityLabel: 'source_name' }`. */
  columns?: ColumnMapping;
  /**
   * What was wrong with the mapping when it was read from text (`parseColumnMapping`'s errors):
   * the caller reports them; the reader names the first when a column the mapping was to give is missing.
   */
  columnErrors?: readonly string[];
}

export interface AsyncParseOptions extends ParseOptions {
  /** Hands the event loop back between slices of CSV; a new one with the default budget when absent. */
  slicer?: TimeSlicer;
  /** Characters of CSV read so far, of `total`; called each time the work yields, and at the end. */
  onProgress?: (loaded: number, total: number) => void;
  /** Stops reading CSV at its next yield, rejecting with the signal's reason (see `StepOptions`). */
  signal?: AbortSignal;
}

export interface ParseResult {
  /** `null` when the text could not be read at all (then `issues` holds the error). */
  data: CooperationDataInput | null;
  issues: DataIssue[];
  format: DataFormat;
  /** For CSV: the file's row number (1 = the header) of each link, in `data.links` order. */
  rowNumbers?: number[];
  /** For CSV: the header as written in the file for each field it fills, so issues name the user's own column. */
  columnLabels?: Record<string, string>;
  /** For CSV: the separator the file was read with. */
  delimiter?: string;
}

export const REPLACEMENT_CHARACTER = '\uFFFD';

export function guessFormat(text: string): DataFormat {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  return start.startsWith('{') || start.startsWith('[') ? 'json' : 'csv';
}

/**
 * Parses a data set from text, as `parseDataText` (parse-csv.ts) does, but CSV is read in slices
 * with the event loop handed back in between, so a page stays responsive while a large file is
 * read. JSON is parsed in one go (the browser's parser cannot be paused). Unreadable text comes
 * back as `data: null` with an error issue; it rejects only when the CSV reader cannot be loaded.
 */
export async function parseDataTextAsync(text: string, options: AsyncParseOptions = {}): Promise<ParseResult> {
  const early = readWithoutCsv(text, options.format);
  if (early) return early;
  const { parseCsvAsync } = await loadCsvReader();
  return parseCsvAsync(text, options);
}

/**
 * What reading `text` comes to without the CSV reader: the data set of JSON text, or the refusal
 * of a file over the size limit; `null` when it is CSV to read.
 */
export function readWithoutCsv(text: string, format: DataFormat = guessFormat(text)): ParseResult | null {
  const kind = binaryKind(text);
  if (kind) {
    const issue = {
      severity: 'error',
      code: 'not-text',
      path: '',
      message: notTextMessage(kind),
      params: { read: kind },
    };
    return { data: null, format, issues: [issue as DataIssue] };
  }
  return format === 'json' ? parseJsonText(text) : refuseTooLarge(text, format);
}

/**
 * The CSV reader, imported once. Browsers settle even the import of a module they already have
 * in a later task; kept here, later reads start at once, and a load with `sliceMs: Infinity`
 * stays one task. A failed import is forgotten, so the next CSV file tries again.
 */
let csvReader: Promise<typeof import('./parse-csv.js')> | undefined;
function loadCsvReader(): Promise<typeof import('./parse-csv.js')> {
  csvReader ??= import('./parse-csv.js').catch((error: unknown) => {
    csvReader = undefined;
    throw error;
  });
  return csvReader;
}

/**
 * Reads a column mapping as the `columns` attribute and the command line take it: JSON
 * (`{"origincityLabel": "source_name"}`) or `from:to` pairs separated by commas.
 */
export function parseColumnMapping(value: string): { mapping: ColumnMapping; errors: string[] } {
  const text = value.trim();
  const mapping: Record<string, string> = Object.create(null) as Record<string, string>;
  const errors: string[] = [];
  if (text.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      return { mapping, errors: [`the column mapping is not valid JSON: ${(error as Error).message}`] };
    }
    return checkColumnMapping(parsed);
  }
  for (const pair of text.split(',')) {
    if (!pair.trim()) continue;
    const [from, to, ...rest] = pair.split(/[:=]/).map((s) => s.trim());
    if (!from || !to || rest.length > 0) errors.push(`"${pair.trim()}" is not a "from:to" pair`);
    else mapping[from] = to;
  }
  return { mapping, errors };
}

/**
 * A column mapping given as an object (JSON text, or the element's `columns` property): each
 * value must be the name of a column; any other value is left out with an error that says what it is.
 */
export function checkColumnMapping(value: unknown): { mapping: ColumnMapping; errors: string[] } {
  const mapping: Record<string, string> = Object.create(null) as Record<string, string>;
  if (!isRecord(value)) return { mapping, errors: ['the column mapping must be an object of "from": "to" pairs'] };
  const errors: string[] = [];
  for (const [from, to] of Object.entries(value)) {
    if (typeof to === 'string' && to.trim()) mapping[from] = to.trim();
    else if (typeof to === 'string')
      errors.push(`the column mapping gives "${from}" an empty column name; it is ignored`);
    else
      errors.push(
        `the column mapping gives "${from}" ${describeValue(to)}, not a column name (text such as ` +
          `"source_name"); it is ignored`,
      );
  }
  return { mapping, errors };
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `the ${typeof value} ${String(value)}`;
}

/** Reads a JSON data set. Never throws: unreadable text comes back as `data: null` with an error issue. */
export function parseJsonText(text: string): ParseResult {
  return refuseTooLarge(text, 'json') ?? parseJson(text);
}

export function refuseTooLarge(text: string, format: DataFormat): ParseResult | null {
  // A UTF-8 character takes at most 3 bytes per UTF-16 unit: only texts near the limit need counting.
  if (text.length * 3 <= MAX_DATA_BYTES) return null;
  const bytes = utf8Length(text);
  return bytes > MAX_DATA_BYTES ? { data: null, format, issues: [tooLargeIssue(bytes)] } : null;
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function unreadable(
  format: DataFormat,
  path: string,
  message: string,
  code: IssueCode = 'unreadable',
): ParseResult {
  return { data: null, format, issues: [{ severity: 'error', code, path, message }] };
}

function parseJson(text: string): ParseResult {
  const read = readJson(stripBom(text));
  if (read.error !== null) return unreadable('json', '', read.error);
  const shape = checkDataShape(read.value);
  if (!shape.data) return { data: null, format: 'json', issues: [shape.issue] };
  const issues: DataIssue[] = [];
  if (text.includes(REPLACEMENT_CHARACTER)) issues.push(encodingIssue(''));
  return { data: shape.data, format: 'json', issues };
}

export function encodingIssue(path: string): DataIssue {
  return {
    severity: 'warning',
    code: 'encoding',
    path,
    message: 'the file has characters that are not UTF-8 (shown as "\uFFFD"); save it as UTF-8 (in Excel: "CSV UTF-8")',
  };
}
