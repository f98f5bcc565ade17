// The geodata build: reads the sources, builds the files, checks them against limits.mjs and
// writes them only when every check passes. geodata/build.mjs runs main() from the command line.

import fs from 'node:fs';
import path from 'node:path';
import { buildAdmin1 } from './admin1.mjs';
import { buildAliases } from './aliases.mjs';
import { buildCountries } from './countries.mjs';
import { admin1FilesModule, ADMIN1_FILES_MODULE } from './files-module.mjs';
import { ALPHA2, CURRENT } from './iso-codes.mjs';
import {
  ADMIN1_COUNTRY_MAX_BYTES,
  ADMIN1_INDEX_MAX_BYTES,
  ADMIN1_MAX_BYTES,
  COUNTRIES_MAX_BYTES,
  COUNTRY_CODE_EXCEPTIONS,
  LANGS,
  REQUIRED_REGIONS,
  REQUIRED_UPPER_REGIONS,
} from './limits.mjs';
import { subdivisionNames } from './names.mjs';
import { printReport } from './report.mjs';
import { GEODATA_DIR, loadMapshaper, readAdmin1Source, readCldrSubdivisions, readWorldAtlas } from './sources.mjs';
import { buildIndex, splitByCountry } from './split.mjs';
import { upperGeometries, upperRegions } from './upper.mjs';
import { withGeometries } from './simplify.mjs';

/** The ids of a layer; throws on a duplicate or invalid one. */
function checkIds(topology, objectName, isValidId) {
  const seen = new Set();
  for (const g of topology.objects[objectName].geometries) {
    if (seen.has(g.id)) throw new Error(`${objectName}: duplicate id ${g.id}`);
    if (!isValidId(g.id)) throw new Error(`${objectName}: invalid id ${g.id}`);
    seen.add(g.id);
  }
  return seen;
}

function checkSize(file, bytes, maxBytes) {
  if (bytes >= maxBytes) throw new Error(`${file} would be ${bytes} bytes, limit ${maxBytes}`);
}

/** The admin-1 regions of both levels: the lower ones with their `parent`, the upper ones dissolved from them. */
async function buildRegions(mapshaper) {
  const { topology, report, groups } = await buildAdmin1(readAdmin1Source(), mapshaper);
  const cldr = readCldrSubdivisions(LANGS);
  const namesOf = (code) => subdivisionNames(code, cldr);
  const { children, parentOf } = upperRegions(groups, namesOf);
  const upper = upperGeometries(topology, 'regions', children, parentOf, namesOf);
  const lower = topology.objects.regions.geometries.map((g) =>
    parentOf.has(g.id) ? { ...g, properties: { ...g.properties, parent: parentOf.get(g.id) } } : g,
  );
  return { topology: withGeometries(topology, 'regions', [...lower, ...upper]), report, groups, upper: children };
}

/**
 * Rebuilds geodata/admin1/ (one file per country and index.json), countries.json and
 * aliases.json, and src/load/geodata-admin1-files.ts (the list of the country files), and prints
 * the build report.
 * @param {string[]} args command-line arguments; `--verbose` lists every recoded, merged and
 *   dropped feature and the name review
 */
export async function main(args = []) {
  const verbose = args.includes('--verbose');
  const mapshaper = loadMapshaper();
  const { topology: regions, report, groups, upper } = await buildRegions(mapshaper);
  const regionIds = checkIds(regions, 'regions', (id) => CURRENT.has(id));
  for (const id of [...REQUIRED_REGIONS, ...REQUIRED_UPPER_REGIONS])
    if (!regionIds.has(id)) throw new Error(`required region ${id} missing`);
  const aliases = buildAliases(report, regionIds);

  const { topology: countries, report: countryReport } = await buildCountries(readWorldAtlas(), mapshaper);
  checkIds(countries, 'countries', (id) => ALPHA2.has(id) || COUNTRY_CODE_EXCEPTIONS.includes(id));

  const perCountry = splitByCountry(regions, 'regions');
  const outputs = {
    'countries.json': JSON.stringify(countries),
    'aliases.json': JSON.stringify(aliases, null, 1),
    'admin1/index.json': JSON.stringify(buildIndex(regions, 'regions', LANGS)),
  };
  for (const [country, topology] of perCountry) outputs[`admin1/${country}.json`] = JSON.stringify(topology);
  const sizes = Object.fromEntries(Object.entries(outputs).map(([file, text]) => [file, Buffer.byteLength(text)]));
  // Checked before writing, so a failed build leaves the committed files alone.
  const countryFiles = Object.keys(sizes).filter((f) => /^admin1\/[A-Z]{2}\.json$/.test(f));
  for (const file of countryFiles) checkSize(file, sizes[file], ADMIN1_COUNTRY_MAX_BYTES);
  checkSize(
    'admin1/*.json',
    countryFiles.reduce((s, f) => s + sizes[f], 0),
    ADMIN1_MAX_BYTES,
  );
  checkSize('admin1/index.json', sizes['admin1/index.json'], ADMIN1_INDEX_MAX_BYTES);
  checkSize('countries.json', sizes['countries.json'], COUNTRIES_MAX_BYTES);

  // The country files of an earlier build that this one no longer writes, and the old one-file layout.
  const admin1Dir = path.join(GEODATA_DIR, 'admin1');
  fs.rmSync(path.join(GEODATA_DIR, 'admin1.json'), { force: true });
  fs.mkdirSync(admin1Dir, { recursive: true });
  for (const file of fs.readdirSync(admin1Dir)) {
    if (!(`admin1/${file}` in outputs)) fs.rmSync(path.join(admin1Dir, file));
  }
  for (const [file, text] of Object.entries(outputs)) fs.writeFileSync(path.join(GEODATA_DIR, file), text);
  fs.writeFileSync(ADMIN1_FILES_MODULE, admin1FilesModule([...perCountry.keys()]));

  printReport({ report, groups, regionIds, countries, countryReport, aliases, sizes, upper }, { verbose });
}
