import { MAX_DATA_BYTES, tooLargeIssue } from '../data/limits.js';
import type { DataFormat } from '../data/parse-text.js';

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

/** Downloads that are refused above a size, so that a wrong URL does not fill the page's memory. */
const MAX_BYTES: Partial<Record<LoadProgress['what'], number>> = { data: MAX_DATA_BYTES };

/** A downloaded text file, with what the server said it is. */
export interface Resource {
  /** The URL as fetched, after redirects. */
  url: string;
  /** The media type without parameters (`application/json`), or '' when the server gave none. */
  type: string;
  text: string;
}

/**
 * Fetches a text file, reporting progress as it streams in; rejects with a message that names the URL.
 * A data file over the size limit is refused as soon as its size is known.
 */
export async function fetchText(url: string, what: LoadProgress['what'], options: FetchOptions = {}): Promise<string> {
  return (await fetchResource(url, what, options)).text;
}

export interface FetchOptions {
  signal?: AbortSignal;
  onProgress?: (progress: LoadProgress) => void;
}

/** `fetchText`, keeping the media type the server gave, so the reader need not guess the format. */
export async function fetchResource(
  url: string,
  what: LoadProgress['what'],
  options: FetchOptions = {},
): Promise<Resource> {
  let response: Response;
  try {
    response = await fetch(url, { signal: options.signal });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new Error(`could not load ${url}: ${(error as Error).message}`, { cause: error });
  }
  if (!response.ok) throw new Error(`could not load ${url}: HTTP ${response.status} ${response.statusText}`.trim());
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const lengthHeader = response.headers.get('content-length');
  const total = lengthHeader && !response.headers.get('content-encoding') ? Number(lengthHeader) : null;
  const limit = MAX_BYTES[what] ?? Infinity;
  const refuse = (bytes: number) => new Error(`could not load ${url}: ${tooLargeIssue(bytes).message}`);
  if (total !== null && total > limit) {
    await response.body?.cancel();
    throw refuse(total);
  }
  const done = (bytes: Uint8Array): Resource => ({ url: response.url || url, type, text: decodeText(bytes) });
  if (!response.body) return done(new Uint8Array(await response.arrayBuffer()));
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done: finished, value } = await reader.read();
    if (finished) break;
    loaded += value.byteLength;
    if (loaded > limit) {
      await reader.cancel();
      throw refuse(loaded);
    }
    chunks.push(value);
    options.onProgress?.({ what, loaded, total });
  }
  return done(concat(chunks, loaded));
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
