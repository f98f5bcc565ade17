// The rows of the author's file as written, so that a problem can show its row: CSV records
// numbered as the element numbers them (1 = the header, blank lines counted), or a JSON link.
import Papa from 'papaparse';

const SEPARATORS = [',', ';', '\t', '|'];

export interface RawTable {
  kind: 'csv';
  header: string[];
  /** Every record of the file, the header first; record n is `records[n - 1]`. */
  records: string[][];
}

export interface RawJson {
  kind: 'json';
  links: unknown[];
}

export type RawData = RawTable | RawJson;

/** The separator that splits the header into the most cells (the element weighs known names too). */
function separatorOf(body: string): string {
  const header = /^[^\S\r\n]*\S[^\r\n]*/m.exec(body)?.[0] ?? '';
  let best = ',';
  let most = 0;
  for (const separator of SEPARATORS) {
    const cells = header.split(separator).length;
    if (cells > most) [best, most] = [separator, cells];
  }
  return best;
}

/** The file's rows, or null when the text is neither JSON with links nor CSV. */
export function readRaw(text: string, json: boolean): RawData | null {
  const body = text.replace(/^\uFEFF/, '');
  if (json) {
    try {
      const value: unknown = JSON.parse(body);
      const links = (value as { links?: unknown } | null)?.links;
      return Array.isArray(links) ? { kind: 'json', links } : null;
    } catch {
      return null;
    }
  }
  const parsed = Papa.parse<string[]>(body, { delimiter: separatorOf(body) });
  const records = parsed.data;
  const header = records.find((record) => record.some((cell) => cell.trim() !== '')) ?? [];
  return { kind: 'csv', header, records };
}

const ROW = /^row (\d+)/;
const LINK = /^links\[(\d+)\]/;
const COLUMN = /column "(.*)"$/;

/** Where an issue points: a CSV row number, or a JSON link's index; null for the whole file. */
export function issueRow(path: string): { row: number; column: string | null } | { link: number } | null {
  const row = ROW.exec(path);
  if (row) return { row: Number(row[1]), column: COLUMN.exec(path)?.[1] ?? null };
  const link = LINK.exec(path);
  return link ? { link: Number(link[1]) } : null;
}
