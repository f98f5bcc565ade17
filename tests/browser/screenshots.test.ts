// Screenshots of the main views, saved to tests/screenshots/ for people to look at, with checks
// that what they should show is on screen and inside the map.
import { afterEach, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { arcMiddle, cleanup, mount, mouse, nextEvent, placeOf, SEED_URL, until } from './helpers.js';
import type { CoopMap } from '../../src/coop-map.js';

afterEach(cleanup);

function onScreen(element: CoopMap, part: string): DOMRect {
  const node = element.shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`);
  expect(node, `part ${part}`).not.toBeNull();
  const box = node!.getBoundingClientRect();
  const host = element.getBoundingClientRect();
  expect(box.width).toBeGreaterThan(20);
  expect(box.height).toBeGreaterThan(10);
  expect(box.left).toBeGreaterThanOrEqual(host.left);
  expect(box.right).toBeLessThanOrEqual(host.right + 0.5);
  expect(box.top).toBeGreaterThanOrEqual(host.top);
  expect(box.bottom).toBeLessThanOrEqual(host.bottom + 0.5);
  return box;
}

it.each([
  ['light', { theme: 'light' }],
  ['dark', { theme: 'dark', lang: 'ru' }],
  ['globe', { projection: 'globe', lang: 'ko' }],
])('%s view: arcs, legend, timeline, tooltip and panel are visible', async (name, attributes) => {
  const element = mount({ src: SEED_URL, ...attributes });
  element.style.width = '1000px';
  element.style.height = '680px';
  await nextEvent(element, 'coop-load');
  await element.whenIdle();
  expect((await element.queryRenderedLinks()).length).toBeGreaterThan(8);
  onScreen(element, 'legend');
  onScreen(element, 'timeline');

  element.select('sverdlovsk-gyeonggi');
  await element.updateComplete;
  onScreen(element, 'panel');
  const middle = arcMiddle(element, placeOf(element, 'RU-SVE'), placeOf(element, 'KZ-75'));
  // As a hand moves: events until the tooltip shows (on a loaded machine the first may come
  // before the map has drawn the selection's frame it picks from).
  await until(() => {
    mouse(element, 'mousemove', middle);
    return element.shadowRoot!.querySelector('[part~="tooltip"]');
  });
  onScreen(element, 'tooltip');
  await element.whenIdle();
  await page.screenshot({ path: `../screenshots/view-${name}.png` });
});
