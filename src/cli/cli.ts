import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  MAX_DATA_BYTES,
  parseColumnMapping,
  tooLargeIssue,
  type ColumnMapping,
  type DataFormat,
} from '../data/parse.js';
import { readJson } from '../data/json.js';
import type { DataIssue } from '../data/types.js';
import { problemPlace, problemWords } from '../i18n/problem-texts.js';
import { LANGUAGES, loadStrings, type Language } from '../i18n/strings.js';
import { decodeText } from '../load/fetch.js';
import { defaultGeodataBase, GEODATA_FILES } from '../load/geodata.js';
import { DataLoadError, runPipeline } from '../load/pipeline.js';
import { formatIssues, ISSUES_SHOWN_PER_KIND, summaryLine, visible, visibleJson, type Summary } from './report.js';

/** Where the command writes, and what it reads for the FILE `-`; the tests pass their own. */
export interface CliOutput {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Standard input, read when FILE is `-` (`process.stdin` when absent). */
  stdin?: AsyncIterable<Uint8Array | string>;
}

/** The data has errors (something was left out, or the file cannot be used at all). */
export const EXIT_DATA_ERRORS = 1;
/** The command could not run: wrong arguments, or a file that cannot be read from disk. */
export const EXIT_USAGE = 2;

export const USAGE = `Usage: coop-map validate FILE [options]

Checks a cooperation data set (JSON, CSV, TSV or an Excel .xlsx workbook) the way <coop-map> reads it and prints every
problem, with the row or path it is on. FILE "-" reads standard input.

Options:
  --columns MAPPING   rename columns of a CSV file: JSON ({"origincityLabel":"source_name"})
                      or from:to pairs (origincityLabel:source_name,originlat:source_lat)
  --format json|csv   read the file as this format (default: from its extension or content)
  --sheet NAME        the sheet of an .xlsx workbook to read (default: the first)
  --regions FILE      extra region shapes (GeoJSON or TopoJSON) whose feature ids are places
  --json              print the result as JSON, every issue included
  --lang en|ru|ko|kk  say each problem as the element's notice does, in that language
  --all               print every issue (by default the first ${ISSUES_SHOWN_PER_KIND} of each kind, and a count)
  -h, --help          print this help

Exit status: 0 when there are no errors (warnings allowed), 1 when there are errors,
2 when the command cannot run (wrong arguments, unreadable file).`;

class UsageError extends Error {}

/** Runs `coop-map ARGS`; resolves to the exit status. Never throws for bad input. */
export async function runCli(argv: readonly string[], out: CliOutput): Promise<number> {
  let options: CliOptions;
  try {
    options = readArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError) && !(error instanceof TypeError)) throw error;
    out.stderr(`coop-map: ${visible((error as Error).message)}\n\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  if (options.help) {
    out.stdout(`${USAGE}\n`);
    return 0;
  }
  try {
    return await validateFile(options, out);
  } catch (error) {
    // One line, whatever went wrong: a stack trace helps no one checking a file, and its text
    // (a file name, a piece of the file) is printed with its control characters made visible.
    const message =
      error instanceof UsageError
        ? error.message
        : `${displayName(options.file)} could not be checked: ${(error as Error | null)?.message ?? String(error)}`;
    out.stderr(`coop-map: ${visible(message)}\n`);
    return EXIT_USAGE;
  }
}

interface CliOptions {
  help: boolean;
  file: string;
  columns?: ColumnMapping;
  format?: DataFormat;
  regions?: string;
  sheet?: string;
  json: boolean;
  all: boolean;
  lang?: Language;
}

function readArguments(argv: readonly string[]): CliOptions {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      columns: { type: 'string' },
      format: { type: 'string' },
      regions: { type: 'string' },
      sheet: { type: 'string' },
      json: { type: 'boolean', default: false },
      all: { type: 'boolean', default: false },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return { help: true, file: '', json: false, all: false };
  const [command, file, ...rest] = positionals;
  if (command !== 'validate') throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  if (!file) throw new UsageError('no FILE given');
  if (rest.length > 0) throw new UsageError(`one FILE at a time (also given: ${rest.join(' ')})`);
  const options: CliOptions = { help: false, file, json: values.json, all: values.all };
  if (values.format !== undefined) {
    const format = values.format.toLowerCase();
    if (format === 'json') options.format = 'json';
    else if (format === 'csv' || format === 'tsv') options.format = 'csv';
    else throw new UsageError(`--format must be json or csv, not "${values.format}"`);
  }
  if (values.columns !== undefined) {
    const { mapping, errors } = parseColumnMapping(values.columns);
    if (errors.length > 0) throw new UsageError(`--columns: ${errors.join('; ')}`);
    options.columns = mapping;
  }
  if (values.regions !== undefined) options.regions = values.regions;
  if (values.sheet !== undefined) options.sheet = values.sheet;
  if (values.lang !== undefined) {
    if (!(LANGUAGES as readonly string[]).includes(values.lang))
      throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')}, not "${values.lang}"`);
    options.lang = values.lang as Language;
  }
  return options;
}

async function validateFile(options: CliOptions, out: CliOutput): Promise<number> {
  const input = await readInput(options.file, out);
  const format = options.format ?? formatFromExtension(options.file);
  const summary: Summary = { entries: null, links: 0, places: 0, format: format ?? 'csv' };
  let issues: DataIssue[];
  if (!(input instanceof Uint8Array)) {
    issues = [input];
  } else {
    const regions = options.regions === undefined ? undefined : await readRegions(options.regions);
    try {
      const result = await runPipeline({
        text: decodeText(input),
        bytes: input,
        sheet: options.sheet,
        format,
        columns: options.columns,
        regions,
        regionsName: options.regions,
        geodataBase: bundledGeodataBase(),
        loadText: (url) => readFile(fileURLToPath(url), 'utf8'),
        sliceMs: Infinity,
      });
      issues = result.issues;
      summary.entries = result.entries;
      summary.links = result.dataset.links.length;
      summary.places = result.dataset.places.length;
      summary.format = result.format ?? summary.format;
    } catch (error) {
      if (!(error instanceof DataLoadError)) throw error;
      // Region shapes that cannot be used are a file the command cannot work with, as one that cannot be read.
      if (error.input === 'regions') throw new UsageError(`--regions ${options.regions!}: ${firstError(error)}`);
      issues = error.issues.length > 0 ? error.issues : [{ severity: 'error', path: '', message: error.message }];
    }
  }
  const errors = issues.filter((i) => i.severity === 'error').length;
  if (options.json) {
    const { entries, links, places } = summary;
    const report = { file: options.file, format: summary.format, entries, links, places, errors };
    out.stdout(`${visibleJson(JSON.stringify({ ...report, warnings: issues.length - errors, issues }, null, 2))}\n`);
  } else {
    const say = options.lang ? await problemSayer(options.lang) : undefined;
    const lines = formatIssues(issues, options.all ? Infinity : ISSUES_SHOWN_PER_KIND, say);
    out.stdout(`${[`${visible(displayName(options.file))}:`, ...lines, summaryLine(summary, issues)].join('\n')}\n`);
  }
  return errors > 0 ? EXIT_DATA_ERRORS : 0;
}

const PROBLEM_WORDS = {
  en: () => import('../i18n/problems-en.js'),
  ru: () => import('../i18n/problems-ru.js'),
  ko: () => import('../i18n/problems-ko.js'),
  kk: () => import('../i18n/problems-kk.js'),
} as const;

/** Each issue in the words of the element's problems notice: where, what is wrong, what to do. */
async function problemSayer(lang: Language): Promise<(issue: DataIssue) => string> {
  const [{ texts }, strings] = await Promise.all([PROBLEM_WORDS[lang](), loadStrings(lang)]);
  return (issue) => {
    const [what, todo] = problemWords(issue, texts, strings.statusNames);
    return `${problemPlace(issue.path, texts, lang)}: ${what}${todo ? ` ${texts.whatToDo} ${todo}` : ''}`;
  };
}

/** What a FILE argument stands for in messages: `-` is standard input. */
function displayName(file: string): string {
  return file === '-' ? 'standard input' : file;
}

function firstError(error: DataLoadError): string {
  return error.issues.find((i) => i.severity === 'error')?.message ?? error.message;
}

/**
 * The bytes of the data file (`-`: standard input), or the issue of a file over the size limit:
 * a file on disk is refused by its size, standard input once more than the limit has come.
 */
async function readInput(file: string, out: CliOutput): Promise<Uint8Array | DataIssue> {
  if (file !== '-') {
    const size = await readable(file);
    return size > MAX_DATA_BYTES ? tooLargeIssue(size) : await readFile(file);
  }
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of out.stdin ?? process.stdin) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    length += bytes.byteLength;
    if (length > MAX_DATA_BYTES) return tooLargeIssue(null);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, length);
}

/** The size of a file that can be read, or a usage error that says why not. */
async function readable(file: string): Promise<number> {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new UsageError(`${file} is not a file`);
    return info.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

async function readRegions(file: string): Promise<unknown> {
  const size = await readable(file);
  if (size > MAX_DATA_BYTES) throw new UsageError(`--regions ${file}: ${tooLargeIssue(size).message}`);
  const read = readJson(decodeText(await readFile(file)));
  if (read.error !== null) throw new UsageError(`--regions ${file}: ${read.error}`);
  return read.value;
}

function formatFromExtension(file: string): DataFormat | undefined {
  const ext = extname(file).toLowerCase();
  if (ext === '.json' || ext === '.geojson') return 'json';
  if (ext === '.csv' || ext === '.tsv' || ext === '.tab') return 'csv';
  return undefined;
}

/**
 * The bundled geodata: beside the built module (`dist/geodata/`), or the package's `geodata/`
 * folder when running from the sources.
 */
function bundledGeodataBase(): string {
  const candidates = [
    defaultGeodataBase(),
    new URL('../geodata/', import.meta.url).href,
    new URL('../../geodata/', import.meta.url).href,
  ];
  const found = candidates.find((base) => existsSync(fileURLToPath(new URL(GEODATA_FILES.countries, base))));
  if (!found)
    throw new UsageError(
      `the bundled geodata is missing (looked in ${candidates.map((c) => fileURLToPath(c)).join(', ')}); ` +
        'reinstall coop-map or run "npm run build"',
    );
  return found;
}
