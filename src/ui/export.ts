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

export interface LegendEntry {
  label: string;
  color: string;
  count: number;
}

const PNG_FONT = '13px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';
const PNG_PADDING = 10;
const PNG_ROW = 20;

/** The map with its legend drawn in, for a PNG export. */
export function composeMapImage(
  map: HTMLCanvasElement,
  legend: { title: string; entries: LegendEntry[]; footer: string },
  colors: { background: string; text: string; border: string },
  pixelRatio: number,
): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = map.width;
  canvas.height = map.height;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(map, 0, 0);
  ctx.scale(pixelRatio, pixelRatio);
  ctx.font = PNG_FONT;
  const lines = [legend.title, ...legend.entries.map((e) => `${e.label}  ${e.count}`), legend.footer];
  const width = Math.max(...lines.map((line) => ctx.measureText(line).width)) + PNG_PADDING * 2 + 22;
  const height = PNG_ROW * (legend.entries.length + 2) + PNG_PADDING * 2;
  const x = map.width / pixelRatio - width - PNG_PADDING;
  const y = PNG_PADDING;
  ctx.fillStyle = colors.background;
  ctx.strokeStyle = colors.border;
  ctx.lineWidth = 1;
  ctx.fillRect(x, y, width, height);
  ctx.strokeRect(x + 0.5, y + 0.5, width - 1, height - 1);
  ctx.fillStyle = colors.text;
  ctx.textBaseline = 'middle';
  ctx.font = `600 ${PNG_FONT}`;
  ctx.fillText(legend.title, x + PNG_PADDING, y + PNG_PADDING + PNG_ROW / 2);
  ctx.font = PNG_FONT;
  legend.entries.forEach((entry, i) => {
    const rowY = y + PNG_PADDING + PNG_ROW * (i + 1) + PNG_ROW / 2;
    ctx.fillStyle = entry.color;
    ctx.fillRect(x + PNG_PADDING, rowY - 6, 12, 12);
    ctx.fillStyle = colors.text;
    ctx.fillText(`${entry.label}  ${entry.count}`, x + PNG_PADDING + 20, rowY);
  });
  ctx.fillText(legend.footer, x + PNG_PADDING, y + PNG_PADDING + PNG_ROW * (legend.entries.length + 1) + PNG_ROW / 2);
  return canvas;
}
