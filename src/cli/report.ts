import type { DataIssue, IssueCode } from '../data/types.js';

/** How many issues of one kind are printed before the rest is only counted. */
export const ISSUES_SHOWN_PER_KIND = 20;

/** A heading for each kind of issue, for a curator reading hundreds of them grouped. */
const KIND_LABELS: Record<IssueCode, string> = {
  unreadable: 'the file cannot be read',
  'too-large': 'the file is too large',
  encoding: 'characters that are not UTF-8',
  'csv-syntax': 'CSV syntax',
  'column-mapping': 'column mapping',
  'column-ignored': 'columns ignored',
  'extra-cells': 'rows with more cells than the header',
  'missing-field': 'missing values',
  'wrong-type': 'values of the wrong type',
  'unknown-place': 'unknown places',
  'unknown-sector': 'sectors not declared',
  'unknown-status': 'unknown statuses',
  'not-a-number': 'values that are not numbers',
  'number-as-text': 'numbers written as text',
  'not-a-year': 'values that are not years',
  'years-reversed': '"since" after "until"',
  'out-of-range': 'values out of range',
  'bad-color': 'colors',
  'unsafe-url': 'URLs that are not http(s)',
  'duplicate-id': 'link ids used twice',
  'duplicate-place': 'places declared twice',
  'self-link': 'links from a place to itself',
  merged: 'the same relation on several rows, merged',
  'same-name-other-place': 'places of the same name told apart by distance',
  'place-moved': 'one place given with different coordinates',
  'region-file': 'region shapes',
  'read-as': 'values read in another way (check them)',
  'column-near': 'columns close to a documented name',
  'not-text': 'files that are not text',
  'unknown-field': 'link fields the format does not name (kept in "properties")',
  // Excel workbooks
  'no-sheet': 'sheets not in the workbook',
};

export interface IssueGroup {
  severity: DataIssue['severity'];
  code: IssueCode | 'other';
  label: string;
  /** Every issue of the kind, in file order. */
  issues: DataIssue[];
}

/** Groups issues by severity (errors first) and kind, kinds in the order they first appear. */
export function groupIssues(issues: readonly DataIssue[]): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  for (const issue of issues) {
    const code = issue.code ?? 'other';
    const key = `${issue.severity} ${code}`;
    let group = groups.get(key);
    if (!group) {
      group = { severity: issue.severity, code, label: code === 'other' ? 'other' : KIND_LABELS[code], issues: [] };
      groups.set(key, group);
    }
    group.issues.push(issue);
  }
  const all = [...groups.values()];
  return [...all.filter((g) => g.severity === 'error'), ...all.filter((g) => g.severity === 'warning')];
}

export interface Summary {
  /** Links in the input: CSV data rows or entries of the JSON `links`; `null` when it could not be read. */
  entries: number | null;
  links: number;
  places: number;
  format: 'json' | 'csv';
}

const count = (n: number) => n.toLocaleString('en-US');
const plural = (n: number, one: string, many = `${one}s`) => `${count(n)} ${n === 1 ? one : many}`;

/** One line that says what was kept and what was found. */
export function summaryLine(summary: Summary, issues: readonly DataIssue[]): string {
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const found = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
  if (summary.entries === null) return `the file cannot be used: ${found}`;
  const read = plural(summary.entries, summary.format === 'csv' ? 'row' : 'link');
  return `${read} read → ${plural(summary.links, 'link')} kept, ${plural(summary.places, 'place')}; ${found}`;
}

/**
 * Characters that act on a terminal or change how the text around them reads, without being
 * seen: C0 and C1 controls (escape sequences clear the screen, set the window title, move the
 * cursor), bidirectional overrides and isolates, zero-width characters, line separators.
 * Invisible ones other than the C0 controls, which JSON escapes itself, are escaped in `--json` too.
 */
const INVISIBLE = '\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb';
const UNSAFE_TEXT = new RegExp(`[\u0000-\u001f${INVISIBLE}]`, 'gu');
const UNSAFE_IN_JSON = new RegExp(`[${INVISIBLE}]`, 'gu');
const NAMED_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const hex = (c: string, digits: number) => c.charCodeAt(0).toString(16).toUpperCase().padStart(digits, '0');

/**
 * Text from a data file as the command line prints it: each control, bidirectional or
 * invisible character written as an escape (`\x1B`, `\u202E`, `\n`), so that a value can
 * neither drive the terminal nor start a line of its own that passes for the command's output.
 */
export function visible(text: string): string {
  return text.replace(UNSAFE_TEXT, (c) => NAMED_ESCAPES[c] ?? (c < '\u0100' ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`));
}

/** JSON text with the invisible characters JSON leaves as they are written as `\u` escapes: the same JSON value. */
export function visibleJson(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (c) => `\\u${hex(c, 4)}`);
}

/**
 * The issues as text, grouped by kind: the first `perKind` of each kind in full, then how many
 * more there are, so thousands of merged rows neither flood the screen nor go unmentioned.
 */
export function formatIssues(
  issues: readonly DataIssue[],
  perKind = ISSUES_SHOWN_PER_KIND,
  say: (issue: DataIssue) => string = (issue) => `${issue.path || 'the file'}: ${issue.message}`,
): string[] {
  const lines: string[] = [];
  for (const group of groupIssues(issues)) {
    const n = group.issues.length;
    lines.push(`${group.severity === 'error' ? 'error' : 'warning'}: ${group.label} (${count(n)})`);
    for (const issue of group.issues.slice(0, perKind)) lines.push(`  ${visible(say(issue))}`);
    if (n > perKind) lines.push(`  … and ${plural(n - perKind, 'more like this', 'more like these')}`);
  }
  return lines;
}
