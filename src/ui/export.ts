import type { DataSet, Link } from '../data/model.js';
import { toCsv } from '../data/write-csv.js';
import { localize } from '../i18n/strings.js';

/** Columns of the CSV export: the documented CSV columns, so the file loads back as it is. */
export const EXPORT_COLUMNS = [
  'id', 'source', 'target', 'source_name', 'target_name', 'type', 'status', 'since', 'until', 'sectors', 'weight',
  'title', 'url', 'source_lon', 'source_lat', 'target_lon', 'target_lat',
] as const;

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
    return [
      text(link.id),
      text(link.source),
      text(link.target),
      text(localize(source.name, lang)),
      text(localize(target.name, lang)),
      text(link.type),
      link.status,
      link.since ?? '',
      link.until ?? '',
      text(link.sectors.join(';')),
      link.weight ?? '',
      text(localize(link.title, lang)),
      link.sources.find((s) => s.url)?.url ?? '',
      source.lon,
      source.lat,
      target.lon,
      target.lat,
    ];
  });
  return `\uFEFF${toCsv(EXPORT_COLUMNS, rows)}\r\n`;
}
