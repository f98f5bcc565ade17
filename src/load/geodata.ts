import { Gazetteer } from '../data/gazetteer.js';
import { readRegionFile, type RegionFile } from '../data/regions.js';
import { fetchText, type LoadProgress } from './fetch.js';

declare const __COOP_GEODATA_RELATIVE__: string | undefined;

/**
 * Where the bundled geodata sits relative to this module: at the repository's `geodata/` when
 * running from source (src/load/ → ../../geodata/); the builds define it as `./geodata/`, beside
 * the built file in `dist/`.
 */
const GEODATA_RELATIVE = typeof __COOP_GEODATA_RELATIVE__ === 'string' ? __COOP_GEODATA_RELATIVE__ : '../../geodata/';

export const GEODATA_FILES = {
  countries: 'countries.json',
  admin1: 'admin1.json',
  aliases: 'aliases.json',
} as const;

export function defaultGeodataBase(): string {
  return new URL(GEODATA_RELATIVE, import.meta.url).href;
}

// Geodata is the same for every element on a page: load each file once.
const cache = new Map<string, Promise<unknown>>();

function loadJson(url: string, onProgress?: (p: LoadProgress) => void): Promise<unknown> {
  let pending = cache.get(url);
  if (!pending) {
    pending = fetchText(url, 'geodata', { onProgress }).then((text) => {
      try {
        return JSON.parse(text) as unknown;
      } catch (error) {
        throw new Error(`could not read the geodata at ${url} (${(error as Error).message}); set geodata-base to where dist/geodata/ is served`);
      }
    });
    pending.catch(() => cache.delete(url));
    cache.set(url, pending);
  }
  return pending;
}

export async function loadCountries(base: string, onProgress?: (p: LoadProgress) => void): Promise<RegionFile> {
  return readRegionFile(await loadJson(new URL(GEODATA_FILES.countries, base).href, onProgress), 'country', GEODATA_FILES.countries);
}

export async function loadAdmin1(base: string, onProgress?: (p: LoadProgress) => void): Promise<RegionFile> {
  return readRegionFile(await loadJson(new URL(GEODATA_FILES.admin1, base).href, onProgress), 'admin1', GEODATA_FILES.admin1);
}

export async function loadAliases(base: string): Promise<Record<string, string>> {
  return (await loadJson(new URL(GEODATA_FILES.aliases, base).href)) as Record<string, string>;
}

/** A gazetteer of the bundled countries, and of admin-1 regions when `withAdmin1`. */
export async function bundledGazetteer(base: string, withAdmin1: boolean, onProgress?: (p: LoadProgress) => void): Promise<{
  gazetteer: Gazetteer;
  countries: RegionFile;
  admin1: RegionFile | null;
}> {
  const [countries, admin1, aliases] = await Promise.all([
    loadCountries(base),
    withAdmin1 ? loadAdmin1(base, onProgress) : Promise.resolve(null),
    loadAliases(base),
  ]);
  const gazetteer = new Gazetteer().add(countries.places).addAliases(aliases);
  if (admin1) gazetteer.add(admin1.places);
  return { gazetteer, countries, admin1 };
}
