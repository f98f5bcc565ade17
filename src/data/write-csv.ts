// Writes CSV as Papa Parse's `unparse` does with its defaults (comma, double quotes, CRLF
// between rows), without Papa Parse: the element's CSV export needs only this much, and Papa
// Parse is loaded only when a CSV file is read (see parse-text.ts).

export type CsvValue = string | number | null | undefined;

/** Quoted when it holds a quote, a comma, a line break or a byte order mark, or starts or ends with a space. */
const NEEDS_QUOTES = /[",\r\n\uFEFF]|^ | $/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The header and the rows as CSV text, rows separated by CRLF, with no line break after the last. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n');
}
