// The files the built modules need at run time: the bundled geodata, which the package ships
// beside them in dist/, and MapLibre's worker. Each is named literally in
// `new URL('…', import.meta.url)`, the pattern bundlers (Vite and webpack 5 as they come, Rollup
// and others with a plugin) read as "this module needs that file": they emit it with the app's
// assets and rewrite the URL, so an app draws with nothing copied by hand. A name put together
// at run time (`base + file`) they cannot see. tests/e2e/apps.test.ts builds such apps.
//
// The `/* @vite-ignore */` keeps Vite's own library build of dist/ from rewriting the URLs (from
// src/load/ the files are not there); scripts/build.mjs takes the comment out of the built
// files again, so that an app's bundler does read them.

declare const __COOP_BUILT__: boolean | undefined;
declare const __COOP_STANDALONE__: boolean | undefined;
declare const __MAPLIBRE_VERSION__: string | undefined;

/** Running from the sources (the dev server, the tests): no build has placed the files beside us. */
export const FROM_SOURCE = typeof __COOP_BUILT__ === 'undefined';
/** The one-file build, dist/coop-map.standalone.js, with Lit and MapLibre inside. */
export const STANDALONE = typeof __COOP_STANDALONE__ !== 'undefined';
/** The maplibre-gl the build ran with, whose worker it placed beside the built modules. */
const MAPLIBRE_VERSION = typeof __MAPLIBRE_VERSION__ === 'string' ? __MAPLIBRE_VERSION__ : '';

/** From src/load/, the repository's geodata/. A variable, so that no bundler takes it for an asset. */
export const SOURCE_GEODATA = '../../geodata/';

export const GEODATA_FILES = {
  countries: 'countries.json',
  /** The admin-1 regions without their shapes (src/data/admin1-index.ts); each country's shapes are admin1/XX.json. */
  admin1Index: 'admin1/index.json',
  aliases: 'aliases.json',
} as const;

export type GeodataFile = keyof typeof GEODATA_FILES;

/** The URL of a bundled geodata file, wherever the app's bundler (or none) has put it. */
export function bundledGeodataUrl(file: GeodataFile): string {
  if (FROM_SOURCE) return new URL(SOURCE_GEODATA + GEODATA_FILES[file], import.meta.url).href;
  switch (file) {
    case 'countries':
      return new URL(/* @vite-ignore */ './geodata/countries.json', import.meta.url).href;
    case 'admin1Index':
      return new URL(/* @vite-ignore */ './geodata/admin1/index.json', import.meta.url).href;
    case 'aliases':
      return new URL(/* @vite-ignore */ './geodata/aliases.json', import.meta.url).href;
  }
}

/**
 * MapLibre's worker that the package ships beside its built modules, and the version of MapLibre
 * it is from; null from the sources, where maplibre-gl is served from node_modules as it is
 * installed and finds its own worker beside it. The standalone file has that MapLibre inside.
 */
export function shippedWorker(): { url: string; version: string } | null {
  if (FROM_SOURCE) return null;
  return {
    url: new URL(/* @vite-ignore */ './maplibre-gl-worker.mjs', import.meta.url).href,
    version: MAPLIBRE_VERSION,
  };
}

/**
 * The worker of the app's own maplibre-gl (a peer dependency, so of the version that runs), as
 * the app's bundler resolves a package's file (Vite's build, webpack 5); null where nothing
 * resolved the name (no bundler, a CDN, Vite's dependency pre-bundling in its dev server), and it
 * was read as a plain path under this module's folder.
 */
export function peerWorkerUrl(): string | null {
  if (FROM_SOURCE || STANDALONE) return null;
  const url = new URL(/* @vite-ignore */ 'maplibre-gl/dist/maplibre-gl-worker.mjs', import.meta.url);
  const resolved =
    !url.pathname.endsWith('/maplibre-gl/dist/maplibre-gl-worker.mjs') ||
    url.pathname.endsWith('/node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs');
  return resolved ? url.href : null;
}
