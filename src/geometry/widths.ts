import type { Link } from '../data/model.js';

/**
 * Arc widths, apart from the rest of the arc geometry: the legend's width key draws them up
 * front, while the arcs' buffers are built in the map's chunk.
 */

/** Arc width in CSS pixels: without weight, and the range weights are scaled into. */
export const WIDTH_DEFAULT_PX = 2;
export const WIDTH_MIN_PX = 1.5;
export const WIDTH_MAX_PX = 7;

/** What a link's width shows: its weight, else its number of activities; null when it has neither. */
export function widthMeasure(link: Link): number | null {
  return link.weight ?? (link.activities.length > 0 ? link.activities.length : null);
}

/** The largest width measure of the links (0 when none has one). */
export function maxWidthMeasure(links: readonly Link[]): number {
  let max = 0;
  for (const link of links) max = Math.max(max, widthMeasure(link) ?? 0);
  return max;
}

/**
 * Width in CSS pixels for a measure, on a square-root scale against the largest: from
 * WIDTH_MIN_PX (near 0) to WIDTH_MAX_PX (the largest), so a measure four times another draws
 * twice as much width above the thinnest line. Without a measure, WIDTH_DEFAULT_PX.
 */
export function widthFor(value: number | null, max: number): number {
  if (value === null || max <= 0) return WIDTH_DEFAULT_PX;
  return WIDTH_MIN_PX + (WIDTH_MAX_PX - WIDTH_MIN_PX) * Math.sqrt(Math.max(0, value) / max);
}

/** Example measures for the width key: the largest, and round values near a quarter and a sixteenth of it. */
export function widthKeyValues(max: number): number[] {
  if (max <= 0) return [];
  const round = (v: number) => {
    const step = Math.pow(10, Math.floor(Math.log10(v)));
    return Math.max(1, Math.round(v / step) * step);
  };
  return [...new Set([round(max / 16), round(max / 4), max])].filter((v) => v <= max).sort((a, b) => a - b);
}
