import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_SECTORS, LINK_STATUSES } from '../../src/data/types.js';
import type { CooperationDataInput, LinkInput, LocalizedText } from '../../src/data/types.js';

const SEED_URL = new URL('../../data/seed.json', import.meta.url);
/** Place ids that resolve without a declaration: ISO 3166-1 alpha-2 and ISO 3166-2 shaped codes. */
const ISO_LIKE_ID = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;
const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;
/** Upper bound of the activity years of a link still running (no `until`). */
const OPEN_END_YEAR = 2100;

/** Relations the five seed texts describe and the data set must keep, as unordered pairs of place ids. */
const REQUIRED_PAIRS: ReadonlyArray<readonly [string, string, string]> = [
  ['RU-IRK', 'KR-47', 'Irkutsk Oblast – Gyeongsangbuk-do (Li 2021)'],
  ['RU-SVE', 'KZ-39', 'Sverdlovsk Oblast – Kostanay region'],
  ['RU-SVE', 'KZ-11', 'Sverdlovsk Oblast – Akmola region'],
  ['RU-SVE', 'KZ-59', 'Sverdlovsk Oblast – North Kazakhstan region'],
  ['RU-SVE', 'KZ-71', 'Sverdlovsk Oblast – Astana'],
  ['RU-SVE', 'KZ-75', 'Sverdlovsk Oblast – Almaty'],
  ['RU-SVE', 'KR-41', 'Sverdlovsk Oblast – Gyeonggi-do (2018 news item)'],
  ['RU-IRK', 'NEAR', 'Irkutsk Oblast in NEAR'],
  ['RU', 'KR', 'Russia – Republic of Korea dialogue'],
];

const seed = JSON.parse(readFileSync(SEED_URL, 'utf8')) as CooperationDataInput;
const links = seed.links;
const builtin = new Set<string>(BUILTIN_SECTORS);

const pairKey = (a: string, b: string): string => [a, b].sort().join(' ↔ ');
const hasText = (text: LocalizedText | undefined, lang: string): boolean =>
  typeof text === 'string' ? text.trim() !== '' : typeof text?.[lang] === 'string' && text[lang]!.trim() !== '';
const label = (link: LinkInput, i: number): string => `links[${i}] (${link.id ?? 'no id'})`;

describe('data/seed.json', () => {
  it('has links', () => {
    expect(Array.isArray(links)).toBe(true);
    expect(links.length).toBeGreaterThan(0);
  });

  it('gives every link a unique id', () => {
    const ids = links.map((link) => link.id);
    for (const [i, id] of ids.entries()) expect(typeof id, `links[${i}].id`).toBe('string');
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(duplicates).toEqual([]);
  });

  it('gives every link source, target, type, status, a sector and a titled source', () => {
    for (const [i, link] of links.entries()) {
      const at = label(link, i);
      expect(link.source, `${at}.source`).toMatch(/\S/);
      expect(link.target, `${at}.target`).toMatch(/\S/);
      expect(link.source, `${at} links a place to itself`).not.toBe(link.target);
      expect(link.type, `${at}.type`).toMatch(/\S/);
      expect(LINK_STATUSES, `${at}.status`).toContain(link.status);
      expect(link.sectors?.length ?? 0, `${at}.sectors`).toBeGreaterThan(0);
      expect(link.sources?.length ?? 0, `${at}.sources`).toBeGreaterThan(0);
      for (const [j, source] of (link.sources ?? []).entries()) {
        expect(source.title, `${at}.sources[${j}].title`).toMatch(/\S/);
      }
    }
  });

  it('gives every link a note in English and Russian', () => {
    for (const [i, link] of links.entries()) {
      const note = link.note as LocalizedText | undefined;
      expect(hasText(note, 'en') && hasText(note, 'ru'), `${label(link, i)}.note`).toBe(true);
    }
  });

  it('declares every extra sector it uses, with en and ru labels and a #rrggbb color', () => {
    const declared = new Map((seed.sectors ?? []).map((sector) => [sector.id, sector]));
    const used = new Set(
      links.flatMap((link) => [
        ...(link.sectors ?? []),
        ...(link.activities ?? []).flatMap((activity) => (activity.sector ? [activity.sector] : [])),
      ]),
    );
    for (const id of used) {
      if (builtin.has(id)) continue;
      const sector = declared.get(id);
      expect(sector, `sector "${id}" is used but not declared`).toBeDefined();
      expect(hasText(sector?.label, 'en'), `sector "${id}" label.en`).toBe(true);
      expect(hasText(sector?.label, 'ru'), `sector "${id}" label.ru`).toBe(true);
      expect(sector?.color, `sector "${id}" color`).toMatch(HEX_COLOR);
    }
  });

  it('gives declared sectors distinct colors', () => {
    const colors = (seed.sectors ?? []).map((sector) => sector.color?.toLowerCase());
    expect(new Set(colors).size).toBe(colors.length);
  });

  it('only gives an activity a sector of its own link', () => {
    for (const [i, link] of links.entries()) {
      for (const [j, activity] of (link.activities ?? []).entries()) {
        if (activity.sector === undefined) continue;
        expect(link.sectors, `${label(link, i)}.activities[${j}].sector`).toContain(activity.sector);
      }
    }
  });

  it('declares every place that is not an ISO code, with lon and lat', () => {
    const places = new Map((seed.places ?? []).map((place) => [place.id, place]));
    const used = new Set(links.flatMap((link) => [link.source, link.target]));
    for (const id of used) {
      if (ISO_LIKE_ID.test(id)) continue;
      const place = places.get(id);
      expect(place, `place "${id}" is used but not declared`).toBeDefined();
      expect(typeof place?.lon === 'number' && place.lon >= -180 && place.lon <= 180, `place "${id}".lon`).toBe(true);
      expect(typeof place?.lat === 'number' && place.lat >= -90 && place.lat <= 90, `place "${id}".lat`).toBe(true);
    }
  });

  it('declares NEAR as an organization at its secretariat in Pohang, named in en, ru and ko', () => {
    const near = seed.places?.find((place) => place.id === 'NEAR');
    expect(near?.kind).toBe('organization');
    expect(near?.lon).toBeCloseTo(129.36, 2);
    expect(near?.lat).toBeCloseTo(36.02, 2);
    for (const lang of ['en', 'ru', 'ko']) expect(hasText(near?.name, lang), `NEAR name.${lang}`).toBe(true);
  });

  it('keeps every relation the seed texts describe', () => {
    const pairs = new Set(links.map((link) => pairKey(link.source, link.target)));
    const missing = REQUIRED_PAIRS.filter(([a, b]) => !pairs.has(pairKey(a, b))).map(([, , name]) => name);
    expect(missing).toEqual([]);
  });

  it('keeps since ≤ until where both are set, and years as whole numbers or null', () => {
    for (const [i, link] of links.entries()) {
      for (const key of ['since', 'until'] as const) {
        const year = link[key];
        expect(year === undefined || year === null || Number.isInteger(year), `${label(link, i)}.${key}`).toBe(true);
      }
      if (typeof link.since === 'number' && typeof link.until === 'number') {
        expect(link.since, `${label(link, i)}.since`).toBeLessThanOrEqual(link.until);
      }
    }
  });

  it('dates activities within the years of their link', () => {
    for (const [i, link] of links.entries()) {
      if (typeof link.since !== 'number') continue;
      const until = link.until ?? OPEN_END_YEAR;
      for (const [j, activity] of (link.activities ?? []).entries()) {
        if (activity.year === undefined) continue;
        const at = `${label(link, i)}.activities[${j}].year`;
        expect(activity.year, at).toBeGreaterThanOrEqual(link.since);
        expect(activity.year, at).toBeLessThanOrEqual(until);
      }
    }
  });

  it('cites sources over https only', () => {
    for (const [i, link] of links.entries()) {
      for (const [j, source] of (link.sources ?? []).entries()) {
        if (source.url === undefined) continue;
        expect(source.url, `${label(link, i)}.sources[${j}].url`).toMatch(/^https:\/\//);
      }
      for (const [j, activity] of (link.activities ?? []).entries()) {
        if (activity.url === undefined) continue;
        expect(activity.url, `${label(link, i)}.activities[${j}].url`).toMatch(/^https:\/\//);
      }
    }
  });
});
