import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature as topoFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { KnownPlace } from './gazetteer.js';
import { isRecord } from './parse.js';
import type { DataIssue, LocalizedText } from './types.js';

export type ShapeSource = KnownPlace['shape'];

export interface RegionFile {
  features: FeatureCollection<Geometry, Record<string, unknown>>;
  byId: Map<string, Feature<Geometry, Record<string, unknown>>>;
  places: KnownPlace[];
  issues: DataIssue[];
}

/**
 * Reads region shapes (GeoJSON or TopoJSON) into features keyed by id and the places they define.
 * The id of a feature is its `id`, else its `properties.id`, `iso_3166_2` or `iso_a2`.
 * Its label point is `properties.label` (`[lon, lat]`), else the centre of its bounding box.
 */
export function readRegionFile(json: unknown, shape: ShapeSource, path = 'regions'): RegionFile {
  const issues: DataIssue[] = [];
  const collection = toFeatureCollection(json);
  if (!collection) {
    issues.push({ severity: 'error', code: 'region-file', path, message: 'not GeoJSON or TopoJSON: expected a FeatureCollection or a Topology' });
    return { features: { type: 'FeatureCollection', features: [] }, byId: new Map(), places: [], issues };
  }
  const features: Feature<Geometry, Record<string, unknown>>[] = [];
  const places: KnownPlace[] = [];
  const seen = new Set<string>();
  collection.features.forEach((f, i) => {
    const props = (isRecord(f.properties) ? f.properties : {}) as Record<string, unknown>;
    const rawId = f.id ?? props.id ?? props.iso_3166_2 ?? props.iso_a2;
    if ((typeof rawId !== 'string' && typeof rawId !== 'number') || String(rawId).trim() === '') {
      issues.push({ severity: 'warning', code: 'region-file', path: `${path}.features[${i}]`, message: 'a feature without an id cannot be linked to; ignored' });
      return;
    }
    const id = String(rawId).trim();
    if (seen.has(id)) {
      issues.push({ severity: 'warning', code: 'region-file', path: `${path}.features[${i}]`, message: `feature id "${id}" repeats; the first one is used` });
      return;
    }
    if (!f.geometry) return;
    seen.add(id);
    const label = labelPoint(props.label) ?? bboxCenter(f.geometry);
    if (!label) return;
    const name = nameOf(props) ?? id;
    features.push({ type: 'Feature', id, geometry: f.geometry, properties: { ...props, id } });
    places.push({ id, name, lon: label[0], lat: label[1], kind: kindFor(shape, props), shape });
  });
  return { features: { type: 'FeatureCollection', features }, byId: new Map(features.map((f) => [String(f.id), f])), places, issues };
}

function kindFor(shape: ShapeSource, props: Record<string, unknown>): string {
  if (typeof props.kind === 'string') return props.kind;
  return shape === 'country' ? 'country' : 'region';
}

function toFeatureCollection(json: unknown): FeatureCollection<Geometry, Record<string, unknown>> | null {
  if (!isRecord(json)) return null;
  if (json.type === 'FeatureCollection' && Array.isArray(json.features)) {
    return json as unknown as FeatureCollection<Geometry, Record<string, unknown>>;
  }
  if (json.type === 'Feature') return { type: 'FeatureCollection', features: [json as unknown as Feature<Geometry, Record<string, unknown>>] };
  if (json.type === 'Topology' && isRecord(json.objects)) {
    const features: Feature<Geometry, Record<string, unknown>>[] = [];
    for (const object of Object.values(json.objects)) {
      const converted = topoFeature(json as unknown as Topology, object as never) as unknown;
      if (isRecord(converted) && Array.isArray(converted.features)) features.push(...(converted.features as Feature<Geometry, Record<string, unknown>>[]));
      else if (isRecord(converted)) features.push(converted as unknown as Feature<Geometry, Record<string, unknown>>);
    }
    return { type: 'FeatureCollection', features };
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
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
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
  if (geometry.type === 'GeometryCollection') for (const g of geometry.geometries) visit((g as { coordinates?: unknown }).coordinates);
  else visit(geometry.coordinates);
  return Number.isFinite(minX) ? [(minX + maxX) / 2, (minY + maxY) / 2] : null;
}
