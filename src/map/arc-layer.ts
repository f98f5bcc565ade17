import type { CustomLayerInterface, CustomRenderMethodInput, Map as MaplibreMap } from 'maplibre-gl';
import { YEAR_MAX, YEAR_MIN, type ArcFilter } from '../filters/visibility.js';
import {
  ARC_BULGE,
  FAN_SPACING_PX,
  INSTANCE_FLOATS,
  INSTANCE_LAYOUT,
  instanceShown,
  type ArcBuffers,
} from '../geometry/arcs.js';
import {
  ARC_ATTRIBUTES,
  ARC_FRAGMENT_SHADER,
  ARC_SEGMENTS,
  ARC_UNIFORMS,
  arcVertexSource,
  COMPOSITE_FRAGMENT_SHADER,
  COMPOSITE_UNIFORMS,
  COMPOSITE_VERTEX_SHADER,
  depthCompositeShader,
  depthCompositeUniforms,
  HIGHLIGHT_DIM,
  type DepthCompositeUniforms,
} from './arc-shaders.js';
import { deletePrograms, linkProgram, type LinkedProgram } from './gl/program.js';
import { ensureTarget, freeTarget, type RenderTarget as Target } from './gl/target.js';

export type Rgb = readonly [r: number, g: number, b: number];

/** Link and place indices drawn highlighted; -1 for none. */
export interface ArcHighlight {
  readonly hoverLink: number;
  readonly hoverPlace: number;
  readonly selectedLink: number;
}

/** What the arc layer draws beyond the data, all applied on the GPU; a new object at each change. */
interface ArcLayerState {
  /** Per sector index, 0–255. */
  readonly colors: readonly Rgb[];
  readonly filter: ArcFilter;
  readonly highlight: ArcHighlight;
}

const NO_HIGHLIGHT: ArcHighlight = { hoverLink: -1, hoverPlace: -1, selectedLink: -1 };

/** CSS pixels around the pointer within which an arc counts as hit. */
export const PICK_MARGIN_PX = 3;
/**
 * Screen length of one segment of an arc, in CSS pixels: a chord of 20 px strays at most 0.3 px
 * from a bow whose radius on screen is 170 px or more (c² / 8r). Half this length drew the same
 * picture with twice the vertices.
 */
export const SEGMENT_PX = 20;
/** Fewest segments an arc is drawn with, so that even a short arc shows its bow. */
export const MIN_SEGMENTS = 4;
const MAX_WORLD_COPIES = 5;
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
/** Degrees a great circle (and its bow) may reach beyond the longitudes of its ends. */
const ARC_LON_MARGIN = 30;
const TILE_SIZE = 512;

type Program = LinkedProgram<typeof ARC_UNIFORMS>;

/** Instances drawn in one call: `count` from `start` in a buffer, with the segments of `maxLength`. */
interface Run {
  start: number;
  count: number;
  maxLength: number;
  sector: number;
}

interface PickRequest {
  x: number;
  y: number;
  width: number;
  height: number;
  resolve: (instances: Uint32Array) => void;
}

const ATTRIBUTES = Object.entries(ARC_ATTRIBUTES);

/**
 * A MapLibre custom layer that draws every arc as one instance of a strip whose vertices the
 * shader places on the great circle. Arcs are drawn into textures in the offscreen pass (one per
 * sector when they fit) and the textures are laid over the map; while the camera, the data and
 * the filters stay as they are (labels loading, a region hovered, the map settling), frames
 * reuse them instead of drawing every arc again, and switching a sector on or off only changes
 * which textures are laid. Only this class and the MapController touch the map.
 */
export class ArcLayer implements CustomLayerInterface {
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  private map: MaplibreMap | null = null;
  private readonly programs = new Map<string, Program>();
  private composite: LinkedProgram<typeof COMPOSITE_UNIFORMS> | null = null;
  /** Programs that lay the depth images, by the number of images. */
  private readonly depthComposites = new Map<number, LinkedProgram<DepthCompositeUniforms>>();
  private instanceBuffer: WebGLBuffer | null = null;
  /** Arcs that a year step adds or takes away. */
  private changeBuffer: WebGLBuffer | null = null;
  /** Over depth images: the highlighted arcs, drawn over the faded images, and what they are for. */
  private highlightBuffer: WebGLBuffer | null = null;
  private highlightRuns: Run[] = [];
  private highlightKey = '';
  /** Whether the GPU renders to and blends 32-bit float images; found on the first frame. */
  private floatImages: boolean | null = null;
  private sectorTexture: WebGLTexture | null = null;
  private pickTarget: Target | null = null;
  /** Cached arc images: one per sector (index = sector), or one for all in slot 0. */
  private imageTargets: (Target | null)[] = [];
  private perSector = false;
  /** The cached images hold optical depth, and year steps change them in place. */
  private depthImages = false;
  /** The year window the cached images show, and the steps since they were drawn anew. */
  private imageYears: [number, number] = [YEAR_MIN, YEAR_MAX];
  private yearSteps = 0;
  /** What the cached images show; they are redrawn when this changes. */
  private imageKey = '';
  /** Changes of data and camera-independent state: the images must be redrawn. */
  private version = 0;
  /** Changes of what is hovered or selected: color images are redrawn, depth images are not. */
  private highlight = 0;
  /** Changes of which sectors are shown only: with per-sector images, nothing to redraw. */
  private visibility = 0;
  private readonly vaos = new Map<Program, WebGLVertexArrayObject>();
  private buffers: ArcBuffers | null = null;
  private buffersDirty = false;
  private sectorsDirty = true;
  private state: ArcLayerState = {
    colors: [],
    // No sector is shown until a filter is set.
    filter: { sectorShown: [], years: [YEAR_MIN, YEAR_MAX], statusMask: 0b1111 },
    highlight: NO_HIGHLIGHT,
  };
  private readonly pickQueue: PickRequest[] = [];
  /** How many times the arcs have been drawn into the cached image (for tests and profiling). */
  imageDraws = 0;
  /** Year steps applied to the cached images in place, and the arcs the last one drew. */
  yearStepDraws = 0;
  lastYearStepArcs = 0;

  constructor(readonly id: string) {}

  setArcs(buffers: ArcBuffers): void {
    this.buffers = buffers;
    this.buffersDirty = true;
    this.version++;
    this.map?.triggerRepaint();
  }

  get arcs(): ArcBuffers | null {
    return this.buffers;
  }

  /** The color of each sector's arcs, by sector index: the images are drawn anew. */
  setSectorColors(colors: readonly Rgb[]): void {
    if (sameLists(colors, this.state.colors, (a, b) => a.join() === b.join())) return;
    this.sectorsDirty = true;
    this.version++;
    this.update({ colors });
  }

  /**
   * Sectors, years and statuses shown. A sector toggle only lays other sector images when each
   * sector has its own; years are compared with those of the cached images on the next frame.
   */
  setFilter(filter: ArcFilter): void {
    const before = this.state.filter;
    if (!sameLists(filter.sectorShown, before.sectorShown, (a, b) => a === b)) {
      this.sectorsDirty = true;
      this.visibility++;
    }
    if (filter.statusMask !== before.statusMask) this.version++;
    this.update({ filter });
  }

  setHighlight(highlight: ArcHighlight): void {
    const before = this.state.highlight;
    const same =
      highlight.hoverLink === before.hoverLink &&
      highlight.hoverPlace === before.hoverPlace &&
      highlight.selectedLink === before.selectedLink;
    if (!same) this.highlight++;
    this.update({ highlight });
  }

  private update(patch: Partial<ArcLayerState>): void {
    this.state = { ...this.state, ...patch };
    this.map?.triggerRepaint();
  }

  /**
   * Instances drawn in a rectangle of the map, in CSS pixels, read from an id buffer the GPU
   * renders the arcs into (with a few pixels of margin). Resolves after the next frame.
   */
  pick(x: number, y: number, width = 1, height = 1): Promise<Uint32Array> {
    return new Promise((resolve) => {
      if (!this.map) {
        resolve(new Uint32Array(0));
        return;
      }
      this.pickQueue.push({ x, y, width, height, resolve });
      this.map.triggerRepaint();
    });
  }

  onAdd(map: MaplibreMap, gl: WebGLRenderingContext | WebGL2RenderingContext): void {
    this.map = map;
    if (!('drawArraysInstanced' in gl)) throw new Error('coop-map needs WebGL 2');
    this.instanceBuffer = gl.createBuffer();
    this.changeBuffer = gl.createBuffer();
    this.highlightBuffer = gl.createBuffer();
    this.highlightKey = '';
    this.sectorTexture = gl.createTexture();
    this.buffersDirty = true;
    this.sectorsDirty = true;
    this.imageKey = '';
  }

  onRemove(_map: MaplibreMap, gl: WebGLRenderingContext | WebGL2RenderingContext): void {
    const gl2 = gl as WebGL2RenderingContext;
    for (const vao of this.vaos.values()) gl2.deleteVertexArray(vao);
    deletePrograms(gl2, [...this.programs.values(), this.composite, ...this.depthComposites.values()]);
    this.depthComposites.clear();
    gl.deleteBuffer(this.instanceBuffer);
    gl.deleteBuffer(this.changeBuffer);
    gl.deleteBuffer(this.highlightBuffer);
    gl.deleteTexture(this.sectorTexture);
    for (const target of [this.pickTarget, ...this.imageTargets]) freeTarget(gl2, target);
    this.pickTarget = null;
    this.imageTargets = [];
    this.composite = null;
    this.vaos.clear();
    this.programs.clear();
    for (const request of this.pickQueue.splice(0)) request.resolve(new Uint32Array(0));
    this.map = null;
  }

  prerender(gl: WebGLRenderingContext | WebGL2RenderingContext, args: CustomRenderMethodInput): void {
    const gl2 = gl as WebGL2RenderingContext;
    const width = gl.drawingBufferWidth;
    const height = gl.drawingBufferHeight;
    gl2.disable(gl2.DEPTH_TEST);
    gl2.disable(gl2.STENCIL_TEST);
    if (this.pickQueue.length > 0) this.renderPicks(gl2, args, width, height);
    this.floatImages ??= !!gl2.getExtension('EXT_color_buffer_float') && !!gl2.getExtension('EXT_float_blend');
    const sectors = this.sectorsWithArcs();
    const fits = sectors.length <= MAX_SECTOR_IMAGES && sectors.length * width * height <= SECTOR_IMAGE_PIXEL_BUDGET;
    const depth = this.floatImages && fits && sectors.length > 0;
    const perSector = depth || (fits && sectors.length > 1);
    const years = this.state.filter.years;
    // Depth images follow the years in place and leave the highlight to render(); color images
    // are drawn anew for other years and for another highlight.
    const key = `${this.frameKey(args, width, height)}|${perSector ? 'sectors' : this.visibility}|${depth ? 'depth' : `${years.join('-')}|${this.highlight}`}`;
    const slots = perSector ? sectors : [0];
    gl2.viewport(0, 0, width, height);
    gl2.disable(gl2.SCISSOR_TEST);
    gl2.enable(gl2.BLEND);
    const yearsMoved = years[0] !== this.imageYears[0] || years[1] !== this.imageYears[1];
    // Depth images follow a year step in place when it changes few enough arcs.
    const current = key === this.imageKey && (!depth || !yearsMoved || this.stepYears(gl2, args, slots));
    if (!current) {
      this.perSector = perSector;
      this.depthImages = depth;
      if (depth) gl2.blendFunc(gl2.ONE, gl2.ONE);
      else gl2.blendFunc(gl2.ONE, gl2.ONE_MINUS_SRC_ALPHA);
      for (const slot of slots) {
        const target = (this.imageTargets[slot] = ensureTarget(gl2, this.imageTargets[slot] ?? null, width, height, depth));
        gl2.bindFramebuffer(gl2.FRAMEBUFFER, target.framebuffer);
        gl2.clearColor(0, 0, 0, 0);
        gl2.clear(gl2.COLOR_BUFFER_BIT);
        this.draw(gl2, args, { sector: perSector ? slot : null, depth, plain: depth });
      }
      // Images of sectors this frame does not use are freed.
      this.imageTargets.forEach((target, slot) => {
        if (!target || slots.includes(slot)) return;
        freeTarget(gl2, target);
        this.imageTargets[slot] = null;
      });
      this.imageKey = key;
      this.imageYears = [...years];
      this.yearSteps = 0;
      this.imageDraws++;
    }
    gl2.blendEquation(gl2.FUNC_ADD);
    gl2.bindFramebuffer(gl2.FRAMEBUFFER, null);
    if (depth) this.gatherHighlight(gl2);
  }

  /**
   * The arcs of the hovered or selected link and of the hovered place, copied into a buffer of
   * their own: over depth images they are drawn each frame over the faded images, so a hover
   * costs its own arcs rather than all of them.
   */
  private gatherHighlight(gl: WebGL2RenderingContext): void {
    const buffers = this.buffers;
    const { hoverLink, hoverPlace, selectedLink } = this.state.highlight;
    const key = `${this.version}|${hoverLink}|${hoverPlace}|${selectedLink}`;
    if (!buffers || key === this.highlightKey) return;
    this.highlightKey = key;
    const { instances } = buffers;
    const highlighted = (at: number) => {
      const link = instances[at + INSTANCE_LAYOUT.link];
      const ofPlace = instances[at + INSTANCE_LAYOUT.sourcePlace] === hoverPlace || instances[at + INSTANCE_LAYOUT.targetPlace] === hoverPlace;
      return link === hoverLink || link === selectedLink || (hoverPlace >= 0 && ofPlace);
    };
    const { picked, runs } = hoverLink >= 0 || hoverPlace >= 0 || selectedLink >= 0 ? gatherRuns(buffers, highlighted) : { picked: [], runs: [] };
    this.highlightRuns = runs;
    uploadInstances(gl, this.highlightBuffer, instances, picked);
  }

  /**
   * Brings the depth images from the years they show to the years chosen: arcs that enter the
   * window are added, arcs that leave it subtracted, each drawn exactly as the full draw drew it.
   * The cost is in the arcs that change, not in all the arcs. Returns false, changing nothing,
   * when the images should rather be drawn anew: a change of more than MAX_YEAR_CHANGE_SHARE of
   * the arcs, or MAX_YEAR_STEPS steps in a row.
   */
  private stepYears(gl: WebGL2RenderingContext, args: CustomRenderMethodInput, slots: number[]): boolean {
    const buffers = this.buffers;
    if (!buffers || this.yearSteps >= MAX_YEAR_STEPS) return false;
    const { instances } = buffers;
    const { statusMask, years } = this.state.filter;
    // Each image holds all of its sector's arcs shown in its years: the sector flags do not count.
    const then = { years: this.imageYears, statusMask };
    const now = { years, statusMask };
    const shownNow = (at: number) => instanceShown(now, null, instances, at);
    const shownThen = (at: number) => instanceShown(then, null, instances, at);
    const entering = gatherRuns(buffers, (at) => shownNow(at) && !shownThen(at));
    const leaving = gatherRuns(buffers, (at) => shownThen(at) && !shownNow(at));
    const changed = entering.picked.length + leaving.picked.length;
    if (changed > buffers.count * MAX_YEAR_CHANGE_SHARE) return false;
    // Entering arcs first, then leaving ones, in one buffer.
    uploadInstances(gl, this.changeBuffer, instances, [...entering.picked, ...leaving.picked]);
    for (const run of leaving.runs) run.start += entering.picked.length;
    gl.blendFunc(gl.ONE, gl.ONE);
    for (const slot of slots) {
      const target = this.imageTargets[slot];
      if (!target) continue;
      gl.bindFramebuffer(gl.FRAMEBUFFER, target.framebuffer);
      for (const [runs, equation] of [[entering.runs, gl.FUNC_ADD], [leaving.runs, gl.FUNC_REVERSE_SUBTRACT]] as const) {
        gl.blendEquation(equation);
        const own = runs.filter((r) => r.sector === slot);
        if (own.length) this.draw(gl, args, { sector: slot, depth: true, plain: true, runs: own, buffer: this.changeBuffer, allYears: true });
      }
    }
    this.imageYears = [...years];
    this.yearSteps++;
    this.yearStepDraws++;
    this.lastYearStepArcs = changed;
    return true;
  }

  /** Sector indices that have arcs, in order. */
  private sectorsWithArcs(): number[] {
    const out: number[] = [];
    for (const bucket of this.buffers?.buckets ?? []) if (out.at(-1) !== bucket.sector) out.push(bucket.sector);
    return out;
  }

  render(gl: WebGLRenderingContext | WebGL2RenderingContext, args: CustomRenderMethodInput): void {
    const gl2 = gl as WebGL2RenderingContext;
    if (!this.buffers || this.buffers.count === 0) return;
    gl2.disable(gl2.DEPTH_TEST);
    gl2.disable(gl2.STENCIL_TEST);
    gl2.enable(gl2.BLEND);
    gl2.blendFunc(gl2.ONE, gl2.ONE_MINUS_SRC_ALPHA);
    gl2.bindVertexArray(null);
    const shown = this.imageTargets.flatMap((target, slot) =>
      target && (!this.perSector || this.state.filter.sectorShown[slot]) ? [{ target, slot }] : [],
    );
    if (shown.length === 0) return;
    if (this.depthImages) {
      // All shown sectors in one pass: their depths add up before they cover the map.
      const program = this.depthComposite(gl2, shown.length);
      gl2.useProgram(program.program);
      const colors = new Float32Array(shown.length * 3);
      shown.forEach(({ target, slot }, i) => {
        gl2.activeTexture(gl2.TEXTURE0 + i);
        gl2.bindTexture(gl2.TEXTURE_2D, target.texture);
        colors.set((this.state.colors[slot] ?? [0, 0, 0]).map((c) => c / 255), i * 3);
      });
      program.uniforms.u_images(Int32Array.from(shown, (_, i) => i));
      program.uniforms.u_colors(colors);
      const { hoverLink, hoverPlace, selectedLink } = this.state.highlight;
      const dim = hoverPlace >= 0 ? HIGHLIGHT_DIM[0] : hoverLink >= 0 || selectedLink >= 0 ? HIGHLIGHT_DIM[1] : 1;
      program.uniforms.u_dim(dim);
      gl2.drawArrays(gl2.TRIANGLES, 0, 3);
      gl2.activeTexture(gl2.TEXTURE0);
      if (this.highlightRuns.length > 0) this.draw(gl2, args, { sector: null, runs: this.highlightRuns, buffer: this.highlightBuffer });
      return;
    }
    const sources = { vertex: COMPOSITE_VERTEX_SHADER, fragment: COMPOSITE_FRAGMENT_SHADER };
    const program = (this.composite ??= linkProgram(gl2, sources, COMPOSITE_UNIFORMS));
    gl2.useProgram(program.program);
    gl2.activeTexture(gl2.TEXTURE0);
    program.uniforms.u_image(0);
    for (const { target } of shown) {
      gl2.bindTexture(gl2.TEXTURE_2D, target.texture);
      gl2.drawArrays(gl2.TRIANGLES, 0, 3);
    }
  }

  private depthComposite(gl: WebGL2RenderingContext, images: number): LinkedProgram<DepthCompositeUniforms> {
    let program = this.depthComposites.get(images);
    if (!program) {
      const sources = { vertex: COMPOSITE_VERTEX_SHADER, fragment: depthCompositeShader(images) };
      program = linkProgram(gl, sources, depthCompositeUniforms(images));
      this.depthComposites.set(images, program);
    }
    return program;
  }

  /** Everything the arc image depends on: camera, projection, canvas size, data and filters. */
  private frameKey(args: CustomRenderMethodInput, width: number, height: number): string {
    const p = args.defaultProjectionData;
    return [
      args.shaderData.variantName,
      width,
      height,
      this.version,
      Array.prototype.join.call(p.mainMatrix),
      Array.prototype.join.call(p.fallbackMatrix),
      Array.prototype.join.call(p.tileMercatorCoords),
      Array.prototype.join.call(p.clippingPlane),
      p.projectionTransition,
      this.worldOffsets(args).join(','),
    ].join('|');
  }

  private renderPicks(gl: WebGL2RenderingContext, args: CustomRenderMethodInput, width: number, height: number): void {
    this.pickTarget = ensureTarget(gl, this.pickTarget, width, height, false);
    gl.bindFramebuffer(gl.FRAMEBUFFER, this.pickTarget.framebuffer);
    gl.viewport(0, 0, width, height);
    gl.disable(gl.BLEND);
    const ratio = width / (this.map?.getCanvas().clientWidth || width);
    for (const request of this.pickQueue.splice(0)) {
      const x0 = Math.max(0, Math.floor(request.x * ratio));
      const y0 = Math.max(0, Math.floor(height - (request.y + request.height) * ratio));
      const w = Math.min(width - x0, Math.max(1, Math.ceil(request.width * ratio)));
      const h = Math.min(height - y0, Math.max(1, Math.ceil(request.height * ratio)));
      if (w <= 0 || h <= 0) {
        request.resolve(new Uint32Array(0));
        continue;
      }
      gl.enable(gl.SCISSOR_TEST);
      gl.scissor(x0, y0, w, h);
      gl.clearColor(0, 0, 0, 0);
      gl.clear(gl.COLOR_BUFFER_BIT);
      this.draw(gl, args, { picking: true, sector: null });
      const pixels = new Uint8Array(w * h * 4);
      gl.readPixels(x0, y0, w, h, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
      gl.disable(gl.SCISSOR_TEST);
      request.resolve(decodeIds(pixels));
    }
  }

  /**
   * Draws the arcs shown, or (`sector` given) all arcs of one sector, for its own image; `runs`
   * and `buffer` draw only some arcs (a year step's), `allYears` whatever their years.
   */
  private draw(
    gl: WebGL2RenderingContext,
    args: CustomRenderMethodInput,
    options: {
      sector: number | null;
      picking?: boolean;
      depth?: boolean;
      /** Without the highlight (for depth images, which render() fades instead). */
      plain?: boolean;
      runs?: Run[];
      buffer?: WebGLBuffer | null;
      allYears?: boolean;
    },
  ): void {
    const map = this.map;
    const buffers = this.buffers;
    if (!map || !buffers || buffers.count === 0) return;
    const { sector, picking = false, depth = false, plain = false, allYears = false } = options;
    const program = this.programFor(gl, args.shaderData);
    this.upload(gl);
    gl.useProgram(program.program);
    const u = program.uniforms;
    const projection = args.defaultProjectionData;
    u.u_projection_matrix(projection.mainMatrix as Float32Array);
    u.u_projection_fallback_matrix(projection.fallbackMatrix as Float32Array);
    u.u_projection_tile_mercator_coords(...(projection.tileMercatorCoords as [number, number, number, number]));
    u.u_projection_clipping_plane(...(projection.clippingPlane as [number, number, number, number]));
    u.u_projection_transition(projection.projectionTransition);

    const pixelRatio = gl.drawingBufferWidth / (map.getCanvas().clientWidth || gl.drawingBufferWidth);
    const worldSize = TILE_SIZE * Math.pow(2, map.getZoom());
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, this.sectorTexture);
    u.u_sectors(0);
    const { filter, highlight } = this.state;
    const years = allYears ? [YEAR_MIN, YEAR_MAX] : filter.years;
    u.u_years(years[0]!, years[1]!);
    u.u_status_mask(filter.statusMask);
    u.u_viewport(gl.drawingBufferWidth, gl.drawingBufferHeight);
    u.u_pixel_ratio(pixelRatio);
    u.u_world_size(worldSize);
    u.u_bulge(ARC_BULGE);
    u.u_fan_spacing(FAN_SPACING_PX);
    u.u_hover_link(plain ? -1 : highlight.hoverLink);
    u.u_hover_place(plain ? -1 : highlight.hoverPlace);
    u.u_selected_link(plain ? -1 : highlight.selectedLink);
    u.u_dim(...HIGHLIGHT_DIM);
    u.u_picking(picking ? 1 : 0);
    u.u_pick_margin(PICK_MARGIN_PX);
    u.u_all_sectors(sector === null ? 0 : 1);
    u.u_depth(depth ? 1 : 0);

    gl.bindVertexArray(this.vaoFor(gl, program));
    gl.bindBuffer(gl.ARRAY_BUFFER, options.buffer ?? this.instanceBuffer);
    const offsets = this.worldOffsets(args);
    for (const run of options.runs ?? buffers.buckets) {
      if (sector !== null && run.sector !== sector) continue;
      // WebGL 2 has no base instance: point the attributes at the run's first instance.
      for (const [name, { size, offset }] of ATTRIBUTES) {
        const location = program.attributes.get(name) ?? -1;
        if (location >= 0) gl.vertexAttribPointer(location, size, gl.FLOAT, false, INSTANCE_FLOATS * 4, (run.start * INSTANCE_FLOATS + offset) * 4);
      }
      const segments = Math.min(ARC_SEGMENTS, Math.max(MIN_SEGMENTS, Math.ceil((run.maxLength * worldSize) / SEGMENT_PX)));
      u.u_segments(segments);
      u.u_instance_base(run.start);
      for (const offset of offsets) {
        u.u_world_offset(offset);
        gl.drawArraysInstanced(gl.TRIANGLE_STRIP, 0, (segments + 1) * 2, run.count);
      }
    }
    gl.bindVertexArray(null);
  }

  /**
   * World copies to draw in Web Mercator: those where the arcs, as far as they reach (their
   * longitudes may leave ±180 across the antimeridian), meet the view. One on the globe.
   */
  private worldOffsets(args: CustomRenderMethodInput): number[] {
    if (!this.map || !this.buffers || args.shaderData.variantName.includes('globe')) return [0];
    const bounds = this.map.getBounds();
    const lonMin = this.buffers.lonRange[0] - ARC_LON_MARGIN;
    const lonMax = this.buffers.lonRange[1] + ARC_LON_MARGIN;
    const first = Math.ceil((bounds.getWest() - lonMax) / 360);
    const last = Math.floor((bounds.getEast() - lonMin) / 360);
    const offsets: number[] = [];
    for (let o = first; o <= last && offsets.length < MAX_WORLD_COPIES; o++) offsets.push(o);
    return offsets;
  }

  private upload(gl: WebGL2RenderingContext): void {
    if (this.buffersDirty && this.buffers) {
      gl.bindBuffer(gl.ARRAY_BUFFER, this.instanceBuffer);
      gl.bufferData(gl.ARRAY_BUFFER, this.buffers.instances, gl.STATIC_DRAW);
      this.buffersDirty = false;
    }
    if (this.sectorsDirty) {
      const { colors, filter } = this.state;
      const count = Math.max(1, colors.length);
      const texels = new Uint8Array(count * 4);
      colors.forEach((color, i) => texels.set([...color, filter.sectorShown[i] ? 255 : 0], i * 4));
      gl.bindTexture(gl.TEXTURE_2D, this.sectorTexture);
      gl.pixelStorei(gl.UNPACK_ALIGNMENT, 1);
      gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA8, count, 1, 0, gl.RGBA, gl.UNSIGNED_BYTE, texels);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
      this.sectorsDirty = false;
    }
  }

  private vaoFor(gl: WebGL2RenderingContext, program: Program): WebGLVertexArrayObject {
    let vao = this.vaos.get(program);
    if (vao) return vao;
    vao = gl.createVertexArray();
    gl.bindVertexArray(vao);
    gl.bindBuffer(gl.ARRAY_BUFFER, this.instanceBuffer);
    for (const [name] of ATTRIBUTES) {
      const location = program.attributes.get(name) ?? -1;
      if (location < 0) continue;
      gl.enableVertexAttribArray(location);
      gl.vertexAttribDivisor(location, 1);
    }
    gl.bindVertexArray(null);
    this.vaos.set(program, vao);
    return vao;
  }

  private programFor(gl: WebGL2RenderingContext, shaderData: CustomRenderMethodInput['shaderData']): Program {
    const cached = this.programs.get(shaderData.variantName);
    if (cached) return cached;
    const sources = { vertex: arcVertexSource(shaderData), fragment: ARC_FRAGMENT_SHADER };
    const program = linkProgram(gl, sources, ARC_UNIFORMS, ATTRIBUTES.map(([name]) => name));
    this.programs.set(shaderData.variantName, program);
    return program;
  }

}

/**
 * The instances `keep` accepts (given the offset of each one's floats), in order, and the runs
 * that draw them from a buffer holding just those: one per bucket, with the bucket's segments.
 */
function gatherRuns(buffers: ArcBuffers, keep: (at: number) => boolean): { picked: number[]; runs: Run[] } {
  const picked: number[] = [];
  const runs: Run[] = [];
  for (const bucket of buffers.buckets) {
    const before = picked.length;
    for (let i = bucket.start; i < bucket.start + bucket.count; i++) if (keep(i * INSTANCE_FLOATS)) picked.push(i);
    if (picked.length > before) runs.push({ start: before, count: picked.length - before, maxLength: bucket.maxLength, sector: bucket.sector });
  }
  return { picked, runs };
}

/** Copies the given instances, in order, into `buffer`. */
function uploadInstances(gl: WebGL2RenderingContext, buffer: WebGLBuffer | null, instances: Float32Array, picked: number[]): void {
  const data = new Float32Array(picked.length * INSTANCE_FLOATS);
  picked.forEach((instance, i) => data.set(instances.subarray(instance * INSTANCE_FLOATS, (instance + 1) * INSTANCE_FLOATS), i * INSTANCE_FLOATS));
  gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
  gl.bufferData(gl.ARRAY_BUFFER, data, gl.DYNAMIC_DRAW);
}

/** Distinct instance indices in an id buffer, in order of how many pixels show them (most first). */
function decodeIds(pixels: Uint8Array): Uint32Array {
  const counts = new Map<number, number>();
  for (let i = 0; i < pixels.length; i += 4) {
    const id = pixels[i]! + pixels[i + 1]! * 256 + pixels[i + 2]! * 65536;
    if (id > 0) counts.set(id - 1, (counts.get(id - 1) ?? 0) + 1);
  }
  return Uint32Array.from([...counts.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id));
}

function sameLists<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  return a.length === b.length && a.every((x, i) => same(x, b[i]!));
}
