// Statistics on the 24,926-row Wikidata sister-city file, as a reader sees them: a city's panel
// (partners by country, links by sector and by decade, rank by partners) and the data set
// summary above the table, each checked against a count made here from the file's rows, before
// and after a filter change. The file's `eu` column (EU / Non-EU partner) is read as the
// sectors, so that the sector filter has something to change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import axe from 'axe-core';
import { page } from 'vitest/browser';
import type { CoopMap } from '../../src/coop-map.js';
import { readRegionFile } from '../../src/data/regions.js';
import { AreaIndex } from '../../src/filters/area-index.js';
import WIKIDATA_COLUMNS from '../unit/wikidata-columns.json';
import { wikidataRelations, type PairEnd } from '../unit/wikidata-pairs.js';
import { cleanup, mount, nextEvent, until } from './helpers.js';

const WIKIDATA_URL = '/@shared/data/wikidata-sister-cities-eu.tsv';
const LOAD_TIMEOUT_MS = 120_000;
const SHANGHAI = "Shanghai, People's Republic of China";
const VILNIUS = 'Vilnius, Lithuania';

let element: CoopMap;
let relations: ReturnType<typeof wikidataRelations>;
let countries: AreaIndex;

beforeAll(async () => {
  element = mount({ src: WIKIDATA_URL, columns: JSON.stringify({ ...WIKIDATA_COLUMNS, eu: 'sectors' }) });
  element.style.width = '1000px';
  element.style.height = '700px';
  const [text, shapes] = await Promise.all([
    fetch(WIKIDATA_URL).then((r) => r.text()),
    fetch('/geodata/countries.json').then((r) => r.json() as Promise<unknown>),
    nextEvent(element, 'coop-load', LOAD_TIMEOUT_MS),
  ]);
  relations = wikidataRelations(text);
  countries = new AreaIndex(readRegionFile(shapes, 'country').byId);
  await element.whenIdle();
}, LOAD_TIMEOUT_MS + 10_000);

afterAll(cleanup);

/** A relation's sectors as the loader unites them: the `eu` cells of all its rows. */
const sectorsOf = (rows: Record<string, string>[]) => new Set(rows.map((row) => row.eu!));
/** The country of a place of the file, where its first coordinates lie (found once per place). */
const countryCache = new Map<string, string | null>();
function countryOf(end: PairEnd): string | null {
  if (!countryCache.has(end.place)) countryCache.set(end.place, countries.areaAt(end.first[1], end.first[0]));
  return countryCache.get(end.place)!;
}
const english = new Intl.DisplayNames(['en'], { type: 'region' });
const en = new Intl.NumberFormat('en');

function add<K>(counts: Map<K, number>, key: K): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Most first, of equals by key. */
function ranked<K extends string>(counts: Map<K, number>): [K, number][] {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** The relations the sector filter shows (null: all). */
function shownRelations(sectors: ReadonlySet<string> | null) {
  return [...relations.pairs.values()].filter(
    ({ rows }) => !sectors || [...sectorsOf(rows)].some((s) => sectors.has(s)),
  );
}

/** What a place's panel should say, counted from the file: partners by country, links by sector, rank. */
function expectedPlace(key: string, sectors: ReadonlySet<string> | null) {
  const shown = shownRelations(sectors);
  const mine = shown.filter(({ ends }) => ends.some((end) => end.place === key));
  const byCountry = new Map<string, number>();
  const bySector = new Map<string, number>();
  for (const { ends, rows } of mine) {
    const partner = ends[0].place === key ? ends[1] : ends[0];
    add(byCountry, countryOf(partner)!);
    for (const sector of sectorsOf(rows)) if (!sectors || sectors.has(sector)) add(bySector, sector);
  }
  const partners = new Map<string, number>();
  for (const { ends } of shown) for (const end of ends) add(partners, end.place);
  const rank = 1 + [...partners.values()].filter((n) => n > mine.length).length;
  // Most partners first, of equals by ISO code (as the statistics promise), named in English.
  const countries = ranked(byCountry).map(([code, n]): [string, number] => [english.of(code)!, n]);
  return { partners: mine.length, countries, sectors: bySector, rank, ranked: partners.size };
}

/** The rows of one statistics table: row header and count. */
function tableRows(root: Element, kind: string): [string, number][] {
  const table = root.querySelector(`table[data-statistics="${kind}"]`)!;
  return [...table.querySelectorAll('tbody tr')].map((tr) => [
    tr.querySelector('th')!.textContent!.trim(),
    Number(tr.querySelector('td')!.textContent!.replace(/,/g, '')),
  ]);
}

const total = (root: Element, name: string) =>
  Number(root.querySelector(`[data-total="${name}"]`)!.textContent!.replace(/,/g, ''));

async function panelOf(id: string): Promise<Element> {
  element.select(id);
  await element.updateComplete;
  return until(() => element.shadowRoot!.querySelector('[part~="panel"] .statistics:has(.rank)'));
}

async function violations(root: Element): Promise<string[]> {
  const found = await axe.run(root, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    resultTypes: ['violations'],
  });
  return found.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
}

function expectPanel(stats: Element, expected: ReturnType<typeof expectedPlace>): void {
  expect(total(stats, 'partners')).toBe(expected.partners);
  expect(total(stats, 'links')).toBe(expected.partners);
  const countries = tableRows(stats, 'countries');
  const top = expected.countries.slice(0, 10);
  expect(countries.slice(0, top.length)).toEqual(top);
  const rest = expected.countries.slice(10);
  if (rest.length > 0)
    expect(countries.at(-1)).toEqual([`Other countries (${rest.length})`, rest.reduce((n, [, c]) => n + c, 0)]);
  else expect(countries).toHaveLength(top.length);
  expect(new Map(tableRows(stats, 'sectors'))).toEqual(expected.sectors);
  // The file gives no years: every link is of no decade.
  expect(tableRows(stats, 'decades')).toEqual([['Year not given', expected.partners]]);
  const rank = /^(\d[\d,]*)(st|nd|rd|th) of ([\d,]+) places by partners$/.exec(
    stats.querySelector('.rank')!.textContent!.trim(),
  );
  expect(rank?.[1]).toBe(en.format(expected.rank));
  expect(rank?.[3]).toBe(en.format(expected.ranked));
}

describe('statistics of a city in the Wikidata file', () => {
  it("Shanghai's panel: partners by country, sectors in the legend's colours, decades, rank", async () => {
    // The first panel comes before the countries of 12,600 places are found: it says it is counting.
    element.select(SHANGHAI);
    const counting = await until(() => element.shadowRoot!.querySelector('[part~="panel"] .statistics'));
    expect(counting.querySelector('[data-counting]')?.textContent).toBe('Counting…');
    const stats = await panelOf(SHANGHAI);
    const expected = expectedPlace("shanghai|people's republic of china#0", null);
    expect(expected.partners).toBeGreaterThan(10);
    expectPanel(stats, expected);
    expect(stats.textContent).toContain('Counted over the links the current filters show.');
    // Sector rows carry the sector's swatch, coloured as the legend's.
    const legendSwatch = element.shadowRoot!.querySelector('[part~="legend"] [data-sector="Non-EU"] .swatch')!;
    const swatch = stats.querySelector('table[data-statistics="sectors"] tr[data-key="Non-EU"] .swatch')!;
    expect(getComputedStyle(swatch).borderColor).toBe(getComputedStyle(legendSwatch).borderColor);
    expect(await violations(element.shadowRoot!.querySelector('[part~="panel"]')!)).toEqual([]);
    await page.screenshot({ path: '../screenshots/statistics-shanghai.png' });
  });

  it('follows the filters: with the EU sector only, Vilnius counts only its EU links', async () => {
    const all = expectedPlace('vilnius|lithuania#0', null);
    expectPanel(await panelOf(VILNIUS), all);
    element.sectors = 'EU';
    await element.updateComplete;
    const eu = expectedPlace('vilnius|lithuania#0', new Set(['EU']));
    expect(eu.partners).toBeLessThan(all.partners);
    await until(
      () => total(element.shadowRoot!.querySelector('[part~="panel"] .statistics')!, 'partners') === eu.partners,
    );
    expectPanel(element.shadowRoot!.querySelector('[part~="panel"] .statistics')!, eu);
    element.sectors = null;
    await element.updateComplete;
    element.select(null);
  });
});

describe('the data set summary above the table', () => {
  function expectedSummary(sectors: ReadonlySet<string> | null) {
    const shown = shownRelations(sectors);
    const places = new Map<string, PairEnd>();
    const pairs = new Map<string, number>();
    for (const { ends } of shown) {
      for (const end of ends) places.set(end.place, end);
      const [a, b] = ends.map(countryOf).sort();
      if (a && b && a !== b) add(pairs, `${english.of(a)} – ${english.of(b)}`);
    }
    const inCountries = new Set([...places.values()].map(countryOf).filter(Boolean));
    return { links: shown.length, places: places.size, countries: inCountries.size, pairs: ranked(pairs).slice(0, 5) };
  }

  async function summary(): Promise<Element> {
    await element.updateComplete;
    return until(() => element.shadowRoot!.querySelector('[part~="table"] .statistics.summary'));
  }

  function expectSummary(root: Element, expected: ReturnType<typeof expectedSummary>): void {
    expect(total(root, 'links')).toBe(expected.links);
    expect(total(root, 'places')).toBe(expected.places);
    expect(total(root, 'countries')).toBe(expected.countries);
    // Names of the pairs are in code order; the counts and the set of pairs are what the file says.
    const rows = [...root.querySelectorAll('ol.pairs li')].map((li): [string, number] => [
      li.querySelector('.pair')!.textContent!.trim(),
      Number(li.querySelector('.count')!.textContent!.replace(/,/g, '')),
    ]);
    expect(root.querySelector('ol.pairs')!.getAttribute('aria-labelledby')).toBeTruthy();
    expect(rows.map(([, n]) => n)).toEqual(expected.pairs.map(([, n]) => n));
    const name = (pair: string) => pair.split(' – ').sort().join(' – ');
    expect(rows.map(([pair]) => name(pair)).sort()).toEqual(expected.pairs.map(([pair]) => name(pair)).sort());
  }

  it('gives the links, places, countries and top five country pairs shown; a filter changes them', async () => {
    element.view = 'table';
    const root = await summary();
    const all = expectedSummary(null);
    expectSummary(root, all);
    expect(all.links).toBe(relations.pairs.size);
    expect(await violations(element.shadowRoot!.querySelector('[part~="table"]')!)).toEqual([]);
    await page.screenshot({ path: '../screenshots/statistics-summary.png' });

    element.sectors = 'Non-EU';
    const nonEu = expectedSummary(new Set(['Non-EU']));
    expect(nonEu.links).toBeLessThan(all.links);
    await until(async () => total(await summary(), 'links') === nonEu.links);
    expectSummary(await summary(), nonEu);
    element.sectors = null;
    element.view = null;
    await element.updateComplete;
  });
});
