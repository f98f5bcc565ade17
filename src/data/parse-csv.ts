// The CSV reader, with Papa Parse: most of the weight of reading a data set, so the element
// imports this module only when the text is CSV (parseDataTextAsync in parse-text.ts).
import Papa from 'papaparse';
import { CSV_COLUMNS } from './columns.js';
import { canonicalColumn, readHeader } from './csv-header.js';
import {
  checkColumnMapping,
  encodingIssue,
  readWithoutCsv,
  REPLACEMENT_CHARACTER,
  stripBom,
  unreadable,
  type AsyncParseOptions,
  type ColumnMapping,
  type ParseOptions,
  type ParseResult,
} from './parse-text.js';
import { isUnsafeKey } from './records.js';
import { runSteps, runStepsSync } from './slicer.js';
import type { DataIssue, LinkInput } from './types.js';

const DOCUMENTED_COLUMNS: ReadonlySet<string> = new Set(CSV_COLUMNS);

/** Separators a CSV file may use, in the order Papa Parse tries them. */
const CSV_DELIMITERS = [',', ';', '\t', '|'];
/** Characters of CSV handed to the parser at a time in the sliced parse; the slicer decides when to yield. */
export const CSV_CHUNK_CHARS = 64 * 1024;

/**
 * Parses a data set from text, JSON or CSV, in one go. Never throws: an unreadable file comes
 * back as `data: null` with an error issue. It lives beside the CSV reader because reading CSV
 * at once needs it loaded; the element reads through parseDataTextAsync instead.
 */
export function parseDataText(text: string, options: ParseOptions = {}): ParseResult {
  const early = readWithoutCsv(text, options.format);
  if (early) return early;
  // In one chunk: with no yield in between, chunks would only cost (after a quote that is never
  // closed, Papa Parse reads the rest of the file again for each chunk).
  const reading = new CsvReading(text, options, Infinity);
  runStepsSync(reading.count, reading.step);
  return reading.finish();
}

/**
 * Reads a table that is already cut into cells (a spreadsheet's sheet, workbook.ts) by the CSV
 * rules: `rows[i]` is the row the spreadsheet numbers i + 1, so every issue names that row.
 */
export function parseCsvRows(rows: string[][], options: ParseOptions = {}): ParseResult {
  const columns = checkColumnMapping(options.columns ?? {});
  const table = new CsvTable(columns.mapping, false, { report: columns.errors, known: options.columnErrors ?? [] });
  table.take(rows, []);
  return table.finish(undefined);
}

/**
 * Reads CSV in slices with the event loop handed back in between, so a page stays responsive
 * while a large file is read. Files over the size limit are for the caller to refuse.
 */
export async function parseCsvAsync(text: string, options: AsyncParseOptions = {}): Promise<ParseResult> {
  const reading = new CsvReading(text, options, CSV_CHUNK_CHARS);
  const { onProgress } = options;
  const total = reading.length;
  await runSteps(reading.count, reading.step, {
    slicer: options.slicer,
    signal: options.signal,
    onProgress: onProgress && ((chunks) => onProgress(Math.min(chunks * CSV_CHUNK_CHARS, total), total)),
  });
  return reading.finish();
}

/**
 * Reads CSV text one Papa Parse chunk a step. Papa Parse pushes chunks; pausing it in each one
 * and resuming it for the next turns that into steps a runner can pull, in one go or in slices.
 * Resuming a paused string parse runs the next chunk at once, within the call.
 */
class CsvReading {
  /** Characters to read, the byte order mark left out. */
  readonly length: number;
  readonly count: number;
  private readonly table: CsvTable;
  private readonly body: string;
  private readonly separator: ReturnType<typeof delimiterOptions>;
  private readonly chunkSize: number | undefined;
  private parser: Papa.Parser | null = null;
  private delimiter: string | undefined;

  /** `chunkChars` is the size of a step; `Infinity` reads the whole text in one. */
  constructor(text: string, options: ParseOptions, chunkChars: number) {
    // A mapping given as an object has not been checked yet (one from text has, and passes as it is).
    const columns = checkColumnMapping(options.columns ?? {});
    this.table = new CsvTable(columns.mapping, text.includes(REPLACEMENT_CHARACTER), {
      report: columns.errors,
      known: options.columnErrors ?? [],
    });
    this.body = stripBom(text);
    this.length = this.body.length;
    // Papa Parse cuts a string into chunks of exactly `chunkSize` characters; an empty one is one chunk.
    this.count = Math.max(1, Math.ceil(this.length / chunkChars));
    this.chunkSize = Number.isFinite(chunkChars) ? chunkChars : undefined;
    this.separator = delimiterOptions(this.body, columns.mapping);
  }

  readonly step = (): void => {
    if (this.parser) {
      this.parser.resume();
      return;
    }
    Papa.parse<string[]>(this.body, {
      ...this.separator,
      chunkSize: this.chunkSize,
      chunk: this.take,
      // The typings allow `chunk` only beside `complete`, which never runs here: each chunk pauses the parse.
      complete: () => undefined,
    });
  };

  finish(): ParseResult {
    return this.table.finish(this.delimiter);
  }

  private readonly take = (result: Papa.ParseResult<string[]>, parser: Papa.Parser): void => {
    this.parser = parser;
    parser.pause();
    this.delimiter = result.meta.delimiter;
    this.table.take(result.data, result.errors);
  };
}

/**
 * The separator, read from the header: the candidate that splits it into the most known
 * column names, else into the most columns. Papa Parse guesses from the first rows instead,
 * and a sectors column like "culture;education;tourism" can make it take ";" for a
 * comma-separated file. When the header gives no answer, Papa Parse guesses.
 */
function delimiterOptions(
  body: string,
  columns: ColumnMapping | undefined,
): { delimiter: string } | { delimitersToGuess: string[] } {
  const header = /^[^\S\r\n]*\S[^\r\n]*/m.exec(body)?.[0];
  if (!header) return { delimitersToGuess: CSV_DELIMITERS };
  const known = new Set(Object.keys(columns ?? {}).map(canonicalColumn));
  let best: { delimiter: string; names: number; fields: number } | null = null;
  for (const delimiter of CSV_DELIMITERS) {
    const cells = header.split(delimiter);
    if (cells.length < 2) continue;
    const names = cells.filter((cell) => {
      const name = cell.replace(/^\s*"|"\s*$/g, '');
      return known.has(canonicalColumn(name)) || readHeader(name).column !== null;
    }).length;
    if (!best || names > best.names || (names === best.names && cells.length > best.fields))
      best = { delimiter, names, fields: cells.length };
  }
  return best ? { delimiter: best.delimiter } : { delimitersToGuess: CSV_DELIMITERS };
}

/** Builds links from CSV records as they arrive, keeping each link's row number for issues. */
class CsvTable {
  private readonly issues: DataIssue[] = [];
  private readonly links: LinkInput[] = [];
  private readonly rowNumbers: number[] = [];
  /** Records seen so far, the header included: the row number of the last one. */
  private records = 0;
  private header: string[] | null = null;
  /** For each column, the field it fills, or `null` when it is ignored. */
  private fields: (string | null)[] = [];
  private readonly columnLabels: Record<string, string> = Object.create(null) as Record<string, string>;
  private unnamedWithValues = new Set<number>();
  private reportedEncoding = false;
  /** The row number of the header: 1, unless blank rows come first. */
  private headerRow = 1;
  /** What was wrong with the column mapping: named when a column it was to give is missing. */
  private readonly mappingErrors: readonly string[];

  constructor(
    private readonly columns: ColumnMapping,
    private readonly hasReplacementCharacters: boolean,
    mappingErrors: { report: readonly string[]; known: readonly string[] },
  ) {
    for (const message of mappingErrors.report)
      this.issues.push({ severity: 'warning', code: 'column-mapping', path: 'columns', message });
    this.mappingErrors = [...mappingErrors.known, ...mappingErrors.report];
  }

  take(rows: string[][], errors: Papa.ParseError[]): void {
    for (const error of errors) {
      if (error.code === 'UndetectableDelimiter') continue;
      // Papa numbers rows within the chunk from 0; the file's rows count from 1 with the header.
      const row = this.records + (error.row ?? 0) + 1;
      this.issues.push({
        severity: 'warning',
        code: 'csv-syntax',
        path: `row ${row}`,
        message: csvErrorMessage(error),
      });
    }
    for (const cells of rows) {
      this.records++;
      if (!this.header) {
        if (isBlank(cells)) continue;
        this.readHeader(cells);
      } else if (!isBlank(cells)) {
        this.readRow(cells);
      }
    }
  }

  finish(delimiter: string | undefined): ParseResult {
    if (!this.header)
      return unreadable('csv', this.records > 0 ? 'row 1' : '', 'the file is empty: expected a header row');
    const present = new Set(this.fields);
    const missing = ['source', 'target'].filter((end) => !present.has(end) && !present.has(`${end}_name`));
    if (missing.length > 0) {
      const written = this.header.map((h) => `"${h.trim()}"`).join(', ');
      const hint =
        this.mappingErrors.length > 0
          ? `; ${this.mappingErrors[0]!}`
          : this.header.length === 1
            ? '; the columns may be separated by something other than a comma, semicolon, tab or "|"'
            : '; rename it or give a column mapping';
      return unreadable(
        'csv',
        `row ${this.headerRow}`,
        `no "${missing[0]}" column (the header has: ${written})${hint}`,
        'missing-field',
      );
    }
    for (const column of this.unnamedWithValues) {
      this.issues.push({
        severity: 'warning',
        code: 'column-ignored',
        path: `row ${this.headerRow}`,
        message: `column ${column + 1} has no name in the header; its values are ignored`,
      });
    }
    return {
      data: { links: this.links },
      format: 'csv',
      issues: this.issues,
      rowNumbers: this.rowNumbers,
      columnLabels: { ...this.columnLabels },
      ...(delimiter === undefined ? {} : { delimiter }),
    };
  }

  private readHeader(cells: string[]): void {
    this.header = cells;
    this.headerRow = this.records;
    const renames = new Map<string, { from: string; to: string; used: boolean }>();
    for (const [from, to] of Object.entries(this.columns))
      renames.set(canonicalColumn(from), { from, to: to.trim(), used: false });
    const usedBy = new Map<string, string>();
    for (const cell of cells) {
      const written = cell.trim();
      const rename = renames.get(canonicalColumn(written));
      if (rename) rename.used = true;
      const field = written === '' ? null : this.fieldFor(written, rename?.to, usedBy);
      if (field !== null) {
        usedBy.set(field, written);
        this.columnLabels[field] = written;
      }
      this.fields.push(field);
    }
    const header = cells.map((h) => `"${h.trim()}"`).join(', ');
    for (const rename of renames.values()) {
      if (rename.used) continue;
      this.issues.push({
        severity: 'warning',
        code: 'column-mapping',
        path: `row ${this.headerRow}`,
        message:
          `the column mapping names "${rename.from}", ` + `but the file has no such column (the header has: ${header})`,
      });
    }
  }

  /** The field a header cell fills, or `null` (with a warning) when the column must be ignored. */
  private fieldFor(written: string, renamedTo: string | undefined, usedBy: Map<string, string>): string | null {
    const path = `row ${this.headerRow}, column "${written}"`;
    const name = renamedTo ?? written;
    const reading = readHeader(name);
    const field = reading.column ?? name;
    if (isUnsafeKey(field)) {
      this.issues.push({
        severity: 'warning',
        code: 'column-ignored',
        path,
        message: `column "${written}" is ignored: "${field}" is a reserved name`,
      });
      return null;
    }
    const first = usedBy.get(field);
    if (first !== undefined) {
      this.issues.push({
        severity: 'warning',
        code: 'column-ignored',
        path,
        message: `columns "${first}" and "${written}" both stand for "${field}"; the first one is used`,
      });
      return null;
    }
    if (renamedTo === undefined) this.reportHeaderReading(written, reading, path);
    else if (!DOCUMENTED_COLUMNS.has(field)) {
      // The renamed header was read above: its near column is already known.
      const near = reading.column === null ? reading.near : undefined;
      if (near) {
        this.issues.push({
          severity: 'warning',
          code: 'column-mapping',
          path,
          message:
            `the column mapping renames "${written}" to "${renamedTo}", which is not a documented column — ` +
            `did you mean "${near}"?`,
        });
      }
    }
    return field;
  }

  /** Says how a header in other words was read, and what a header close to a documented one may mean. */
  private reportHeaderReading(written: string, reading: ReturnType<typeof readHeader>, path: string): void {
    if (reading.column !== null && reading.by === 'word') {
      const message = `column "${written}" read as "${reading.column}"`;
      const params = { field: 'column', value: written, read: reading.column };
      this.issues.push({ severity: 'warning', code: 'read-as', path, message, params });
    } else if (reading.column === null && reading.near) {
      const message =
        `column "${written}" is not a documented column — did you mean "${reading.near}"? ` +
        'Its values are kept as a property of each link';
      const params = { value: written, suggestion: reading.near };
      this.issues.push({ severity: 'warning', code: 'column-near', path, message, params });
    }
  }

  private readRow(cells: string[]): void {
    // Field names were checked against the reserved keys when the header was read.
    const link: Record<string, unknown> = {};
    const width = this.fields.length;
    for (let c = 0; c < cells.length; c++) {
      const value = cells[c]!.trim();
      if (value === '') continue;
      if (c >= width) {
        this.reportExtraCells(cells.length, width);
        break;
      }
      const field = this.fields[c];
      if (field === null || field === undefined) {
        if (this.header![c]!.trim() === '') this.unnamedWithValues.add(c);
        continue;
      }
      // The format's columns are fields of the link; the file's other columns are its properties.
      if (DOCUMENTED_COLUMNS.has(field)) link[field] = unguardCell(value);
      else ((link.properties ??= {}) as Record<string, unknown>)[field] = unguardCell(value);
      if (this.hasReplacementCharacters && !this.reportedEncoding && value.includes(REPLACEMENT_CHARACTER)) {
        this.reportedEncoding = true;
        this.issues.push(encodingIssue(`row ${this.records}, column "${this.header![c]!.trim()}"`));
      }
    }
    this.links.push(link as unknown as LinkInput);
    this.rowNumbers.push(this.records);
  }

  private reportExtraCells(count: number, width: number): void {
    this.issues.push({
      severity: 'warning',
      code: 'extra-cells',
      path: `row ${this.records}`,
      message:
        `the row has ${count} cells but the header only ${width}; ` +
        'the extra cells are ignored (a value with the separator in it must be in quotes)',
    });
  }
}

/**
 * A cell as it was before a spreadsheet guard: the apostrophe that the CSV export (and people)
 * put before a formula start (= + - @) so that spreadsheets do not run it, taken off at the
 * start of the cell and after each ";" or line break, where the export puts it.
 */
export function unguardCell(value: string): string {
  return value.includes("'") ? value.replace(/^'(?=[=+\-@\t\r])|(?<=[;\r\n][ "]*)'(?=[=+\-@])/g, '') : value;
}

function isBlank(cells: string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}

function csvErrorMessage(error: Papa.ParseError): string {
  if (error.code === 'MissingQuotes')
    return 'a quoted value is never closed: the rest of the file is read as that one value';
  if (error.code === 'InvalidQuotes') return 'a quote inside a value is not doubled ("")';
  return error.message;
}
