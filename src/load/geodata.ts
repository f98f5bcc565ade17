import type { FeatureCollection, Geometry } from 'geojson';
import { readAdmin1Index, type Admin1Index } from '../data/admin1-index.js';
import { Gazetteer } from '../data/gazetteer.js';
import { readRegionFileAsync, type RegionFile } from '../data/regions.js';
import { fetchText, type LoadProgress } from './fetch.js';
import { ADMIN1_COUNTRIES, builtAdmin1Url } from './geodata-admin1-files.js';
import { defaultGeodataBase, GEODATA_FILES, geodataUrl, type GeodataFile } from './geodata-base.js';
import { FROM_SOURCE, SOURCE_GEODATA, STANDALONE } from './package-files.js';

export { defaultGeodataBase, GEODATA_FILES } from './geodata-base.js';
export type { Admin1Index } from '../data/admin1-index.js';

/** Reads a text file by URL: `fetch` in the browser; the command line reads the file system. */
export type TextLoader = (url: string, onProgress?: (p: LoadProgress) => void) => Promise<string>;

const fetchLoader: TextLoader = (url, onProgress) => fetchText(url, 'geodata', { onProgress });

/**
 * Downloads geodata with a time limit of its own (`timeoutMs`, see `FetchOptions`). A file is
 * downloaded once for the page: the element that asks first sets the limit for it.
 */
export function geodataLoader(timeoutMs: number): TextLoader {
  return (url, onProgress) => fetchText(url, 'geodata', { onProgress, timeoutMs });
}

// Geodata is the same for every element on a page: load and convert each file once.
const cache = new Map<string, Promise<unknown>>();

function cached<T>(key: string, make: () => Promise<T>): Promise<T> {
  let pending = cache.get(key) as Promise<T> | undefined;
  if (!pending) {
    pending = make();
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}

function loadJson(
  url: string,
  onProgress?: (p: LoadProgress) => void,
  load: TextLoader = fetchLoader,
): Promise<unknown> {
  return cached(`json ${url}`, () =>
    load(url, onProgress).then((text) => {
      try {
        return JSON.parse(text) as unknown;
      } catch (error) {
        throw new Error(
          `could not read the geodata at ${url} (${(error as Error).message}); ` +
            'set geodata-base to where dist/geodata/ is served',
          { cause: error },
        );
      }
    }),
  );
}

/** The URL of a country's admin-1 file under `base` (the bundled one wherever the app's bundler put it). */
export function admin1Url(base: string, country: string): string {
  const file = `admin1/${country}.json`;
  if (base !== defaultGeodataBase()) return new URL(file, base).href;
  if (FROM_SOURCE) return new URL(SOURCE_GEODATA + file, import.meta.url).href;
  // The standalone file is no app's bundler's input: it needs no literal URL of each file.
  if (STANDALONE) return new URL(file, base).href;
  return builtAdmin1Url(country) ?? new URL(file, base).href;
}

function loadRegions(
  url: string,
  shape: 'country' | 'admin1',
  path: string,
  load?: TextLoader,
  onProgress?: (p: LoadProgress) => void,
): Promise<RegionFile> {
  return cached(`regions ${url}`, async () => readRegionFileAsync(await loadJson(url, onProgress, load), shape, path));
}

export function loadCountries(
  base: string,
  onProgress?: (p: LoadProgress) => void,
  load?: TextLoader,
): Promise<RegionFile> {
  return loadRegions(geodataUrl(base, 'countries'), 'country', GEODATA_FILES.countries, load, onProgress);
}

/** The admin-1 regions of the world without their shapes: codes, names, label points, boxes. */
export function loadAdmin1Index(
  base: string,
  onProgress?: (p: LoadProgress) => void,
  load?: TextLoader,
): Promise<Admin1Index> {
  const url = geodataUrl(base, 'admin1Index');
  return cached(`index ${url}`, async () => readAdmin1Index(await loadJson(url, onProgress, load), url));
}

const HAS_ADMIN1 = new Set(ADMIN1_COUNTRIES);

/**
 * The admin-1 regions of some countries with their shapes, from their files (`admin1/XX.json`,
 * each downloaded once for the page), as one file. Countries without regions are skipped (the
 * build's list, src/load/geodata-admin1-files.ts: a `geodata-base` serves a copy of dist/geodata/).
 */
export async function loadAdmin1(
  base: string,
  countries: Iterable<string>,
  onProgress?: (p: LoadProgress) => void,
  load?: TextLoader,
): Promise<RegionFile> {
  const wanted = [...new Set(countries)].filter((c) => HAS_ADMIN1.has(c)).sort();
  const files = await Promise.all(
    wanted.map((c) => loadRegions(admin1Url(base, c), 'admin1', `admin1/${c}.json`, load, onProgress)),
  );
  return mergeRegionFiles(files);
}

/** Region files as one (the country files of the regions a data set draws). */
export function mergeRegionFiles(files: RegionFile[]): RegionFile {
  if (files.length === 1) return files[0]!;
  const features = files.flatMap((f) => f.features.features);
  const collection: FeatureCollection<Geometry, Record<string, unknown>> = { type: 'FeatureCollection', features };
  return {
    features: collection,
    byId: new Map(files.flatMap((f) => [...f.byId])),
    places: files.flatMap((f) => f.places),
    issues: files.flatMap((f) => f.issues),
  };
}

export async function loadAliases(base: string, load?: TextLoader): Promise<Record<string, string>> {
  return (await loadJson(geodataUrl(base, 'aliases'), undefined, load)) as Record<string, string>;
}

/**
 * A gazetteer of the bundled countries and outdated codes, and of every admin-1 region when
 * `withAdmin1` (from the index: no region's shape is loaded here; `loadAdmin1` loads those a data
 * set draws).
 */
export async function bundledGazetteer(
  base: string,
  withAdmin1: boolean,
  onProgress?: (p: LoadProgress) => void,
  load?: TextLoader,
): Promise<{
  gazetteer: Gazetteer;
  countries: RegionFile;
  admin1: Admin1Index | null;
  aliases: Readonly<Record<string, string>>;
}> {
  const [countries, admin1, aliases] = await Promise.all([
    loadCountries(base, undefined, load),
    withAdmin1 ? loadAdmin1Index(base, onProgress, load) : Promise.resolve(null),
    loadAliases(base, load),
  ]);
  const gazetteer = new Gazetteer().add(countries.places).addAliases(aliases);
  if (admin1) gazetteer.add(admin1.places);
  return { gazetteer, countries, admin1, aliases };
}

export type { GeodataFile };
