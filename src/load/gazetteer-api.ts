// `bundledGazetteer()` of `coop-map/parse`: the places of the bundled geodata (countries, their
// admin-1 regions and the aliases), for `validateDataSet(data, { gazetteer })` in a build step, a
// form or a test, so that region codes are checked as the element checks them. In Node it reads
// the package's own files; in a browser it fetches them from where the bundler put them.
import type { Gazetteer } from '../data/gazetteer.js';
import { fetchText } from './fetch.js';
import { bundledGazetteer as loadGazetteer, defaultGeodataBase, type TextLoader } from './geodata.js';

export interface BundledGazetteerOptions {
  /** Also the admin-1 regions (ISO 3166-2 codes such as `RU-SVE`): the default. `false`: countries only. */
  regions?: boolean;
  /** Where the geodata files are, when not the package's own (the element's `geodata-base`). */
  base?: string;
}

/** A `file:` URL is read from the disk (Node); any other as the element fetches geodata (limits included). */
const readText: TextLoader = async (url, onProgress) => {
  if (!url.startsWith('file:')) return fetchText(url, 'geodata', { onProgress });
  // Node's modules by a name no bundler resolves: a browser build of the app leaves them alone.
  const fs = 'node:fs/promises';
  const { readFile } = (await import(
    /* @vite-ignore */ /* webpackIgnore: true */ fs
  )) as typeof import('node:fs/promises');
  return readFile(new URL(url), 'utf8');
};

/** The bundled places, resolved by code and by alias as the element resolves them. */
export async function bundledGazetteer(options: BundledGazetteerOptions = {}): Promise<Gazetteer> {
  const base = options.base ?? defaultGeodataBase();
  const { gazetteer } = await loadGazetteer(base, options.regions ?? true, undefined, readText);
  return gazetteer;
}
