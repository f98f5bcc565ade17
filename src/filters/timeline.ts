import type { YearRange } from './filters.js';

/** Time between two steps of the timeline's play mode, in milliseconds. */
export const PLAY_STEP_MS = 900;

/**
 * Where the two thumbs of the year slider stand for a range: open ends and years outside the
 * data's extent are pinned to the extent, and `from` never passes `to`.
 */
export function thumbYears(range: YearRange | null, extent: readonly [number, number]): [number, number] {
  const [min, max] = extent;
  const clamp = (year: number) => Math.min(max, Math.max(min, year));
  const from = clamp(range?.from ?? min);
  const to = clamp(range?.to ?? max);
  return from <= to ? [from, to] : [to, from];
}

/**
 * The range two thumbs select. Thumbs at both ends of the extent select every link the data
 * holds, so they give `null` (all time) and the `years` attribute goes away instead of
 * pinning today's extent.
 */
export function rangeFromThumbs(from: number, to: number, extent: readonly [number, number]): YearRange | null {
  const [low, high] = from <= to ? [from, to] : [to, from];
  if (low <= extent[0] && high >= extent[1]) return null;
  return { from: low, to: high };
}

/**
 * The next step of play: the window keeps its width and moves one year on, and starts again at
 * the beginning once it would pass the end. From all time, or a window as wide as the extent
 * (which could not move), play starts with the first year alone.
 */
export function nextYears(current: YearRange | null, extent: readonly [number, number]): YearRange {
  const [min, max] = extent;
  const start: YearRange = { from: min, to: min };
  if (current === null) return start;
  const from = current.from ?? min;
  const to = current.to ?? max;
  const width = Math.abs(to - from);
  if (width >= max - min) return start;
  const next = Math.min(from, to) + 1;
  // A window that lies outside the extent (a `years` attribute beyond the data) restarts too.
  if (next < min || next + width > max) return { from: min, to: min + width };
  return { from: next, to: next + width };
}
