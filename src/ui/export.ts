import { EXPORT_COLUMNS, type ExportColumn } from '../data/columns.js';
import type { DataSet, Link } from '../data/model.js';
import { toCsv, type CsvValue } from '../data/write-csv.js';
import { localize } from '../i18n/strings.js';

/**
 * Spreadsheets run a cell that starts with = + - @ as a formula; such text cells get a leading
 * apostrophe, the usual guard (numbers are written as numbers and are not touched).
 */
function guardCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
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
      status: link.status,
      since: link.since ?? '',
      until: link.until ?? '',
      sectors: text(link.sectors.join(';')),
      weight: link.weight ?? '',
      title: text(localize(link.title, lang)),
      url: link.sources.find((s) => s.url)?.url ?? '',
      source_lon: source.lon,
      source_lat: source.lat,
      target_lon: target.lon,
      target_lat: target.lat,
    };
    return EXPORT_COLUMNS.map((column) => cells[column]);
  });
  return `\uFEFF${toCsv(EXPORT_COLUMNS, rows)}\r\n`;
}
