// The geodata build: reads the sources, builds the three files, checks them against limits.mjs
// and writes them only when every check passes. geodata/build.mjs runs main() from the command line.

import fs from 'node:fs';
import path from 'node:path';
import { buildAdmin1 } from './admin1.mjs';
import { buildAliases } from './aliases.mjs';
import { buildCountries } from './countries.mjs';
import { ALPHA2, CURRENT } from './iso-codes.mjs';
import { ADMIN1_MAX_BYTES, COUNTRIES_MAX_BYTES, COUNTRY_CODE_EXCEPTIONS, REQUIRED_REGIONS } from './limits.mjs';
import { printReport } from './report.mjs';
import { GEODATA_DIR, loadMapshaper, readAdmin1Source, readWorldAtlas } from './sources.mjs';

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

function checkSize(sizes, file, maxBytes) {
  if (sizes[file] >= maxBytes) throw new Error(`${file} would be ${sizes[file]} bytes, limit ${maxBytes}`);
}

/**
 * Rebuilds geodata/admin1.json, countries.json and aliases.json and prints the build report.
 * @param {string[]} args command-line arguments; `--verbose` lists every recoded, merged and
 *   dropped feature and the name review
 */
export async function main(args = []) {
  const verbose = args.includes('--verbose');
  const mapshaper = loadMapshaper();
  const { topology: regions, report, groups } = await buildAdmin1(readAdmin1Source(), mapshaper);
  const regionIds = checkIds(regions, 'regions', (id) => CURRENT.has(id));
  for (const id of REQUIRED_REGIONS) if (!regionIds.has(id)) throw new Error(`required region ${id} missing`);
  const aliases = buildAliases(report, regionIds);

  const { topology: countries, report: countryReport } = await buildCountries(readWorldAtlas(), mapshaper);
  checkIds(countries, 'countries', (id) => ALPHA2.has(id) || COUNTRY_CODE_EXCEPTIONS.includes(id));

  const outputs = {
    'admin1.json': JSON.stringify(regions),
    'countries.json': JSON.stringify(countries),
    'aliases.json': JSON.stringify(aliases, null, 1),
  };
  const sizes = Object.fromEntries(Object.entries(outputs).map(([file, text]) => [file, Buffer.byteLength(text)]));
  // Checked before writing, so a failed build leaves the committed files alone.
  checkSize(sizes, 'admin1.json', ADMIN1_MAX_BYTES);
  checkSize(sizes, 'countries.json', COUNTRIES_MAX_BYTES);
  for (const [file, text] of Object.entries(outputs)) fs.writeFileSync(path.join(GEODATA_DIR, file), text);

  printReport({ report, groups, regionIds, countries, countryReport, aliases, sizes }, { verbose });
}
