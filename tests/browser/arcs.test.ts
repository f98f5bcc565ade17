import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { arcMiddle, cleanup, colorDistance, countColors, mount, nextEvent, pixelAt, placeOf } from './helpers.js';
import { greatCirclePath } from '../../src/geometry/arcs.js';
import type { LinkStatus } from '../../src/data/types.js';

afterEach(cleanup);

describe('arcs across the antimeridian', () => {
  it('draws Kamchatka ↔ Alaska and Primorsky Krai ↔ Fiji over the Pacific', async () => {
    const data = {
      places: [{ id: 'suva', name: 'Suva', lon: 178.44, lat: -18.14, kind: 'city' }],
      links: [
        { id: 'kamchatka-alaska', source: 'RU-KAM', target: 'US-AK', sectors: ['culture'] },
        { id: 'primorsky-suva', source: 'RU-PRI', target: 'suva', sectors: ['education'] },
      ],
    };
    const element = mount({}, { data });
    await nextEvent(element, 'coop-load');
    const map = element.map!;
    // The view fits across the antimeridian: its centre is in the Pacific, not over Europe.
    const centre = map.getCenter().wrap();
    expect(Math.abs(centre.lng)).toBeGreaterThan(140);
    expect((await element.queryRenderedLinks()).sort()).toEqual(['kamchatka-alaska', 'primorsky-suva']);

    // The middle of each great circle, where it crosses the Pacific, shows the arc's color.
    for (const [a, b, color] of [
      [placeOf(element, 'RU-KAM'), placeOf(element, 'US-AK'), [0xcc, 0x79, 0xa7]],
      [placeOf(element, 'RU-PRI'), placeOf(element, 'suva'), [0x00, 0x72, 0xb2]],
    ] as [[number, number], [number, number], number[]][]) {
      const middle = arcMiddle(element, a, b);
      const drawn = await element.queryRenderedLinks({ x: middle.x - 6, y: middle.y - 6, width: 13, height: 13 });
      expect(drawn.length).toBe(1);
      expect(colorDistance(await pixelAt(element, middle), color)).toBeLessThan(150);
      // …and the great circle's own midpoint lies on the Pacific side.
      const mid = greatCirclePath(a, b, 2)[1]!;
      expect(Math.abs(((mid[0] + 540) % 360) - 180)).toBeGreaterThan(150);
    }
    await page.screenshot({ path: '../screenshots/antimeridian.png' });
  });
});

describe('status and width', () => {
  const places = [
    { id: 'w', lon: 0, lat: 0 },
    { id: 'e', lon: 40, lat: 0 },
    { id: 'w2', lon: 0, lat: -20 },
    { id: 'e2', lon: 40, lat: -20 },
  ];

  async function samples(status: LinkStatus): Promise<number> {
    const element = mount({}, { data: { places, links: [{ id: 'x', source: 'w', target: 'e', sectors: ['education'], status }] } });
    await nextEvent(element, 'coop-load');
    const map = element.map!;
    const path = greatCirclePath([0, 0], [40, 0], 40);
    // Sample along the drawn arc (its bulge included) and count how many points show the arc.
    let colored = 0;
    for (let i = 10; i <= 30; i++) {
      const t = i / 40;
      const middle = arcMiddle(element, [0, 0], [40, 0]);
      const start = map.project(path[0]!);
      const end = map.project(path.at(-1)!);
      // Along the parabola through the two ends and the drawn middle.
      const lx = start.x + (end.x - start.x) * t;
      const ly = start.y + (end.y - start.y) * t;
      const bulge = 4 * t * (1 - t);
      const point = { x: lx + (middle.x - (start.x + end.x) / 2) * bulge, y: ly + (middle.y - (start.y + end.y) / 2) * bulge };
      if (colorDistance(await pixelAt(element, point), [0x00, 0x72, 0xb2]) < 200) colored++;
    }
    element.remove();
    return colored;
  }

  it('draws active links solid and planned links dashed (status does not rest on color alone)', async () => {
    const active = await samples('active');
    const planned = await samples('planned');
    expect(active).toBeGreaterThanOrEqual(19);
    expect(planned).toBeLessThan(active - 3);
    expect(planned).toBeGreaterThan(3);
  });

  it('draws a heavier link wider', async () => {
    const element = mount({}, {
      data: {
        places,
        links: [
          { id: 'heavy', source: 'w', target: 'e', sectors: ['education'], weight: 10 },
          { id: 'light', source: 'w2', target: 'e2', sectors: ['education'], weight: 1 },
        ],
      },
    });
    await nextEvent(element, 'coop-load');
    const width = async (a: [number, number], b: [number, number]) => {
      const middle = arcMiddle(element, a, b);
      let n = 0;
      for (let dy = -10; dy <= 10; dy++) {
        const ids = await element.queryRenderedLinks({ x: middle.x, y: middle.y + dy, width: 1, height: 1 });
        if (ids.length) n++;
      }
      return n;
    };
    expect(await width([0, 0], [40, 0])).toBeGreaterThan(await width([0, -20], [40, -20]));
  });
});

describe('frames that change nothing about the arcs', () => {
  it('reuse the arc images; a status filter or a camera change draws the arcs again', async () => {
    const element = mount({ src: '/data/seed.json' });
    await nextEvent(element, 'coop-load');
    await element.whenIdle();
    const map = element.map!;
    const layer = (map.getLayer('coop-arcs') as unknown as { implementation: { imageDraws: number } }).implementation;
    const before = layer.imageDraws;
    for (let i = 0; i < 3; i++) {
      map.triggerRepaint();
      await new Promise((resolve) => map.once('render', resolve));
    }
    expect(layer.imageDraws).toBe(before);
    const drawnBefore = await element.queryRenderedLinks();
    expect(drawnBefore.length).toBeGreaterThan(8);

    element.setAttribute('statuses', 'active');
    await element.whenIdle();
    expect(layer.imageDraws).toBe(before + 1);
    map.panBy([40, 0], { animate: false });
    await element.whenIdle();
    expect(layer.imageDraws).toBe(before + 2);
  });
});

describe('sector toggles', () => {
  it('only lay the cached sector images again: no arc is drawn anew, and the right ones show', async () => {
    const element = mount({ src: '/data/seed.json' });
    await nextEvent(element, 'coop-load');
    await element.whenIdle();
    const layer = (element.map!.getLayer('coop-arcs') as unknown as { implementation: { imageDraws: number } }).implementation;
    const before = layer.imageDraws;
    element.setAttribute('sectors', 'education');
    await element.whenIdle();
    const pixels = await countColors(element, { education: '#0072b2', culture: '#cc79a7' });
    expect(pixels.education).toBeGreaterThan(20);
    expect(pixels.culture).toBe(0);
    element.setAttribute('sectors', 'culture education');
    await element.whenIdle();
    const both = await countColors(element, { education: '#0072b2', culture: '#cc79a7' });
    expect(both.culture).toBeGreaterThan(20);
    expect(layer.imageDraws).toBe(before);
    // A year filter changes which arcs of every sector show: the images are drawn again.
    element.setAttribute('years', '2011-2020');
    await element.whenIdle();
    expect(layer.imageDraws).toBe(before + 1);
  });
});
