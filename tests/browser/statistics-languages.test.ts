// A place's statistics in the element's four languages, on the seed data set (country names from
// Intl.DisplayNames in that language, the decade and the rank in its words), and with data text
// that looks like markup and a partner at sea (in no country).
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { CoopMap } from '../../src/coop-map.js';
import type { CooperationDataInput } from '../../src/data/types.js';
import { STATISTICS_TEXTS } from '../../src/i18n/statistics-texts.js';
import { cleanup, loadSeed, mount, nextEvent, until } from './helpers.js';

afterEach(cleanup);

interface SeedLink {
  source: string;
  target: string;
  since?: number | null;
  sectors?: string[];
}

async function statisticsOf(element: CoopMap, id: string): Promise<Element> {
  await nextEvent(element, 'coop-load');
  element.select(id);
  await element.updateComplete;
  return until(() => element.shadowRoot!.querySelector('[part~="panel"] .statistics:not(:has([data-counting]))'));
}

function rows(root: Element, kind: string): [string, string][] {
  return [...root.querySelectorAll(`table[data-statistics="${kind}"] tbody tr`)].map((tr) => [
    tr.querySelector('th')!.textContent!.trim(),
    tr.querySelector('td')!.textContent!.trim(),
  ]);
}

describe("a place's statistics in each language", () => {
  it.each(['en', 'ru', 'ko', 'kk'] as const)('lang="%s": Sverdlovsk Oblast in the seed data', async (lang) => {
    const seed = (await loadSeed()) as { links: SeedLink[] };
    const element = mount({ lang }, { data: structuredClone(seed) as CooperationDataInput });
    const stats = await statisticsOf(element, 'RU-SVE');
    const texts = STATISTICS_TEXTS[lang];
    expect(stats.querySelector('h3')!.textContent).toBe(texts.heading);
    expect(stats.querySelector('p')!.textContent).toBe(texts.followsFilters);
    // Partners by country, counted from the file: the code an ISO id starts with, named in the language.
    const mine = seed.links.filter((l) => l.source === 'RU-SVE' || l.target === 'RU-SVE');
    const byCountry = new Map<string, number>();
    for (const l of mine) {
      const code = (l.source === 'RU-SVE' ? l.target : l.source).slice(0, 2);
      byCountry.set(code, (byCountry.get(code) ?? 0) + 1);
    }
    const names = new Intl.DisplayNames([lang], { type: 'region' });
    const expected = [...byCountry]
      .sort((a, b) => b[1] - a[1])
      .map(([code, n]): [string, string] => [names.of(code)!, String(n)]);
    expect(rows(stats, 'countries')).toEqual(expected);
    expect(stats.querySelector('table[data-statistics="countries"] thead')!.textContent).toContain(texts.country);
    // Decades in the language's words, the undated last.
    const decades = new Map<number | null, number>();
    for (const l of mine) {
      const decade = typeof l.since === 'number' ? Math.floor(l.since / 10) * 10 : null;
      decades.set(decade, (decades.get(decade) ?? 0) + 1);
    }
    const decadeRows = [...decades]
      .sort((a, b) => (a[0] === null ? 1 : b[0] === null ? -1 : a[0] - b[0]))
      .map(([d, n]): [string, string] => [d === null ? texts.noYear : texts.decadeName(d), String(n)]);
    expect(rows(stats, 'decades')).toEqual(decadeRows);
    // Its rank among the seed's places by partners: Sverdlovsk has the most.
    const partners = (id: string) =>
      new Set(seed.links.flatMap((l) => (l.source === id ? [l.target] : l.target === id ? [l.source] : []))).size;
    const places = new Set(seed.links.flatMap((l) => [l.source, l.target]));
    const rank = 1 + [...places].filter((p) => partners(p) > partners('RU-SVE')).length;
    expect(stats.querySelector('.rank')!.textContent).toBe(
      texts.rank(String(rank), new Intl.NumberFormat(lang).format(places.size), rank),
    );
    await page.screenshot({ path: `../screenshots/statistics-seed-${lang}.png` });
    if (lang === 'en')
      expect(stats.querySelector('.rank')!.textContent).toBe(`1st of ${places.size} places by partners`);
  });
});

describe('data text in the statistics', () => {
  const HOSTILE = 'Culture <img src=x onerror=alert(1)>';
  const DATA: CooperationDataInput = {
    sectors: [{ id: 'odd', label: { en: HOSTILE }, color: '#aa3377' }],
    places: [{ id: 'SHIP', name: { en: 'A ship <b>at sea</b>' }, lon: -30, lat: 40, kind: 'organization' }],
    links: [
      { source: 'RU-IRK', target: 'SHIP', sectors: ['odd'], since: 2001 },
      { source: 'RU-IRK', target: 'KR-47', sectors: ['odd'], since: 1996 },
    ],
  };

  it('is shown as text, and a partner in no country is counted as such', async () => {
    const element = mount({}, { data: structuredClone(DATA) });
    const stats = await statisticsOf(element, 'RU-IRK');
    expect(rows(stats, 'sectors')).toEqual([[HOSTILE, '2']]);
    expect(stats.querySelector('img, b')).toBeNull();
    expect(rows(stats, 'countries')).toEqual([
      ['South Korea', '1'],
      ['Country not found', '1'],
    ]);
    expect(rows(stats, 'decades')).toEqual([
      ['1990s', '1'],
      ['2000s', '1'],
    ]);
    expect(stats.querySelector('.rank')!.textContent).toBe('1st of 3 places by partners');
    // The ship's panel: its one partner, in Russia.
    element.select('SHIP');
    await element.updateComplete;
    const ship = element.shadowRoot!.querySelector('[part~="panel"] .statistics')!;
    expect(rows(ship, 'countries')).toEqual([['Russia', '1']]);
    expect(ship.querySelector('.rank')!.textContent).toBe('2nd of 3 places by partners');
  });
});
