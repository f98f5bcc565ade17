import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature as topoFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { KnownPlace } from './gazetteer.js';
import { nestsTooDeep } from './json.js';
import { tooDeepMessage } from './limits.js';
import { isRecord } from './records.js';
import { runSteps, runStepsSync, TimeSlicer } from './slicer.js';
import type { DataIssue, LocalizedText } from './types.js';

export type ShapeSource = KnownPlace['shape'];

export interface RegionFile {
  features: FeatureCollection<Geometry, Record<string, unknown>>;
  byId: Map<string, Feature<Geometry, Record<string, unknown>>>;
  places: KnownPlace[];
  issues: DataIssue[];
}

type RegionFeature = Feature<Geometry, Record<string, unknown>>;

/**
 * Reads region shapes (GeoJSON or TopoJSON) into features keyed by id and the places they define.
 * The id of a feature is its `id`, else its `properties.id`, `iso_3166_2` or `iso_a2`.
 * Its label point is `properties.label` (`[lon, lat]`), else the centre of its bounding box.
 */
export function readRegionFile(json: unknown, shape: ShapeSource, path = 'regions'): RegionFile {
  const reader = new RegionReader(json, shape, path);
  runStepsSync(reader.count, reader.add);
  return reader.finish();
}

/**
 * `readRegionFile`, handing the event loop back while it decodes: the bundled admin-1 file
 * holds some 4,000 regions, which take around 100 ms to decode in one go.
 */
export async function readRegionFileAsync(
  json: unknown,
  shape: ShapeSource,
  path = 'regions',
  slicer = new TimeSlicer(),
  signal?: AbortSignal,
): Promise<RegionFile> {
  const reader = new RegionReader(json, shape, path);
  await runSteps(reader.count, reader.add, { slicer, signal });
  return reader.finish();
}

/** Reads a file one feature a step; a file that is neither GeoJSON nor TopoJSON has no steps and one issue. */
class RegionReader {
  private readonly issues: DataIssue[] = [];
  private readonly features: RegionFeature[] = [];
  private readonly places: KnownPlace[] = [];
  private readonly seen = new Set<string>();
  private readonly source: FeatureSource | null;
  /** Features left out because they cannot be read. */
  private problems = 0;

  constructor(
    json: unknown,
    private readonly shape: ShapeSource,
    private readonly path: string,
  ) {
    const source = featureSource(json, path);
    this.source = typeof source === 'string' ? null : source;
    if (typeof source === 'string') this.issues.push({ severity: 'error', code: 'region-file', path, message: source });
  }

  get count(): number {
    return this.source?.count ?? 0;
  }

  readonly add = (i: number): void => {
    const source = this.source!;
    let f: RegionFeature | string;
    try {
      f = source.at(i);
    } catch (error) {
      // What the checks below let through and the TopoJSON decoder still cannot read.
      f = `cannot be decoded (${(error as Error).message})`;
    }
    if (typeof f === 'string') {
      this.problems++;
      this.issues.push({ severity: 'warning', code: 'region-file', path: source.path(i), message: `${f}; ignored` });
      return;
    }
    const props = (isRecord(f.properties) ? f.properties : {}) as Record<string, unknown>;
    const rawId = f.id ?? props.id ?? props.iso_3166_2 ?? props.iso_a2;
    if ((typeof rawId !== 'string' && typeof rawId !== 'number') || String(rawId).trim() === '') {
      this.issues.push({
        severity: 'warning',
        code: 'region-file',
        path: this.source!.path(i),
        message: 'a feature without an id cannot be linked to; ignored',
      });
      return;
    }
    const id = String(rawId).trim();
    if (this.seen.has(id)) {
      this.issues.push({
        severity: 'warning',
        code: 'region-file',
        path: this.source!.path(i),
        message: `feature id "${id}" repeats; the first one is used`,
      });
      return;
    }
    if (!f.geometry) return;
    this.seen.add(id);
    const label = labelPoint(props.label) ?? bboxCenter(f.geometry);
    if (!label) return;
    const name = nameOf(props) ?? id;
    this.features.push({ type: 'Feature', id, geometry: f.geometry, properties: { ...props, id } });
    this.places.push({ id, name, lon: label[0], lat: label[1], kind: kindFor(this.shape, props), shape: this.shape });
  };

  finish(): RegionFile {
    if (this.problems > 0 && this.places.length === 0) {
      const first = this.issues.find((issue) => issue.message.endsWith('; ignored'))!;
      const message =
        `none of the ${this.count} shapes can be read; the first: ${first.path}: ` +
        first.message.replace(/; ignored$/, '');
      this.issues.unshift({ severity: 'error', code: 'region-file', path: this.path, message });
    }
    const features = this.features;
    return {
      features: { type: 'FeatureCollection', features },
      byId: new Map(features.map((f) => [String(f.id), f])),
      places: this.places,
      issues: this.issues,
    };
  }
}

function kindFor(shape: ShapeSource, props: Record<string, unknown>): string {
  if (typeof props.kind === 'string') return props.kind;
  return shape === 'country' ? 'country' : 'region';
}

interface FeatureSource {
  count: number;
  /** The feature, or what is wrong with it. */
  at(i: number): RegionFeature | string;
  /** Where the feature is in the file, for its issues. */
  path(i: number): string;
}

/**
 * The features of a file, one at a time: TopoJSON geometries are decoded as they are asked for.
 * Each is checked before it is used, so a broken one is reported and left out, and the decoder
 * and the map never see arcs that are not there or coordinates that are not numbers; a file
 * that is neither GeoJSON nor TopoJSON comes back as what is wrong with it.
 */
function featureSource(json: unknown, path: string): FeatureSource | string {
  if (!isRecord(json)) return 'not GeoJSON or TopoJSON: expected a FeatureCollection or a Topology';
  if (json.type === 'FeatureCollection') {
    if (!Array.isArray(json.features)) return 'a FeatureCollection without a "features" list';
    const features = json.features as unknown[];
    return { count: features.length, at: (i) => checkFeature(features[i]), path: (i) => `${path}.features[${i}]` };
  }
  if (json.type === 'Feature') return { count: 1, at: () => checkFeature(json), path: () => path };
  if (json.type === 'Topology') return topologySource(json, path);
  return 'not GeoJSON or TopoJSON: expected a FeatureCollection or a Topology';
}

function topologySource(json: Record<string, unknown>, path: string): FeatureSource | string {
  if (!isRecord(json.objects)) return 'a TopoJSON Topology without "objects"';
  if (!Array.isArray(json.arcs)) return 'a TopoJSON Topology without an "arcs" list';
  if (json.transform !== undefined && !isTransform(json.transform))
    return 'the TopoJSON "transform" must hold a "scale" and a "translate" of two numbers each';
  const topology = json as unknown as Topology;
  const arcs = new ArcCheck(json.arcs as unknown[]);
  const geometries: unknown[] = [];
  const paths: string[] = [];
  for (const [name, object] of Object.entries(json.objects)) {
    const at = `${path}.objects${propertyPath(name)}`;
    if (isRecord(object) && object.type === 'GeometryCollection' && Array.isArray(object.geometries)) {
      (object.geometries as unknown[]).forEach((geometry, j) => {
        geometries.push(geometry);
        paths.push(`${at}.geometries[${j}]`);
      });
    } else {
      geometries.push(object);
      paths.push(at);
    }
  }
  return {
    count: geometries.length,
    at: (i) => {
      const geometry = geometries[i];
      const problem = topoGeometryProblem(geometry, arcs);
      return problem ?? (topoFeature(topology, geometry as never) as unknown as RegionFeature);
    },
    path: (i) => paths[i]!,
  };
}

function propertyPath(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`;
}

function isTransform(value: unknown): boolean {
  const pair = (v: unknown) => Array.isArray(v) && v.length === 2 && v.every((n) => Number.isFinite(n));
  return isRecord(value) && pair(value.scale) && pair(value.translate);
}

/** How deeply positions nest in each type of geometry (GeoJSON coordinates; TopoJSON arcs one level less). */
const POSITION_NESTING: Readonly<Record<string, number>> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
};

/** GeometryCollections in GeometryCollections: a shape file needs one level, rarely two. */
const MAX_COLLECTION_NESTING = 8;

/** A GeoJSON feature that can be used, or what is wrong with it. */
function checkFeature(value: unknown): RegionFeature | string {
  if (!isRecord(value)) return 'not a feature (an object with "geometry" and "properties")';
  if (nestsTooDeep(value)) return tooDeepMessage();
  if (value.geometry !== null && value.geometry !== undefined) {
    const problem = geometryProblem(value.geometry, 0);
    if (problem) return problem;
  }
  return value as unknown as RegionFeature;
}

function geometryProblem(geometry: unknown, nesting: number): string | null {
  if (!isRecord(geometry)) return 'its geometry is not an object';
  if (geometry.type === 'GeometryCollection') {
    if (!Array.isArray(geometry.geometries)) return 'a GeometryCollection without a "geometries" list';
    if (nesting >= MAX_COLLECTION_NESTING) return 'GeometryCollections are nested too deeply';
    for (const child of geometry.geometries as unknown[]) {
      const problem = geometryProblem(child, nesting + 1);
      if (problem) return problem;
    }
    return null;
  }
  const depth = typeof geometry.type === 'string' ? POSITION_NESTING[geometry.type] : undefined;
  if (depth === undefined) return `${JSON.stringify(geometry.type) ?? 'no'} is not a geometry type`;
  return arePositions(geometry.coordinates, depth) ? null : `the coordinates of its ${geometry.type} are not positions`;
}

/** Whether `value` is positions (`[lon, lat]`, numbers) nested `depth` lists deep. */
function arePositions(value: unknown, depth: number): boolean {
  if (!Array.isArray(value)) return false;
  if (depth === 0) return value.length >= 2 && value.every((n) => Number.isFinite(n));
  return value.every((item) => arePositions(item, depth - 1));
}

/** Checks the arcs a TopoJSON geometry names, each arc once however many geometries share it. */
class ArcCheck {
  private readonly state: Uint8Array;

  constructor(private readonly arcs: unknown[]) {
    this.state = new Uint8Array(arcs.length);
  }

  /** What is wrong with the arc an index names (`~i` for arc `i` reversed), or null. */
  problem(index: unknown): string | null {
    if (!Number.isInteger(index)) return `arc index ${JSON.stringify(index) ?? 'undefined'} is not a whole number`;
    const i = (index as number) < 0 ? ~(index as number) : (index as number);
    if (i >= this.arcs.length) return `it names arc ${i}, and the file has ${this.arcs.length} arcs`;
    if (this.state[i] === 0) this.state[i] = arePositions(this.arcs[i], 1) ? 1 : 2;
    return this.state[i] === 1 ? null : `arc ${i} is not a list of positions`;
  }
}

function topoGeometryProblem(geometry: unknown, arcs: ArcCheck, nesting = 0): string | null {
  if (!isRecord(geometry)) return 'not a TopoJSON geometry (an object with a "type")';
  if (nesting === 0 && nestsTooDeep(geometry)) return tooDeepMessage();
  const type = geometry.type;
  if (type === null) return null;
  if (type === 'GeometryCollection') {
    if (!Array.isArray(geometry.geometries)) return 'a GeometryCollection without a "geometries" list';
    if (nesting >= MAX_COLLECTION_NESTING) return 'GeometryCollections are nested too deeply';
    for (const child of geometry.geometries as unknown[]) {
      const problem = topoGeometryProblem(child, arcs, nesting + 1);
      if (problem) return problem;
    }
    return null;
  }
  if (type === 'Point' || type === 'MultiPoint') {
    return arePositions(geometry.coordinates, POSITION_NESTING[type]!)
      ? null
      : `the coordinates of its ${type} are not positions`;
  }
  const depth = typeof type === 'string' ? POSITION_NESTING[type] : undefined;
  if (depth === undefined) return `${JSON.stringify(type) ?? 'no'} is not a geometry type`;
  return arcIndexesProblem(geometry.arcs, depth, arcs) ?? null;
}

/** What is wrong with a geometry's `arcs`: lists of arc indexes nested `depth` deep (a LineString's is 1). */
function arcIndexesProblem(value: unknown, depth: number, arcs: ArcCheck): string | null {
  if (!Array.isArray(value)) return 'its "arcs" are not lists of arc indexes';
  for (const item of value as unknown[]) {
    const problem = depth === 1 ? arcs.problem(item) : arcIndexesProblem(item, depth - 1, arcs);
    if (problem) return problem;
  }
  return null;
}

function nameOf(props: Record<string, unknown>): LocalizedText | null {
  const name = props.name;
  if (typeof name === 'string') return name;
  if (isRecord(name)) {
    const out: Record<string, string> = {};
    for (const [lang, text] of Object.entries(name)) if (typeof text === 'string') out[lang] = text;
    if (Object.keys(out).length > 0) return out;
  }
  return null;
}

function labelPoint(value: unknown): [number, number] | null {
  if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'number' && Number.isFinite(v))) {
    return [value[0] as number, value[1] as number];
  }
  return null;
}

function bboxCenter(geometry: Geometry): [number, number] | null {
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  const visit = (coords: unknown): void => {
    if (!Array.isArray(coords)) return;
    if (typeof coords[0] === 'number' && typeof coords[1] === 'number') {
      const [x, y] = coords as [number, number];
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
      return;
    }
    for (const c of coords) visit(c);
  };
  if (geometry.type === 'GeometryCollection')
    for (const g of geometry.geometries) visit((g as { coordinates?: unknown }).coordinates);
  else visit(geometry.coordinates);
  return Number.isFinite(minX) ? [(minX + maxX) / 2, (minY + maxY) / 2] : null;
}
