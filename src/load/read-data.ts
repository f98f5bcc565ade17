// Reading a data set once its text (or object) is there: parse, which geodata it needs, validate.
// A chunk of its own that the element starts to load together with the data file, so the parser,
// the validator and the region readers are not in a page's first download.
import { checkColumnMapping, parseColumnMapping, type ColumnMapping } from '../data/parse.js';
import { readJson } from '../data/json.js';
import type { CooperationDataInput, DataIssue } from '../data/types.js';
import { formatOf, type LoadProgress, type Resource } from './fetch.js';
import { geodataLoader } from './geodata.js';
import { DataLoadError, runPipeline, type PipelineResult } from './pipeline.js';

export interface ReadInput {
  /** The downloaded data file; null when the data set was given as an object. */
  resource: Resource | null;
  data: CooperationDataInput | null;
  /** Region shapes given by the page, already parsed. */
  regions: unknown;
  /** A region file's text (`regions-src`), read when `regions` is not given. */
  regionsText?: string;
  /** Where they came from (`regions-src`), named in the messages about them. */
  regionsName?: string;
  columns: string | ColumnMapping | null;
  /** The sheet of an Excel workbook to read (`sheet`); absent = the first. */
  sheet?: string | null;
  geodataBase: string;
  /** How long each geodata download waits for the server (see `FetchOptions.timeoutMs`). */
  timeoutMs?: number;
  signal: AbortSignal;
  onProgress: (progress: LoadProgress) => void;
}

/** The data set read and checked, with every problem found (the column mapping's first). */
export async function readDataSet(input: ReadInput): Promise<{ result: PipelineResult; issues: DataIssue[] }> {
  const { resource, columns } = input;
  const mapping =
    typeof columns === 'string'
      ? parseColumnMapping(columns)
      : columns
        ? checkColumnMapping(columns)
        : { mapping: undefined, errors: [] };
  let regions = input.regions;
  if ((regions === null || regions === undefined) && input.regionsText !== undefined) {
    const json = readJson(input.regionsText);
    if (json.error !== null) {
      const issue: DataIssue = { severity: 'error', code: 'region-file', path: 'regions', message: json.error };
      const name = input.regionsName ? ` (${input.regionsName})` : '';
      throw new DataLoadError(`region shapes${name}: ${json.error}`, [issue], 'regions');
    }
    regions = json.value;
  }
  // The pipeline reports the mapping's errors first, and names one when a column it was to give is missing.
  const result = await runPipeline({
    text: resource?.text,
    bytes: resource?.bytes,
    sheet: input.sheet,
    format: resource ? formatOf(resource.type, resource.url) : undefined,
    data: input.data ?? undefined,
    columns: mapping.mapping,
    columnErrors: mapping.errors,
    regions: regions ?? undefined,
    regionsName: input.regionsName,
    geodataBase: input.geodataBase,
    loadText: input.timeoutMs === undefined ? undefined : geodataLoader(input.timeoutMs),
    onProgress: input.onProgress,
    signal: input.signal,
  });
  return { result, issues: result.issues };
}
