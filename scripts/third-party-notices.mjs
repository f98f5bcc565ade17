// dist/THIRD-PARTY-NOTICES: the licenses of everything the standalone file has inside (Lit,
// MapLibre GL JS and its dependencies, Papa Parse, …), gathered by rollup-plugin-license from
// the modules the build actually bundled, and the credits of the data in dist/geodata/. The
// minified file keeps a banner that names this file.
import license from 'rollup-plugin-license';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The geodata's sources, which no bundler sees: geodata/README.md tells how they were built. */
function dataCredits() {
  const worldAtlas = readFileSync(join(root, 'node_modules/world-atlas/LICENSE'), 'utf8').trim();
  return [
    'Data in dist/geodata/',
    '',
    'Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com.',
    'Natural Earth data is in the public domain.',
    '',
    'Country shapes from world-atlas (https://github.com/topojson/world-atlas), from Natural Earth:',
    '',
    worldAtlas,
  ].join('\n');
}

/** The first line of the standalone file. */
export const NOTICE_BANNER = (version) =>
  `/*! coop-map ${version} (MIT). Includes Lit, MapLibre GL JS and other libraries: ` +
  'their licenses are in THIRD-PARTY-NOTICES beside this file. */';

/** The plugin for the standalone build, writing the notices to `file`. */
export function thirdPartyNotices(file) {
  return license({
    thirdParty: {
      includePrivate: false,
      output: {
        file,
        template(dependencies) {
          const parts = dependencies
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((d) =>
              [
                `${d.name} ${d.version} — ${d.license}`,
                d.repository?.url ?? d.homepage ?? '',
                '',
                (d.licenseText ?? `License: ${d.license}`).trim(),
              ].join('\n'),
            );
          const rule = `\n\n${'-'.repeat(72)}\n\n`;
          return (
            'Third-party software bundled in coop-map.standalone.js, and the data in geodata/.' +
            rule +
            [...parts, dataCredits()].join(rule) +
            '\n'
          );
        },
      },
    },
  });
}
