import type { CustomLayerInterface, CustomRenderMethodInput, Map as MaplibreMap } from 'maplibre-gl';
import { ARC_BULGE, FAN_SPACING_PX, INSTANCE_FLOATS, INSTANCE_LAYOUT, YEAR_MAX, YEAR_MIN, type ArcBuffers } from '../geometry/arcs.js';
import { ARC_FRAGMENT_SHADER, ARC_SEGMENTS, ARC_VERTEX_SHADER } from './arc-shaders.js';

/** What the arc layer draws beyond the data: filters and highlight, all applied on the GPU. */
export interface ArcLayerState {
  /** Per sector index: `[r, g, b]` 0–255 and whether it is shown. */
  sectors: { color: [number, number, number]; shown: boolean }[];
  years: [number, number];
  /** Bit per status code shown. */
  statusMask: number;
  hoverLink: number;
  hoverPlace: number;
  selectedLink: number;
}

/** CSS pixels around the pointer within which an arc counts as hit. */
export const PICK_MARGIN_PX = 3;
const MAX_WORLD_COPIES = 5;
const TILE_SIZE = 512;

interface Program {
  program: WebGLProgram;
  uniforms: Map<string, WebGLUniformLocation | null>;
  attributes: Map<string, number>;
}

interface PickRequest {
  x: number;
  y: number;
  width: number;
  height: number;
  resolve: (instances: Uint32Array) => void;
}

const UNIFORMS = [
  'u_sectors', 'u_years', 'u_status_mask', 'u_viewport', 'u_pixel_ratio', 'u_world_offset', 'u_world_size',
  'u_bulge', 'u_fan_spacing', 'u_hover_link', 'u_hover_place', 'u_selected_link', 'u_picking', 'u_pick_margin',
  'u_projection_matrix', 'u_projection_fallback_matrix', 'u_projection_tile_mercator_coords',
  'u_projection_clipping_plane', 'u_projection_transition',
];
const ATTRIBUTES = ['a_corner', 'a_ends', 'a_props', 'a_shape', 'a_places'];

/**
 * A MapLibre custom layer that draws every arc as one instance of a shared strip. Only this
 * class and the MapController touch the map.
 */
export class ArcLayer implements CustomLayerInterface {
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  private map: MaplibreMap | null = null;
  private gl: WebGL2RenderingContext | null = null;
  private readonly programs = new Map<string, Program>();
  private cornerBuffer: WebGLBuffer | null = null;
  private instanceBuffer: WebGLBuffer | null = null;
  private sectorTexture: WebGLTexture | null = null;
  private pickFramebuffer: WebGLFramebuffer | null = null;
  private pickTexture: WebGLTexture | null = null;
  private pickSize: [number, number] = [0, 0];
  private vaos = new Map<Program, WebGLVertexArrayObject>();
  private buffers: ArcBuffers | null = null;
  private buffersDirty = false;
  private sectorsDirty = true;
  private state: ArcLayerState = {
    sectors: [],
    years: [YEAR_MIN, YEAR_MAX],
    statusMask: 0b1111,
    hoverLink: -1,
    hoverPlace: -1,
    selectedLink: -1,
  };
  private readonly pickQueue: PickRequest[] = [];

  constructor(readonly id: string) {}

  setArcs(buffers: ArcBuffers): void {
    this.buffers = buffers;
    this.buffersDirty = true;
    this.map?.triggerRepaint();
  }

  get arcs(): ArcBuffers | null {
    return this.buffers;
  }

  setState(patch: Partial<ArcLayerState>): void {
    if (patch.sectors) this.sectorsDirty = true;
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
    this.gl = gl;
    const corners = new Float32Array((ARC_SEGMENTS + 1) * 4);
    for (let i = 0; i <= ARC_SEGMENTS; i++) corners.set([i / ARC_SEGMENTS, -1, i / ARC_SEGMENTS, 1], i * 4);
    this.cornerBuffer = gl.createBuffer();
    gl.bindBuffer(gl.ARRAY_BUFFER, this.cornerBuffer);
    gl.bufferData(gl.ARRAY_BUFFER, corners, gl.STATIC_DRAW);
    this.instanceBuffer = gl.createBuffer();
    this.sectorTexture = gl.createTexture();
    this.buffersDirty = true;
    this.sectorsDirty = true;
  }

  onRemove(_map: MaplibreMap, gl: WebGLRenderingContext | WebGL2RenderingContext): void {
    const gl2 = gl as WebGL2RenderingContext;
    for (const vao of this.vaos.values()) gl2.deleteVertexArray(vao);
    for (const { program } of this.programs.values()) gl.deleteProgram(program);
    gl.deleteBuffer(this.cornerBuffer);
    gl.deleteBuffer(this.instanceBuffer);
    gl.deleteTexture(this.sectorTexture);
    gl.deleteTexture(this.pickTexture);
    gl.deleteFramebuffer(this.pickFramebuffer);
    this.vaos.clear();
    this.programs.clear();
    for (const request of this.pickQueue.splice(0)) request.resolve(new Uint32Array(0));
    this.map = null;
    this.gl = null;
  }

  prerender(gl: WebGLRenderingContext | WebGL2RenderingContext, args: CustomRenderMethodInput): void {
    if (this.pickQueue.length === 0) return;
    const gl2 = gl as WebGL2RenderingContext;
    const width = gl.drawingBufferWidth;
    const height = gl.drawingBufferHeight;
    this.ensurePickTarget(gl2, width, height);
    gl2.bindFramebuffer(gl2.FRAMEBUFFER, this.pickFramebuffer);
    gl2.viewport(0, 0, width, height);
    gl2.disable(gl2.BLEND);
    gl2.disable(gl2.DEPTH_TEST);
    gl2.disable(gl2.STENCIL_TEST);
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
      gl2.enable(gl2.SCISSOR_TEST);
      gl2.scissor(x0, y0, w, h);
      gl2.clearColor(0, 0, 0, 0);
      gl2.clear(gl2.COLOR_BUFFER_BIT);
      this.draw(gl2, args, true);
      const pixels = new Uint8Array(w * h * 4);
      gl2.readPixels(x0, y0, w, h, gl2.RGBA, gl2.UNSIGNED_BYTE, pixels);
      gl2.disable(gl2.SCISSOR_TEST);
      request.resolve(decodeIds(pixels));
    }
    gl2.bindFramebuffer(gl2.FRAMEBUFFER, null);
  }

  render(gl: WebGLRenderingContext | WebGL2RenderingContext, args: CustomRenderMethodInput): void {
    const gl2 = gl as WebGL2RenderingContext;
    gl2.enable(gl2.BLEND);
    gl2.blendFunc(gl2.ONE, gl2.ONE_MINUS_SRC_ALPHA);
    this.draw(gl2, args, false);
  }

  private draw(gl: WebGL2RenderingContext, args: CustomRenderMethodInput, picking: boolean): void {
    const map = this.map;
    if (!map || !this.buffers || this.buffers.count === 0) return;
    const program = this.programFor(gl, args.shaderData);
    if (!program) return;
    this.upload(gl);
    gl.useProgram(program.program);
    const u = (name: string) => program.uniforms.get(name) ?? null;
    const projection = args.defaultProjectionData;
    gl.uniformMatrix4fv(u('u_projection_matrix'), false, projection.mainMatrix as Float32Array);
    gl.uniformMatrix4fv(u('u_projection_fallback_matrix'), false, projection.fallbackMatrix as Float32Array);
    gl.uniform4f(u('u_projection_tile_mercator_coords'), ...(projection.tileMercatorCoords as [number, number, number, number]));
    gl.uniform4f(u('u_projection_clipping_plane'), ...(projection.clippingPlane as [number, number, number, number]));
    gl.uniform1f(u('u_projection_transition'), projection.projectionTransition);

    const canvas = map.getCanvas();
    const pixelRatio = gl.drawingBufferWidth / (canvas.clientWidth || gl.drawingBufferWidth);
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, this.sectorTexture);
    gl.uniform1i(u('u_sectors'), 0);
    gl.uniform2f(u('u_years'), this.state.years[0], this.state.years[1]);
    gl.uniform1i(u('u_status_mask'), this.state.statusMask);
    gl.uniform2f(u('u_viewport'), gl.drawingBufferWidth, gl.drawingBufferHeight);
    gl.uniform1f(u('u_pixel_ratio'), pixelRatio);
    gl.uniform1f(u('u_world_size'), TILE_SIZE * Math.pow(2, map.getZoom()));
    gl.uniform1f(u('u_bulge'), ARC_BULGE);
    gl.uniform1f(u('u_fan_spacing'), FAN_SPACING_PX);
    gl.uniform1f(u('u_hover_link'), this.state.hoverLink);
    gl.uniform1f(u('u_hover_place'), this.state.hoverPlace);
    gl.uniform1f(u('u_selected_link'), this.state.selectedLink);
    gl.uniform1f(u('u_picking'), picking ? 1 : 0);
    gl.uniform1f(u('u_pick_margin'), PICK_MARGIN_PX);

    gl.bindVertexArray(this.vaoFor(gl, program));
    for (const offset of this.worldOffsets(args)) {
      gl.uniform1f(u('u_world_offset'), offset);
      gl.drawArraysInstanced(gl.TRIANGLE_STRIP, 0, (ARC_SEGMENTS + 1) * 2, this.buffers.count);
    }
    gl.bindVertexArray(null);
  }

  /** World copies to draw in Web Mercator (arcs may cross the antimeridian into the next copy). */
  private worldOffsets(args: CustomRenderMethodInput): number[] {
    if (!this.map || args.shaderData.variantName.includes('globe')) return [0];
    const bounds = this.map.getBounds();
    const first = Math.floor((bounds.getWest() + 180) / 360) - 1;
    const last = Math.floor((bounds.getEast() + 180) / 360) + 1;
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
      const count = Math.max(1, this.state.sectors.length);
      const texels = new Uint8Array(count * 4);
      this.state.sectors.forEach((sector, i) => texels.set([...sector.color, sector.shown ? 255 : 0], i * 4));
      gl.bindTexture(gl.TEXTURE_2D, this.sectorTexture);
      gl.pixelStorei(gl.UNPACK_ALIGNMENT, 1);
      gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA8, count, 1, 0, gl.RGBA, gl.UNSIGNED_BYTE, texels);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
      this.sectorsDirty = false;
    }
  }

  private vaoFor(gl: WebGL2RenderingContext, program: Program): WebGLVertexArrayObject | null {
    let vao = this.vaos.get(program);
    if (vao) return vao;
    vao = gl.createVertexArray();
    gl.bindVertexArray(vao);
    const a = (name: string) => program.attributes.get(name) ?? -1;
    gl.bindBuffer(gl.ARRAY_BUFFER, this.cornerBuffer);
    gl.enableVertexAttribArray(a('a_corner'));
    gl.vertexAttribPointer(a('a_corner'), 2, gl.FLOAT, false, 0, 0);
    gl.bindBuffer(gl.ARRAY_BUFFER, this.instanceBuffer);
    const stride = INSTANCE_FLOATS * 4;
    const L = INSTANCE_LAYOUT;
    const attribute = (name: string, size: number, offset: number) => {
      const location = a(name);
      if (location < 0) return;
      gl.enableVertexAttribArray(location);
      gl.vertexAttribPointer(location, size, gl.FLOAT, false, stride, offset * 4);
      gl.vertexAttribDivisor(location, 1);
    };
    attribute('a_ends', 4, L.ends);
    attribute('a_props', 4, L.sector);
    attribute('a_shape', 4, L.fan);
    attribute('a_places', 2, L.sourcePlace);
    gl.bindVertexArray(null);
    this.vaos.set(program, vao);
    return vao;
  }

  private programFor(gl: WebGL2RenderingContext, shaderData: CustomRenderMethodInput['shaderData']): Program | null {
    const cached = this.programs.get(shaderData.variantName);
    if (cached) return cached;
    const vertexSource = `#version 300 es\nprecision highp float;\n${shaderData.vertexShaderPrelude}\n${shaderData.define}\n${ARC_VERTEX_SHADER}`;
    const vertex = compile(gl, gl.VERTEX_SHADER, vertexSource);
    const fragment = compile(gl, gl.FRAGMENT_SHADER, ARC_FRAGMENT_SHADER);
    const program = gl.createProgram();
    gl.attachShader(program, vertex);
    gl.attachShader(program, fragment);
    gl.linkProgram(program);
    if (!gl.getProgramParameter(program, gl.LINK_STATUS)) {
      throw new Error(`coop-map arc shader failed to link: ${gl.getProgramInfoLog(program) ?? ''}`);
    }
    const entry: Program = {
      program,
      uniforms: new Map(UNIFORMS.map((name) => [name, gl.getUniformLocation(program, name)])),
      attributes: new Map(ATTRIBUTES.map((name) => [name, gl.getAttribLocation(program, name)])),
    };
    this.programs.set(shaderData.variantName, entry);
    return entry;
  }

  private ensurePickTarget(gl: WebGL2RenderingContext, width: number, height: number): void {
    if (this.pickFramebuffer && this.pickSize[0] === width && this.pickSize[1] === height) return;
    gl.deleteTexture(this.pickTexture);
    gl.deleteFramebuffer(this.pickFramebuffer);
    this.pickTexture = gl.createTexture();
    gl.bindTexture(gl.TEXTURE_2D, this.pickTexture);
    gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA8, width, height, 0, gl.RGBA, gl.UNSIGNED_BYTE, null);
    this.pickFramebuffer = gl.createFramebuffer();
    gl.bindFramebuffer(gl.FRAMEBUFFER, this.pickFramebuffer);
    gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, this.pickTexture, 0);
    this.pickSize = [width, height];
  }
}

function compile(gl: WebGL2RenderingContext, type: number, source: string): WebGLShader {
  const shader = gl.createShader(type)!;
  gl.shaderSource(shader, source);
  gl.compileShader(shader);
  if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) {
    throw new Error(`coop-map arc shader failed to compile: ${gl.getShaderInfoLog(shader) ?? ''}`);
  }
  return shader;
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
