// The index of the bundled admin-1 regions (geodata/admin1/index.json, see geodata/README.md):
// every region's code, names, label point, bounding box and upper region, without its shape. It
// resolves and labels regions; a region's shape is in its country's file, geodata/admin1/XX.json,
// loaded only when a data set draws it.
import type { KnownPlace } from './gazetteer.js';
import { isRecord } from './records.js';

export interface Admin1Index {
  /** Every region as a place of the gazetteer (`shape: 'admin1'`), in code order. */
  readonly places: readonly KnownPlace[];
  /** [west, south, east, north] of each region, by code. */
  readonly bbox: ReadonlyMap<string, readonly [number, number, number, number]>;
  /** The upper region a region is in (`FR-75C` → `FR-IDF`), by code. */
  readonly parent: ReadonlyMap<string, string>;
  /** The countries that have regions: each has a file `admin1/XX.json`. */
  readonly countries: ReadonlySet<string>;
}

const numbers = (value: unknown): value is number[] => Array.isArray(value) && value.every(Number.isFinite);

/** Reads the index; throws with what is wrong when it is not one (`path` names the file). */
export function readAdmin1Index(json: unknown, path = 'admin1/index.json'): Admin1Index {
  const bad = (what: string) => new Error(`${path}: not a region index (${what})`);
  if (!isRecord(json) || !Array.isArray(json.codes)) throw bad('no "codes" list');
  const codes = json.codes as unknown[];
  const { label, bbox } = json;
  if (!numbers(label) || label.length !== codes.length * 2) throw bad('"label" is not two numbers a region');
  if (!numbers(bbox) || bbox.length !== codes.length * 4) throw bad('"bbox" is not four numbers a region');
  const names = isRecord(json.names) ? json.names : {};
  const columns = Object.entries(names).filter((entry): entry is [string, unknown[]] => Array.isArray(entry[1]));
  const parents = isRecord(json.parent) ? json.parent : {};
  const places: KnownPlace[] = [];
  const boxes = new Map<string, readonly [number, number, number, number]>();
  const parent = new Map<string, string>();
  const countries = new Set<string>();
  codes.forEach((code, i) => {
    if (typeof code !== 'string') throw bad(`code ${i} is not a string`);
    const name: Record<string, string> = {};
    for (const [lang, column] of columns) if (typeof column[i] === 'string') name[lang] = column[i];
    places.push({
      id: code,
      name: name.en ? name : code,
      lon: label[2 * i]!,
      lat: label[2 * i + 1]!,
      kind: 'region',
      shape: 'admin1',
    });
    boxes.set(code, [bbox[4 * i]!, bbox[4 * i + 1]!, bbox[4 * i + 2]!, bbox[4 * i + 3]!]);
    if (typeof parents[code] === 'string') parent.set(code, parents[code]);
    countries.add(code.slice(0, 2));
  });
  return { places, bbox: boxes, parent, countries };
}

/**
 * The countries of the regions whose bounding box, widened by `margin` degrees, holds the point:
 * the files whose regions the point may fall in.
 */
export function countriesAt(index: Admin1Index, lon: number, lat: number, margin = 0): Set<string> {
  const found = new Set<string>();
  for (const [code, [w, s, e, n]] of index.bbox) {
    if (lon >= w - margin && lon <= e + margin && lat >= s - margin && lat <= n + margin) found.add(code.slice(0, 2));
  }
  return found;
}

/** The codes of the upper regions (`FR-IDF`, `GB-ENG`): the regions other regions are in. */
export function upperRegions(index: Admin1Index): Set<string> {
  return new Set(index.parent.values());
}
