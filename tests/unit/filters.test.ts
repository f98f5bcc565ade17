import { describe, expect, it } from 'vitest';
import {
  formatSectors,
  formatYears,
  isLinkVisible,
  parseSectors,
  parseYears,
  yearsOverlap,
  ALL,
  type FilterState,
} from '../../src/filters/filters.js';
import { FilterIndex } from '../../src/filters/filter-index.js';
import { toggleSectorValue } from '../../src/filters/sector-toggle.js';
import fc from 'fast-check';
import { link, state } from './filter-arbitraries.js';
import { validateDataSet } from '../../src/data/validate.js';

describe('filter attributes', () => {
  it('read sectors separated by spaces or commas; absent means all', () => {
    expect(parseSectors(null)).toBeNull();
    expect([...parseSectors('culture education')!]).toEqual(['culture', 'education']);
    expect([...parseSectors('culture, education,tourism')!]).toEqual(['culture', 'education', 'tourism']);
    expect(parseSectors('')!.size).toBe(0);
  });

  it('#2: with a comma, commas separate sector ids and spaces stay inside them', () => {
    expect([...parseSectors('foreign affairs, culture')!]).toEqual(['foreign affairs', 'culture']);
    expect([...parseSectors(' foreign affairs ,')!]).toEqual(['foreign affairs']);
    expect([...parseSectors('culture,education')!]).toEqual(['culture', 'education']);
    for (const ids of [['foreign affairs'], ['foreign affairs', 'culture'], ['culture', 'education'], []]) {
      const value = formatSectors(new Set(ids));
      expect([...parseSectors(value)!]).toEqual(ids);
    }
    expect(formatSectors(new Set(['culture', 'education']))).toBe('culture education');
    expect(formatSectors(new Set(['foreign affairs']))).toBe('foreign affairs,');
  });

  it('#2: switching a sector off keeps an id with a space whole, and its own toggle brings it back', () => {
    const all = ['foreign affairs', 'culture'];
    const off = toggleSectorValue(null, all, 'culture');
    expect([...parseSectors(off)!]).toEqual(['foreign affairs']);
    const none = toggleSectorValue(off, all, 'foreign affairs');
    expect(parseSectors(none)!.size).toBe(0);
    expect(toggleSectorValue(toggleSectorValue(none, all, 'foreign affairs'), all, 'culture')).toBeNull();
  });

  it.each([
    ['2016', { from: 2016, to: 2016 }],
    ['2015-2020', { from: 2015, to: 2020 }],
    ['2015–2020', { from: 2015, to: 2020 }],
    ['2015-', { from: 2015, to: null }],
    ['-2020', { from: null, to: 2020 }],
    ['2020-2015', { from: 2015, to: 2020 }],
  ])('read years %s', (text, expected) => {
    expect(parseYears(text)).toEqual(expected);
  });

  it('treat an absent or unreadable years attribute as all time', () => {
    expect(parseYears(null)).toBeNull();
    expect(parseYears('soon')).toBeNull();
    expect(formatYears({ from: 2015, to: 2020 })).toBe('2015-2020');
    expect(formatYears({ from: 2016, to: 2016 })).toBe('2016');
  });
});

describe('years overlap', () => {
  const range = { from: 2015, to: 2020 };
  it.each([
    [{ since: 2010, until: 2014 }, false],
    [{ since: 2010, until: 2015 }, true],
    [{ since: 2021, until: null }, false],
    [{ since: 2020, until: null }, true],
    [{ since: null, until: null }, true], // since always, still running
    [{ since: null, until: 2014 }, false],
    [{ since: null, until: 2016 }, true],
  ])('%o → %s', (link, expected) => {
    expect(yearsOverlap(link, range)).toBe(expected);
  });
});

describe('visible links', () => {
  const { dataset } = validateDataSet({
    places: [
      { id: 'A', lon: 0, lat: 0 },
      { id: 'B', lon: 10, lat: 0 },
      { id: 'C', lon: 20, lat: 0 },
    ],
    links: [
      { id: 'ab', source: 'A', target: 'B', sectors: ['culture', 'education'] },
      { id: 'bc', source: 'B', target: 'C' },
      { id: 'ac', source: 'A', target: 'C', sectors: ['economy'], status: 'ended', since: 2000, until: 2004 },
    ],
  });

  it('a link without sectors counts as unspecified', () => {
    const bc = dataset.links.find((l) => l.id === 'bc')!;
    expect(bc.sectors).toEqual(['unspecified']);
    expect(isLinkVisible(bc, { ...ALL, sectors: new Set(['culture']) })).toBe(false);
    expect(isLinkVisible(bc, { ...ALL, sectors: new Set(['unspecified']) })).toBe(true);
  });

  it('a link shows when any of its sectors is active', () => {
    const ab = dataset.links.find((l) => l.id === 'ab')!;
    expect(isLinkVisible(ab, { ...ALL, sectors: new Set(['education']) })).toBe(true);
    expect(isLinkVisible(ab, { ...ALL, sectors: new Set(['tourism']) })).toBe(false);
  });

  it('counts per sector follow years and status but not the sector toggles', () => {
    const counts = new FilterIndex(dataset).countBySector(
      { sectors: new Set(['culture']), years: { from: 2010, to: 2020 }, statuses: null },
      dataset.sectors.map((s) => s.id),
    );
    expect(counts.get('culture')).toBe(1);
    expect(counts.get('education')).toBe(1);
    expect(counts.get('economy')).toBe(0);
    expect(counts.get('unspecified')).toBe(1);
  });
});

describe('FilterIndex', () => {
  it('counts exactly what isLinkVisible shows, overall and per sector', () => {
    fc.assert(
      fc.property(fc.array(link, { maxLength: 60 }), state, (links, filters) => {
        const input = {
          places: [
            { id: 'a', lon: 0, lat: 0 },
            { id: 'b', lon: 1, lat: 1 },
          ],
          links: links.map((l, i) => ({
            id: `l${i}`,
            source: 'a',
            target: 'b',
            type: `t${i}`,
            sectors: l.sectors,
            status: l.status,
            since: l.since !== null && l.until !== null ? Math.min(l.since, l.until) : l.since,
            until: l.since !== null && l.until !== null ? Math.max(l.since, l.until) : l.until,
          })),
        };
        const { dataset } = validateDataSet(input);
        const index = new FilterIndex(dataset);
        const f = filters as FilterState;
        expect(index.countVisible(f)).toBe(dataset.links.filter((l) => isLinkVisible(l, f)).length);
        const bySector = index.countBySector(
          f,
          dataset.sectors.map((s) => s.id),
        );
        const withoutSectors = { ...f, sectors: null };
        for (const sector of dataset.sectors) {
          const expected = dataset.links.filter(
            (l) => l.sectors.includes(sector.id) && isLinkVisible(l, withoutSectors),
          ).length;
          expect(bySector.get(sector.id)).toBe(expected);
        }
      }),
      { numRuns: 300 },
    );
  });
});
