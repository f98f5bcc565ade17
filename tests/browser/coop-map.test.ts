import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, countColors, loadSeed, mount, nextEvent, SEED_URL } from './helpers.js';
import { BUILTIN_SECTOR_DEFAULTS } from '../../src/data/sectors.js';

afterEach(cleanup);

describe('<coop-map> on the seed data', () => {
  it('draws the seed arcs over the offline basemap and reports the load', async () => {
    const element = mount({ src: SEED_URL });
    const loaded = await nextEvent(element, 'coop-load');
    const seed = (await loadSeed()) as { links: { id: string }[] };
    expect(loaded.detail.links).toBe(seed.links.length);
    expect(loaded.detail.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(element.visibleLinks.sort()).toEqual(seed.links.map((l) => l.id).sort());

    const drawn = await element.queryRenderedLinks();
    expect(drawn).toContain('irkutsk-gyeongbuk');
    expect(drawn).toContain('sverdlovsk-gyeonggi');
    expect(drawn.length).toBeGreaterThanOrEqual(seed.links.length - 2);

    const pixels = await countColors(element, {
      education: BUILTIN_SECTOR_DEFAULTS.education!.color,
      culture: BUILTIN_SECTOR_DEFAULTS.culture!.color,
    });
    expect(pixels.education).toBeGreaterThan(20);
    expect(pixels.culture).toBeGreaterThan(20);
  });

  it('sectors="education" leaves only education arcs drawn, and .visibleLinks agrees', async () => {
    const element = mount({ src: SEED_URL });
    await nextEvent(element, 'coop-load');
    const seed = (await loadSeed()) as { links: { id: string; sectors: string[] }[] };
    element.setAttribute('sectors', 'education');
    await element.whenIdle();

    const expected = seed.links
      .filter((l) => l.sectors.includes('education'))
      .map((l) => l.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(element.visibleLinks.sort()).toEqual(expected);
    const drawn = await element.queryRenderedLinks();
    expect(drawn.length).toBeGreaterThan(0);
    for (const id of drawn) expect(expected).toContain(id);

    const pixels = await countColors(element, {
      education: BUILTIN_SECTOR_DEFAULTS.education!.color,
      culture: BUILTIN_SECTOR_DEFAULTS.culture!.color,
    });
    expect(pixels.education).toBeGreaterThan(20);
    expect(pixels.culture).toBe(0);
  });

  it('a year range hides the links outside it', async () => {
    const element = mount({ src: SEED_URL, years: '1990-1995' });
    await nextEvent(element, 'coop-load');
    const seed = (await loadSeed()) as { links: { id: string; since: number | null; until: number | null }[] };
    const overlaps = (l: { since: number | null; until: number | null }) =>
      (l.since ?? -Infinity) <= 1995 && (l.until ?? Infinity) >= 1990;
    const expected = seed.links
      .filter(overlaps)
      .map((l) => l.id)
      .sort();
    const hidden = seed.links.filter((l) => !overlaps(l)).map((l) => l.id);
    expect(hidden).toContain('sverdlovsk-gyeonggi');
    expect(element.visibleLinks.sort()).toEqual(expected);
    const drawn = await element.queryRenderedLinks();
    for (const id of hidden) expect(drawn).not.toContain(id);
  });

  it('the legend toggles a sector: the attribute changes and coop-filter-change fires', async () => {
    const element = mount({ src: SEED_URL });
    await nextEvent(element, 'coop-load');
    await element.updateComplete;
    const button = element.shadowRoot!.querySelector<HTMLButtonElement>('button[data-sector="culture"]')!;
    expect(button.getAttribute('aria-pressed')).toBe('true');
    const change = nextEvent(element, 'coop-filter-change');
    button.click();
    const event = await change;
    expect(event.detail.sectors).not.toContain('culture');
    expect(event.detail.sectors).toContain('education');
    expect(element.getAttribute('sectors')!.split(' ')).not.toContain('culture');
    await element.updateComplete;
    expect(button.getAttribute('aria-pressed')).toBe('false');
  });
});

describe('<coop-map> with bad input', () => {
  it('an unknown place: the rest is drawn and coop-load reports that row', async () => {
    const data = {
      links: [
        { id: 'good', source: 'RU-IRK', target: 'KR-47', sectors: ['culture'] },
        { id: 'bad', source: 'RU-IRK', target: 'RU-IRKK', sectors: ['education'] },
        { id: 'also-good', source: 'RU-SVE', target: 'KR-41', sectors: ['economy'] },
      ],
    };
    const element = mount({}, { data });
    const loaded = await nextEvent(element, 'coop-load');
    expect(loaded.detail.links).toBe(2);
    const issue = loaded.detail.issues.find((i) => i.path === 'links[1].target');
    expect(issue?.severity).toBe('error');
    expect(issue?.message).toContain('RU-IRKK');
    expect(issue?.message).toContain('RU-IRK');
    expect(element.visibleLinks.sort()).toEqual(['also-good', 'good']);
    const drawn = await element.queryRenderedLinks();
    expect(drawn.sort()).toEqual(['also-good', 'good']);
  });

  it('malformed JSON fires coop-error with a message, and the map stays usable', async () => {
    const blob = URL.createObjectURL(new Blob(['{ "links": [ { "source": "RU-IRK", '], { type: 'application/json' }));
    const element = mount({ src: blob });
    const error = await nextEvent(element, 'coop-error');
    expect(error.detail.message).toMatch(/JSON/);
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[role="alert"]')?.textContent).toMatch(/JSON/);
    expect(element.map).not.toBeNull();

    // The same element then loads good data.
    const loaded = nextEvent(element, 'coop-load');
    element.src = SEED_URL;
    expect((await loaded).detail.links).toBeGreaterThan(0);
    expect((await element.queryRenderedLinks()).length).toBeGreaterThan(0);
  });
});
