// Place resolution: declared places, places known to the gazetteer by code, and places rows
// give by name and coordinates, one place within SAME_PLACE_KM; which places the data set keeps.
import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../src/data/gazetteer.js';
import type { Link } from '../../src/data/model.js';
import { FieldReader } from '../../src/data/validate/field-readers.js';
import { IssueLog } from '../../src/data/validate/issue-log.js';
import { PlaceResolver } from '../../src/data/validate/place-resolver.js';

const gazetteer = new Gazetteer()
  .add([
    { id: 'RU-IRK', name: { en: 'Irkutsk' }, lon: 104.3, lat: 57.5, kind: 'region', shape: 'admin1' },
    { id: 'KZ-11', name: { en: 'Akmola' }, lon: 70, lat: 51.9, kind: 'region', shape: 'admin1' },
  ])
  .addAliases({ 'KZ-AKM': 'KZ-11' });

function resolver(csv = false) {
  const log = new IssueLog(csv ? { rowNumbers: [2, 3, 4, 5], columnLabels: { source_name: 'City' } } : {});
  return { log, places: new PlaceResolver(log, new FieldReader(log), gazetteer) };
}

/** About `km` kilometres north of a point, in degrees of latitude. */
const kmNorth = (km: number) => km / 111.2;

describe('declared places', () => {
  it('takes places with coordinates, renames a known region without them, and leaves out the others', () => {
    const { log, places } = resolver();
    places.declare([
      { id: 'NEAR', name: 'NEAR', lon: 129.36, lat: 36.02, kind: 'organization' },
      { id: 'RU-IRK', name: 'Irkutsk Oblast' },
      { id: 'NOWHERE', lon: 10 },
      { id: 'FAR', lon: 200, lat: 10 },
      { id: 'NEAR', lon: 1, lat: 1 },
    ]);
    const near = places.resolveEnd({ source: 'NEAR' }, 'source', 0);
    expect(near).toMatchObject({ id: 'NEAR', kind: 'organization', shape: null });
    const irkutsk = places.resolveEnd({ source: 'RU-IRK' }, 'source', 0);
    expect(irkutsk).toMatchObject({ name: 'Irkutsk Oblast', shape: 'admin1' });
    expect(places.resolveEnd({ target: 'FAR' }, 'target', 1)).toBeNull();
    expect(log.issues.map((i) => [i.code, i.path])).toEqual([
      ['missing-field', 'places[2].lat'],
      ['out-of-range', 'places[3].lon'],
      ['duplicate-place', 'places[4].id'],
      ['unknown-place', 'links[1].target'],
    ]);
    expect(log.issues[3]!.message).toBe(
      'place "FAR" is declared at places[3], but that declaration was left out (see the issue there); ' + 'row dropped',
    );
  });
});

describe('link ends', () => {
  it('resolves codes in any case and outdated codes to one known place each', () => {
    const { log, places } = resolver();
    const irkutsk = places.resolveEnd({ source: 'ru-irk' }, 'source', 0);
    expect(places.resolveEnd({ target: 'RU-IRK' }, 'target', 1)).toBe(irkutsk);
    expect(places.resolveEnd({ target: 'KZ-AKM' }, 'target', 2)).toMatchObject({ id: 'KZ-11', index: 1 });
    expect(log.issues).toEqual([]);
  });

  it('reports an unknown place with a did-you-mean, a missing end and an end that is not text', () => {
    const { log, places } = resolver();
    expect(places.resolveEnd({ source: 'RU-IRKK' }, 'source', 0)).toBeNull();
    expect(places.resolveEnd({}, 'target', 1)).toBeNull();
    expect(places.resolveEnd({ source: { id: 1 } }, 'source', 2)).toBeNull();
    expect(log.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      ['unknown-place', 'links[0].source', 'unknown place "RU-IRKK" — did you mean "RU-IRK" (Irkutsk)?'],
      ['missing-field', 'links[1].target', 'missing "target": each link needs two places; row dropped'],
      ['wrong-type', 'links[2].source', '"source" must be a place id (text); row dropped'],
    ]);
  });

  it('in CSV makes a place of an id with coordinates, and refuses a name without either', () => {
    const { log, places } = resolver(true);
    const pohang = { source: 'P-1', source_name: 'Pohang', source_lon: '129.36', source_lat: '36.02' };
    expect(places.resolveEnd(pohang, 'source', 0)).toMatchObject({
      id: 'P-1',
      name: 'Pohang',
      lon: 129.36,
      lat: 36.02,
      kind: 'place',
    });
    expect(places.resolveEnd({ source_name: 'Irkutks' }, 'source', 1)).toBeNull();
    expect(places.resolveEnd({ source_name: 'Irkutsk' }, 'source', 1)).toMatchObject({ id: 'RU-IRK' });
    expect(log.issues.map((i) => [i.path, i.message])).toEqual([
      [
        'row 3, column "City"',
        '"Irkutks" has no "source" id and no coordinates, so the row is dropped — did you mean "RU-IRK" (Irkutsk)?',
      ],
      ['row 3, column "City"', '"Irkutsk" is a name; read as the place "RU-IRK" (Irkutsk)'],
    ]);
  });
});

describe('places given by name and coordinates', () => {
  it('reads rows within SAME_PLACE_KM as one place, at the first coordinates, and farther ones as another', () => {
    const { log, places } = resolver(true);
    const end = (lat: number) => ({
      source_name: 'Ennery',
      source_country: 'France',
      source_lon: '6.22',
      source_lat: String(lat),
    });
    const first = places.resolveEnd(end(49.22), 'source', 0);
    expect(first).toMatchObject({ id: 'Ennery, France', lat: 49.22 });
    expect(places.resolveEnd(end(49.22 + kmNorth(15)), 'source', 1)).toBe(first);
    const other = places.resolveEnd(end(49.22 + kmNorth(60)), 'source', 2);
    expect(other).toMatchObject({ id: 'Ennery, France #2' });
    expect(places.resolveEnd(end(49.22 + kmNorth(15)), 'source', 3)).toBe(first);
    expect(log.issues.map((i) => [i.code, i.path])).toEqual([
      ['place-moved', 'row 3, column "City"'],
      ['same-name-other-place', 'row 4, column "City"'],
    ]);
    expect(log.issues[0]!.message).toMatch(
      /^"Ennery" is at 49\.3\d*, 6\.22 here and at 49\.22, 6\.22 in row 2, column "City" \(15\.0 km apart\)/,
    );
    expect(log.issues[1]!.message).toBe(
      '"Ennery" here is 60 km from the "Ennery" of row 2, column "City"; ' +
        'read as another place, "Ennery, France #2"',
    );
  });
});

describe('kept places', () => {
  it('keeps declared places and those of kept links, indexing them anew and the links with them', () => {
    const { places } = resolver();
    places.declare([{ id: 'NEAR', lon: 129.36, lat: 36.02 }]);
    const dropped = places.resolveEnd({ source: 'RU-IRK' }, 'source', 0)!;
    const kz = places.resolveEnd({ source: 'KZ-11' }, 'source', 1)!;
    const near = places.resolveEnd({ target: 'NEAR' }, 'target', 1)!;
    expect([dropped.index, kz.index, near.index]).toEqual([1, 2, 0]);
    const link = { source: 'KZ-11', target: 'NEAR', sourceIndex: 2, targetIndex: 0 } as Link;
    expect(places.kept([link]).map((p) => [p.id, p.index])).toEqual([
      ['NEAR', 0],
      ['KZ-11', 1],
    ]);
    expect([link.sourceIndex, link.targetIndex]).toEqual([1, 0]);
  });
});
