import { DEFAULT_TIMEOUT_MS, MAX_DATA_BYTES, timeoutMessage, tooLargeIssue } from '../data/limits.js';
import type { DataFormat } from '../data/parse-text.js';
import { isAbortError } from './abortable.js';

/**
 * Progress of one step of a load. `loaded` and `total` count bytes for the downloads (`data`,
 * `regions`, `geodata`; `total` is `null` when the server does not say), characters of text for
 * `parse`, and links for `validate`.
 */
export interface LoadProgress {
  what: 'data' | 'regions' | 'geodata' | 'parse' | 'validate';
  loaded: number;
  total: number | null;
}

/** A downloaded text file, with what the server said it is. */
export interface Resource {
  /** The URL as fetched, after redirects. */
  url: string;
  /** The media type without parameters (`application/json`), or '' when the server gave none. */
  type: string;
  text: string;
  /** The file's bytes, from which a binary format (an Excel workbook) is read. */
  bytes?: Uint8Array;
}

/**
 * Fetches a text file, reporting progress as it streams in; rejects with a message that names the URL.
 * A file over the size limit is refused as soon as its size is known.
 */
export async function fetchText(url: string, what: LoadProgress['what'], options: FetchOptions = {}): Promise<string> {
  return (await fetchResource(url, what, options)).text;
}

export interface FetchOptions {
  signal?: AbortSignal;
  onProgress?: (progress: LoadProgress) => void;
  /**
   * How long to wait for the server, in milliseconds (default `DEFAULT_TIMEOUT_MS`): for its
   * answer, then for each next part of the file. `Infinity` waits as long as the browser does.
   */
  timeoutMs?: number;
  /** The largest file accepted, in bytes (default `MAX_DATA_BYTES`). */
  maxBytes?: number;
}

/**
 * `fetchText`, keeping the media type the server gave, so the reader need not guess the format.
 * Every download (data, region shapes, geodata) has the size limit and the time limit; a
 * download given up for either rejects with an Error that says which, never an `AbortError`,
 * which stands only for the caller's own signal.
 */
export async function fetchResource(
  url: string,
  what: LoadProgress['what'],
  options: FetchOptions = {},
): Promise<Resource> {
  const limit = options.maxBytes ?? MAX_DATA_BYTES;
  const timer = new IdleTimer(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([options.signal, timer.signal]) : timer.signal;
  let loaded: number | null = null;
  const failed = (error: unknown): Error => {
    if (timer.signal.aborted && !options.signal?.aborted)
      return new Error(`could not load ${url}: ${timeoutMessage(timer.ms, loaded)}`, { cause: error });
    if (isAbortError(error)) return error as Error;
    return new Error(`could not load ${url}: ${(error as Error).message}`, { cause: error });
  };
  const refuse = (bytes: number | null) => new Error(`could not load ${url}: ${tooLargeIssue(bytes, limit).message}`);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal });
    } catch (error) {
      throw failed(error);
    }
    timer.restart();
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new Error(`could not load ${url}: HTTP ${response.status} ${response.statusText}`.trim());
    }
    const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    const lengthHeader = response.headers.get('content-length');
    // A compressed body's length is not the size of the file it holds.
    const declared = lengthHeader && !response.headers.get('content-encoding') ? Number(lengthHeader) : NaN;
    const total = Number.isFinite(declared) && declared >= 0 ? declared : null;
    if (total !== null && total > limit) {
      await response.body?.cancel().catch(() => undefined);
      throw refuse(total);
    }
    const done = (bytes: Uint8Array): Resource => ({ url: response.url || url, type, text: decodeText(bytes), bytes });
    // A response without a body (a 204) is an empty file.
    if (!response.body) return done(new Uint8Array(0));
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    loaded = 0;
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (error) {
        throw failed(error);
      }
      if (chunk.done) break;
      timer.restart();
      loaded += chunk.value.byteLength;
      if (loaded > limit) {
        await reader.cancel().catch(() => undefined);
        // No size was declared (a larger one was refused above): the bytes read so far are only a lower bound.
        throw refuse(null);
      }
      chunks.push(chunk.value);
      options.onProgress?.({ what, loaded, total });
    }
    return done(concat(chunks, loaded));
  } finally {
    timer.stop();
  }
}

/**
 * An AbortSignal that aborts when `ms` pass without a `restart()`: the time limit of a download,
 * counted again each time the server sends something.
 */
class IdleTimer {
  private readonly controller = new AbortController();
  private handle: ReturnType<typeof setTimeout> | undefined;

  constructor(readonly ms: number) {
    this.restart();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  restart(): void {
    this.stop();
    if (!Number.isFinite(this.ms)) return;
    this.handle = setTimeout(() => {
      this.controller.abort(new DOMException(`no answer within ${this.ms} ms`, 'TimeoutError'));
    }, this.ms);
  }

  stop(): void {
    if (this.handle !== undefined) clearTimeout(this.handle);
    this.handle = undefined;
  }
}

/**
 * The format a server or a file name says a data set is in: the media type first, then the
 * file's extension; undefined when neither says, and the reader guesses from the text. A JSON
 * body that is not an object (`null`, a string) must be reported as bad JSON, not read as CSV.
 */
export function formatOf(type: string, url: string): DataFormat | undefined {
  if (type === 'application/json' || type.endsWith('+json')) return 'json';
  if (type === 'text/csv' || type === 'text/tab-separated-values') return 'csv';
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // Not an absolute URL: use it as it is.
  }
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (extension === 'json' || extension === 'geojson') return 'json';
  if (extension === 'csv' || extension === 'tsv') return 'csv';
  return undefined;
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/**
 * Decodes a file as UTF-8, or as UTF-16 when it starts with a UTF-16 byte order mark (what
 * Excel writes as "Unicode text"). Bytes that are not UTF-8 become U+FFFD, which the parser
 * reports.
 */
export function decodeText(bytes: Uint8Array): string {
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding).decode(bytes);
}
