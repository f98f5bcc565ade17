/**
 * How arcs fade and thin as more of them are drawn, so that thousands stay readable: up to
 * DENSITY_BASE arcs drawn (after the filters, `top` and `min-weight`) each is drawn as its status
 * says; each doubling beyond that is one step, which takes the arcs' opacity down by √2 and their
 * width by ⁴√2 — about 1/√(n / 200) and 1/⁴√(n / 200), rounded to the step below so that the
 * picture changes only when the count crosses a doubling, not with every filter change. Opacity
 * stops at MIN_OPACITY (from 25,600 arcs on), width at MIN_WIDTH (from 3,200 on).
 *
 * The opacity is a uniform of the compositor that lays the cached arc images over the map, so a
 * step costs no new image; the width is a uniform of the arc shader (the images are drawn anew
 * at a width step). The arcs hovered or selected keep their full width, and their full opacity
 * where the images are of optical depth (the highlighted arcs are then drawn over them); in the
 * 8-bit color images of GPUs without float blending the highlight is in the image and fades too.
 */
export const DENSITY_BASE = 200;
export const MIN_OPACITY = 0.1;
export const MIN_WIDTH = 0.5;

/** Factors of the arcs' opacity and width; both 1 when few are drawn. */
export interface Density {
  /** Doublings of the arcs drawn beyond DENSITY_BASE, rounded down; 0 up to 2 · DENSITY_BASE. */
  readonly step: number;
  readonly opacity: number;
  readonly width: number;
}

export const FULL_DENSITY: Density = { step: 0, opacity: 1, width: 1 };

/** The step of `drawn` arcs: 0 up to twice DENSITY_BASE, then one more at each doubling. */
export function densityStep(drawn: number): number {
  return drawn <= DENSITY_BASE ? 0 : Math.floor(Math.log2(drawn / DENSITY_BASE));
}

/** The opacity and width factors for `drawn` arcs. */
export function densityOf(drawn: number): Density {
  const step = densityStep(drawn);
  if (step === 0) return FULL_DENSITY;
  return {
    step,
    opacity: Math.max(MIN_OPACITY, 2 ** (-step / 2)),
    width: Math.max(MIN_WIDTH, 2 ** (-step / 4)),
  };
}

/**
 * Place dots: while more than DENSE_PLACES places are drawn, their dots are SMALL_DOT at zoom
 * SMALL_DOT_ZOOM and below (a world view: thousands of full dots would cover the map) and grow
 * to full size by FULL_DOT_ZOOM (a country's view), as MapLibre zoom expressions. Fewer places
 * keep full dots at every zoom.
 */
export const DENSE_PLACES = 500;
export const SMALL_DOT_ZOOM = 2;
export const FULL_DOT_ZOOM = 5;
/** CSS px of a small dot's radius and outline. */
export const SMALL_DOT = { radius: 1.5, stroke: 0.5 } as const;

/** A paint value: a number, or MapLibre's linear interpolation of it by zoom. */
export type ZoomValue = number | ['interpolate', ['linear'], ['zoom'], number, number, number, number];

/** The radius and outline of the place dots when `places` are drawn; `full`: their full size. */
export function dotSize(
  places: number,
  full: { radius: number; stroke: number },
): { radius: ZoomValue; stroke: ZoomValue } {
  if (places <= DENSE_PLACES) return { radius: full.radius, stroke: full.stroke };
  const byZoom = (small: number, big: number): ZoomValue => [
    'interpolate',
    ['linear'],
    ['zoom'],
    SMALL_DOT_ZOOM,
    small,
    FULL_DOT_ZOOM,
    big,
  ];
  return { radius: byZoom(SMALL_DOT.radius, full.radius), stroke: byZoom(SMALL_DOT.stroke, full.stroke) };
}
