import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature as topoFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { KnownPlace } from './gazetteer.js';
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

  constructor(
    json: unknown,
    private readonly shape: ShapeSource,
    private readonly path: string,
  ) {
    this.source = featureSource(json);
    if (!this.source) {
      const message = 'not GeoJSON or TopoJSON: expected a FeatureCollection or a Topology';
      this.issues.push({ severity: 'error', code: 'region-file', path, message });
    }
  }

  get count(): number {
    return this.source?.count ?? 0;
  }

  readonly add = (i: number): void => {
    const f = this.source!.at(i);
    const props = (isRecord(f.properties) ? f.properties : {}) as Record<string, unknown>;
    const rawId = f.id ?? props.id ?? props.iso_3166_2 ?? props.iso_a2;
    if ((typeof rawId !== 'string' && typeof rawId !== 'number') || String(rawId).trim() === '') {
      this.issues.push({
        severity: 'warning',
        code: 'region-file',
        path: `${this.path}.features[${i}]`,
        message: 'a feature without an id cannot be linked to; ignored',
      });
      return;
    }
    const id = String(rawId).trim();
    if (this.seen.has(id)) {
      this.issues.push({
        severity: 'warning',
        code: 'region-file',
        path: `${this.path}.features[${i}]`,
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
  at(i: number): RegionFeature;
}

/** The features of a file, one at a time: TopoJSON geometries are decoded as they are asked for. */
function featureSource(json: unknown): FeatureSource | null {
  if (!isRecord(json)) return null;
  if (json.type === 'FeatureCollection' && Array.isArray(json.features)) {
    const features = json.features as RegionFeature[];
    return { count: features.length, at: (i) => features[i]! };
  }
  if (json.type === 'Feature') return { count: 1, at: () => json as unknown as RegionFeature };
  if (json.type === 'Topology' && isRecord(json.objects)) {
    const topology = json as unknown as Topology;
    const geometries: unknown[] = [];
    for (const object of Object.values(json.objects)) {
      if (isRecord(object) && object.type === 'GeometryCollection' && Array.isArray(object.geometries))
        geometries.push(...(object.geometries as unknown[]));
      else geometries.push(object);
    }
    return {
      count: geometries.length,
      at: (i) => topoFeature(topology, geometries[i] as never) as unknown as RegionFeature,
    };
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
