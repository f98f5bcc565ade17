// The words of the problems notice, for a data set's author rather than a programmer: each kind
// of issue (its `code`) said from its `params`, with what to do about it. One module a language,
// loaded only when an element has problems to show (see src/ui/problems-notice.ts).
import type { BinaryKind } from '../data/file-kind.js';
import type { DataIssue, IssueCode, IssueParams } from '../data/types.js';
import { formatCount } from './strings.js';

/** Says one kind of problem from the values the issue names. */
export type ProblemSentence = (p: IssueParams) => string;

/** What a file that is not text turned out to be (`params.read` of a `not-text` issue). */
export type FileKind = BinaryKind;

export interface ProblemTexts {
  /** The notice when rows were left out: `4 of 10 rows not shown`; numbers come formatted. */
  rowsNotShown: (dropped: string, total: string) => string;
  /** The same for a JSON data set, whose entries are links. */
  linksNotShown: (dropped: string, total: string) => string;
  /** The notice when every row is shown but some values were ignored or read in another way. */
  valuesToCheck: (count: string) => string;
  /** The heading of the open list. */
  heading: string;
  /** What the severity means for the reader: a row or value left out, or something to check. */
  leftOut: string;
  toCheck: string;
  /** Where a problem is: `Row 12, column "target"`, `Row 12`, `Link 4, "target"`, the whole file. */
  row: (row: string) => string;
  rowColumn: (row: string, column: string) => string;
  link: (link: string, field: string) => string;
  wholeFile: string;
  /** A value in quotes, as the language writes them. */
  quote: (text: string) => string;
  whatToDo: string;
  /** More problems than the list shows. */
  more: (count: string) => string;
  fileKinds: Readonly<Record<FileKind, string>>;
  /** What is wrong, by kind of issue. */
  what: Readonly<Record<IssueCode, ProblemSentence>>;
  /** What to do about it, by kind of issue. */
  todo: Readonly<Record<IssueCode, ProblemSentence>>;
}

/** A param as text (`''` when absent). */
export function param(p: IssueParams, key: string): string {
  const value = p[key];
  return value === undefined ? '' : String(value);
}

const ROW = /^row (\d+)(?:, column "(.*)")?$/;
const LINK = /^links\[(\d+)\](?:\.(.+))?$/;

/** Where an issue is, in words: `Row 12, column "target"`, `Link 4, "target"`, the path as it is. */
export function problemPlace(path: string, texts: ProblemTexts, lang: string): string {
  if (!path) return texts.wholeFile;
  const row = ROW.exec(path);
  if (row) return row[2] === undefined ? texts.row(row[1]!) : texts.rowColumn(row[1]!, row[2]);
  const link = LINK.exec(path);
  if (link) return texts.link(formatCount(Number(link[1]) + 1, lang), link[2] ?? '');
  return path;
}

/** What is wrong and what to do, for one issue. */
export function problemWords(
  issue: DataIssue,
  texts: ProblemTexts,
  statusNames: Readonly<Record<string, string>> = {},
): [string, string] {
  const code = issue.code;
  if (!code) return [issue.message, ''];
  const params: IssueParams = { ...issue.params };
  // The status an unknown one is shown as is said with the element's own word for it (a word read
  // as a status keeps the code, which is what to write to make the warning go away).
  const read = params.read;
  const status = read !== undefined && code === 'unknown-status';
  const named = status ? { ...params, read: statusNames[read] ?? read } : params;
  return [texts.what[code](named), texts.todo[code](named)];
}
