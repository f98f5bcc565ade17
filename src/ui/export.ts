import { EXPORT_COLUMNS, type ExportColumn } from '../data/columns.js';
import type { DataSet, Link } from '../data/model.js';
import { toCsv, type CsvValue } from '../data/write-csv.js';
import { localize } from '../i18n/strings.js';

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a formula;
 * such text gets a leading apostrophe, the usual guard, which the CSV reader takes off again
 * (`unguardCell`, parse-csv.ts). A spreadsheet that splits rows on ";" starts a cell after each
 * ";" and a row after each line break, quotes or not, so a formula start there (after any spaces
 * or quotes) is guarded too: each sector of the joined sectors cell, and any text after a ";" in
 * a title or a name. Numbers are written as numbers and are not touched.
 */
export function guardCell(value: string): string {
  return value.replace(/^(?=[=+\-@\t\r])|(?<=[;\r\n][ "]*)(?=[=+\-@])/g, "'");
}

/** The given links as CSV text (with a UTF-8 BOM so spreadsheet programs read non-Latin names). */
export function linksToCsv(dataset: DataSet, links: readonly Link[], lang: string): string {
  const rows = links.map((link) => {
    const source = dataset.places[link.sourceIndex]!;
    const target = dataset.places[link.targetIndex]!;
    const text = (value: string) => guardCell(value);
    // By name, so each value stays under its column whatever order the header takes.
    const cells: Record<ExportColumn, CsvValue> = {
      id: text(link.id),
      source: text(link.source),
      target: text(link.target),
      source_name: text(localize(source.name, lang)),
      target_name: text(localize(target.name, lang)),
      type: text(link.type),
      status: text(link.status),
      since: link.since ?? '',
      until: link.until ?? '',
      sectors: link.sectors.map(text).join(';'),
      weight: link.weight ?? '',
      title: text(localize(link.title, lang)),
      url: text(link.sources.find((s) => s.url)?.url ?? ''),
      source_lon: source.lon,
      source_lat: source.lat,
      target_lon: target.lon,
      target_lat: target.lat,
    };
    return EXPORT_COLUMNS.map((column) => cells[column]);
  });
  return `\uFEFF${toCsv(EXPORT_COLUMNS, rows)}\r\n`;
}
