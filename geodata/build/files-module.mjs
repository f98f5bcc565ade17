// src/load/geodata-admin1-files.ts, written by the build: the URL of each country's admin-1 file
// named literally in `new URL('./geodata/admin1/XX.json', import.meta.url)`, the pattern an app's
// bundler reads as "this module needs that file" (see src/load/package-files.ts), so that every
// country file is emitted with the app's assets and only the ones a page draws are downloaded.

import path from 'node:path';
import { GEODATA_DIR } from './sources.mjs';

/** Where the module is written. */
export const ADMIN1_FILES_MODULE = path.join(GEODATA_DIR, '..', 'src', 'load', 'geodata-admin1-files.ts');

/** The module's text for the countries that have an admin-1 file, in code order (one line each). */
export function admin1FilesModule(countries) {
  const url = (c) => `new URL(/* @vite-ignore */ './geodata/admin1/${c}.json', import.meta.url).href`;
  // The list apart from the URLs, as words of a string: the standalone file keeps it without them.
  const lines = [];
  for (let i = 0; i < countries.length; i += 30) {
    const last = i + 30 >= countries.length;
    lines.push(`  '${countries.slice(i, i + 30).join(' ')}${last ? '' : ' '}'`);
  }
  return `// Written by geodata/build.mjs (build/files-module.mjs): do not edit. The built modules' URL of
// each country's admin-1 file, named literally so that an app's bundler emits every one of them
// (src/load/package-files.ts says why); a page downloads only the ones it draws.

/** The URL of each country's admin-1 file beside the built module, by ISO 3166-1 alpha-2 code. */
const URLS: Readonly<Record<string, () => string>> = {
${countries.map((c) => `  ${c}: () => ${url(c)},`).join('\n')}
};

/** The countries that have an admin-1 file (geodata/admin1/XX.json), in code order. */
export const ADMIN1_COUNTRIES: readonly string[] = (
${lines.join(' +\n')}
).split(' ');

/** The URL of a country's admin-1 file beside the built module; null for a country without one. */
export function builtAdmin1Url(country: string): string | null {
  return Object.hasOwn(URLS, country) ? URLS[country]!() : null;
}
`;
}
