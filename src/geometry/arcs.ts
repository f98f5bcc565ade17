import type { DataSet, Link } from '../data/model.js';
import { STATUS_CODE } from '../filters/statuses.js';
import { linkRanks, type LinkRanks } from '../filters/thinning.js';
import { arcShown, YEAR_MAX, YEAR_MIN, type VisibilityWindow } from '../filters/visibility.js';
import { maxWidthMeasure, widthFor, widthMeasure } from './widths.js';

/**
 * Arc geometry. The GPU draws every arc from one instance record (its two ends and its
 * attributes) and computes the great circle in the vertex shader; these functions are the same
 * math on the CPU, for fitting the view, tests and exports, and they build the instance records.
 */

/** Sideways bulge of an arc, as a fraction of its chord in Web Mercator, so short links read as arcs too. */
export const ARC_BULGE = 0.12;
/** Pixels between two arcs fanned side by side (one per sector, or parallel links of one pair), at their middle. */
export const FAN_SPACING_PX = 3.5;

/** Floats per arc instance in `ArcBuffers.instances`; the attribute layout the shader reads. */
export const INSTANCE_FLOATS = 15;
export const INSTANCE_LAYOUT = {
  ends: 0, // source lon, lat, target lon, lat (degrees)
  sector: 4,
  since: 5,
  until: 6,
  status: 7,
  fan: 8, // offset from the middle of the fan, in fan steps
  width: 9, // CSS pixels
  link: 10, // index of the link in DataSet.links
  length: 11, // length of the arc in Web Mercator units (world = 1), for dashes
  sourcePlace: 12,
  targetPlace: 13,
  rank: 14, // the link's rank by weight (filters/thinning.ts), for `top` and `min-weight`
} as const;

/**
 * Whether the instance whose floats start at `at` shows: the vertex shader's test on the CPU,
 * with the same numbers as its uniforms. `sectorShown` by sector index; null: whatever the
 * sector (as `u_all_sectors` draws a sector's own image).
 */
export function instanceShown(
  window: VisibilityWindow,
  sectorShown: readonly boolean[] | null,
  instances: Float32Array,
  at: number,
): boolean {
  const L = INSTANCE_LAYOUT;
  const sector = sectorShown === null || sectorShown[instances[at + L.sector]!] === true;
  const [since, until, status] = [instances[at + L.since]!, instances[at + L.until]!, instances[at + L.status]!];
  return arcShown(window, sector, since, until, status, instances[at + L.rank]!, instances[at + L.link]!);
}

export interface ArcBuffers {
  /** INSTANCE_FLOATS floats per arc; one arc per link and sector, by sector, longest arcs first. */
  instances: Float32Array;
  count: number;
  /** For each instance, the link it draws. */
  linkOfInstance: Uint32Array;
  /**
   * Runs of instances of similar length (longest first), so each run is drawn with as many
   * segments as its longest arc needs on screen and no more.
   */
  buckets: { start: number; count: number; maxLength: number; sector: number }[];
  /** Smallest and largest longitude the arcs reach as drawn (unwrapped), to pick world copies. */
  lonRange: [number, number];
}

/** Arcs whose Web Mercator lengths lie within this factor of each other share a bucket. */
const BUCKET_RATIO = 2;
const MIN_BUCKET_LENGTH = 1 / 4096;

const DEG = Math.PI / 180;
const MAX_MERCATOR_LAT = 85.051129;

/** Wraps a longitude difference into (−180, 180]. */
export function wrapDelta(delta: number): number {
  const d = ((((delta + 180) % 360) + 360) % 360) - 180;
  return d === -180 ? 180 : d;
}

/**
 * The point at fraction `t` of the great circle from `a` to `b`, with its longitude kept
 * continuous from `a` (it may leave [−180, 180] when the arc crosses the antimeridian).
 */
export function greatCirclePoint(
  a: readonly [number, number],
  b: readonly [number, number],
  t: number,
): [number, number] {
  const [lon0, lat0] = a;
  const [lon1, lat1] = b;
  const dLon = wrapDelta(lon1 - lon0);
  const ax = Math.cos(lat0 * DEG) * Math.cos(lon0 * DEG);
  const ay = Math.cos(lat0 * DEG) * Math.sin(lon0 * DEG);
  const az = Math.sin(lat0 * DEG);
  const bx = Math.cos(lat1 * DEG) * Math.cos(lon1 * DEG);
  const by = Math.cos(lat1 * DEG) * Math.sin(lon1 * DEG);
  const bz = Math.sin(lat1 * DEG);
  const d = Math.acos(Math.min(1, Math.max(-1, ax * bx + ay * by + az * bz)));
  const reference = lon0 + t * dLon;
  if (d < 1e-9) return [reference, lat0 + t * (lat1 - lat0)];
  const s = Math.sin(d);
  const wa = Math.sin((1 - t) * d) / s;
  const wb = Math.sin(t * d) / s;
  const x = wa * ax + wb * bx;
  const y = wa * ay + wb * by;
  const z = wa * az + wb * bz;
  const lon = Math.atan2(y, x) / DEG;
  const lat = Math.asin(Math.max(-1, Math.min(1, z))) / DEG;
  return [reference + wrapDelta(lon - reference), lat];
}

/** Web Mercator of a longitude and latitude, with the world spanning 0…1 (x may leave it for unwrapped longitudes). */
export function toMercator(lon: number, lat: number): [number, number] {
  const clamped = Math.max(-MAX_MERCATOR_LAT, Math.min(MAX_MERCATOR_LAT, lat));
  const x = (lon + 180) / 360;
  const y = (180 - Math.log(Math.tan(Math.PI / 4 + (clamped * DEG) / 2)) / DEG) / 360;
  return [x, y];
}

/** Longitude and latitude of a Web Mercator point (world 0…1): the inverse of `toMercator`. */
export function fromMercator(x: number, y: number): [number, number] {
  const lon = x * 360 - 180;
  const lat = (2 * Math.atan(Math.exp(((180 - y * 360) * Math.PI) / 180)) - Math.PI / 2) / DEG;
  return [lon, lat];
}

/** Where the middle of the drawn arc between two places is, as longitude and latitude. */
export function arcMiddle(a: readonly [number, number], b: readonly [number, number]): [number, number] {
  const [x, y] = arcMercatorPath(a, b, 2)[1]!;
  return fromMercator(x, y);
}

/** The great circle from `a` to `b` as `segments + 1` points, longitudes continuous. */
export function greatCirclePath(
  a: readonly [number, number],
  b: readonly [number, number],
  segments = 48,
): [number, number][] {
  const points: [number, number][] = [];
  for (let i = 0; i <= segments; i++) points.push(greatCirclePoint(a, b, i / segments));
  return points;
}

/** The drawn arc in Web Mercator: the great circle plus the sideways bulge (the shader does the same). */
export function arcMercatorPath(
  a: readonly [number, number],
  b: readonly [number, number],
  segments = 48,
): [number, number][] {
  const m0 = toMercator(a[0], a[1]);
  const end = greatCirclePoint(a, b, 1);
  const m1 = toMercator(end[0], end[1]);
  const cx = m1[0] - m0[0];
  const cy = m1[1] - m0[1];
  // Bulge to the north of an east–west chord, whichever end comes first, so both directions of a
  // pair draw the same arc (Web Mercator y grows southward).
  const side = cx >= 0 ? 1 : -1;
  const out: [number, number][] = [];
  for (let i = 0; i <= segments; i++) {
    const t = i / segments;
    const [lon, lat] = greatCirclePoint(a, b, t);
    const m = toMercator(lon, lat);
    const bulge = ARC_BULGE * 4 * t * (1 - t) * side;
    out.push([m[0] + cy * bulge, m[1] - cx * bulge]);
  }
  return out;
}

function pathLength(points: readonly [number, number][]): number {
  let length = 0;
  for (let i = 1; i < points.length; i++)
    length += Math.hypot(points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1]);
  return length;
}

/** Width of a link in CSS pixels: its weight (or, without one, its number of activities) scaled against the largest. */
export function linkWidths(links: readonly Link[]): Float32Array {
  const max = maxWidthMeasure(links);
  return Float32Array.from(links, (link) => widthFor(widthMeasure(link), max));
}

/**
 * One instance per link and sector, fanned: the arcs between one pair of places (several
 * sectors of a link, or several links) get distinct fan offsets, so none lies on another.
 * Ends are stored in a canonical order per pair so that all arcs of a pair bulge the same way.
 */
export function buildArcBuffers(dataset: DataSet, ranks: LinkRanks = linkRanks(dataset)): ArcBuffers {
  const { links, places, sectors } = dataset;
  const sectorIndex = new Map(sectors.map((s) => [s.id, s.index]));
  let count = 0;
  for (const link of links) count += link.sectors.length;
  const instances = new Float32Array(count * INSTANCE_FLOATS);
  const linkOfInstance = new Uint32Array(count);
  const widths = linkWidths(links);

  // Group the arcs of each unordered pair to lay out their fan.
  const fanSize = new Map<string, number>();
  const pairKey = (link: Link) =>
    link.sourceIndex < link.targetIndex
      ? `${link.sourceIndex}:${link.targetIndex}`
      : `${link.targetIndex}:${link.sourceIndex}`;
  for (const link of links) fanSize.set(pairKey(link), (fanSize.get(pairKey(link)) ?? 0) + link.sectors.length);
  const fanNext = new Map<string, number>();
  const lengthOfPair = new Map<string, number>();

  const L = INSTANCE_LAYOUT;
  let n = 0;
  let lonMin = Infinity;
  let lonMax = -Infinity;
  for (const link of links) {
    const key = pairKey(link);
    const forward = link.sourceIndex < link.targetIndex;
    const first = places[forward ? link.sourceIndex : link.targetIndex]!;
    const second = places[forward ? link.targetIndex : link.sourceIndex]!;
    let length = lengthOfPair.get(key);
    if (length === undefined) {
      length = pathLength(arcMercatorPath([first.lon, first.lat], [second.lon, second.lat], 8));
      lengthOfPair.set(key, length);
    }
    const end = first.lon + wrapDelta(second.lon - first.lon);
    lonMin = Math.min(lonMin, first.lon, end);
    lonMax = Math.max(lonMax, first.lon, end);
    const size = fanSize.get(key)!;
    for (const sector of link.sectors) {
      const slot = fanNext.get(key) ?? 0;
      fanNext.set(key, slot + 1);
      const o = n * INSTANCE_FLOATS;
      instances[o + L.ends] = first.lon;
      instances[o + L.ends + 1] = first.lat;
      instances[o + L.ends + 2] = second.lon;
      instances[o + L.ends + 3] = second.lat;
      instances[o + L.sector] = sectorIndex.get(sector) ?? 0;
      instances[o + L.since] = link.since ?? YEAR_MIN;
      instances[o + L.until] = link.until ?? YEAR_MAX;
      instances[o + L.status] = STATUS_CODE[link.status];
      instances[o + L.fan] = slot - (size - 1) / 2;
      instances[o + L.width] = widths[link.index]!;
      instances[o + L.link] = link.index;
      instances[o + L.length] = length;
      instances[o + L.sourcePlace] = link.sourceIndex;
      instances[o + L.targetPlace] = link.targetIndex;
      instances[o + L.rank] = ranks.rank[link.index]!;
      linkOfInstance[n] = link.index;
      n++;
    }
  }
  return sortIntoBuckets(instances, linkOfInstance, count, Number.isFinite(lonMin) ? [lonMin, lonMax] : [0, 0]);
}

/**
 * Orders instances by sector, then longest first, and cuts them into runs of one sector and
 * similar length: a sector's arcs can be drawn on their own, each run with the segments its
 * longest arc needs.
 */
function sortIntoBuckets(
  instances: Float32Array,
  linkOfInstance: Uint32Array,
  count: number,
  lonRange: [number, number],
): ArcBuffers {
  const L = INSTANCE_LAYOUT;
  const lengthOf = (i: number) => instances[i * INSTANCE_FLOATS + L.length]!;
  const sectorOf = (i: number) => instances[i * INSTANCE_FLOATS + L.sector]!;
  const order = Uint32Array.from({ length: count }, (_, i) => i).sort(
    (a, b) => sectorOf(a) - sectorOf(b) || lengthOf(b) - lengthOf(a) || a - b,
  );
  const sorted = new Float32Array(instances.length);
  const links = new Uint32Array(count);
  order.forEach((from, to) => {
    sorted.set(instances.subarray(from * INSTANCE_FLOATS, (from + 1) * INSTANCE_FLOATS), to * INSTANCE_FLOATS);
    links[to] = linkOfInstance[from]!;
  });
  const buckets: ArcBuffers['buckets'] = [];
  for (let i = 0; i < count; i++) {
    const length = sorted[i * INSTANCE_FLOATS + L.length]!;
    const sector = sorted[i * INSTANCE_FLOATS + L.sector]!;
    const last = buckets.at(-1);
    const similar = last && (length * BUCKET_RATIO >= last.maxLength || last.maxLength <= MIN_BUCKET_LENGTH);
    if (last && last.sector === sector && similar) last.count++;
    else buckets.push({ start: i, count: 1, maxLength: length, sector });
  }
  return { instances: sorted, count, linkOfInstance: links, buckets, lonRange };
}
