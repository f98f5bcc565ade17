import type { MapPalette } from './basemap.js';

/** Place labels are drawn as images with the page's own fonts, so no glyph server is needed. */
export const LABEL_FONT_PX = 12;
const LABEL_FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK KR", "Malgun Gothic", sans-serif';
const LABEL_HALO_PX = 2.5;
const LABEL_PADDING_PX = 3;
export const LABEL_IMAGE_PREFIX = 'coop-label:';

/**
 * The id of a label's image says all it shows (theme, language, text), so that the image can be
 * drawn from the id alone whenever MapLibre asks for it: also for a label of a data set given
 * before the one now shown (MapLibre's worker may still lay those out when a filter change
 * regroups the links), which an id naming a place by its index could no longer be drawn for.
 */
export function labelImageId(theme: string, lang: string, text: string): string {
  return `${LABEL_IMAGE_PREFIX}${theme}:${lang}:${text}`;
}

/** What a label image id shows; null for an id that is not a label's. */
export function parseLabelImageId(id: string): { theme: string; lang: string; text: string } | null {
  if (!id.startsWith(LABEL_IMAGE_PREFIX)) return null;
  const rest = id.slice(LABEL_IMAGE_PREFIX.length);
  const [theme, lang] = rest.split(':', 2);
  if (theme === undefined || lang === undefined) return null;
  return { theme, lang, text: rest.slice(theme.length + lang.length + 2) };
}
/** Longer names are cut with an ellipsis on the map; the full name is in the tooltip and panel. */
export const LABEL_MAX_CHARS = 32;

let scratch: CanvasRenderingContext2D | null = null;

function context(): CanvasRenderingContext2D {
  if (!scratch) {
    const canvas = document.createElement('canvas');
    scratch = canvas.getContext('2d', { willReadFrequently: true })!;
  }
  return scratch;
}

/** Renders `text` with a halo into pixels MapLibre can take as an image (`map.addImage`). */
export function renderLabel(
  text: string,
  palette: MapPalette,
  pixelRatio: number,
  weight = 600,
): { width: number; height: number; data: Uint8ClampedArray } {
  if ([...text].length > LABEL_MAX_CHARS)
    text = `${[...text]
      .slice(0, LABEL_MAX_CHARS - 1)
      .join('')
      .trimEnd()}…`;
  const ctx = context();
  const font = `${weight} ${LABEL_FONT_PX * pixelRatio}px ${LABEL_FONT_FAMILY}`;
  ctx.font = font;
  const pad = (LABEL_PADDING_PX + LABEL_HALO_PX) * pixelRatio;
  const width = Math.max(1, Math.ceil(ctx.measureText(text).width + pad * 2));
  const height = Math.ceil(LABEL_FONT_PX * 1.4 * pixelRatio + pad * 2);
  ctx.canvas.width = width;
  ctx.canvas.height = height;
  ctx.clearRect(0, 0, width, height);
  ctx.font = font;
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.lineWidth = LABEL_HALO_PX * 2 * pixelRatio;
  ctx.strokeStyle = palette.labelHalo;
  ctx.fillStyle = palette.labelText;
  ctx.strokeText(text, pad, height / 2);
  ctx.fillText(text, pad, height / 2);
  const image = ctx.getImageData(0, 0, width, height);
  return { width, height, data: image.data };
}
