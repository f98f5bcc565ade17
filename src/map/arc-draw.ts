import type { CustomRenderMethodInput } from 'maplibre-gl';
import { RANK_ALL, YEAR_MAX, YEAR_MIN, type ArcFilter } from '../filters/visibility.js';
import { ARC_BULGE, FAN_SPACING_PX, INSTANCE_FLOATS, type ArcBuffers } from '../geometry/arcs.js';
import {
  ARC_ATTRIBUTES,
  ARC_FRAGMENT_SHADER,
  ARC_SEGMENTS,
  ARC_UNIFORMS,
  arcVertexSource,
  HIGHLIGHT_DIM,
  LINK_COLUMNS,
  SECTOR_COLUMNS,
} from './arc-shaders.js';
import { PICK_MARGIN_PX } from './arc-picking.js';
import type { Density } from './density.js';
import { deletePrograms, linkProgram, type LinkedProgram } from './gl/program.js';
import { setNearest } from './gl/target.js';

/**
 * Screen length of one segment of an arc, in CSS pixels: a chord of 20 px strays at most 0.3 px
 * from a bow whose radius on screen is 170 px or more (c² / 8r). Half this length drew the same
 * picture with twice the vertices.
 */
export const SEGMENT_PX = 20;
/** Fewest segments an arc is drawn with, so that even a short arc shows its bow. */
export const MIN_SEGMENTS = 4;
const MAX_WORLD_COPIES = 5;
/** Degrees a great circle (and its bow) may reach beyond the longitudes of its ends. */
const ARC_LON_MARGIN = 30;
/** Pixels of a tile, by which MapLibre's zoom gives the size of the world. */
export const TILE_SIZE = 512;

export type Rgb = readonly [r: number, g: number, b: number];

/** Link and place indices drawn highlighted; -1 for none. */
export interface ArcHighlight {
  readonly hoverLink: number;
  readonly hoverPlace: number;
  readonly selectedLink: number;
}

/** Instances drawn in one call: `count` from `start` in a buffer, with the segments of `maxLength`. */
export interface Run {
  start: number;
  count: number;
  maxLength: number;
  sector: number;
}

/** What a frame draws the arcs with, found once per frame. */
export interface ArcFrame {
  readonly args: CustomRenderMethodInput;
  readonly buffers: ArcBuffers;
  /** Per sector index, 0–255. */
  readonly colors: readonly Rgb[];
  readonly filter: ArcFilter;
  readonly highlight: ArcHighlight;
  /** World copies to draw. */
  readonly offsets: readonly number[];
  /** Device pixels per CSS pixel. */
  readonly pixelRatio: number;
  /** CSS pixels of the whole world at this zoom. */
  readonly worldSize: number;
  /** How the arcs fade and thin by their number (./density.ts). */
  readonly density: Density;
}

export interface DrawOptions {
  /** Draw this sector's arcs, shown or not (for its own image); null: the arcs shown, of every sector. */
  sector: number | null;
  /** Instance ids instead of colors, widened by PICK_MARGIN_PX. */
  picking?: boolean;
  /** Optical depth instead of color. */
  depth?: boolean;
  /** Without the highlight (for depth images, which the compositor fades instead). */
  plain?: boolean;
  /** Only these runs of `buffer` (a year step's arcs, the highlighted ones); else every bucket. */
  runs?: readonly Run[];
  buffer?: WebGLBuffer | null;
  /** Whatever their years. */
  allYears?: boolean;
}

export type DrawArcs = (options: DrawOptions) => void;

type ArcProgram = LinkedProgram<typeof ARC_UNIFORMS>;

const ATTRIBUTES = Object.entries(ARC_ATTRIBUTES);

/** Segments for a run whose longest arc is `maxLength` (Web Mercator) in a world of `worldSize` CSS px. */
export function segmentsFor(maxLength: number, worldSize: number): number {
  return Math.min(ARC_SEGMENTS, Math.max(MIN_SEGMENTS, Math.ceil((maxLength * worldSize) / SEGMENT_PX)));
}

/**
 * The sector texture: per sector its color and, in alpha, whether it is shown, SECTOR_COLUMNS
 * texels a row and as many rows as it takes (at least one texel).
 */
export function sectorTexels(colors: readonly Rgb[], shown: readonly boolean[]) {
  const width = Math.min(SECTOR_COLUMNS, Math.max(1, colors.length));
  const height = Math.max(1, Math.ceil(colors.length / SECTOR_COLUMNS));
  const data = new Uint8Array(width * height * 4);
  colors.forEach((color, i) => data.set([...color, shown[i] ? 255 : 0], i * 4));
  return { width, height, data };
}

const NO_LINK_MASK = new Uint8Array(1);

/** The link texture: one texel (r) per link, LINK_COLUMNS a row, as many rows as it takes (at least one texel). */
export function linkTexels(mask: Uint8Array) {
  const width = Math.min(LINK_COLUMNS, Math.max(1, mask.length));
  const height = Math.max(1, Math.ceil(mask.length / LINK_COLUMNS));
  const data = new Uint8Array(width * height);
  for (let i = 0; i < mask.length; i++) data[i] = mask[i] ? 255 : 0;
  return { width, height, data };
}

/**
 * World copies to draw in Web Mercator: those where the arcs, as far as they reach (their
 * longitudes `lonRange` may leave ±180 across the antimeridian), meet a view from `west` to `east`.
 */
export function worldCopies(west: number, east: number, lonRange: readonly [number, number]): number[] {
  const first = Math.ceil((west - lonRange[1] - ARC_LON_MARGIN) / 360);
  const last = Math.floor((east - lonRange[0] + ARC_LON_MARGIN) / 360);
  const offsets: number[] = [];
  for (let o = first; o <= last && offsets.length < MAX_WORLD_COPIES; o++) offsets.push(o);
  return offsets;
}

/**
 * The GL side of drawing arcs: the instance buffer, the sector texture, the arc program of each
 * projection and its vertex arrays, and the draw call that sets the uniforms and walks the runs.
 */
export class ArcDrawer {
  private readonly programs = new Map<string, ArcProgram>();
  private readonly vaos = new Map<ArcProgram, WebGLVertexArrayObject>();
  private readonly instanceBuffer: WebGLBuffer;
  private readonly sectorTexture: WebGLTexture;
  private readonly linkTexture: WebGLTexture;
  /** What the buffer and the textures hold. */
  private uploaded: ArcBuffers | null = null;
  private uploadedSectors: { colors: readonly Rgb[]; shown: readonly boolean[] } | null = null;
  private uploadedLinks: Uint8Array | null = null;

  constructor(gl: WebGL2RenderingContext) {
    this.instanceBuffer = gl.createBuffer();
    this.sectorTexture = gl.createTexture();
    this.linkTexture = gl.createTexture();
  }

  free(gl: WebGL2RenderingContext): void {
    for (const vao of this.vaos.values()) gl.deleteVertexArray(vao);
    deletePrograms(gl, this.programs.values());
    gl.deleteBuffer(this.instanceBuffer);
    gl.deleteTexture(this.sectorTexture);
    gl.deleteTexture(this.linkTexture);
  }

  /**
   * Draws the arcs shown, or (`sector` given) all arcs of one sector, for its own image; `runs`
   * and `buffer` draw only some arcs (a year step's), `allYears` whatever their years.
   */
  draw(gl: WebGL2RenderingContext, frame: ArcFrame, options: DrawOptions): void {
    const { sector, picking = false, depth = false, plain = false, allYears = false } = options;
    const { args, filter, highlight } = frame;
    const program = this.programFor(gl, args.shaderData);
    this.upload(gl, frame);
    gl.useProgram(program.program);
    const u = program.uniforms;
    const projection = args.defaultProjectionData;
    u.u_projection_matrix(projection.mainMatrix as Float32Array);
    u.u_projection_fallback_matrix(projection.fallbackMatrix as Float32Array);
    u.u_projection_tile_mercator_coords(...(projection.tileMercatorCoords as [number, number, number, number]));
    u.u_projection_clipping_plane(...(projection.clippingPlane as [number, number, number, number]));
    u.u_projection_transition(projection.projectionTransition);
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, this.sectorTexture);
    u.u_sectors(0);
    gl.activeTexture(gl.TEXTURE1);
    gl.bindTexture(gl.TEXTURE_2D, this.linkTexture);
    u.u_links(1);
    u.u_all_links(filter.linkMask ? 0 : 1);
    gl.activeTexture(gl.TEXTURE0);
    const [from, to] = allYears ? [YEAR_MIN, YEAR_MAX] : filter.years;
    u.u_years(from, to);
    u.u_status_mask(filter.statusMask);
    u.u_max_rank(filter.maxRank ?? RANK_ALL);
    u.u_viewport(gl.drawingBufferWidth, gl.drawingBufferHeight);
    u.u_pixel_ratio(frame.pixelRatio);
    u.u_world_size(frame.worldSize);
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
    u.u_width_scale(frame.density.width);

    gl.bindVertexArray(this.vaoFor(gl, program));
    gl.bindBuffer(gl.ARRAY_BUFFER, options.buffer ?? this.instanceBuffer);
    for (const run of options.runs ?? frame.buffers.buckets) {
      if (sector !== null && run.sector !== sector) continue;
      // WebGL 2 has no base instance: point the attributes at the run's first instance.
      for (const [name, { size, offset }] of ATTRIBUTES) {
        const location = program.attributes.get(name) ?? -1;
        const byte = (run.start * INSTANCE_FLOATS + offset) * 4;
        if (location >= 0) gl.vertexAttribPointer(location, size, gl.FLOAT, false, INSTANCE_FLOATS * 4, byte);
      }
      const segments = segmentsFor(run.maxLength, frame.worldSize);
      u.u_segments(segments);
      u.u_instance_base(run.start);
      for (const offset of frame.offsets) {
        u.u_world_offset(offset);
        gl.drawArraysInstanced(gl.TRIANGLE_STRIP, 0, (segments + 1) * 2, run.count);
      }
    }
    gl.bindVertexArray(null);
  }

  private upload(gl: WebGL2RenderingContext, frame: ArcFrame): void {
    if (this.uploaded !== frame.buffers) {
      gl.bindBuffer(gl.ARRAY_BUFFER, this.instanceBuffer);
      gl.bufferData(gl.ARRAY_BUFFER, frame.buffers.instances, gl.STATIC_DRAW);
      this.uploaded = frame.buffers;
    }
    const { colors } = frame;
    const shown = frame.filter.sectorShown;
    if (this.uploadedSectors?.colors !== colors || this.uploadedSectors.shown !== shown) {
      const { width, height, data } = sectorTexels(colors, shown);
      gl.bindTexture(gl.TEXTURE_2D, this.sectorTexture);
      gl.pixelStorei(gl.UNPACK_ALIGNMENT, 1);
      gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA8, width, height, 0, gl.RGBA, gl.UNSIGNED_BYTE, data);
      setNearest(gl);
      this.uploadedSectors = { colors, shown };
    }
    // Without a mask every link passes (u_all_links); one texel keeps the sampler complete.
    const links = frame.filter.linkMask ?? this.uploadedLinks ?? NO_LINK_MASK;
    if (this.uploadedLinks !== links) {
      const { width, height, data } = linkTexels(links);
      gl.bindTexture(gl.TEXTURE_2D, this.linkTexture);
      gl.pixelStorei(gl.UNPACK_ALIGNMENT, 1);
      gl.texImage2D(gl.TEXTURE_2D, 0, gl.R8, width, height, 0, gl.RED, gl.UNSIGNED_BYTE, data);
      setNearest(gl);
      this.uploadedLinks = links;
    }
  }

  private vaoFor(gl: WebGL2RenderingContext, program: ArcProgram): WebGLVertexArrayObject {
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

  private programFor(gl: WebGL2RenderingContext, shaderData: CustomRenderMethodInput['shaderData']): ArcProgram {
    const cached = this.programs.get(shaderData.variantName);
    if (cached) return cached;
    const sources = { vertex: arcVertexSource(shaderData), fragment: ARC_FRAGMENT_SHADER };
    const program = linkProgram(
      gl,
      sources,
      ARC_UNIFORMS,
      ATTRIBUTES.map(([name]) => name),
    );
    this.programs.set(shaderData.variantName, program);
    return program;
  }
}
