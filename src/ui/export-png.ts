// The PNG export: loaded on the first call of exportPng(), since a page that never exports a
// picture need not download it.

export interface LegendEntry {
  label: string;
  color: string;
  count: number;
}

export interface PngLegend {
  title: string;
  entries: LegendEntry[];
  footer: string;
}

const PNG_FONT = '13px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';
const PNG_PADDING = 10;
const PNG_ROW = 20;
const SWATCH = 12;
const SWATCH_GAP = 8;
/** Lines a long title may take before the rest is cut with an ellipsis. */
const TITLE_LINES = 2;
/** The share of the image's width and height the legend may cover at most. */
const MAX_WIDTH_SHARE = 0.4;
const MAX_HEIGHT_SHARE = 0.5;
/** Below this width (in CSS pixels) the legend is drawn smaller, down to `MIN_SCALE`. */
const FULL_SIZE_WIDTH = 640;
const MIN_SCALE = 0.7;

/** A legend fitted to an image: what is drawn, where, and at what size (in the image's CSS pixels). */
export interface LegendLayout {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Drawing units to CSS pixels: 1, or less on a small image. */
  scale: number;
  title: string[];
  entries: { label: string; count: string; color: string }[];
  /** "+ 12" when the entries that fit are fewer than there are, else ''. */
  more: string;
  footer: string;
}

/**
 * Fits the legend to an image of `width` × `height` CSS pixels: drawn smaller on a small image, a
 * long title wrapped to two lines, long labels cut with an ellipsis, entries that do not fit
 * counted in one last row, and never more than a share of the image, so most of the map shows.
 * `null` when not even the title fits.
 */
export function layoutLegend(
  ctx: CanvasRenderingContext2D,
  legend: PngLegend,
  width: number,
  height: number,
): LegendLayout | null {
  const scale = Math.max(MIN_SCALE, Math.min(1, width / FULL_SIZE_WIDTH));
  // The room the legend has, in drawing units.
  const maxWidth = Math.min(width * MAX_WIDTH_SHARE, width - 2 * PNG_PADDING) / scale;
  const maxHeight = Math.min(height * MAX_HEIGHT_SHARE, height - 2 * PNG_PADDING) / scale;
  const inner = maxWidth - 2 * PNG_PADDING;
  if (inner < 40) return null;
  const rowsRoom = Math.floor((maxHeight - 2 * PNG_PADDING) / PNG_ROW);
  ctx.font = `600 ${PNG_FONT}`;
  const title = wrap(ctx, legend.title, inner, Math.min(TITLE_LINES, Math.max(1, rowsRoom - 1)));
  if (rowsRoom < title.length) return null;
  ctx.font = PNG_FONT;
  const footer = rowsRoom > title.length ? ellipsize(ctx, legend.footer, inner) : '';
  const room = Math.max(0, rowsRoom - title.length - (footer ? 1 : 0));
  // When not all fit, the last row that fits counts the rest.
  const entryRows = legend.entries.length > room ? Math.max(0, room - 1) : legend.entries.length;
  const more = legend.entries.length > entryRows && room > 0 ? `+ ${legend.entries.length - entryRows}` : '';
  const label = inner - SWATCH - SWATCH_GAP;
  const entries = legend.entries.slice(0, entryRows).map((entry) => {
    const count = String(entry.count);
    const labelRoom = label - ctx.measureText(`  ${count}`).width;
    return { label: ellipsize(ctx, entry.label, labelRoom), count, color: entry.color };
  });
  ctx.font = `600 ${PNG_FONT}`;
  let textWidth = Math.max(0, ...title.map((line) => ctx.measureText(line).width));
  ctx.font = PNG_FONT;
  for (const entry of entries)
    textWidth = Math.max(textWidth, SWATCH + SWATCH_GAP + ctx.measureText(`${entry.label}  ${entry.count}`).width);
  textWidth = Math.max(textWidth, ctx.measureText(footer).width, SWATCH + SWATCH_GAP + ctx.measureText(more).width);
  const rows = title.length + entries.length + (more ? 1 : 0) + (footer ? 1 : 0);
  const boxWidth = Math.min(maxWidth, Math.ceil(textWidth) + 2 * PNG_PADDING) * scale;
  const boxHeight = (rows * PNG_ROW + 2 * PNG_PADDING) * scale;
  return {
    x: width - boxWidth - PNG_PADDING * scale,
    y: PNG_PADDING * scale,
    width: boxWidth,
    height: boxHeight,
    scale,
    title,
    entries,
    more,
    footer,
  };
}

/** The map with its legend drawn in, for a PNG export. */
export function composeMapImage(
  map: HTMLCanvasElement,
  legend: PngLegend,
  colors: { background: string; text: string; border: string },
  pixelRatio: number,
): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = map.width;
  canvas.height = map.height;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(map, 0, 0);
  const layout = layoutLegend(ctx, legend, map.width / pixelRatio, map.height / pixelRatio);
  if (!layout) return canvas;
  const { scale } = layout;
  ctx.scale(pixelRatio, pixelRatio);
  ctx.fillStyle = colors.background;
  ctx.strokeStyle = colors.border;
  ctx.lineWidth = 1;
  ctx.fillRect(layout.x, layout.y, layout.width, layout.height);
  ctx.strokeRect(layout.x + 0.5, layout.y + 0.5, layout.width - 1, layout.height - 1);
  // From here in drawing units, from the box's corner.
  ctx.translate(layout.x, layout.y);
  ctx.scale(scale, scale);
  ctx.textBaseline = 'middle';
  const rowY = (row: number) => PNG_PADDING + PNG_ROW * row + PNG_ROW / 2;
  let row = 0;
  ctx.fillStyle = colors.text;
  ctx.font = `600 ${PNG_FONT}`;
  for (const line of layout.title) ctx.fillText(line, PNG_PADDING, rowY(row++));
  ctx.font = PNG_FONT;
  for (const entry of layout.entries) {
    const y = rowY(row++);
    ctx.fillStyle = entry.color;
    ctx.fillRect(PNG_PADDING, y - SWATCH / 2, SWATCH, SWATCH);
    ctx.fillStyle = colors.text;
    ctx.fillText(`${entry.label}  ${entry.count}`, PNG_PADDING + SWATCH + SWATCH_GAP, y);
  }
  if (layout.more) ctx.fillText(layout.more, PNG_PADDING + SWATCH + SWATCH_GAP, rowY(row++));
  if (layout.footer) ctx.fillText(layout.footer, PNG_PADDING, rowY(row));
  return canvas;
}

/** `text` cut to `max` wide, with an ellipsis when it was cut (whole characters, never half a pair). */
function ellipsize(ctx: CanvasRenderingContext2D, text: string, max: number): string {
  if (ctx.measureText(text).width <= max) return text;
  const chars = Array.from(text);
  // The longest start that fits with the ellipsis after it.
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (ctx.measureText(`${chars.slice(0, mid).join('').trimEnd()}…`).width <= max) low = mid;
    else high = mid - 1;
  }
  return low === 0 ? '…' : `${chars.slice(0, low).join('').trimEnd()}…`;
}

/** `text` in lines at most `max` wide, broken between words (inside a word too long for a line); the last cut. */
function wrap(ctx: CanvasRenderingContext2D, text: string, max: number, lines: number): string[] {
  const out: string[] = [];
  let rest = text.trim();
  while (rest && out.length < lines - 1) {
    if (ctx.measureText(rest).width <= max) break;
    const line = ellipsize(ctx, rest, max).replace(/…$/, '');
    // Break at the last space within what fits, else where it stops fitting.
    const space = line.lastIndexOf(' ');
    const cut = space > 0 ? space : Math.max(1, line.length);
    out.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) out.push(ellipsize(ctx, rest, max));
  return out.length > 0 ? out : [''];
}
