import type { Geometry } from 'geojson';
import { checkDataShape } from '../data/data-shape.js';
import type { DataSet } from '../data/model.js';
import { isWorkbook } from '../data/file-kind.js';
import { parseDataTextAsync, type ColumnMapping, type DataFormat, type ParseResult } from '../data/parse-text.js';
import { readRegionFileAsync, type RegionFile } from '../data/regions.js';
import { SLICE_BUDGET_MS, TimeSlicer } from '../data/slicer.js';
import type { CooperationDataInput, DataIssue } from '../data/types.js';
import { validateDataSetAsync } from '../data/validate.js';
import { abortable } from './abortable.js';
import { decodeText, type LoadProgress } from './fetch.js';
import { regionNeeds } from './geodata-needs.js';
import { bundledGazetteer, loadAdmin1, type TextLoader } from './geodata.js';

export interface PipelineInput {
  /** The data set as text (JSON or CSV), or as an object. */
  text?: string;
  data?: CooperationDataInput;
  /** The data file's bytes, when it may be binary: an Excel workbook is read from these (see `sheet`). */
  bytes?: Uint8Array;
  /** The sheet of a workbook to read; absent = the first. */
  sheet?: string | null;
  format?: DataFormat;
  columns?: ColumnMapping;
  /** What was wrong with the column mapping as written (`parseColumnMapping`'s errors): warnings of the load. */
  columnErrors?: readonly string[];
  /** Region shapes given by the page (GeoJSON or TopoJSON), already parsed. */
  regions?: unknown;
  /** The file or URL the region shapes came from, for the messages about them. */
  regionsName?: string;
  geodataBase: string;
  onProgress?: (progress: LoadProgress) => void;
  /** How the geodata files are read; `fetch` when absent. The command line reads them from disk. */
  loadText?: TextLoader;
  /**
   * Milliseconds of parsing and validating between two yields to the event loop
   * (default `SLICE_BUDGET_MS`); `Infinity` does it all in one task.
   */
  sliceMs?: number;
  /**
   * Stops the load at its next yield to the event loop, rejecting with the signal's reason (an
   * `AbortError` DOMException by default), so that a load a newer one supersedes stops working.
   */
  signal?: AbortSignal;
}

export interface PipelineResult {
  dataset: DataSet;
  issues: DataIssue[];
  /** The shape of each place that has one, by place index (the map styles them; this is only data). */
  shapes: ReadonlyMap<number, Geometry>;
  /** Links in the input before validation: CSV data rows, or entries of the JSON `links`. */
  entries: number;
  /** The format the text was read as; absent when the data set was given as an object. */
  format?: DataFormat;
}

/**
 * Thrown when a data set cannot be used at all; carries the issues that say why, and which input
 * was at fault: the data set, or the region shapes.
 */
export class DataLoadError extends Error {
  constructor(
    message: string,
    readonly issues: DataIssue[],
    readonly input: 'data' | 'regions' = 'data',
  ) {
    super(message);
    this.name = 'DataLoadError';
  }
}

/**
 * The data set in the file: an Excel workbook's sheet when the bytes are one (its reader, with
 * read-excel-file, is a chunk of its own that only such a file loads), else the text.
 */
async function readText(input: PipelineInput, slicer: TimeSlicer): Promise<ParseResult> {
  const options = { format: input.format, columns: input.columns, columnErrors: input.columnErrors };
  if (input.bytes && isWorkbook(input.bytes)) {
    const { readWorkbook } = await abortable(import('../data/workbook.js'), input.signal);
    return readWorkbook(input.bytes, { ...options, sheet: input.sheet });
  }
  const progress = input.onProgress;
  return parseDataTextAsync(input.text ?? (input.bytes ? decodeText(input.bytes) : ''), {
    ...options,
    slicer,
    signal: input.signal,
    onProgress: progress && ((loaded, total) => progress({ what: 'parse', loaded, total })),
  });
}

/**
 * Source text → parse → validate → resolve places; the pure steps, with the geodata they need.
 * Parsing CSV and validating hand the event loop back every `sliceMs`, so a page stays
 * responsive while tens of thousands of rows load.
 */
export async function runPipeline(input: PipelineInput): Promise<PipelineResult> {
  const issues: DataIssue[] = (input.columnErrors ?? []).map((message) => ({
    severity: 'warning',
    code: 'column-mapping',
    path: 'columns',
    message,
  }));
  const slicer = new TimeSlicer(input.sliceMs ?? SLICE_BUDGET_MS);
  const progress = input.onProgress;
  let data = input.data;
  let rowNumbers: number[] | undefined;
  let columnLabels: Record<string, string> | undefined;
  let format: DataFormat | undefined;
  if (data !== undefined) {
    // An object passes the same top-level check as JSON text, rather than loading as no links.
    const shape = checkDataShape(data);
    if (!shape.data) throw new DataLoadError(shape.issue.message, [shape.issue]);
    data = shape.data;
  } else {
    const parsed = await readText(input, slicer);
    issues.push(...parsed.issues);
    if (!parsed.data) throw new DataLoadError(parsed.issues[0]?.message ?? 'the data set could not be read', issues);
    data = parsed.data;
    rowNumbers = parsed.rowNumbers;
    columnLabels = parsed.columnLabels;
    format = parsed.format;
  }
  // The geodata downloads are shared by every element of the page and go on; this load only stops
  // waiting for them.
  // Regions named by code need only their countries' files, read before validating so that the
  // codes resolve; a place named by name needs the index of every region's names.
  const needs = regionNeeds(data);
  const {
    gazetteer,
    countries,
    admin1: index,
    aliases,
  } = await abortable(bundledGazetteer(input.geodataBase, needs.byName, progress, input.loadText), input.signal);
  if (!index && needs.codes.size > 0) {
    const named = new Set([...needs.codes].map((code) => (aliases[code] ?? code).slice(0, 2)));
    const files = await abortable(loadAdmin1(input.geodataBase, named, progress, input.loadText), input.signal);
    gazetteer.add(files.places);
  }
  let custom: RegionFile | null = null;
  if (input.regions !== undefined && input.regions !== null) {
    custom = await readRegionFileAsync(input.regions, 'regions', 'regions', slicer, input.signal);
    issues.push(...custom.issues);
    const error = custom.issues.find((i) => i.severity === 'error');
    if (custom.places.length === 0 && error) {
      const name = input.regionsName ? ` (${input.regionsName})` : '';
      throw new DataLoadError(`region shapes${name}: ${error.message}`, custom.issues, 'regions');
    }
    gazetteer.add(custom.places);
  }
  const result = await validateDataSetAsync(data, {
    gazetteer,
    rowNumbers,
    columnLabels,
    slicer,
    signal: input.signal,
    onProgress: progress && ((loaded, total) => progress({ what: 'validate', loaded, total })),
  });
  issues.push(...result.issues);
  // The shapes of the regions the data set names: only their countries' files are downloaded.
  const regionCountries = new Set<string>();
  for (const place of result.dataset.places)
    if (place.shape === 'admin1') regionCountries.add(place.id.slice(0, 2).toUpperCase());
  const admin1 =
    regionCountries.size > 0
      ? await abortable(loadAdmin1(input.geodataBase, regionCountries, progress, input.loadText), input.signal)
      : null;
  const files: Record<string, RegionFile | null> = { country: countries, admin1, regions: custom };
  const shapes = new Map<number, Geometry>();
  for (const place of result.dataset.places) {
    const geometry = place.shape ? files[place.shape]?.byId.get(place.id)?.geometry : undefined;
    if (geometry) shapes.set(place.index, geometry);
  }
  const entries = Array.isArray(data.links) ? data.links.length : 0;
  return format
    ? { dataset: result.dataset, issues, shapes, entries, format }
    : { dataset: result.dataset, issues, shapes, entries };
}
