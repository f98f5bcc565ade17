import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { DataSet } from '../data/model.js';
import { parseDataText, type ColumnMapping, type DataFormat } from '../data/parse.js';
import { readRegionFile, type RegionFile } from '../data/regions.js';
import type { CooperationDataInput, DataIssue } from '../data/types.js';
import { needsSubdivisions, validateDataSet } from '../data/validate.js';
import type { LoadProgress } from './fetch.js';
import { bundledGazetteer } from './geodata.js';

export interface PipelineInput {
  /** The data set as text (JSON or CSV), or as an object. */
  text?: string;
  data?: CooperationDataInput;
  format?: DataFormat;
  columns?: ColumnMapping;
  /** Region shapes given by the page (GeoJSON or TopoJSON), already parsed. */
  regions?: unknown;
  geodataBase: string;
  onProgress?: (progress: LoadProgress) => void;
}

export interface PipelineResult {
  dataset: DataSet;
  issues: DataIssue[];
  /** Shapes of the places the data set uses, with `properties.placeIndex`. */
  shapes: FeatureCollection<Geometry, Record<string, unknown>>;
}

/** Thrown when a data set cannot be used at all; carries the issues that say why. */
export class DataLoadError extends Error {
  constructor(message: string, readonly issues: DataIssue[]) {
    super(message);
    this.name = 'DataLoadError';
  }
}

/** Source text → parse → validate → resolve places; the pure steps, with the geodata they need. */
export async function runPipeline(input: PipelineInput): Promise<PipelineResult> {
  const issues: DataIssue[] = [];
  let data = input.data;
  let rowNumbers: number[] | undefined;
  if (!data) {
    const parsed = parseDataText(input.text ?? '', { format: input.format, columns: input.columns });
    issues.push(...parsed.issues);
    if (!parsed.data) throw new DataLoadError(parsed.issues[0]?.message ?? 'the data set could not be read', parsed.issues);
    data = parsed.data;
    rowNumbers = parsed.rowNumbers;
  }
  const { gazetteer, countries, admin1 } = await bundledGazetteer(input.geodataBase, needsSubdivisions(data), input.onProgress);
  let custom: RegionFile | null = null;
  if (input.regions !== undefined && input.regions !== null) {
    custom = readRegionFile(input.regions, 'regions');
    issues.push(...custom.issues);
    if (custom.places.length === 0 && custom.issues.some((i) => i.severity === 'error')) {
      throw new DataLoadError(`region shapes: ${custom.issues[0]!.message}`, custom.issues);
    }
    gazetteer.add(custom.places);
  }
  const result = validateDataSet(data, { gazetteer, rowNumbers });
  issues.push(...result.issues);
  const files: Record<string, RegionFile | null> = { country: countries, admin1, regions: custom };
  const features: Feature<Geometry, Record<string, unknown>>[] = [];
  for (const place of result.dataset.places) {
    if (!place.shape) continue;
    const file = files[place.shape];
    const feature = file?.byId.get(place.id);
    if (feature) features.push({ ...feature, id: place.index, properties: { ...feature.properties, placeId: place.id, placeIndex: place.index, country: place.shape === 'country' } });
  }
  return { dataset: result.dataset, issues, shapes: { type: 'FeatureCollection', features } };
}
