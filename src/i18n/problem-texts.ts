// The words of the problems notice, for a data set's author rather than a programmer: each kind
// of issue (its `code`) said from its `params`, with what to do about it. One module a language,
// loaded only when an element has problems to show (see src/ui/problems-notice.ts).
import type { BinaryKind } from '../data/file-kind.js';
import type { IssueCode, IssueParams } from '../data/types.js';

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
