// Every limit on what coop-map reads, in one place: the element, its downloads and the command
// line take them from here, and the README's "Security and reliability" lists them.
import type { DataIssue } from './types.js';

/**
 * Files above this size are refused with a clear message rather than freezing the page: the data
 * file, a region file and each geodata file, downloaded or read from disk.
 */
export const MAX_DATA_BYTES = 64 * 1024 * 1024;

/**
 * How long a download waits for the server, in milliseconds: for the answer, and then for each
 * next part of the file, so a slow download that goes on is not cut while a dead server is.
 */
export const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * How deeply arrays and objects may nest in a JSON data set or region file. A data set needs
 * about 6 levels and GeoJSON about 8; thousands would overflow the stack of the code that reads them.
 */
export const MAX_JSON_DEPTH = 100;

const MB = 1024 * 1024;

/**
 * The issue for a file over the size limit, in the words the element and the command line share.
 * `bytes` is the size the file has or says it has; `null` when it is not known (a download
 * without a length, cut at the limit).
 */
export function tooLargeIssue(bytes: number | null, limit = MAX_DATA_BYTES): DataIssue {
  const size = bytes === null ? `more than ${limit / MB} MB` : `${(bytes / 1e6).toFixed(1)} MB`;
  return {
    severity: 'error',
    code: 'too-large',
    path: '',
    message: `the file is ${size}; the limit is ${limit / MB} MB`,
  };
}

/** What a download that timed out says: the server did not answer, or stopped in the middle. */
export function timeoutMessage(ms: number, received: number | null): string {
  const seconds = `${Math.round(ms / 100) / 10} s`;
  return received === null
    ? `the server did not answer within ${seconds}`
    : `the server sent nothing for ${seconds} after ${(received / 1e6).toFixed(1)} MB; the download was given up`;
}

/** The message for JSON nested deeper than the limit. */
export function tooDeepMessage(limit = MAX_JSON_DEPTH): string {
  return `arrays and objects are nested more than ${limit} levels deep; the limit is ${limit}`;
}
