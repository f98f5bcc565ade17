// Issue 14 in the element, layout faults: a map loaded inside `display: none` is fitted to its data
// when it is shown (#13), unless the reader has moved it since.
import { afterEach, describe, expect, it } from 'vitest';
import type { CoopMap } from '../../src/coop-map.js';
import { cleanup, mount, nextEvent, SEED_URL, until } from './helpers.js';

afterEach(() => {
  cleanup();
  for (const div of document.querySelectorAll('[data-test-host]')) div.remove();
});

function camera(element: CoopMap): { zoom: number; lng: number; lat: number } {
  const map = element.map!;
  const { lng, lat } = map.getCenter();
  return { zoom: map.getZoom(), lng, lat };
}

/** A `<coop-map>` loaded inside a `display: none` box. */
async function loadHidden(): Promise<{ element: CoopMap; box: HTMLElement }> {
  const box = document.createElement('div');
  box.dataset.testHost = '';
  box.style.display = 'none';
  document.body.append(box);
  const element = mount({ src: SEED_URL });
  box.append(element);
  await nextEvent(element, 'coop-load');
  return { element, box };
}

describe('#13 a map loaded inside display:none', () => {
  it('#13: fits its data again when shown, as a map loaded visible does', async () => {
    const visible = mount({ src: SEED_URL });
    await nextEvent(visible, 'coop-load');
    const expected = camera(visible);
    visible.remove();

    const { element, box } = await loadHidden();
    box.style.display = 'block';
    await until(() => Math.abs(camera(element).zoom - expected.zoom) < 0.01);
    await element.whenIdle();
    const shown = camera(element);
    expect(shown.zoom).toBeCloseTo(expected.zoom, 2);
    expect(shown.lng).toBeCloseTo(expected.lng, 1);
    expect(shown.lat).toBeCloseTo(expected.lat, 1);
    expect(element.map!.getCanvas().clientWidth).toBe(900);
  });

  it('#13: a map resized to 0 and back keeps its view, at its size again', async () => {
    const element = mount({ src: SEED_URL });
    await nextEvent(element, 'coop-load');
    const before = camera(element);
    element.style.height = '0';
    await until(() => element.map!.getCanvas().clientHeight !== 560);
    element.style.height = '560px';
    await until(() => element.map!.getCanvas().clientHeight === 560);
    await element.whenIdle();
    const after = camera(element);
    expect(after.zoom).toBeCloseTo(before.zoom, 5);
    expect(after.lng).toBeCloseTo(before.lng, 5);
    expect(after.lat).toBeCloseTo(before.lat, 5);
  });
});
