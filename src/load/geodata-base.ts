// Where the bundled geodata is, apart from the code that reads it: the element needs the address
// up front, the readers only once a data set loads.

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
