// Where the bundled geodata is, apart from the code that reads it: the element needs the address
// up front, the readers only once a data set loads.
import { bundledGeodataUrl, GEODATA_FILES, type GeodataFile } from './package-files.js';

export { GEODATA_FILES, type GeodataFile } from './package-files.js';

/**
 * The base the element uses when `geodata-base` is absent: the folder of the bundled countries
 * file (dist/geodata/ beside the built module, the repository's geodata/ from the sources).
 */
export function defaultGeodataBase(): string {
  return new URL('./', bundledGeodataUrl('countries')).href;
}

/**
 * The URL of a geodata file under `base`. The default base stands for the bundled files, each
 * at the URL its bundler gave it (Vite and webpack rename them, so they are not all in one folder).
 */
export function geodataUrl(base: string, file: GeodataFile): string {
  return base === defaultGeodataBase() ? bundledGeodataUrl(file) : new URL(GEODATA_FILES[file], base).href;
}
