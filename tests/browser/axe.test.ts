// axe-core (WCAG 2.0, 2.1 and 2.2 A and AA rules) over the element in each state a reader meets:
// the seed, the details panel, the tooltip, the table, the list of keys, the dark theme, Russian,
// Korean and Kazakh, and 320 px wide. A screenshot of each state is saved to tests/screenshots/.
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { CoopMap } from '../../src/coop-map.js';
import { arcMiddle, cleanup, mount, mouse, nextEvent, placeOf, SEED_URL, until } from './helpers.js';

afterEach(cleanup);

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The violations axe finds in the element, as `rule: target` lines (empty when there are none). */
async function violations(element: CoopMap): Promise<string[]> {
  const result = await axe.run(element, { runOnly: { type: 'tag', values: TAGS }, resultTypes: ['violations'] });
  return result.violations.flatMap((v) =>
    v.nodes.map((node) => `${v.id} (${v.impact}): ${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`),
  );
}

async function seedMap(attributes: Record<string, string> = {}, width = 1000, height = 680): Promise<CoopMap> {
  const element = mount({ src: SEED_URL, theme: 'light', ...attributes });
  element.style.width = `${width}px`;
  element.style.height = `${height}px`;
  await nextEvent(element, 'coop-load');
  await element.whenIdle();
  return element;
}

async function check(element: CoopMap, name: string): Promise<void> {
  await element.whenIdle();
  await page.screenshot({ path: `../screenshots/access-${name}.png` });
  expect(await violations(element)).toEqual([]);
}

describe('axe finds nothing', () => {
  it.each([
    ['seed', {}],
    ['dark', { theme: 'dark' }],
    ['ru', { lang: 'ru' }],
    ['ko', { lang: 'ko' }],
    ['kk', { lang: 'kk' }],
    ['table', { view: 'table' }],
  ])('%s', async (name, attributes) => {
    const element = await seedMap(attributes);
    await check(element, name);
  });

  it('with the details panel open', async () => {
    const element = await seedMap();
    element.select('irkutsk-gyeongbuk');
    await until(() => element.shadowRoot!.querySelector('[part~="panel"]'));
    await check(element, 'panel');
  });

  it('with a tooltip', async () => {
    const element = await seedMap();
    mouse(element, 'mousemove', arcMiddle(element, placeOf(element, 'RU-SVE'), placeOf(element, 'KZ-75')));
    await until(() => element.shadowRoot!.querySelector('[part~="tooltip"]'));
    await check(element, 'tooltip');
  });

  it('with the list of keys', async () => {
    const element = await seedMap();
    element.map!.getCanvas().focus();
    element.map!.getCanvas().dispatchEvent(new KeyboardEvent('keydown', { key: '?', bubbles: true }));
    await until(() => element.shadowRoot!.querySelector('[part~="keys"]'));
    await check(element, 'keys');
  });

  it('320 px wide', async () => {
    const element = await seedMap({}, 320, 560);
    await check(element, 'narrow-map');
  });

  it('320 px wide with the legend unfolded', async () => {
    const element = await seedMap({}, 320, 560);
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="legend"] button.fold')!.click();
    await element.updateComplete;
    await check(element, 'narrow-legend');
  });

  it('320 px wide with the panel open', async () => {
    const element = await seedMap({}, 320, 560);
    element.select('sverdlovsk-gyeonggi');
    await until(() => element.shadowRoot!.querySelector('[part~="panel"]'));
    await check(element, 'narrow');
  });
});
