import { afterEach, describe, expect, it } from 'vitest';
import {
  arcMiddle,
  cleanup,
  clickAt,
  colorDistance,
  mount,
  mouse,
  nextEvent,
  pixelAt,
  placeOf,
  SEED_URL,
  until,
} from './helpers.js';
import type { CoopMap } from '../../src/coop-map.js';

afterEach(() => {
  cleanup();
  history.replaceState(null, '', location.pathname + location.search);
});

async function seedMap(attributes: Record<string, string> = {}): Promise<CoopMap> {
  const element = mount({ src: SEED_URL, ...attributes });
  await nextEvent(element, 'coop-load');
  await element.updateComplete;
  return element;
}

describe('exploring the map', () => {
  it('hovering a link shows a tooltip; a click selects it and opens the panel; Escape clears', async () => {
    const element = await seedMap();
    const middle = arcMiddle(element, placeOf(element, 'RU-SVE'), placeOf(element, 'KZ-75'));
    expect(await element.queryRenderedLinks({ x: middle.x - 1, y: middle.y - 1, width: 3, height: 3 })).toEqual([
      'sverdlovsk-almaty',
    ]);

    mouse(element, 'mousemove', middle);
    const tooltip = await until(() => element.shadowRoot!.querySelector('[part~="tooltip"]'));
    expect(tooltip.textContent).toContain('Sverdlovsk');
    expect(tooltip.textContent).toContain('Almaty');
    expect(tooltip.textContent).toContain('Culture');

    const selected = nextEvent(element, 'coop-select');
    clickAt(element, middle);
    expect((await selected).detail).toEqual({ kind: 'link', id: 'sverdlovsk-almaty' });
    expect(element.getAttribute('selected')).toBe('sverdlovsk-almaty');
    await element.updateComplete;
    const panel = element.shadowRoot!.querySelector('[part~="panel"]')!;
    expect(panel.textContent).toContain('Almaty');
    expect(panel.querySelector('a[href^="https://"], li')).not.toBeNull();

    const cleared = nextEvent(element, 'coop-select');
    element.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect((await cleared).detail).toEqual({ kind: null, id: null });
    expect(element.hasAttribute('selected')).toBe(false);
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part~="panel"]')).toBeNull();
  });

  it('hovering a place highlights its links and dims the rest', async () => {
    const element = await seedMap();
    const map = element.map!;
    const near = map.project(placeOf(element, 'NEAR'));
    const almaty = arcMiddle(element, placeOf(element, 'RU-SVE'), placeOf(element, 'KZ-75'));
    const full = await pixelAt(element, almaty);
    element.setAttribute('sectors', 'economy'); // hides the (culture) Sverdlovsk–Almaty arc
    await element.updateComplete;
    const without = await pixelAt(element, almaty);
    element.removeAttribute('sectors');
    await element.updateComplete;
    expect(colorDistance(full, without)).toBeGreaterThan(60);

    mouse(element, 'mousemove', near);
    const tooltip = await until(() => element.shadowRoot!.querySelector('[part~="tooltip"]'));
    expect(tooltip.textContent).toContain('NEAR');
    // The Sverdlovsk–Almaty arc is not a link of NEAR: it fades most of the way to the map below.
    const dimmed = await pixelAt(element, almaty);
    expect(colorDistance(dimmed, without)).toBeLessThan(colorDistance(full, without) * 0.4);
  });

  it('selected attribute set by the page opens the panel of a place, and its links can be chosen from it', async () => {
    const element = await seedMap({ selected: 'RU-IRK' });
    await element.updateComplete;
    const panel = element.shadowRoot!.querySelector('[part~="panel"]')!;
    expect(panel.textContent).toContain('Irkutsk');
    const button = [...panel.querySelectorAll('button')].find((b) => b.textContent?.includes('Gyeong'))!;
    const selected = nextEvent(element, 'coop-select');
    button.click();
    expect((await selected).detail.id).toBe('irkutsk-gyeongbuk');
  });
});

describe('timeline', () => {
  it('moving a thumb sets the years attribute, fires coop-filter-change and filters', async () => {
    const element = await seedMap();
    const from = element.shadowRoot!.querySelector<HTMLInputElement>('[part~="timeline"] input.from')!;
    const change = nextEvent(element, 'coop-filter-change');
    from.value = '2011';
    from.dispatchEvent(new Event('input', { bubbles: true }));
    const event = await change;
    expect(event.detail.years?.from).toBe(2011);
    expect(element.getAttribute('years')).toMatch(/^2011-/);
    await element.whenIdle();
    const drawn = await element.queryRenderedLinks();
    expect(drawn).toContain('sverdlovsk-gyeonggi');
    expect(element.visibleLinks).toContain('russia-korea-diplomatic'); // since 1990, still running
  });

  it('play steps through the years and pause stops it', async () => {
    const element = await seedMap();
    const play = element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="timeline"] button[aria-pressed]')!;
    play.click();
    const first = await until(() => element.getAttribute('years'));
    const next = await until(
      () => (element.getAttribute('years') !== first ? element.getAttribute('years') : null),
      5000,
    );
    expect(Number(next!.split('-')[0])).toBe(Number(first.split('-')[0]) + 1);
    await element.updateComplete;
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="timeline"] button[aria-pressed]')!.click();
    const stopped = element.getAttribute('years');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(element.getAttribute('years')).toBe(stopped);
  });
});

describe('views and sharing', () => {
  it('sync-url writes sectors, years and selection to the hash and reads them back', async () => {
    history.replaceState(
      null,
      '',
      `${location.pathname}${location.search}#sectors=education&selected=sverdlovsk-gyeonggi`,
    );
    const element = await seedMap({ 'sync-url': '' });
    expect(element.getAttribute('sectors')).toBe('education');
    expect(element.getAttribute('selected')).toBe('sverdlovsk-gyeonggi');
    element.setAttribute('years', '2015-2020');
    await element.updateComplete;
    expect(new URLSearchParams(location.hash.slice(1)).get('years')).toBe('2015-2020');
    history.replaceState(null, '', `${location.pathname}${location.search}#sectors=culture`);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await element.updateComplete;
    expect(element.getAttribute('sectors')).toBe('culture');
    expect(element.hasAttribute('years')).toBe(false);
    expect(element.hasAttribute('selected')).toBe(false);
  });

  it('exports the filtered links as CSV that loads back, and the view as PNG', async () => {
    const element = await seedMap({ sectors: 'economy' });
    const csv = element.exportCsv();
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r\n/);
    expect(lines[0]).toBe(
      'id,source,target,source_name,target_name,type,status,since,until,sectors,weight,title,url,' +
        'source_lon,source_lat,target_lon,target_lat',
    );
    expect(lines).toHaveLength(1 + element.visibleLinks.length);
    expect(csv).toContain('sverdlovsk-gyeonggi');
    expect(csv).not.toContain('sverdlovsk-almaty');
    const again = mount({}, {});
    const reloaded = nextEvent(again, 'coop-load');
    again.src = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    expect((await reloaded).detail.links).toBe(element.visibleLinks.length);

    const png = await element.exportPng();
    expect(png.type).toBe('image/png');
    const bitmap = await createImageBitmap(png);
    expect(bitmap.width).toBe(element.map!.getCanvas().width);
  });

  it('globe projection draws the arcs', async () => {
    const element = await seedMap({ projection: 'globe' });
    expect(element.map!.getProjection().type).toBe('globe');
    const drawn = await element.queryRenderedLinks();
    expect(drawn).toContain('irkutsk-gyeongbuk');
    expect(drawn.length).toBeGreaterThan(8);
  });

  it('theme="dark" switches the panels and the basemap to the dark palette; parts are exposed', async () => {
    const element = await seedMap({ theme: 'dark' });
    const legend = element.shadowRoot!.querySelector<HTMLElement>('[part~="legend"]')!;
    const [r, g, b] = getComputedStyle(legend).backgroundColor.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(200);
    expect(element.map!.getPaintProperty('coop-basemap-ocean', 'background-color')).toBe('#101a24');
    for (const part of ['map', 'legend', 'timeline'])
      expect(element.shadowRoot!.querySelector(`[part~="${part}"]`)).not.toBeNull();
  });
});

describe('labels', () => {
  it('follow the chosen language, drawn on the map without a glyph server', async () => {
    const element = await seedMap({ lang: 'ru' });
    const map = element.map!;
    expect(map.getStyle().glyphs).toBeUndefined();
    await element.whenIdle();
    const images = map.querySourceFeatures('coop-labels').map((f) => String(f.properties.image));
    expect(images.length).toBeGreaterThan(5);
    expect(images.every((id) => id.includes(':ru:'))).toBe(true);
    const rendered = map.queryRenderedFeatures({ layers: ['coop-labels'] });
    expect(rendered.length).toBeGreaterThan(3);
    for (const feature of rendered) expect(map.hasImage(String(feature.properties.image))).toBe(true);
    const legend = element.shadowRoot!.querySelector('[part~="legend"]')!;
    expect(legend.textContent).toContain('Культура');
  });
});
