// Its own file, so that no map on this page has started MapLibre's workers before the test
// points them at a file that is not there.
import { setWorkerUrl } from 'maplibre-gl';
import { afterEach, expect, it } from 'vitest';
import { cleanup, mount, nextEvent, SEED_URL } from './helpers.js';

afterEach(cleanup);

it("fires coop-error that says how to serve the worker when MapLibre's worker cannot be loaded", async () => {
  setWorkerUrl(new URL('/no-such-worker.mjs', location.href).href);
  const element = mount({ src: SEED_URL });
  const error = await nextEvent(element, 'coop-error', 30_000);
  expect(error.detail.message).toContain('maplibre-gl-worker.mjs');
  expect(error.detail.message).toContain('setWorkerUrl');
  await element.updateComplete;
  const alert = element.shadowRoot!.querySelector('[part~="notice"][role="alert"]');
  expect(alert?.textContent).toContain('worker');
  // The notice says what failed instead of "Drawing the map…".
  expect(element.shadowRoot!.querySelector('[part~="notice"][role="status"]')).toBeNull();
});
