// Which script MapLibre starts its workers from. MapLibre's own guess is the file beside its
// module, which is right when maplibre-gl is served as it is installed, and wrong as soon as a
// bundler has moved that module into a chunk of the app's: then the workers fail and the map
// never draws. The worker must also be of the version of the MapLibre that starts it.
import { getVersion, getWorkerUrl, setWorkerUrl } from 'maplibre-gl';
import { peerWorkerUrl, shippedWorker } from './package-files.js';

let chosen: string | null = null;
let warned = false;

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
 * called by the page) wins. Otherwise the worker the package ships, when it is of the MapLibre
 * that runs; else the worker of the app's maplibre-gl, where the app's bundler found it.
 */
export function chooseWorkerUrl(): void {
  if (chosen) return setWorkerUrl(chosen);
  if (getWorkerUrl()) return;
  const shipped = shippedWorker();
  if (!shipped) return;
  const peer = shipped.version === getVersion() ? null : peerWorkerUrl();
  if (peer) return setWorkerUrl(peer);
  if (shipped.version !== getVersion() && !warned) {
    warned = true;
    console.warn(
      `coop-map: MapLibre ${getVersion()} starts the worker of MapLibre ${shipped.version}, the one coop-map ships; ` +
        'set CoopMap.workerUrl to your maplibre-gl\'s dist/maplibre-gl-worker.mjs (see the README, "Bundlers")',
    );
  }
  setWorkerUrl(shipped.url);
}
