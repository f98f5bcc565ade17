// The top-level shape a data set must have before it is validated, checked the same way whether
// it was read from JSON text or handed over as an object (runPipeline's and the element's `data`).
import { isRecord } from './records.js';
import type { CooperationDataInput, DataIssue } from './types.js';

export type DataShape = { data: CooperationDataInput; issue: null } | { data: null; issue: DataIssue };

/** The data set, or the error that says why it cannot be one. A bare array of links stands for `{ links }`. */
export function checkDataShape(value: unknown): DataShape {
  const data = Array.isArray(value) ? { links: value } : value;
  if (!isRecord(data)) return refused('', 'expected a JSON object with a "links" array');
  if (!Array.isArray(data.links)) {
    return data.links === undefined
      ? refused('links', 'missing "links": expected an array of links', 'missing-field')
      : refused('links', '"links" must be an array of links');
  }
  return { data: data as unknown as CooperationDataInput, issue: null };
}

function refused(path: string, message: string, code: DataIssue['code'] = 'unreadable'): DataShape {
  return { data: null, issue: { severity: 'error', code, path, message } };
}
