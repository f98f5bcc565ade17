// Which script MapLibre starts its workers from. MapLibre's own guess is the file beside its
// module, which is right when maplibre-gl is served as it is installed, and wrong as soon as a
// bundler has moved that module into a chunk of the app's: then the workers fail and the map
// never draws. The package ships the worker beside its built modules instead, as an asset the
// app's bundler emits (package-files.ts).
import { getWorkerUrl, setWorkerUrl } from 'maplibre-gl';
import { bundledWorkerUrl } from './package-files.js';

let chosen: string | null = null;

/** What a page set with `CoopMap.workerUrl`, as an absolute URL (null: none). */
export function workerUrlOverride(): string | null {
  return chosen;
}

/** `CoopMap.workerUrl = url`: the worker for every map made after it. */
export function overrideWorkerUrl(url: string | URL | null): void {
  chosen = url === null || url === '' ? null : new URL(url, globalThis.document?.baseURI).href;
  if (chosen) setWorkerUrl(chosen);
}

/**
 * Before a map is made: the page's choice (`CoopMap.workerUrl`, or MapLibre's `setWorkerUrl`
 * called by the page) wins; otherwise the worker the package ships.
 */
export function chooseWorkerUrl(): void {
  if (chosen) setWorkerUrl(chosen);
  else if (!getWorkerUrl()) {
    const bundled = bundledWorkerUrl();
    if (bundled) setWorkerUrl(bundled);
  }
}
