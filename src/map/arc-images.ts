import type { CustomRenderMethodInput } from 'maplibre-gl';
import { YEAR_MAX, YEAR_MIN, type ArcFilter, type VisibilityWindow } from '../filters/visibility.js';
import { INSTANCE_FLOATS, INSTANCE_LAYOUT, instanceShown, type ArcBuffers } from '../geometry/arcs.js';
import type { ArcHighlight, DrawArcs, Run } from './arc-draw.js';
import { ensureTarget, freeTarget, type RenderTarget } from './gl/target.js';

/**
 * Up to this many sectors, and this many pixels of images in all, each sector's arcs are cached
 * in an image of their own: switching a sector on or off then only lays the images over the map
 * again, whatever the number of arcs. Beyond it, one image holds the arcs shown.
 */
const MAX_SECTOR_IMAGES = 12;
const SECTOR_IMAGE_PIXEL_BUDGET = 16_000_000;
/**
 * A year step adds and takes away only the arcs whose years enter or leave the window, in
 * images of optical depth (where the GPU can render and blend 32-bit floats), unless more than
 * this share of the arcs change, or after this many steps in a row (rounding adds up): then the
 * images are drawn anew.
 */
const MAX_YEAR_CHANGE_SHARE = 0.5;
const MAX_YEAR_STEPS = 100;

/** How the arcs are cached. */
export interface ImagePlan {
  /** Images of optical depth, which year steps change in place, rather than of 8-bit color. */
  readonly depth: boolean;
  /** An image per sector with arcs, rather than one for all the arcs shown. */
  readonly perSector: boolean;
  /** The images' slots: the sectors' indices, or [0] for the one image. */
  readonly slots: readonly number[];
}

/** Counters of changes that the layer's setters make. */
export interface ImageVersions {
  /** Data, colors, statuses: the images must be drawn anew. */
  readonly data: number;
  /** What is hovered or selected: color images are drawn anew, depth images are not. */
  readonly highlight: number;
  /** Which sectors are shown: per-sector images are only laid otherwise. */
  readonly visibility: number;
}

/** What one frame asks of the images. */
export interface ImageFrame {
  readonly args: CustomRenderMethodInput;
  readonly buffers: ArcBuffers;
  readonly filter: ArcFilter;
  readonly highlight: ArcHighlight;
  readonly offsets: readonly number[];
  readonly versions: ImageVersions;
  /** Whether the GPU renders to and blends 32-bit float images. */
  readonly floatImages: boolean;
  readonly draw: DrawArcs;
}

/** Instances that some test accepts, in order, and the runs that draw them from a buffer of just those. */
export interface Gathered {
  picked: number[];
  runs: Run[];
}

/** Sector indices that have arcs, in order. */
export function sectorsWithArcs(buffers: ArcBuffers): number[] {
  const out: number[] = [];
  for (const bucket of buffers.buckets) if (out.at(-1) !== bucket.sector) out.push(bucket.sector);
  return out;
}

/** The images for these sectors on a drawing buffer of `pixels` pixels. */
export function planImages(sectors: readonly number[], pixels: number, floatImages: boolean): ImagePlan {
  const fits = sectors.length <= MAX_SECTOR_IMAGES && sectors.length * pixels <= SECTOR_IMAGE_PIXEL_BUDGET;
  const depth = floatImages && fits && sectors.length > 0;
  const perSector = depth || (fits && sectors.length > 1);
  return { depth, perSector, slots: perSector ? sectors : [0] };
}

/** Camera, projection, canvas size, world copies and data: what any image depends on. */
export function frameKey(frame: ImageFrame, width: number, height: number): string {
  const p = frame.args.defaultProjectionData;
  return [
    frame.args.shaderData.variantName,
    width,
    height,
    frame.versions.data,
    Array.prototype.join.call(p.mainMatrix),
    Array.prototype.join.call(p.fallbackMatrix),
    Array.prototype.join.call(p.tileMercatorCoords),
    Array.prototype.join.call(p.clippingPlane),
    p.projectionTransition,
    frame.offsets.join(','),
  ].join('|');
}

/**
 * What the images of a plan show; they are drawn anew when it changes. Per-sector images leave
 * the sector toggles to the compositor; depth images follow the years in place and leave the
 * highlight to the compositor; color images are drawn anew for other years and another highlight.
 */
export function imageKey(frame: string, plan: ImagePlan, versions: ImageVersions, years: readonly number[]): string {
  const sectors = plan.perSector ? 'sectors' : versions.visibility;
  return `${frame}|${sectors}|${plan.depth ? 'depth' : `${years.join('-')}|${versions.highlight}`}`;
}

/**
 * The instances `keep` accepts (given the offset of each one's floats), in order, and the runs
 * that draw them from a buffer holding just those: one per bucket, with the bucket's segments.
 */
export function gatherRuns(buffers: ArcBuffers, keep: (at: number) => boolean): Gathered {
  const picked: number[] = [];
  const runs: Run[] = [];
  for (const { start, count, maxLength, sector } of buffers.buckets) {
    const before = picked.length;
    for (let i = start; i < start + count; i++) if (keep(i * INSTANCE_FLOATS)) picked.push(i);
    if (picked.length > before) runs.push({ start: before, count: picked.length - before, maxLength, sector });
  }
  return { picked, runs };
}

/**
 * The arcs that enter and leave the images when their window goes from `then` to `now`, in one
 * buffer (entering first, the runs of the leaving ones after them), whatever their sectors: each
 * image holds all of its sector's arcs of its years.
 */
export function yearChange(buffers: ArcBuffers, then: VisibilityWindow, now: VisibilityWindow) {
  const { instances } = buffers;
  const shownNow = (at: number) => instanceShown(now, null, instances, at);
  const shownThen = (at: number) => instanceShown(then, null, instances, at);
  const entering = gatherRuns(buffers, (at) => shownNow(at) && !shownThen(at));
  const leaving = gatherRuns(buffers, (at) => shownThen(at) && !shownNow(at));
  for (const run of leaving.runs) run.start += entering.picked.length;
  return { picked: [...entering.picked, ...leaving.picked], entering: entering.runs, leaving: leaving.runs };
}

/** The arcs of the hovered or selected link and of the hovered place. */
export function highlightedArcs(buffers: ArcBuffers, highlight: ArcHighlight): Gathered {
  const { hoverLink, hoverPlace, selectedLink } = highlight;
  if (hoverLink < 0 && hoverPlace < 0 && selectedLink < 0) return { picked: [], runs: [] };
  const { instances } = buffers;
  const L = INSTANCE_LAYOUT;
  return gatherRuns(buffers, (at) => {
    const link = instances[at + L.link];
    const ofPlace = instances[at + L.sourcePlace] === hoverPlace || instances[at + L.targetPlace] === hoverPlace;
    return link === hoverLink || link === selectedLink || (hoverPlace >= 0 && ofPlace);
  });
}

/** Copies the given instances, in order, into `buffer`. */
function uploadInstances(gl: WebGL2RenderingContext, buffer: WebGLBuffer, instances: Float32Array, picked: number[]) {
  const data = new Float32Array(picked.length * INSTANCE_FLOATS);
  picked.forEach((instance, i) => {
    data.set(instances.subarray(instance * INSTANCE_FLOATS, (instance + 1) * INSTANCE_FLOATS), i * INSTANCE_FLOATS);
  });
  gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
  gl.bufferData(gl.ARRAY_BUFFER, data, gl.DYNAMIC_DRAW);
}

/**
 * The cached images of the arcs, drawn in the offscreen pass: one per sector when they fit (of
 * optical depth where float images blend, of color elsewhere), else one for all. While the
 * camera, the data and the filters stay as they are, frames reuse them; a year step changes depth
 * images in place. Over depth images the highlighted arcs are drawn each frame from a buffer of
 * their own.
 */
export class ArcImages {
  /** One per sector (index = sector), or one for all in slot 0. */
  private targets: (RenderTarget | null)[] = [];
  private plan: ImagePlan = { depth: false, perSector: false, slots: [] };
  private key = '';
  /** The year window the images show, and the steps since they were drawn anew. */
  private years: readonly [number, number] = [YEAR_MIN, YEAR_MAX];
  private steps = 0;
  /** Arcs that a year step adds or takes away. */
  private changeBuffer: WebGLBuffer | null = null;
  /** Over depth images: the highlighted arcs, and what they are for. */
  private highlightBuffer: WebGLBuffer | null = null;
  private highlightRuns: Run[] = [];
  private highlightKey = '';
  /** How many times the arcs have been drawn into the images (for tests and profiling). */
  imageDraws = 0;
  /** Year steps applied to the images in place, and the arcs the last one drew. */
  yearStepDraws = 0;
  lastYearStepArcs = 0;

  /** The images hold optical depth. */
  get depth(): boolean {
    return this.plan.depth;
  }

  /** Brings the images up to the frame: as they are, stepped to other years in place, or drawn anew. */
  update(gl: WebGL2RenderingContext, frame: ImageFrame): void {
    const width = gl.drawingBufferWidth;
    const height = gl.drawingBufferHeight;
    const plan = planImages(sectorsWithArcs(frame.buffers), width * height, frame.floatImages);
    const years = frame.filter.years;
    const key = imageKey(frameKey(frame, width, height), plan, frame.versions, years);
    gl.viewport(0, 0, width, height);
    gl.disable(gl.SCISSOR_TEST);
    gl.enable(gl.BLEND);
    const yearsMoved = years[0] !== this.years[0] || years[1] !== this.years[1];
    const current = key === this.key && (!plan.depth || !yearsMoved || this.stepYears(gl, frame));
    if (!current) this.drawAnew(gl, frame, plan, key);
    gl.blendEquation(gl.FUNC_ADD);
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
    if (plan.depth) this.gatherHighlight(gl, frame);
  }

  /** The images to lay for these sector flags, with their slots. */
  shown(sectorShown: readonly boolean[]): { texture: WebGLTexture; slot: number }[] {
    return this.targets.flatMap((target, slot) =>
      target && (!this.plan.perSector || sectorShown[slot]) ? [{ texture: target.texture, slot }] : [],
    );
  }

  /** Over depth images, draws the highlighted arcs (the compositor has faded the others). */
  drawHighlight(draw: DrawArcs): void {
    if (this.highlightRuns.length > 0) draw({ sector: null, runs: this.highlightRuns, buffer: this.highlightBuffer });
  }

  free(gl: WebGL2RenderingContext): void {
    for (const target of this.targets) freeTarget(gl, target);
    gl.deleteBuffer(this.changeBuffer);
    gl.deleteBuffer(this.highlightBuffer);
    this.targets = [];
    this.changeBuffer = this.highlightBuffer = null;
    this.highlightRuns = [];
    this.key = this.highlightKey = '';
  }

  private drawAnew(gl: WebGL2RenderingContext, frame: ImageFrame, plan: ImagePlan, key: string): void {
    const width = gl.drawingBufferWidth;
    const height = gl.drawingBufferHeight;
    this.plan = plan;
    if (plan.depth) gl.blendFunc(gl.ONE, gl.ONE);
    else gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    for (const slot of plan.slots) {
      const target = (this.targets[slot] = ensureTarget(gl, this.targets[slot] ?? null, width, height, plan.depth));
      gl.bindFramebuffer(gl.FRAMEBUFFER, target.framebuffer);
      gl.clearColor(0, 0, 0, 0);
      gl.clear(gl.COLOR_BUFFER_BIT);
      frame.draw({ sector: plan.perSector ? slot : null, depth: plan.depth, plain: plan.depth });
    }
    // Images of sectors this frame does not use are freed.
    this.targets.forEach((target, slot) => {
      if (!target || plan.slots.includes(slot)) return;
      freeTarget(gl, target);
      this.targets[slot] = null;
    });
    this.key = key;
    this.years = [...frame.filter.years];
    this.steps = 0;
    this.imageDraws++;
  }

  /**
   * Brings the depth images from the years they show to the years chosen: arcs that enter the
   * window are added, arcs that leave it subtracted, each drawn exactly as the full draw drew it.
   * The cost is in the arcs that change, not in all the arcs. Returns false, changing nothing,
   * when the images should rather be drawn anew: a change of more than MAX_YEAR_CHANGE_SHARE of
   * the arcs, or MAX_YEAR_STEPS steps in a row.
   */
  private stepYears(gl: WebGL2RenderingContext, frame: ImageFrame): boolean {
    const { buffers, filter } = frame;
    if (this.steps >= MAX_YEAR_STEPS) return false;
    const change = yearChange(buffers, { ...filter, years: this.years }, filter);
    if (change.picked.length > buffers.count * MAX_YEAR_CHANGE_SHARE) return false;
    const buffer = (this.changeBuffer ??= gl.createBuffer());
    uploadInstances(gl, buffer, buffers.instances, change.picked);
    gl.blendFunc(gl.ONE, gl.ONE);
    for (const slot of this.plan.slots) {
      const target = this.targets[slot];
      if (!target) continue;
      gl.bindFramebuffer(gl.FRAMEBUFFER, target.framebuffer);
      const passes = [
        [change.entering, gl.FUNC_ADD],
        [change.leaving, gl.FUNC_REVERSE_SUBTRACT],
      ] as const;
      for (const [runs, equation] of passes) {
        gl.blendEquation(equation);
        const own = runs.filter((r) => r.sector === slot);
        if (own.length) frame.draw({ sector: slot, depth: true, plain: true, runs: own, buffer, allYears: true });
      }
    }
    this.years = [...filter.years];
    this.steps++;
    this.yearStepDraws++;
    this.lastYearStepArcs = change.picked.length;
    return true;
  }

  /**
   * The arcs of the hovered or selected link and of the hovered place, copied into a buffer of
   * their own: over depth images they are drawn each frame over the faded images, so a hover
   * costs its own arcs rather than all of them.
   */
  private gatherHighlight(gl: WebGL2RenderingContext, frame: ImageFrame): void {
    const { hoverLink, hoverPlace, selectedLink } = frame.highlight;
    const key = `${frame.versions.data}|${hoverLink}|${hoverPlace}|${selectedLink}`;
    if (key === this.highlightKey) return;
    this.highlightKey = key;
    const { picked, runs } = highlightedArcs(frame.buffers, frame.highlight);
    this.highlightRuns = runs;
    uploadInstances(gl, (this.highlightBuffer ??= gl.createBuffer()), frame.buffers.instances, picked);
  }
}
