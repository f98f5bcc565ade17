import type { CustomLayerInterface, CustomRenderMethodInput, Map as MaplibreMap } from 'maplibre-gl';
import { YEAR_MAX, YEAR_MIN, type ArcFilter } from '../filters/visibility.js';
import type { ArcBuffers } from '../geometry/arcs.js';
import { ArcCompositor, highlightDim } from './arc-composite.js';
import { ArcDrawer, TILE_SIZE, worldCopies } from './arc-draw.js';
import type { ArcFrame, ArcHighlight, DrawArcs, Rgb } from './arc-draw.js';
import { ArcImages } from './arc-images.js';
import { ArcPicker } from './arc-picking.js';
import { FULL_DENSITY, type Density } from './density.js';

export type { ArcHighlight, Rgb } from './arc-draw.js';

/** What the arc layer draws beyond the data, all applied on the GPU; a new object at each change. */
interface ArcLayerState {
  /** Per sector index, 0–255. */
  readonly colors: readonly Rgb[];
  readonly filter: ArcFilter;
  readonly highlight: ArcHighlight;
  /** How the arcs fade and thin by the number drawn (./density.ts). */
  readonly density: Density;
}

const BLACK: Rgb = [0, 0, 0];

/**
 * A MapLibre custom layer that draws every arc as one instance of a strip whose vertices the
 * shader places on the great circle. Arcs are drawn into cached images in the offscreen pass
 * (ArcImages) and the images are laid over the map (ArcCompositor); while the camera, the data
 * and the filters stay as they are (labels loading, a region hovered, the map settling), frames
 * reuse them instead of drawing every arc again, and switching a sector on or off only changes
 * which images are laid. ArcDrawer issues the draws, ArcPicker reads ids back. Only this class
 * and the MapController touch the map.
 */
export class ArcLayer implements CustomLayerInterface {
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  private map: MaplibreMap | null = null;
  private drawer: ArcDrawer | null = null;
  private readonly compositor = new ArcCompositor();
  private readonly images = new ArcImages();
  private readonly picker = new ArcPicker();
  /** Whether the GPU renders to and blends 32-bit float images; found on the first frame. */
  private floatImages: boolean | null = null;
  private buffers: ArcBuffers | null = null;
  private state: ArcLayerState = {
    colors: [],
    // No sector is shown until a filter is set.
    filter: { sectorShown: [], years: [YEAR_MIN, YEAR_MAX], statusMask: 0b1111 },
    highlight: { hoverLink: -1, hoverPlace: -1, selectedLink: -1 },
    density: FULL_DENSITY,
  };
  /** Changes of data, colors and statuses: the images must be drawn anew. */
  private version = 0;
  /** Changes of what is hovered or selected: color images are redrawn, depth images are not. */
  private highlightVersion = 0;
  /** Changes of which sectors are shown: with per-sector images, nothing to redraw. */
  private visibility = 0;

  constructor(readonly id: string) {}

  /** How many times the arcs have been drawn into the cached images (for tests and profiling). */
  get imageDraws(): number {
    return this.images.imageDraws;
  }

  /** Year steps applied to the cached images in place. */
  get yearStepDraws(): number {
    return this.images.yearStepDraws;
  }

  /** The arcs the last year step drew. */
  get lastYearStepArcs(): number {
    return this.images.lastYearStepArcs;
  }

  /** The arcs to draw; the images are drawn anew even for the same buffers. */
  setArcs(buffers: ArcBuffers): void {
    this.buffers = buffers;
    this.version++;
    this.map?.triggerRepaint();
  }

  get arcs(): ArcBuffers | null {
    return this.buffers;
  }

  /** The color of each sector's arcs, by sector index: the images are drawn anew. */
  setSectorColors(colors: readonly Rgb[]): void {
    if (sameLists(colors, this.state.colors, (a, b) => a.join() === b.join())) return;
    this.version++;
    this.update({ colors });
  }

  /**
   * Sectors, years and statuses shown. A sector toggle only lays other sector images when each
   * sector has its own; years are compared with those of the cached images on the next frame.
   */
  setFilter(filter: ArcFilter): void {
    const before = this.state.filter;
    if (!sameLists(filter.sectorShown, before.sectorShown, (a, b) => a === b)) this.visibility++;
    // Another rank limit (`top`, `min-weight`) changes which arcs each image holds: drawn anew.
    const masks = filter.statusMask !== before.statusMask || filter.linkMask !== before.linkMask;
    if (masks || filter.maxRank !== before.maxRank) this.version++;
    this.update({ filter });
  }

  /**
   * How the arcs fade and thin by the number drawn: another opacity is only laid otherwise by the
   * compositor; another width draws the images anew (from the same buffers).
   */
  setDensity(density: Density): void {
    const before = this.state.density;
    if (density.opacity === before.opacity && density.width === before.width) return;
    if (density.width !== before.width) this.version++;
    this.update({ density });
  }

  get density(): Density {
    return this.state.density;
  }

  /** The opacity the compositor last laid the arc images with (for tests). */
  get laidOpacity(): number | null {
    return this.compositor.laidOpacity;
  }

  setHighlight(highlight: ArcHighlight): void {
    const before = this.state.highlight;
    const same =
      highlight.hoverLink === before.hoverLink &&
      highlight.hoverPlace === before.hoverPlace &&
      highlight.selectedLink === before.selectedLink;
    if (!same) this.highlightVersion++;
    this.update({ highlight });
  }

  /**
   * Instances drawn in a rectangle of the map, in CSS pixels, read from an id buffer the GPU
   * renders the arcs into (with a few pixels of margin). Resolves after the next frame.
   */
  pick(x: number, y: number, width = 1, height = 1): Promise<Uint32Array> {
    if (!this.map) return Promise.resolve(new Uint32Array(0));
    const picked = this.picker.request({ x, y, width, height });
    this.map.triggerRepaint();
    return picked;
  }

  onAdd(map: MaplibreMap, gl: WebGLRenderingContext | WebGL2RenderingContext): void {
    if (!('drawArraysInstanced' in gl)) throw new Error('coop-map needs WebGL 2');
    this.map = map;
    this.drawer = new ArcDrawer(gl);
  }

  onRemove(_map: MaplibreMap, gl: WebGLRenderingContext | WebGL2RenderingContext): void {
    const gl2 = gl as WebGL2RenderingContext;
    this.drawer?.free(gl2);
    this.compositor.free(gl2);
    this.images.free(gl2);
    this.picker.free(gl2);
    this.drawer = null;
    this.map = null;
  }

  prerender(gl: WebGLRenderingContext | WebGL2RenderingContext, args: CustomRenderMethodInput): void {
    const gl2 = gl as WebGL2RenderingContext;
    const frame = this.frameOf(gl2, args);
    if (!frame) {
      this.picker.cancel();
      return;
    }
    gl2.disable(gl2.DEPTH_TEST);
    gl2.disable(gl2.STENCIL_TEST);
    if (this.picker.pending) {
      this.picker.answer(gl2, frame.pixelRatio, () => frame.draw({ picking: true, sector: null }));
    }
    this.floatImages ??= !!gl2.getExtension('EXT_color_buffer_float') && !!gl2.getExtension('EXT_float_blend');
    const versions = { data: this.version, highlight: this.highlightVersion, visibility: this.visibility };
    this.images.update(gl2, { ...frame, versions, floatImages: this.floatImages });
  }

  render(gl: WebGLRenderingContext | WebGL2RenderingContext, args: CustomRenderMethodInput): void {
    const gl2 = gl as WebGL2RenderingContext;
    const frame = this.frameOf(gl2, args);
    if (!frame) return;
    gl2.disable(gl2.DEPTH_TEST);
    gl2.disable(gl2.STENCIL_TEST);
    gl2.enable(gl2.BLEND);
    gl2.blendFunc(gl2.ONE, gl2.ONE_MINUS_SRC_ALPHA);
    gl2.bindVertexArray(null);
    const shown = this.images.shown(frame.filter.sectorShown);
    if (shown.length === 0) return;
    if (!this.images.depth) {
      this.compositor.layColor(
        gl2,
        shown.map(({ texture }) => texture),
        frame.density.opacity,
      );
      return;
    }
    const images = shown.map(({ texture, slot }) => ({ texture, color: frame.colors[slot] ?? BLACK }));
    this.compositor.layDepth(gl2, images, highlightDim(frame.highlight), frame.density.opacity);
    this.images.drawHighlight(frame.draw);
  }

  /**
   * World copies to draw in Web Mercator: those where the arcs, as far as they reach, meet the
   * view. One on the globe.
   */
  worldOffsets(args: CustomRenderMethodInput): number[] {
    if (!this.map || !this.buffers || args.shaderData.variantName.includes('globe')) return [0];
    const bounds = this.map.getBounds();
    return worldCopies(bounds.getWest(), bounds.getEast(), this.buffers.lonRange);
  }

  /** This frame's arcs and how to draw them; null when there are none to draw. */
  private frameOf(gl: WebGL2RenderingContext, args: CustomRenderMethodInput): (ArcFrame & { draw: DrawArcs }) | null {
    const { map, drawer, buffers } = this;
    if (!map || !drawer || !buffers || buffers.count === 0) return null;
    const frame: ArcFrame = {
      ...this.state,
      args,
      buffers,
      offsets: this.worldOffsets(args),
      pixelRatio: gl.drawingBufferWidth / (map.getCanvas().clientWidth || gl.drawingBufferWidth),
      worldSize: TILE_SIZE * Math.pow(2, map.getZoom()),
    };
    return { ...frame, draw: (options) => drawer.draw(gl, frame, options) };
  }

  private update(patch: Partial<ArcLayerState>): void {
    this.state = { ...this.state, ...patch };
    this.map?.triggerRepaint();
  }
}

function sameLists<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  return a.length === b.length && a.every((x, i) => same(x, b[i]!));
}
