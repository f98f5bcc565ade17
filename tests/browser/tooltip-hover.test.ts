// WCAG 1.4.13 (content on hover): the tooltip of a link can be reached with the pointer and stays
// while the pointer is on it; it goes when the pointer leaves it, after a short grace when the
// pointer leaves the link for the map, and at once with Escape.
import { afterEach, expect, it } from 'vitest';
import { TOOLTIP_GRACE_MS } from '../../src/controllers/tooltip-hover.js';
import { arcMiddle, cleanup, mount, mouse, nextEvent, placeOf, until } from './helpers.js';

afterEach(cleanup);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function hoveredSeed() {
  const element = mount({ src: '/data/seed.json' });
  await nextEvent(element, 'coop-load');
  await element.whenIdle();
  const almaty = arcMiddle(element, placeOf(element, 'RU-SVE'), placeOf(element, 'KZ-75'));
  mouse(element, 'mousemove', almaty);
  const tooltip = await until(() => element.shadowRoot!.querySelector<HTMLElement>('[part~="tooltip"]'));
  return { element, tooltip, tooltipNow: () => element.shadowRoot!.querySelector('[part~="tooltip"]') };
}

it('stays while the pointer is on it, and goes when the pointer leaves it (1.4.13)', async () => {
  const { element, tooltip, tooltipNow } = await hoveredSeed();
  // The pointer leaves the arc for the empty map on its way to the tooltip…
  mouse(element, 'mousemove', { x: element.clientWidth - 20, y: element.clientHeight - 120 });
  tooltip.dispatchEvent(new PointerEvent('pointerenter'));
  await sleep(TOOLTIP_GRACE_MS * 3);
  await element.updateComplete;
  // …and the tooltip is still there to be read.
  expect(tooltipNow()).not.toBeNull();
  expect(getComputedStyle(tooltip).pointerEvents).toBe('auto');
  tooltip.dispatchEvent(new PointerEvent('pointerleave'));
  await element.updateComplete;
  expect(tooltipNow()).toBeNull();
});

it('goes a moment after the pointer has left the arc for the map, and at once with Escape', async () => {
  const { element, tooltipNow } = await hoveredSeed();
  mouse(element, 'mousemove', { x: element.clientWidth - 20, y: element.clientHeight - 120 });
  expect(tooltipNow()).not.toBeNull();
  await until(() => tooltipNow() === null);

  const almaty = arcMiddle(element, placeOf(element, 'RU-SVE'), placeOf(element, 'KZ-75'));
  mouse(element, 'mousemove', almaty);
  await until(() => tooltipNow());
  // Escape anywhere on the page: the focus is not in the element.
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  await element.updateComplete;
  expect(tooltipNow()).toBeNull();
});
