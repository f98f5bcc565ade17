import { stylesByCode, type StatusStyle } from '../filters/statuses.js';
import { arcShownGlsl } from '../filters/visibility.js';
import { INSTANCE_LAYOUT } from '../geometry/arcs.js';
import { declareAttributes, type AttributeTable } from './gl/program.js';
import { declareUniforms, type UniformTable } from './gl/uniforms.js';

/**
 * Shaders of the arc layer. The vertex shader computes each arc's great circle from its two
 * ends, so data sets of any size upload one small record per arc; filters are uniforms and a
 * sector texture, so a filter change costs one frame and never rebuilds geometry.
 *
 * MapLibre supplies `projectTile` (Web Mercator or globe) in its prelude; positions passed to it
 * are Web Mercator coordinates of the whole world in 0…1. Attributes and uniforms are declared
 * by the tables below, from which the layer also gets its typed setters; the status styles, the
 * visibility test and the sector texture's row width are generated from their TypeScript sources.
 */

/** Most segments an arc is drawn with; shorter arcs on screen get fewer (see segmentsFor). */
export const ARC_SEGMENTS = 48;
/**
 * Texels per row of the sector texture: sector i is texel (i % columns, i / columns), so that
 * any number of sectors fits (a single row stops at the GPU's largest texture width).
 */
export const SECTOR_COLUMNS = 256;
/** Texels per row of the link texture (`types`, `countries`): link i is texel (i % columns, i / columns). */
export const LINK_COLUMNS = 4096;

/** The instance record as the vertex shader reads it (see INSTANCE_LAYOUT). */
export const ARC_ATTRIBUTES = {
  /** lon, lat of both ends, degrees */
  a_ends: { size: 4, offset: INSTANCE_LAYOUT.ends },
  /** sector index, since, until, status */
  a_props: { size: 4, offset: INSTANCE_LAYOUT.sector },
  /** fan offset, width px, link index, arc length (mercator) */
  a_shape: { size: 4, offset: INSTANCE_LAYOUT.fan },
  /** place indices of both ends, the link's rank by weight */
  a_places: { size: 3, offset: INSTANCE_LAYOUT.sourcePlace },
} as const satisfies AttributeTable;

export const ARC_UNIFORMS = {
  u_projection_matrix: { type: 'mat4', stage: 'vertex', prelude: true },
  u_projection_fallback_matrix: { type: 'mat4', stage: 'vertex', prelude: true },
  u_projection_tile_mercator_coords: { type: 'vec4', stage: 'vertex', prelude: true },
  u_projection_clipping_plane: { type: 'vec4', stage: 'vertex', prelude: true },
  u_projection_transition: { type: 'float', stage: 'vertex', prelude: true },
  /** Per sector: rgb color, a = 1 when the sector is shown. */
  u_sectors: { type: 'sampler2D', stage: 'vertex' },
  /** Shown years [from, to]. */
  u_years: { type: 'vec2', stage: 'vertex' },
  /** Bit per status shown. */
  u_status_mask: { type: 'int', stage: 'vertex' },
  /** Per link index, r > 0 where the link passes `types` and `countries` (LINK_COLUMNS texels a row). */
  u_links: { type: 'sampler2D', stage: 'vertex' },
  /** 1: every link passes (no `types` or `countries`). */
  u_all_links: { type: 'float', stage: 'vertex' },
  /** Highest link rank drawn (`top`, `min-weight`). */
  u_max_rank: { type: 'float', stage: 'vertex' },
  /** Drawing buffer size, px. */
  u_viewport: { type: 'vec2', stage: 'vertex' },
  u_pixel_ratio: { type: 'float', stage: 'both' },
  /** World copy to draw. */
  u_world_offset: { type: 'float', stage: 'vertex' },
  /** Px of the whole world at this zoom, for dash lengths. */
  u_world_size: { type: 'float', stage: 'vertex' },
  u_bulge: { type: 'float', stage: 'vertex' },
  /** CSS px. */
  u_fan_spacing: { type: 'float', stage: 'vertex' },
  /** Link and place indices highlighted; -1: none. */
  u_hover_link: { type: 'float', stage: 'vertex' },
  u_hover_place: { type: 'float', stage: 'vertex' },
  u_selected_link: { type: 'float', stage: 'vertex' },
  /** Alpha kept by the other arcs while a place / a link is highlighted. */
  u_dim: { type: 'vec2', stage: 'vertex' },
  /** 1 in the picking pass. */
  u_picking: { type: 'float', stage: 'vertex' },
  /** CSS px added to the width when picking. */
  u_pick_margin: { type: 'float', stage: 'vertex' },
  /** Segments of the arcs in this draw. */
  u_segments: { type: 'float', stage: 'vertex' },
  /** Index of this draw's first instance, for picking ids. */
  u_instance_base: { type: 'float', stage: 'vertex' },
  /** 1: draw hidden sectors too (each sector's own cached image). */
  u_all_sectors: { type: 'float', stage: 'vertex' },
  /** 1: write optical depth, for images that add and take away arcs. */
  u_depth: { type: 'float', stage: 'fragment' },
  /** Factor of the arcs' widths by how many are drawn (./density.ts); the highlighted keep theirs. */
  u_width_scale: { type: 'float', stage: 'vertex' },
} as const satisfies UniformTable;

/** Uniforms of the pass that lays one 8-bit image over the map. */
export const COMPOSITE_UNIFORMS = {
  u_image: { type: 'sampler2D', stage: 'fragment' },
  /** Opacity of the arcs by how many are drawn (./density.ts). */
  u_opacity: { type: 'float', stage: 'fragment' },
} as const satisfies UniformTable;

/** Uniforms of the pass that lays `images` depth images over the map. */
export function depthCompositeUniforms(images: number) {
  return {
    u_images: { type: 'sampler2D', stage: 'fragment', length: images },
    /** Color of each image's sector, 0–1. */
    u_colors: { type: 'vec3', stage: 'fragment', length: images },
    /** Alpha the images keep while something is highlighted (its arcs are then drawn over them). */
    u_dim: { type: 'float', stage: 'fragment' },
    /**
     * Opacity of the arcs by how many are drawn (./density.ts), as a factor of the depth: each
     * arc of alpha a then covers as one of 1 - (1 - a)^opacity.
     */
    u_opacity: { type: 'float', stage: 'fragment' },
  } as const satisfies UniformTable;
}

export type DepthCompositeUniforms = ReturnType<typeof depthCompositeUniforms>;

const ARC_VERTEX_BODY = /* glsl */ `
out vec4 v_color;
out float v_along;
out float v_across;
out float v_half_width;
flat out int v_status;
flat out float v_picking;

const float DEG = 0.017453292519943295;
const float MAX_LAT = 85.051129;

vec3 unitVector(vec2 lonlat) {
  float lon = lonlat.x * DEG;
  float lat = lonlat.y * DEG;
  return vec3(cos(lat) * cos(lon), cos(lat) * sin(lon), sin(lat));
}

float wrapDelta(float d) {
  return d - 360.0 * floor((d + 180.0) / 360.0);
}

vec2 mercator(vec2 lonlat) {
  float lat = clamp(lonlat.y, -MAX_LAT, MAX_LAT);
  return vec2((lonlat.x + 180.0) / 360.0,
              (180.0 - log(tan(0.7853981633974483 + lat * DEG * 0.5)) / DEG) / 360.0);
}

// The great circle point at t, longitude kept continuous from the first end.
vec2 greatCircle(vec3 a, vec3 b, float angle, vec2 p0, float dLon, float t) {
  float reference = p0.x + t * dLon;
  if (angle < 1e-6) return vec2(reference, mix(p0.y, a_ends.w, t));
  float s = sin(angle);
  vec3 p = (sin((1.0 - t) * angle) * a + sin(t * angle) * b) / s;
  float lon = atan(p.y, p.x) / DEG;
  float lat = asin(clamp(p.z, -1.0, 1.0)) / DEG;
  return vec2(reference + wrapDelta(lon - reference), lat);
}

vec2 arcPoint(vec3 a, vec3 b, float angle, vec2 m0, vec2 chord, float dLon, float t) {
  vec2 m = mercator(greatCircle(a, b, angle, a_ends.xy, dLon, t));
  // North of an east-west chord whichever end comes first (as arcMercatorPath on the CPU).
  float bulge = u_bulge * 4.0 * t * (1.0 - t) * (chord.x >= 0.0 ? 1.0 : -1.0);
  return m + vec2(chord.y, -chord.x) * bulge + vec2(u_world_offset, 0.0);
}

vec2 toScreen(vec4 clip) {
  return clip.xy / clip.w * 0.5 * u_viewport;
}

void main() {
  int sectorIndex = int(a_props.x);
  vec4 sector = texelFetch(u_sectors, ivec2(sectorIndex % SECTOR_COLUMNS, sectorIndex / SECTOR_COLUMNS), 0);
  int status = int(a_props.w);
  if (!arcShown(sector.a > 0.5 || u_all_sectors > 0.5, a_props.y, a_props.z, status, a_places.z, a_shape.z)) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    return;
  }

  vec3 a = unitVector(a_ends.xy);
  vec3 b = unitVector(a_ends.zw);
  float angle = acos(clamp(dot(a, b), -1.0, 1.0));
  float dLon = wrapDelta(a_ends.z - a_ends.x);
  vec2 m0 = mercator(a_ends.xy);
  vec2 chord = mercator(vec2(a_ends.x + dLon, a_ends.w)) - m0;

  // The strip is (segments + 1) pairs of vertices, one on each side of the arc.
  float t = float(gl_VertexID / 2) / u_segments;
  float side = gl_VertexID % 2 == 0 ? -1.0 : 1.0;
  float step = 1.0 / u_segments;
  float tn = t < 1.0 ? t + step * 0.5 : t - step * 0.5;
  vec4 clip = projectTile(arcPoint(a, b, angle, m0, chord, dLon, t));
  vec4 clipNext = projectTile(arcPoint(a, b, angle, m0, chord, dLon, tn));
  vec2 dir = toScreen(clipNext) - toScreen(clip);
  if (t >= 1.0) dir = -dir;
  float len = length(dir);
  dir = len > 1e-6 ? dir / len : vec2(1.0, 0.0);
  vec2 normal = vec2(-dir.y, dir.x);

  float linkIndex = a_shape.z;
  bool hovered = linkIndex == u_hover_link || linkIndex == u_selected_link;
  bool placeHovered = u_hover_place >= 0.0 && (a_places.x == u_hover_place || a_places.y == u_hover_place);
  // The arcs highlighted keep their full width over the thinned others (./density.ts).
  float width = (hovered || placeHovered ? a_shape.y : a_shape.y * u_width_scale) + (hovered ? 2.0 : 0.0)
    + (u_picking > 0.5 ? u_pick_margin * 2.0 : 0.0);
  float halfWidth = (width * 0.5 + 0.5) * u_pixel_ratio; // + half a pixel for antialiasing
  float fan = a_shape.x * u_fan_spacing * u_pixel_ratio * sin(3.141592653589793 * t);
  vec2 offset = normal * (side * halfWidth + fan);
  clip.xy += offset / (0.5 * u_viewport) * clip.w;
  gl_Position = clip;

  float alpha = STATUS_ALPHA[status];
  if (u_hover_place >= 0.0 && !placeHovered) alpha *= u_dim.x;
  if ((u_hover_link >= 0.0 || u_selected_link >= 0.0) && !hovered && !placeHovered) alpha *= u_dim.y;
  if (hovered) alpha = 1.0;

  if (u_picking > 0.5) {
    float id = u_instance_base + float(gl_InstanceID) + 1.0;
    v_color = vec4(mod(id, 256.0), mod(floor(id / 256.0), 256.0), floor(id / 65536.0), 255.0) / 255.0;
  } else {
    v_color = vec4(sector.rgb * alpha, alpha);
  }
  v_along = t * a_shape.w * u_world_size * u_pixel_ratio;
  v_across = side * halfWidth;
  v_half_width = halfWidth;
  v_status = status;
  v_picking = u_picking;
}
`;

/** A GLSL float literal: `7.0`, not `7`. */
export function glslFloat(value: number): string {
  return Number.isInteger(value) ? value.toFixed(1) : String(value);
}

/** One column of the status table as a GLSL array indexed by status code. */
function statusConstant(name: string, column: (style: StatusStyle) => number): string {
  const values = stylesByCode().map((style) => glslFloat(column(style)));
  return `const float ${name}[${values.length}] = float[${values.length}](${values.join(', ')});`;
}

/** A link's flag of `types` and `countries`, from the link texture. */
const LINK_PASSES_GLSL = /* glsl */ `bool linkPasses(float link) {
  int i = int(link);
  return u_all_links > 0.5 || texelFetch(u_links, ivec2(i % LINK_COLUMNS, i / LINK_COLUMNS), 0).r > 0.5;
}`;

/** The vertex shader after MapLibre's prelude (which declares the `prelude` uniforms). */
export const ARC_VERTEX_SHADER = [
  declareAttributes(ARC_ATTRIBUTES),
  declareUniforms(ARC_UNIFORMS, 'vertex'),
  statusConstant('STATUS_ALPHA', (style) => style.alpha),
  `const int SECTOR_COLUMNS = ${SECTOR_COLUMNS};`,
  `const int LINK_COLUMNS = ${LINK_COLUMNS};`,
  LINK_PASSES_GLSL,
  arcShownGlsl({
    ...{ from: 'u_years.x', to: 'u_years.y', statusMask: 'u_status_mask', maxRank: 'u_max_rank' },
    linkMask: 'linkPasses',
  }),
  ARC_VERTEX_BODY,
].join('\n');

/** The whole vertex shader for one of MapLibre's projections, its prelude first. */
export function arcVertexSource(shaderData: { vertexShaderPrelude: string; define: string }): string {
  const { vertexShaderPrelude, define } = shaderData;
  return `#version 300 es\nprecision highp float;\n${vertexShaderPrelude}\n${define}\n${ARC_VERTEX_SHADER}`;
}

const ARC_FRAGMENT_BODY = /* glsl */ `
in vec4 v_color;
in float v_along;
in float v_across;
in float v_half_width;
flat in int v_status;
flat in float v_picking;
out vec4 fragColor;

void main() {
  if (v_picking > 0.5) {
    fragColor = v_color;
    return;
  }
  // Dashed or dotted by status (a dash of 0: solid); the vertex shader fades by status too.
  float dash = STATUS_DASH[v_status] * u_pixel_ratio;
  if (dash > 0.0) {
    float gap = STATUS_GAP[v_status] * u_pixel_ratio;
    if (mod(v_along, dash + gap) > dash) discard;
  }
  float edge = clamp(v_half_width - abs(v_across), 0.0, 1.0);
  fragColor = v_color * edge;
  // Optical depth -log(1 - alpha): summed over arcs it gives the same coverage as blending them
  // one over the other, in any order, and an arc can be taken away again by subtracting it.
  if (u_depth > 0.5) fragColor = vec4(-log(1.0 - min(fragColor.a, 0.999)));
}
`;

/** A fragment shader: the version, float precision, the table's uniforms, then `body`. */
function fragmentShader(uniforms: UniformTable, body: string): string {
  return ['#version 300 es\nprecision highp float;', declareUniforms(uniforms, 'fragment'), body].join('\n');
}

export const ARC_FRAGMENT_SHADER = fragmentShader(
  ARC_UNIFORMS,
  [
    statusConstant('STATUS_DASH', (style) => style.dash),
    statusConstant('STATUS_GAP', (style) => style.gap),
    ARC_FRAGMENT_BODY,
  ].join('\n'),
);

/** Draws the cached arc image over the map: a full-screen triangle, texels taken as they are. */
export const COMPOSITE_VERTEX_SHADER = /* glsl */ `#version 300 es
void main() {
  vec2 corner = vec2(float((gl_VertexID << 1) & 2), float(gl_VertexID & 2));
  gl_Position = vec4(corner * 2.0 - 1.0, 0.0, 1.0);
}
`;

const COMPOSITE_FRAGMENT_BODY = /* glsl */ `
out vec4 fragColor;
void main() {
  fragColor = texelFetch(u_image, ivec2(gl_FragCoord.xy), 0) * u_opacity;
}
`;

export const COMPOSITE_FRAGMENT_SHADER = fragmentShader(COMPOSITE_UNIFORMS, COMPOSITE_FRAGMENT_BODY);

/** Alpha the arcs keep while a place (first) or a link (second) is highlighted and they are not its. */
export const HIGHLIGHT_DIM: [place: number, link: number] = [0.15, 0.35];

/**
 * Lays `images` optical-depth images (one per shown sector, red channel) over the map: coverage
 * 1 - exp(-sum of depths), each sector's color weighted by its share of the depth. For a pixel
 * that only one sector covers, this is exactly what blending its arcs one over the other gives.
 * `u_dim` fades them all while something is highlighted (its arcs are then drawn over them);
 * `u_opacity` scales the depth by the number of arcs drawn.
 */
export function depthCompositeShader(images: number): string {
  const sums = Array.from(
    { length: images },
    (_, i) => `d = texelFetch(u_images[${i}], p, 0).r; depth += d; color += d * u_colors[${i}];`,
  );
  return fragmentShader(
    depthCompositeUniforms(images),
    `
out vec4 fragColor;
void main() {
  ivec2 p = ivec2(gl_FragCoord.xy);
  float depth = 0.0;
  float d;
  vec3 color = vec3(0.0);
  ${sums.join('\n  ')}
  if (depth < 1e-5) discard;
  float alpha = (1.0 - exp(-depth * u_opacity)) * u_dim;
  fragColor = vec4(clamp(color / depth, 0.0, 1.0) * alpha, alpha);
}
`,
  );
}
