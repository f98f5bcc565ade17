// Which bundled geodata a load fetches: the admin-1 file only when a place id that the data set
// neither declares nor places by coordinates has the shape of a subdivision code.
import { describe, expect, it } from 'vitest';
import type { CooperationDataInput } from '../../src/data/types.js';
import { needsSubdivisions, regionNeeds, undeclaredPlaceIds } from '../../src/load/geodata-needs.js';

const data = (value: unknown) => value as CooperationDataInput;

describe('undeclaredPlaceIds', () => {
  it('lists the ids of link ends that are neither declared nor given coordinates, trimmed', () => {
    const ids = undeclaredPlaceIds(
      data({
        places: [{ id: 'NEAR', lon: 129.36, lat: 36.02 }, 'junk'],
        links: [
          { source: ' RU-IRK ', target: 'NEAR' },
          { source: 'Pohang', source_lon: '129.36', source_lat: '36.02', target: 'KR' },
          { source: 42, target: 'KZ-11' },
          'not a link',
        ],
      }),
    );
    expect([...ids]).toEqual(['RU-IRK', 'KR', 'KZ-11']);
  });

  it('reads a data set without places or links as referring to nothing', () => {
    expect(undeclaredPlaceIds(data({ links: 'oops', places: 'oops' })).size).toBe(0);
  });
});

describe('needsSubdivisions', () => {
  it('is true for a subdivision code the data set does not declare', () => {
    expect(needsSubdivisions(data({ links: [{ source: 'RU', target: 'kr-47' }] }))).toBe(true);
  });

  it('is true for a place written by name, which may be a region', () => {
    expect(needsSubdivisions(data({ links: [{ source: 'Свердловская область', target: 'KR' }] }))).toBe(true);
    expect(needsSubdivisions(data({ links: [{ source_name: 'Gyeonggi', target: 'KR' }] }))).toBe(true);
  });

  it('is false for countries, for declared places and for places given by coordinates', () => {
    expect(needsSubdivisions(data({ links: [{ source: 'RU', target: 'KR' }] }))).toBe(false);
    expect(
      needsSubdivisions(
        data({
          places: [{ id: 'XX-1', lon: 10, lat: 10 }],
          links: [
            { source: 'XX-1', target: 'KR' },
            { source: 'YY-2', source_lon: 1, source_lat: 2, target: 'RU' },
          ],
        }),
      ),
    ).toBe(false);
  });
});

describe('regionNeeds', () => {
  it('lists the subdivision codes in upper case, and needs no names when every place is a code', () => {
    const needs = regionNeeds(
      data({
        links: [
          { source: 'ru-irk', target: 'KR-47' },
          { source: 'KZ', target: 'FR-IDF' },
        ],
      }),
    );
    expect([...needs.codes].sort()).toEqual(['FR-IDF', 'KR-47', 'RU-IRK']);
    expect(needs.byName).toBe(false);
  });

  it('needs the names for a place written by name, by id or by a name column', () => {
    expect(regionNeeds(data({ links: [{ source: 'Свердловская область', target: 'KR-47' }] }))).toEqual({
      codes: new Set(['KR-47']),
      byName: true,
    });
    expect(regionNeeds(data({ links: [{ source_name: 'Gyeonggi', target: 'KR' }] })).byName).toBe(true);
  });
});
