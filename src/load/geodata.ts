import { Gazetteer } from '../data/gazetteer.js';
import { readRegionFileAsync, type RegionFile } from '../data/regions.js';
import { fetchText, type LoadProgress } from './fetch.js';

import { GEODATA_FILES, geodataUrl, type GeodataFile } from './geodata-base.js';

export { defaultGeodataBase, GEODATA_FILES } from './geodata-base.js';

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

function loadRegions(
  base: string,
  file: GeodataFile,
  shape: 'country' | 'admin1',
  onProgress?: (p: LoadProgress) => void,
  load?: TextLoader,
): Promise<RegionFile> {
  const url = geodataUrl(base, file);
  return cached(`regions ${url}`, async () =>
    readRegionFileAsync(await loadJson(url, onProgress, load), shape, GEODATA_FILES[file]),
  );
}

export function loadCountries(
  base: string,
  onProgress?: (p: LoadProgress) => void,
  load?: TextLoader,
): Promise<RegionFile> {
  return loadRegions(base, 'countries', 'country', onProgress, load);
}

export function loadAdmin1(
  base: string,
  onProgress?: (p: LoadProgress) => void,
  load?: TextLoader,
): Promise<RegionFile> {
  return loadRegions(base, 'admin1', 'admin1', onProgress, load);
}

export async function loadAliases(base: string, load?: TextLoader): Promise<Record<string, string>> {
  return (await loadJson(geodataUrl(base, 'aliases'), undefined, load)) as Record<string, string>;
}

/** A gazetteer of the bundled countries, and of admin-1 regions when `withAdmin1`. */
export async function bundledGazetteer(
  base: string,
  withAdmin1: boolean,
  onProgress?: (p: LoadProgress) => void,
  load?: TextLoader,
): Promise<{
  gazetteer: Gazetteer;
  countries: RegionFile;
  admin1: RegionFile | null;
}> {
  const [countries, admin1, aliases] = await Promise.all([
    loadCountries(base, undefined, load),
    withAdmin1 ? loadAdmin1(base, onProgress, load) : Promise.resolve(null),
    loadAliases(base, load),
  ]);
  const gazetteer = new Gazetteer().add(countries.places).addAliases(aliases);
  if (admin1) gazetteer.add(admin1.places);
  return { gazetteer, countries, admin1 };
}
