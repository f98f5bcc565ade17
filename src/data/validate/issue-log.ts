// The issues of one validation, and the paths they name: `links[3].target` in JSON,
// `row 12, column "target"` in CSV (with the column as the file names it).
import type { DataIssue, IssueCode, IssueParams } from '../types.js';

/** A path, built only when an issue needs it: most values are fine, and 25,000 rows make many paths. */
export type PathOf = () => string;

export interface IssueLogOptions {
  /** For CSV: the file's row number of each link, so that issues say `row 12, column "target"`. */
  rowNumbers?: readonly number[];
  /** For CSV: the header as written for each field, so that issues name the user's own column. */
  columnLabels?: Readonly<Record<string, string>>;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export class IssueLog {
  readonly issues: DataIssue[] = [];
  /** Whether the links come from CSV rows; a few checks differ, as a CSV cell is always text. */
  readonly isCsv: boolean;

  constructor(private readonly options: IssueLogOptions = {}) {
    this.isCsv = options.rowNumbers !== undefined;
  }

  report(severity: DataIssue['severity'], code: IssueCode, path: string, message: string, params?: IssueParams): void {
    this.issues.push(params ? { severity, code, path, message, params } : { severity, code, path, message });
  }

  /** The path of link `index`, or of one of its fields: `links[3].target`, `row 5, column "target"`. */
  linkPath(index: number, field?: string): string {
    const rows = this.options.rowNumbers;
    if (rows) {
      const row = rows[index] ?? index + 2;
      if (!field) return `row ${row}`;
      const column = field.split(/[.[]/)[0]!;
      return `row ${row}, column "${this.options.columnLabels?.[column] ?? column}"`;
    }
    return field ? `links[${index}].${field}` : `links[${index}]`;
  }

  /** The CSV column a missing place would be read from, or the JSON field. */
  missingEndPath(index: number, end: 'source' | 'target'): string {
    const labels = this.options.columnLabels;
    if (!this.isCsv || !labels || labels[end] !== undefined) return this.linkPath(index, end);
    return labels[`${end}_name`] !== undefined ? this.linkPath(index, `${end}_name`) : this.linkPath(index);
  }
}

/** `path.key`, or `path["key"]` when the key is not a plain name, so that paths can be read back. */
export function pathKey(path: string, key: string): string {
  return IDENTIFIER.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}
