import { Task } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ColumnMapping } from '../data/parse-text.js';
import type { CooperationDataInput, DataIssue } from '../data/types.js';
import { COOP_EVENTS, coopEvent, type CoopErrorDetail, type CoopLoadDetail } from '../events.js';
import { DataView, inputCount } from '../filters/data-view.js';
import { abortable, isAbortError } from '../load/abortable.js';
import { isDataFile, readDataFile, type DataFile } from '../load/data-file.js';
import { fetchResource, type LoadProgress } from '../load/fetch.js';
import { fileOriginMessage } from '../load/file-origin.js';
import { OnDemand } from '../load/on-demand.js';
import type { PipelineResult } from '../load/pipeline.js';

// Parsing, checking and the geodata readers: a chunk that loads together with the first data file.
const READER = new OnDemand(() => import('../load/read-data.js'));

/** What a load reads: the element's inputs, as the page set them. */
export interface LoadInputs {
  /** A data set object, or a data file's bytes (a File the user chose: JSON, CSV or .xlsx). */
  data: CooperationDataInput | DataFile | null;
  src: string | null;
  regions: unknown;
  regionsSrc: string | null;
  columns: string | ColumnMapping | null;
  /** The sheet of an Excel workbook to read; null = the first. */
  sheet: string | null;
  /** Absolute URL of the bundled geodata. */
  geodataBase: string;
  /** How long each download (data, regions, geodata) waits for the server, in milliseconds. */
  timeoutMs: number;
}

type Args = [
  LoadInputs['data'],
  string | null,
  unknown,
  string | null,
  string | ColumnMapping | null,
  string,
  number,
  string | null,
];

/** The inputs a load takes from the element's own properties, as they are. */
export function loadInputs(
  host: Omit<LoadInputs, 'geodataBase' | 'timeoutMs'>,
): Omit<LoadInputs, 'geodataBase' | 'timeoutMs'> {
  const { data, src, regions, regionsSrc, columns, sheet } = host;
  return { data: data ?? null, src, regions, regionsSrc, columns, sheet };
}

/** Where a load is: reading and checking the data, drawing it, done, or failed. */
export type LoadPhase = 'idle' | 'loading' | 'drawing' | 'ready' | 'error';

interface Host extends ReactiveControllerHost, EventTarget {
  readonly isConnected: boolean;
}

export interface DataLoaderOptions {
  inputs: () => LoadInputs;
  /** Draws a loaded data set (null: clears the map) and resolves once it is on screen. */
  present: (result: PipelineResult | null, signal: AbortSignal) => Promise<void>;
}

/**
 * Loads the element's data set: fetch (with an AbortSignal, so a superseded `src` stops
 * downloading), parse, check, resolve places, then hands the data set on to be drawn; ends every
 * load in `coop-load` or `coop-error`. Built on @lit/task, which starts a load when an input
 * changes and aborts the one before, so the latest input wins. A load cut short by the element
 * leaving the page runs again when it comes back; a data set already read is drawn again as it is.
 */
export class DataLoader implements ReactiveController {
  phase: LoadPhase = 'idle';
  progress: LoadProgress | null = null;
  /** Why the last load failed, when it did. */
  error: string | null = null;
  /** The data set shown, with its look-ups; null until one has been read. */
  view: DataView | null = null;
  /** The problems of the data set shown. */
  issues: DataIssue[] = [];
  readonly #task: Task<Args, PipelineResult | null>;
  #last: { args: Args; result: PipelineResult; issues: DataIssue[] } | null = null;
  #interrupted = false;

  readonly #host: Host;
  readonly #options: DataLoaderOptions;

  constructor(host: Host, options: DataLoaderOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    this.#task = new Task<Args, PipelineResult | null>(host, {
      task: (args, { signal }) => this.#load(args, signal),
      args: () => {
        const i = options.inputs();
        return [i.data, i.src, i.regions, i.regionsSrc, i.columns, i.geodataBase, i.timeoutMs, i.sheet];
      },
    });
  }

  hostConnected(): void {
    if (!this.#interrupted) return;
    this.#interrupted = false;
    void this.#task.run();
  }

  hostDisconnected(): void {
    // What is still loading is of no use to a detached element; it runs again on return.
    if (this.phase === 'loading' || this.phase === 'drawing' || this.#last) this.#interrupted = true;
    this.#task.abort(new DOMException('the element left the page', 'AbortError'));
  }

  /** Reports a failure found after the data was read (the map cannot draw), as a load's own would be. */
  fail(message: string, issues: DataIssue[] = []): void {
    this.error = message;
    this.phase = 'error';
    this.progress = null;
    this.#host.requestUpdate();
    this.#host.dispatchEvent(coopEvent<CoopErrorDetail>(COOP_EVENTS.error, { message, issues }));
  }

  async #load(args: Args, signal: AbortSignal): Promise<PipelineResult | null> {
    // Out of the update that started the task: state set from here on schedules a render.
    await Promise.resolve();
    signal.throwIfAborted();
    const [data, src] = args;
    if (data === null && !src) return this.#clear(signal);
    this.phase = 'loading';
    this.error = null;
    this.progress = null;
    this.#host.requestUpdate();
    try {
      const reused = this.#last && sameArgs(this.#last.args, args) ? this.#last : null;
      const { result, issues } = reused ?? (await this.#read(args, signal));
      signal.throwIfAborted();
      this.#last = { args, result, issues };
      const count = () => inputCount(result.entries, result.dataset, issues, result.format === 'csv');
      this.view = reused && this.view?.dataset === result.dataset ? this.view : new DataView(result.dataset, count());
      this.issues = issues;
      this.phase = 'drawing';
      this.#host.requestUpdate();
      await this.#options.present(result, signal);
      signal.throwIfAborted();
      this.phase = 'ready';
      this.progress = null;
      this.#host.requestUpdate();
      const { links, places } = result.dataset;
      this.#host.dispatchEvent(
        coopEvent<CoopLoadDetail>(COOP_EVENTS.load, { links: links.length, places: places.length, issues }),
      );
      return result;
    } catch (error) {
      // A load that was superseded or cut short says nothing: the one after it reports.
      if (isAbortError(error) || signal.aborted) throw error;
      // A failure the map reported has been told already (see fail).
      if ((this.phase as LoadPhase) === 'error') throw error;
      this.fail((error as Error).message || String(error), issuesOf(error));
      throw error;
    }
  }

  /** Fetches and reads the data set (and region shapes) that the inputs name. */
  async #read(args: Args, signal: AbortSignal): Promise<{ result: PipelineResult; issues: DataIssue[] }> {
    const [data, src, regions, regionsSrc, columns, geodataBase, timeoutMs, sheet] = args;
    const onProgress = (progress: LoadProgress) => {
      if (signal.aborted) return;
      this.progress = progress;
      this.#host.requestUpdate();
    };
    const options = { signal, onProgress, timeoutMs };
    // The reader's chunk comes while the data file downloads.
    const reader = READER.load();
    const url = data ? null : new URL(src!, document.baseURI);
    const fromDisk = url && fileOriginMessage(url);
    if (fromDisk) throw new Error(fromDisk);
    const file = isDataFile(data) ? await abortable(readDataFile(data), signal) : null;
    const resource = file ?? (url ? await fetchResource(url.href, 'data', options) : null);
    // A region file is read (as JSON, nesting limited) with the data set, in the reader's chunk.
    const regionsName = (regions === null || regions === undefined) && regionsSrc ? regionsSrc : undefined;
    const regionsText = regionsName
      ? (await fetchResource(new URL(regionsName, document.baseURI).href, 'regions', options)).text
      : undefined;
    const { readDataSet } = await abortable(reader, signal);
    return readDataSet({
      resource,
      data: file ? null : (data as CooperationDataInput | null),
      regions,
      sheet,
      regionsText,
      regionsName,
      columns,
      geodataBase,
      timeoutMs,
      signal,
      onProgress,
    });
  }

  /** No data any more: the map is cleared, and `coop-load` says so when something was shown. */
  async #clear(signal: AbortSignal): Promise<null> {
    const had = this.#last !== null || this.view !== null || this.phase !== 'idle';
    this.#last = null;
    this.view = null;
    this.issues = [];
    this.error = null;
    this.progress = null;
    this.phase = 'idle';
    this.#host.requestUpdate();
    if (!had) return null;
    await this.#options.present(null, signal);
    signal.throwIfAborted();
    this.#host.dispatchEvent(coopEvent<CoopLoadDetail>(COOP_EVENTS.load, { links: 0, places: 0, issues: [] }));
    return null;
  }
}

function sameArgs(a: Args, b: Args): boolean {
  return a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}

/** The issues a failed load carries (a DataLoadError's), without importing the reader to ask. */
function issuesOf(error: unknown): DataIssue[] {
  const issues = (error as { issues?: unknown } | null)?.issues;
  return Array.isArray(issues) ? (issues as DataIssue[]) : [];
}
