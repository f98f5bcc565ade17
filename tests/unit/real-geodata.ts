// The bundled geodata as the element loads it (geodata/*.json read from disk), and the shared
// real data sets beside the repository, for tests that must run against the real thing.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readAdmin1Index } from '../../src/data/admin1-index.js';
import { Gazetteer } from '../../src/data/gazetteer.js';
import { readRegionFile, type RegionFile } from '../../src/data/regions.js';
import { GEODATA_FILES, mergeRegionFiles } from '../../src/load/geodata.js';

export const GEODATA_BASE = new URL('../../geodata/', import.meta.url).href;

/** Reads a geodata URL from disk, as `runPipeline({ loadText })` wants it. */
export const loadText = (url: string): Promise<string> => readFile(fileURLToPath(url), 'utf8');

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(fileURLToPath(new URL(file, GEODATA_BASE)), 'utf8')) as unknown;
}

let gazetteer: Gazetteer | null = null;

/** Every country's admin-1 file (geodata/admin1/XX.json) as one region file, as shipped. */
export function allAdmin1(): RegionFile {
  const index = readAdmin1Index(readJson(GEODATA_FILES.admin1Index));
  return mergeRegionFiles([...index.countries].map((c) => readRegionFile(readJson(`admin1/${c}.json`), 'admin1')));
}

/** Countries, admin-1 regions (from the index) and outdated codes, exactly as shipped. */
export function realGazetteer(): Gazetteer {
  gazetteer ??= new Gazetteer()
    .add(readRegionFile(readJson(GEODATA_FILES.countries), 'country').places)
    .add(readAdmin1Index(readJson(GEODATA_FILES.admin1Index)).places)
    .addAliases(readJson(GEODATA_FILES.aliases) as Record<string, string>);
  return gazetteer;
}

/** ../shared beside the repository (or COOP_MAP_SHARED), as the dev server serves it at /@shared/. */
export const SHARED_DIR =
  process.env.COOP_MAP_SHARED ?? resolve(fileURLToPath(new URL('../../../shared/', import.meta.url)));
export const WIKIDATA_TSV = resolve(SHARED_DIR, 'data/wikidata-sister-cities-eu.tsv');

/** The mapping that reads the Wikidata sister-city export as it is (shared with bench/load.mjs). */
export { default as WIKIDATA_COLUMNS } from './wikidata-columns.json';
