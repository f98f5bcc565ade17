// Places rows give by name and coordinates: grouped by name and country as people write them,
// one place within SAME_PLACE_KM, each move reported once.
import { describe, expect, it } from 'vitest';
import type { Place } from '../../src/data/model.js';
import { distanceKm, foldName, NamedPlaces, SAME_PLACE_KM, samePlace } from '../../src/data/validate/named-places.js';

const place = (id: string, lon: number, lat: number): Place => ({
  id,
  index: 0,
  name: id,
  lon,
  lat,
  kind: 'place',
  shape: null,
});
/** About `km` kilometres north of a point, in degrees of latitude. */
const kmNorth = (km: number) => km / 111.2;

describe('NamedPlaces', () => {
  it('keeps one group for a name and a country however they are written', () => {
    const named = new NamedPlaces();
    const group = named.group('Ennery', 'France');
    group.push({ place: place('Ennery, France', 6.2, 49.2), index: 0, field: 'source_name' });
    expect(named.group('ENNERY', ' france ')).toBe(group);
    expect(named.group('Ennery', 'France')).toBe(group);
    expect(named.group('Ennery', '')).not.toBe(group);
    expect(named.group('Ennery-sur-Mer', 'France')).toEqual([]);
  });

  it('reports each new position of a place once', () => {
    const named = new NamedPlaces();
    const p = place('x', 1, 2);
    expect(named.firstMove(p, 1.01, 2)).toBe(true);
    expect(named.firstMove(p, 1.01, 2)).toBe(false);
    expect(named.firstMove(p, 1.02, 2)).toBe(true);
  });
});

describe('samePlace', () => {
  const first = { place: place('Ennery, France', 2.1, 49.07), index: 0, field: 'source_name' };
  const second = { place: place('Ennery, France #2', 6.22, 49.22), index: 4, field: 'target_name' };

  it('takes the first place of the group within SAME_PLACE_KM', () => {
    const near = samePlace([first, second], 2.1, 49.07 + kmNorth(SAME_PLACE_KM - 1));
    expect(near?.named).toBe(first);
    expect(near?.km).toBeCloseTo(SAME_PLACE_KM - 1, 0);
    expect(samePlace([first, second], 6.22, 49.22)?.named).toBe(second);
  });

  it('finds none when each lies farther', () => {
    expect(samePlace([first, second], 2.1, 49.07 + kmNorth(SAME_PLACE_KM + 1))).toBeNull();
    expect(samePlace([], 2.1, 49.07)).toBeNull();
  });
});

describe('distances and names', () => {
  it('measures great-circle distance in kilometres', () => {
    expect(distanceKm({ lon: 0, lat: 0 }, 0, 1)).toBeCloseTo(111.2, 1);
    expect(distanceKm({ lon: 179.5, lat: 0 }, -179.5, 0)).toBeCloseTo(111.2, 1);
    expect(distanceKm({ lon: 10, lat: 50 }, 10, 50)).toBe(0);
  });

  it('folds case, runs of spaces and Unicode forms', () => {
    expect(foldName('  Spittal  an der\tDrau ')).toBe('spittal an der drau');
    expect(foldName('Cafe\u0301')).toBe(foldName('Café'));
  });
});
