// The PNG export: loaded on the first call of exportPng(), since a page that never exports a
// picture need not download it.

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
