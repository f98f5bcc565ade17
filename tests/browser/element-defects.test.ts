// Defects that people trying the element found, each fixed with the structure rework: a new data
// set's labels, reflected defaults, unusable attribute values, the checks of `.data`, taking the
// data away, a second element's basemap, the media type of a data file, and moving the element.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CoopMap } from '../../src/coop-map.js';
import { PALETTES } from '../../src/map/basemap.js';
import {
  canvasPixels,
  cleanup,
  colorDistance,
  differingShare,
  loadSeed,
  mount,
  nextEvent,
  pixelAt,
  SEED_URL,
} from './helpers.js';

afterEach(() => {
  cleanup();
  for (const div of document.querySelectorAll('[data-test-host]')) div.remove();
  vi.restoreAllMocks();
});

/** A data set whose places have other names at the same indices as the seed's. */
const OTHER = {
  links: [
    { id: 'us-pav', source: 'US-CA', target: 'KZ-55', sectors: ['economy'] },
    { id: 'fr-jp', source: 'FR', target: 'JP', sectors: ['culture'] },
    { id: 'br-za', source: 'BR', target: 'ZA', sectors: ['education'] },
  ],
};

describe('after the data changes', () => {
  it('the picture equals that of a fresh element given the same data (labels included)', async () => {
    const changed = mount({ src: SEED_URL, theme: 'light', lang: 'en' });
    await nextEvent(changed, 'coop-load');
    const reloaded = nextEvent(changed, 'coop-load');
    changed.removeAttribute('src');
    changed.data = structuredClone(OTHER);
    await reloaded;
    await changed.whenIdle();
    const labels = changed.map!.querySourceFeatures('coop-labels').map((f) => f.properties.placeId as string);
    expect([...new Set(labels)].sort()).toEqual(['BR', 'FR', 'JP', 'KZ-55', 'US-CA', 'ZA']);
    const after = await canvasPixels(changed);
    changed.remove();

    const fresh = mount({ theme: 'light', lang: 'en' }, { data: structuredClone(OTHER) });
    await nextEvent(fresh, 'coop-load');
    await fresh.whenIdle();
    const expected = await canvasPixels(fresh);
    expect(differingShare(after, expected)).toBeLessThan(0.001);
  });

  it('.data = null clears the map and says so with coop-load of 0 links', async () => {
    const element = mount({}, { data: structuredClone(OTHER) });
    await nextEvent(element, 'coop-load');
    expect((await element.queryRenderedLinks()).length).toBeGreaterThan(0);
    const cleared = nextEvent(element, 'coop-load');
    element.data = null;
    const event = await cleared;
    expect(event.detail).toEqual({ links: 0, places: 0, issues: [] });
    expect(element.visibleLinks).toEqual([]);
    expect(await element.queryRenderedLinks()).toEqual([]);
    expect(element.shadowRoot!.querySelector('[part~="legend"]')).toBeNull();
  });

  it('.data runs the same checks as a file: { links: "oops" } is refused with the reason', async () => {
    const element = mount({}, { data: { links: 'oops' } as never });
    const error = await nextEvent(element, 'coop-error');
    expect(error.detail.message).toContain('"links" must be an array');
  });
});

describe('attributes', () => {
  it("reflects only what the page set: an ancestor's lang shows through", async () => {
    const host = document.createElement('div');
    host.dataset.testHost = '';
    host.lang = 'ru';
    document.body.append(host);
    const element = document.createElement('coop-map') as CoopMap;
    element.style.cssText = 'display:block;width:900px;height:560px';
    element.src = SEED_URL;
    host.append(element);
    await nextEvent(element, 'coop-load');
    await element.updateComplete;
    expect(element.hasAttribute('lang')).toBe(false);
    expect(element.hasAttribute('projection')).toBe(false);
    expect(element.hasAttribute('theme')).toBe(false);
    expect(element.shadowRoot!.querySelector('[part~="legend"] h2')!.textContent).toBe('Сферы');
  });

  it('an unusable value gets a console warning naming it and the default is used', async () => {
    const warn = vi.spyOn(console, 'warn');
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    const element = mount({ src: SEED_URL, theme: 'blue', projection: 'albers', years: 'abc' });
    await nextEvent(element, 'coop-load');
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
    const warnings = warn.mock.calls.map((call) => String(call[0]));
    expect(warnings.some((w) => w.includes('theme="blue"'))).toBe(true);
    expect(warnings.some((w) => w.includes('projection="albers"'))).toBe(true);
    expect(warnings.some((w) => w.includes('years="abc"'))).toBe(true);
    // Each once, however often the element renders.
    expect(warnings.filter((w) => w.includes('theme="blue"'))).toHaveLength(1);
    const seed = (await loadSeed()) as { links: unknown[] };
    expect(element.visibleLinks).toHaveLength(seed.links.length);
    expect(element.map!.getProjection()?.type ?? 'mercator').toBe('mercator');
  });
});

describe('the basemap', () => {
  it('a second element on the page draws the countries too', async () => {
    const first = mount({ src: SEED_URL, theme: 'light' });
    await nextEvent(first, 'coop-load');
    const second = mount({ src: SEED_URL, theme: 'light' });
    await nextEvent(second, 'coop-load');
    await second.whenIdle();
    for (const element of [first, second]) {
      // Inner Mongolia (China): land in the view, away from the arcs and the regions drawn.
      const point = element.map!.project([112, 43]);
      const color = await pixelAt(element, point);
      const land = [0xf6, 0xf4, 0xef];
      const ocean = [0xdc, 0xe7, 0xf0];
      expect(colorDistance(color, land), `${color} at ${point.x},${point.y}`).toBeLessThan(colorDistance(color, ocean));
      expect(PALETTES.light.land).toBe('#f6f4ef');
    }
  });
});

describe('data files', () => {
  it('a JSON body that is not an object is reported as JSON, not read as CSV', async () => {
    const url = URL.createObjectURL(new Blob(['null'], { type: 'application/json' }));
    const element = mount({ src: url });
    const error = await nextEvent(element, 'coop-error');
    expect(error.detail.message).toContain('JSON object');
  });
});

describe('moved in the page', () => {
  it('#1: draws its arcs again after being moved to another parent, and says so', async () => {
    const element = mount({ src: SEED_URL });
    await nextEvent(element, 'coop-load');
    const before = (await element.queryRenderedLinks()).sort();
    expect(before.length).toBeGreaterThan(0);
    const host = document.createElement('div');
    host.dataset.testHost = '';
    document.body.append(host);
    const again = nextEvent(element, 'coop-load');
    host.append(element);
    await again;
    expect((await element.queryRenderedLinks()).sort()).toEqual(before);
  });
});
