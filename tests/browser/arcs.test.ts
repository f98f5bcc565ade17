import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import {
  arcMiddle,
  canvasPixels,
  cleanup,
  colorDistance,
  countColors,
  loadSeed,
  mount,
  mouse,
  nextEvent,
  pixelAt,
  placeOf,
  until,
} from './helpers.js';
import { greatCirclePath, type ArcBuffers } from '../../src/geometry/arcs.js';
import type { CoopMap } from '../../src/coop-map.js';
import type { LinkStatus } from '../../src/data/types.js';
import { BUILTIN_SECTOR_DEFAULTS } from '../../src/data/sectors.js';
import { hexToRgb } from '../../src/map/view-math.js';
import { STATUS_STYLES } from '../../src/filters/statuses.js';

/** The built-in sectors' colors as [r, g, b], to compare with pixels. */
const SECTOR_RGB = Object.fromEntries(
  Object.entries(BUILTIN_SECTOR_DEFAULTS).map(([id, { color }]): [string, number[]] => [id, hexToRgb(color)]),
) as Record<'culture' | 'education' | 'economy' | 'tourism', number[]>;

afterEach(cleanup);

type ArcLayerForTests = {
  imageDraws: number;
  yearStepDraws: number;
  lastYearStepArcs: number;
  arcs: ArcBuffers | null;
  setArcs(buffers: ArcBuffers): void;
};

function arcLayerOf(element: CoopMap): ArcLayerForTests {
  return (element.map!.getLayer('coop-arcs') as unknown as { implementation: ArcLayerForTests }).implementation;
}

/** The seed data set on the map, settled, and the arc layer that draws it. */
async function seedArcs(): Promise<{ element: CoopMap; layer: ArcLayerForTests }> {
  const element = mount({ src: '/data/seed.json' });
  await nextEvent(element, 'coop-load');
  await element.whenIdle();
  return { element, layer: arcLayerOf(element) };
}

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
      [placeOf(element, 'RU-KAM'), placeOf(element, 'US-AK'), SECTOR_RGB.culture],
      [placeOf(element, 'RU-PRI'), placeOf(element, 'suva'), SECTOR_RGB.education],
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
    const element = mount(
      {},
      { data: { places, links: [{ id: 'x', source: 'w', target: 'e', sectors: ['education'], status }] } },
    );
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
      const point = {
        x: lx + (middle.x - (start.x + end.x) / 2) * bulge,
        y: ly + (middle.y - (start.y + end.y) / 2) * bulge,
      };
      if (colorDistance(await pixelAt(element, point), SECTOR_RGB.education) < 200) colored++;
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

  it('draws ended links sparser than suspended ones: the two are told apart without color', async () => {
    const suspended = await samples('suspended');
    const ended = await samples('ended');
    expect(suspended).toBeGreaterThan(3);
    expect(ended).toBeGreaterThan(0);
    expect(ended).toBeLessThan(suspended);
  });

  it('keys each status in the legend with the dash and opacity its arcs are drawn with', async () => {
    const statuses: LinkStatus[] = ['active', 'planned', 'suspended', 'ended'];
    const links = statuses.map((status, i) => ({ id: status, source: 'w', target: i % 2 ? 'e' : 'e2', status }));
    const element = mount({}, { data: { places, links } });
    await nextEvent(element, 'coop-load');
    const lines = [...element.shadowRoot!.querySelectorAll('.status-key line')];
    expect(lines.map((line) => [line.getAttribute('stroke-dasharray'), Number(line.getAttribute('opacity'))])).toEqual(
      statuses.map((status) => {
        const { dash, gap, alpha } = STATUS_STYLES[status];
        return [dash > 0 ? `${dash} ${gap}` : null, alpha];
      }),
    );
    expect(lines.map((line) => line.getAttribute('stroke-dasharray'))).toEqual([null, '7 4', '2.5 3', '1.5 7']);
  });

  it('draws a heavier link wider', async () => {
    const element = mount(
      {},
      {
        data: {
          places,
          links: [
            { id: 'heavy', source: 'w', target: 'e', sectors: ['education'], weight: 10 },
            { id: 'light', source: 'w2', target: 'e2', sectors: ['education'], weight: 1 },
          ],
        },
      },
    );
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
    const { element, layer } = await seedArcs();
    const map = element.map!;
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
    const { element, layer } = await seedArcs();
    const before = layer.imageDraws;
    element.setAttribute('sectors', 'education');
    await element.whenIdle();
    const pixels = await countColors(element, { education: '#4e6aff', culture: '#c94fa2' });
    expect(pixels.education).toBeGreaterThan(20);
    expect(pixels.culture).toBe(0);
    element.setAttribute('sectors', 'culture education');
    await element.whenIdle();
    const both = await countColors(element, { education: '#4e6aff', culture: '#c94fa2' });
    expect(both.culture).toBeGreaterThan(20);
    expect(layer.imageDraws).toBe(before);
    // A year filter changes the images in place (the arcs that enter or leave), not anew.
    element.setAttribute('years', '2000-2009');
    await element.whenIdle();
    expect(layer.imageDraws).toBe(before);
  });
});

describe('year steps', () => {
  it('add and take away only arcs that enter or leave the window, and show what drawing them anew shows', async () => {
    // Every pair of the seed's places, with years spread over 1990–2024 and some ended.
    const seed = (await loadSeed()) as {
      sectors: unknown;
      places: unknown;
      links: { source: string; target: string }[];
    };
    const ids = [...new Set(seed.links.flatMap((l) => [l.source, l.target]))];
    const sectors = ['culture', 'education', 'economy', 'tourism'];
    const links = ids.flatMap((source, i) =>
      ids.slice(i + 1).map((target, j) => ({
        source,
        target,
        sectors: [sectors[(i + j) % 4], ...(j % 3 === 0 ? [sectors[(i + j + 1) % 4]] : [])],
        since: 1990 + ((i * 7 + j * 5) % 35),
        until: j % 2 === 0 ? null : 1990 + ((i * 7 + j * 5) % 35) + (j % 5),
      })),
    );
    const element = mount({}, { data: { sectors: seed.sectors, places: seed.places, links } as CoopMap['data'] });
    await nextEvent(element, 'coop-load');
    await element.whenIdle();
    const layer = arcLayerOf(element);
    expect(links.length).toBeGreaterThan(40);

    let steps = layer.yearStepDraws;
    // Timeline steps forward and back, a window that grows and one that shrinks.
    for (const years of ['2000-2010', '2001-2011', '2002-2012', '2001-2011', '2001-2014', '2003-2014']) {
      const draws = layer.imageDraws;
      element.setAttribute('years', years);
      await element.whenIdle();
      const stepped = await canvasPixels(element);
      expect(layer.imageDraws, years).toBe(draws);
      expect(layer.yearStepDraws, years).toBe(++steps);
      expect(layer.lastYearStepArcs, years).toBeGreaterThan(0);
      expect(layer.lastYearStepArcs, years).toBeLessThan(layer.arcs!.count);

      // The same years drawn anew from all the arcs.
      layer.setArcs(layer.arcs!);
      await element.whenIdle();
      const anew = await canvasPixels(element);
      expect(layer.imageDraws, years).toBe(draws + 1);
      let differing = 0;
      let largest = 0;
      for (let i = 0; i < anew.length; i++) {
        const d = Math.abs(anew[i]! - stepped[i]!);
        if (d > 2) differing++;
        largest = Math.max(largest, d);
      }
      expect(differing, `${years}: pixels that differ (largest difference ${largest})`).toBe(0);
    }

    // A jump that changes most arcs (from all years to none of theirs) draws the images anew instead.
    element.removeAttribute('years');
    await element.whenIdle();
    steps = layer.yearStepDraws;
    const draws = layer.imageDraws;
    element.setAttribute('years', '1950-1960');
    // The very next frame already shows none of the arcs (no frame of the old images first).
    const next = await countColors(element, {
      culture: '#c94fa2',
      education: '#4e6aff',
      economy: '#d45700',
      tourism: '#398b50',
    });
    expect(next).toEqual({ culture: 0, education: 0, economy: 0, tourism: 0 });
    await element.whenIdle();
    expect(await element.queryRenderedLinks()).toEqual([]);
    expect(layer.yearStepDraws).toBe(steps);
    expect(layer.imageDraws).toBe(draws + 1);
  });
});

describe('many sectors', () => {
  it('#5: draws the arcs of 10,000 sectors, past the largest texture width, the last sector too', async () => {
    const count = 10_000;
    const places = Array.from({ length: 20 }, (_, i) => ({ id: `p${i}`, lon: -60 + i * 6, lat: (i % 2) * 20 - 10 }));
    const last = '#ff00ff';
    const sectors = Array.from({ length: count }, (_, i) => ({
      id: `s${i}`,
      label: { en: `Sector ${i}` },
      color: i === count - 1 ? last : '#4d4d4d',
    }));
    // A link per sector, never from a place to itself.
    const links = Array.from({ length: count }, (_, i) => ({
      id: `l${i}`,
      source: `p${i % 20}`,
      target: `p${(i + 1 + (i % 19)) % 20}`,
      sectors: [`s${i}`],
    }));
    const element = mount({}, { data: { sectors, places, links } as CoopMap['data'] });
    await nextEvent(element, 'coop-load');
    await element.whenIdle();
    const gl = element.map!.getCanvas().getContext('webgl2')!;
    expect(count).toBeGreaterThan(gl.getParameter(gl.MAX_TEXTURE_SIZE) as number);
    // 10,000 arcs are drawn faded (src/map/density.ts): the last sector's shows as a magenta tint.
    expect(await magentaPixels(element)).toBeGreaterThan(20);
    // Picking reads the sector flags too: arcs of thousands of sectors are found, the last one's among them.
    const drawn = await element.queryRenderedLinks();
    expect(drawn.length).toBeGreaterThan(1000);
    expect(drawn).toContain(`l${count - 1}`);
    // The sector flags reach the last sectors too.
    element.setAttribute('sectors', 's0 s1');
    await element.whenIdle();
    expect(await magentaPixels(element)).toBe(0);
    expect((await element.queryRenderedLinks()).sort()).toEqual(['l0', 'l1']);
  });
});

/** Canvas pixels tinted magenta (red and blue well above green), however faded over the map. */
async function magentaPixels(element: CoopMap): Promise<number> {
  const data = await canvasPixels(element);
  let count = 0;
  for (let i = 0; i < data.length; i += 4)
    if (data[i]! - data[i + 1]! > 25 && data[i + 2]! - data[i + 1]! > 25) count++;
  return count;
}

describe('on a GPU that cannot blend float images', () => {
  it('draws arcs in 8-bit images, still lays sector images for a toggle, redraws them for other years', async () => {
    // WebGL 2 without EXT_float_blend, as some mobile GPUs have it.
    const getExtension = WebGL2RenderingContext.prototype.getExtension;
    WebGL2RenderingContext.prototype.getExtension = function (this: WebGL2RenderingContext, name: string) {
      return name === 'EXT_float_blend' ? null : getExtension.call(this, name);
    } as typeof getExtension;
    try {
      const { element, layer } = await seedArcs();
      const all = await countColors(element, { education: '#4e6aff', culture: '#c94fa2' });
      expect(all.culture).toBeGreaterThan(20);
      expect(all.education).toBeGreaterThan(20);
      const draws = layer.imageDraws;

      element.setAttribute('sectors', 'education');
      await element.whenIdle();
      const one = await countColors(element, { education: '#4e6aff', culture: '#c94fa2' });
      expect(one.education).toBeGreaterThan(20);
      expect(one.culture).toBe(0);
      expect(layer.imageDraws).toBe(draws);
      expect(await element.queryRenderedLinks()).toContain('sverdlovsk-gyeonggi');

      element.setAttribute('years', '2000-2009');
      await element.whenIdle();
      expect(layer.imageDraws).toBe(draws + 1);
      expect(layer.yearStepDraws).toBe(0);
      expect(await element.queryRenderedLinks()).not.toContain('sverdlovsk-gyeonggi');
    } finally {
      WebGL2RenderingContext.prototype.getExtension = getExtension;
    }
  });
});

describe('hover and selection over depth images', () => {
  it('fade the other arcs and draw the highlighted ones over them, without drawing the images anew', async () => {
    const { element, layer } = await seedArcs();
    const draws = layer.imageDraws;
    const almaty = arcMiddle(element, placeOf(element, 'RU-SVE'), placeOf(element, 'KZ-75'));
    const irkutsk = arcMiddle(element, placeOf(element, 'RU-IRK'), placeOf(element, 'KR-47'));
    const before = { almaty: await pixelAt(element, almaty), irkutsk: await pixelAt(element, irkutsk) };

    mouse(element, 'mousemove', almaty);
    await until(() => element.shadowRoot!.querySelector('[part~="tooltip"]'));
    await element.whenIdle();
    const culture = SECTOR_RGB.culture;
    const hovered = await pixelAt(element, almaty);
    expect(colorDistance(hovered, culture)).toBeLessThanOrEqual(colorDistance(before.almaty, culture));
    expect(colorDistance(hovered, culture)).toBeLessThan(40);
    // Another link fades towards the map below it.
    const faded = await pixelAt(element, irkutsk);
    expect(colorDistance(faded, before.irkutsk)).toBeGreaterThan(30);
    expect(layer.imageDraws).toBe(draws);

    element.hoverTarget(null);
    await element.updateComplete;
    await element.whenIdle();
    expect(colorDistance(await pixelAt(element, irkutsk), before.irkutsk)).toBeLessThan(3);
    expect(colorDistance(await pixelAt(element, almaty), before.almaty)).toBeLessThan(3);
    expect(layer.imageDraws).toBe(draws);
  });
});
