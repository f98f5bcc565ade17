import type { DataIssue } from './types.js';

/** Files above this size are refused with a clear message rather than freezing the page. */
export const MAX_DATA_BYTES = 64 * 1024 * 1024;

/** The issue for a file over the size limit, in the words the element and the command line share. */
export function tooLargeIssue(bytes: number): DataIssue {
  return {
    severity: 'error',
    code: 'too-large',
    path: '',
    message: `the file is ${(bytes / 1e6).toFixed(1)} MB; the limit is ${MAX_DATA_BYTES / 1024 / 1024} MB`,
  };
}
