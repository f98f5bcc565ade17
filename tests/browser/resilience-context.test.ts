// Issue 14 in the element, the GPU's faults: after the WebGL context is lost and restored the map
// draws as before, the arcs below the points and labels (#12); twenty maps on one page, more
// than Chromium's 16 contexts, each end their load and draw when scrolled to (#3).
import { afterEach, describe, expect, it } from 'vitest';
import type { CoopMap } from '../../src/coop-map.js';
import { MAX_LIVE_MAPS } from '../../src/controllers/map-budget.js';
import { LAYER_IDS } from '../../src/map/place-layers.js';
import {
  canvasPixels,
  cleanup,
  colorDistance,
  differingShare,
  mount,
  nextEvent,
  pixelAt,
  placeOf,
  SEED_URL,
  until,
} from './helpers.js';

afterEach(cleanup);

/** Loses the map's WebGL context and gets it back, as a GPU reset does; resolves once drawn again. */
async function loseAndRestore(element: CoopMap): Promise<void> {
  const map = element.map!;
  const gl = map.getCanvas().getContext('webgl2')!;
  const extension = gl.getExtension('WEBGL_lose_context')!;
  const lost = new Promise((resolve) => map.once('webglcontextlost', resolve));
  extension.loseContext();
  await lost;
  const restored = new Promise((resolve) => map.once('webglcontextrestored', resolve));
  // Chromium restores a context only once the task that lost it is over.
  await new Promise((resolve) => setTimeout(resolve, 50));
  extension.restoreContext();
  await restored;
  await new Promise((resolve) => map.once('idle', resolve));
  await element.whenIdle();
}

describe('#12 WebGL context lost and restored', () => {
  it('#12: the arcs come back below the points and labels, and the picture is as before', async () => {
    const element = mount({ src: SEED_URL, theme: 'light', lang: 'en' });
    await nextEvent(element, 'coop-load');
    await element.whenIdle();
    const map = element.map!;
    const near = map.project(placeOf(element, 'NEAR'));
    const before = await canvasPixels(element);
    const pointBefore = await pixelAt(element, near);

    await loseAndRestore(element);

    const order = map.getLayersOrder();
    expect(order.indexOf(LAYER_IDS.arcs)).toBeGreaterThan(order.indexOf(LAYER_IDS.regionLine));
    expect(order.indexOf(LAYER_IDS.arcs)).toBeLessThan(order.indexOf(LAYER_IDS.points));
    expect(order.indexOf(LAYER_IDS.points)).toBeLessThan(order.indexOf(LAYER_IDS.labels));
    // The point of a place where its arcs end is drawn over them, as before.
    expect(colorDistance(await pixelAt(element, near), pointBefore)).toBeLessThan(30);
    // The arcs are there again (not a blank layer from textures of the lost context).
    expect(differingShare(before, await canvasPixels(element))).toBeLessThan(0.005);
    expect(await element.queryRenderedLinks()).toHaveLength(12);
  });
});

describe('#3 twenty maps on one page', () => {
  it('#3: every map ends in coop-load, no more than the budget hold a context, and one scrolled to draws', async () => {
    const lost: CoopMap[] = [];
    const elements = Array.from({ length: 20 }, () => {
      const element = mount({ src: SEED_URL });
      element.style.height = '300px';
      element.style.width = '400px';
      element.style.display = 'block';
      return element;
    });
    const ends = elements.map((element) =>
      Promise.race([
        nextEvent(element, 'coop-load', 55_000).then(() => 'load'),
        nextEvent(element, 'coop-error', 55_000).then((event) => `error: ${event.detail.message}`),
      ]),
    );
    for (const element of elements) {
      element.addEventListener('coop-load', () => {
        element.map?.on('webglcontextlost', () => lost.push(element));
      });
    }
    expect(await Promise.all(ends)).toEqual(elements.map(() => 'load'));
    const live = elements.filter((element) => element.map !== null);
    expect(live.length).toBeLessThanOrEqual(MAX_LIVE_MAPS);
    expect(lost).toEqual([]);

    // The reader has moved the first map; what it shows is its picture to keep.
    const first = elements[0]!;
    first.map!.jumpTo({ center: [135, 45], zoom: 3 });
    await first.whenIdle();
    const shown = await canvasPixels(first);

    // The last one, parked far below the view, gets a map when scrolled to, and draws its arcs.
    const last = elements.at(-1)!;
    expect(last.map).toBeNull();
    last.scrollIntoView();
    await until(() => last.map, 20_000);
    await last.whenIdle();
    await until(async () => (await last.queryRenderedLinks()).length === 12, 20_000);
    expect(elements.filter((element) => element.map !== null).length).toBeLessThanOrEqual(MAX_LIVE_MAPS);
    // The first, now far from the view, gave its context up before the new maps made theirs: the
    // browser took no context away (that happens past 16 on a page, to the oldest map).
    expect(first.map).toBeNull();
    expect(lost).toEqual([]);
    // Its last picture is laid in its place: the pixels it showed, not a blank copy.
    const picture = first.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.map-picture')!;
    expect(picture).not.toBeNull();
    const kept = picture.getContext('2d')!.getImageData(0, 0, picture.width, picture.height).data;
    expect(differingShare(shown, kept)).toBeLessThan(0.01);

    // Scrolled back to, it draws again where the reader left it, and the picture goes.
    first.scrollIntoView();
    await until(() => first.map, 20_000);
    await first.whenIdle();
    await until(() => !first.shadowRoot!.querySelector('canvas.map-picture'), 20_000);
    const center = first.map!.getCenter();
    expect([center.lng, center.lat, first.map!.getZoom()].map((n) => Math.round(n))).toEqual([135, 45, 3]);
    expect(await first.queryRenderedLinks()).not.toHaveLength(0);
  }, 120_000);
});
