// Experiments on coop-map's arc layer, for bench/profile.mjs: what one frame costs when one
// thing about the arcs is changed from the outside (world copies, vertices per arc, canvas size,
// the vertex shader's math, other layers). Nothing here changes src/; each variant is undone
// before the next. A variant's figure is the median of a few synchronous frames finished on the GPU.
import type { Map as MaplibreMap } from 'maplibre-gl';
import { ARC_SEGMENTS, ARC_VERTEX_SHADER } from '../src/map/arc-shaders.ts';
import { LAYER_IDS } from '../src/map/map-controller.ts';
import { FrameClock } from './frame-clock.ts';

const SMALL_CANVAS: readonly [number, number] = [250, 175];
const FEWER_SEGMENTS = 24;

/** The parts of coop-map's ArcLayer the experiments reach into. */
interface ArcLayerInternals {
  gl: WebGL2RenderingContext | null;
  cornerBuffer: WebGLBuffer | null;
  programs: Map<string, unknown>;
  vaos: Map<unknown, WebGLVertexArrayObject>;
  arcs: { count: number } | null;
  worldOffsets(args: { shaderData: { variantName: string } }): number[];
}

export interface DrawStats {
  calls: number;
  instances: number;
  vertices: number;
}

function arcLayer(map: MaplibreMap): ArcLayerInternals {
  return (map.getLayer(LAYER_IDS.arcs) as unknown as { implementation: ArcLayerInternals }).implementation;
}

/** Instanced draw calls issued while `run` runs, and the vertices they ask the GPU to run. */
function countDraws(gl: WebGL2RenderingContext, run: () => void): DrawStats {
  const stats: DrawStats = { calls: 0, instances: 0, vertices: 0 };
  const original = gl.drawArraysInstanced;
  gl.drawArraysInstanced = function (mode: number, first: number, count: number, instances: number) {
    stats.calls++;
    stats.instances += instances;
    stats.vertices += count * instances;
    return original.call(this, mode, first, count, instances);
  };
  try {
    run();
  } finally {
    gl.drawArraysInstanced = original;
  }
  return stats;
}

/** Instanced draw calls of one frame. */
export function drawsPerFrame(map: MaplibreMap): DrawStats {
  return countDraws(map.getCanvas().getContext('webgl2')!, () => map.redraw());
}

/**
 * World copies the arcs can reach: an arc starts in [−180°, 180°] and spans less than 180° of
 * longitude (plus its bulge).
 */
function reachableCopies(map: MaplibreMap): number[] {
  const bounds = map.getBounds();
  const first = Math.ceil((bounds.getWest() - 360) / 360);
  const last = Math.floor((bounds.getEast() + 360) / 360);
  const copies: number[] = [];
  for (let o = first; o <= last; o++) copies.push(o);
  return copies;
}

/** A change to the arc layer or the map, applied before a frame and undone after it. */
interface Variant {
  name: string;
  enter(): void;
  exit(): void;
}

const noChange = (name: string): Variant => ({ name, enter() {}, exit() {} });

/** Draws `segments` segments per arc instead of ARC_SEGMENTS, by rewriting the shared strip and the vertex count. */
function fewerSegments(layer: ArcLayerInternals, segments: number): Variant {
  const gl = layer.gl!;
  const corners = (n: number) => {
    const data = new Float32Array((n + 1) * 4);
    for (let i = 0; i <= n; i++) data.set([i / n, -1, i / n, 1], i * 4);
    return data;
  };
  const stripVertices = (ARC_SEGMENTS + 1) * 2;
  let original = gl.drawArraysInstanced;
  return {
    name: `${segments} segments per arc instead of ${ARC_SEGMENTS}`,
    enter() {
      original = gl.drawArraysInstanced;
      gl.bindBuffer(gl.ARRAY_BUFFER, layer.cornerBuffer);
      gl.bufferSubData(gl.ARRAY_BUFFER, 0, corners(segments));
      gl.drawArraysInstanced = function (mode: number, first: number, count: number, instances: number) {
        return original.call(this, mode, first, count === stripVertices ? (segments + 1) * 2 : count, instances);
      };
    },
    exit() {
      gl.drawArraysInstanced = original;
      gl.bindBuffer(gl.ARRAY_BUFFER, layer.cornerBuffer);
      gl.bufferSubData(gl.ARRAY_BUFFER, 0, corners(ARC_SEGMENTS));
    },
  };
}

/**
 * The same arcs with cheaper math per vertex: Web Mercator y straight from the unit vector's z
 * (y = ½ − atanh(z)/2π, one log instead of asin, tan and log), for both ends and every point.
 */
export const LEANER_MATH_SHADER = ARC_VERTEX_SHADER.replace(
  /vec2 mercator\(vec2 lonlat\) \{[\s\S]*?\n\}/,
  `const float MAX_Z = 0.99627207622;  // sin(85.051129°)
float mercatorY(float z) {
  z = clamp(z, -MAX_Z, MAX_Z);
  return 0.5 - 0.25 * log((1.0 + z) / (1.0 - z)) / 3.141592653589793;
}
vec2 mercator(vec2 lonlat) {
  return vec2((lonlat.x + 180.0) / 360.0, mercatorY(sin(lonlat.y * DEG)));
}`,
)
  .replace(
    /vec2 greatCircle\(vec3 a, vec3 b, float angle, vec2 p0, float dLon, float t\) \{[\s\S]*?\n\}/,
    `// The great circle point at t, in Web Mercator, longitude kept continuous from the first end.
vec2 greatCircleMercator(vec3 a, vec3 b, float angle, vec2 p0, float dLon, float t) {
  float reference = p0.x + t * dLon;
  if (angle < 1e-6) return mercator(vec2(reference, mix(p0.y, a_ends.w, t)));
  vec3 p = (sin((1.0 - t) * angle) * a + sin(t * angle) * b) / sin(angle);
  float lon = atan(p.y, p.x) / DEG;
  return vec2((reference + wrapDelta(lon - reference) + 180.0) / 360.0, mercatorY(p.z));
}`,
  )
  .replace(
    'vec2 m = mercator(greatCircle(a, b, angle, a_ends.xy, dLon, t));',
    'vec2 m = greatCircleMercator(a, b, angle, a_ends.xy, dLon, t);',
  );

/** The arc layer's programs compiled from another vertex shader source (kept between rounds). */
function otherVertexShader(layer: ArcLayerInternals, name: string, source: string): Variant {
  const gl = layer.gl!;
  const shaderSource = gl.shaderSource;
  const own = { programs: new Map(layer.programs), vaos: new Map(layer.vaos) };
  const variant = { programs: new Map<string, unknown>(), vaos: new Map<unknown, WebGLVertexArrayObject>() };
  const swap = (to: typeof own) => {
    layer.programs.clear();
    layer.vaos.clear();
    for (const [k, v] of to.programs) layer.programs.set(k, v);
    for (const [k, v] of to.vaos) layer.vaos.set(k, v);
  };
  return {
    name,
    enter() {
      own.programs = new Map(layer.programs);
      own.vaos = new Map(layer.vaos);
      swap(variant);
      gl.shaderSource = function (shader: WebGLShader, text: string) {
        return shaderSource.call(
          this,
          shader,
          text.includes(ARC_VERTEX_SHADER) ? text.replace(ARC_VERTEX_SHADER, source) : text,
        );
      };
    },
    exit() {
      gl.shaderSource = shaderSource;
      variant.programs = new Map(layer.programs);
      variant.vaos = new Map(layer.vaos);
      swap(own);
    },
  };
}

function hidden(map: MaplibreMap, name: string, layers: string[]): Variant {
  return {
    name,
    enter: () => layers.forEach((id) => map.setLayoutProperty(id, 'visibility', 'none')),
    exit: () => layers.forEach((id) => map.setLayoutProperty(id, 'visibility', 'visible')),
  };
}

function smallCanvas(
  map: MaplibreMap,
  host: HTMLElement,
  [width, height]: readonly [number, number],
  also?: Variant,
): Variant {
  const saved = [host.style.width, host.style.height] as const;
  return {
    name: `canvas ${width} × ${height}${also ? `, ${also.name}` : ''}`,
    enter() {
      host.style.width = `${width}px`;
      host.style.height = `${height}px`;
      map.resize();
      also?.enter();
    },
    exit() {
      also?.exit();
      [host.style.width, host.style.height] = saved;
      map.resize();
    },
  };
}

function worldCopies(layer: ArcLayerInternals, name: string, copies: () => number[]): Variant {
  return {
    name,
    enter: () => (layer.worldOffsets = () => copies()),
    exit: () => delete (layer as Partial<ArcLayerInternals>).worldOffsets,
  };
}

/**
 * Frame time of coop-map under each variant. Variants take turns frame by frame for `rounds`
 * rounds (after one untimed frame each, for shader compiles and re-layout), so that a change in
 * the machine's load falls on all of them alike; the figure is each variant's median.
 */
export function runExperiments(map: MaplibreMap, host: HTMLElement, clock: FrameClock, rounds: number) {
  const layer = arcLayer(map);
  if (!layer.arcs) throw new Error('assign a data set first');
  const reachable = reachableCopies(map);
  const variants: Variant[] = [
    noChange('as is'),
    hidden(map, 'arcs hidden', [LAYER_IDS.arcs]),
    hidden(map, 'points and labels hidden', [LAYER_IDS.points, LAYER_IDS.labels]),
    worldCopies(layer, `only the world copies the arcs can reach (${reachable.join(', ')})`, () => reachable),
    worldCopies(layer, 'one world copy', () => [0]),
    fewerSegments(layer, FEWER_SEGMENTS),
    otherVertexShader(layer, 'leaner vertex math (mercator y from the unit vector)', LEANER_MATH_SHADER),
    smallCanvas(map, host, SMALL_CANVAS),
    smallCanvas(map, host, SMALL_CANVAS, hidden(map, 'arcs hidden', [LAYER_IDS.arcs])),
  ];
  const times = variants.map(() => [] as number[]);
  const draws = variants.map(() => null as DrawStats | null);
  const framed = (variant: Variant, frame: () => void) => {
    variant.enter();
    try {
      frame();
    } finally {
      variant.exit();
    }
  };
  variants.forEach((variant, i) => {
    draws[i] = countDraws(clock.gl, () => framed(variant, () => clock.renderNow()));
  });
  for (let round = 0; round < rounds; round++) {
    variants.forEach((variant, i) =>
      framed(variant, () => {
        const { start, done } = clock.renderNow();
        times[i]!.push(done - start);
      }),
    );
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return {
    instances: layer.arcs.count,
    worldCopies: layer.worldOffsets({ shaderData: { variantName: 'mercator' } }),
    reachableCopies: reachable,
    rounds,
    variants: variants.map((variant, i) => ({
      name: variant.name,
      frameMs: median(times[i]!),
      samples: times[i],
      draws: draws[i],
    })),
  };
}
