// The validator against the bundled geodata as shipped: every check of the data format, with
// the did-you-mean a curator sees.
import { describe, expect, it } from 'vitest';
import { parseDataText } from '../../src/data/parse.js';
import type { CooperationDataInput, LinkInput } from '../../src/data/types.js';
import { SAME_PLACE_KM, validateDataSet } from '../../src/data/validate.js';
import { realGazetteer } from './real-geodata.js';

const gazetteer = realGazetteer();

function validate(data: Partial<CooperationDataInput>) {
  return validateDataSet({ links: [], ...data } as CooperationDataInput, { gazetteer });
}

function validateCsv(text: string) {
  const parsed = parseDataText(text, { format: 'csv' });
  expect(parsed.data, JSON.stringify(parsed.issues)).not.toBeNull();
  return {
    parsed,
    ...validateDataSet(parsed.data!, { gazetteer, rowNumbers: parsed.rowNumbers, columnLabels: parsed.columnLabels }),
  };
}

/** About `km` kilometres north of a point, in degrees of latitude. */
const kmNorth = (km: number) => km / 111.2;

describe('places against the bundled geodata', () => {
  it('resolves subdivision codes in any case, country codes and outdated codes', () => {
    const { dataset, issues } = validate({
      links: [
        { source: 'ru-irk', target: 'KR-47' },
        { source: 'KZ-AKM', target: 'KR' },
      ],
    });
    expect(issues).toEqual([]);
    expect(dataset.links.map((l) => [l.source, l.target])).toEqual([
      ['RU-IRK', 'KR-47'],
      ['KZ-11', 'KR'],
    ]);
    expect(dataset.places.find((p) => p.id === 'KZ-11')).toMatchObject({
      shape: 'admin1',
      name: { kk: 'Ақмола облысы' },
    });
    expect(dataset.places.find((p) => p.id === 'KR')).toMatchObject({ shape: 'country', kind: 'country' });
  });

  it('suggests the code for a mistyped code', () => {
    const { dataset, issues } = validate({
      links: [
        { source: 'RU-IRKK', target: 'KR-47' },
        { source: 'RU-SVE', target: 'KR-41' },
      ],
    });
    expect(dataset.links.map((l) => l.source)).toEqual(['RU-SVE']);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'error', code: 'unknown-place', path: 'links[0].source' });
    expect(issues[0]!.message).toMatch(/^unknown place "RU-IRKK" — did you mean "RU-IRK" \(Irkutsk\)/);
  });

  it.each([
    ['Irkutsk', 'RU-IRK'],
    ['Иркутская область', 'RU-IRK'],
    ['Irkutsk Oblast', 'RU-IRK'],
    ['경상북도', 'KR-47'],
    ['Ақмола облысы', 'KZ-11'],
  ])('reads the name %s as its code, in any language of the geodata, with a warning', (name, code) => {
    const { dataset, issues } = validate({ links: [{ source: name, target: 'KR-41' }] });
    expect(dataset.links.map((l) => l.source)).toEqual([code]);
    expect(issues).toEqual([
      expect.objectContaining({ code: 'read-as', params: { field: 'source', value: name, read: code } }),
    ]);
  });

  it('suggests the code for a name that is not exactly one of the geodata (an abbreviation)', () => {
    const { dataset, issues } = validate({ links: [{ source: 'Свердловская обл.', target: 'KR-41' }] });
    expect(dataset.links).toEqual([]);
    expect(issues[0]!.message).toContain('did you mean "RU-SVE"');
  });

  it('in CSV, a name without id or coordinates is read by name at its own column, else suggested', () => {
    const { dataset, issues } = validateCsv(
      'source,source_name,target,sectors\n,Irkutsk,KR-47,culture\n,,KR-41,\nRU-SVE,,KR-41,economy\n' +
        ',Irkutskaya,KR-41,\n',
    );
    expect(dataset.links.map((l) => l.source)).toEqual(['RU-IRK', 'RU-SVE']);
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['row 2, column "source_name"', 'read-as'],
      ['row 3, column "source"', 'missing-field'],
      ['row 5, column "source_name"', 'unknown-place'],
    ]);
    expect(issues[2]!.message).toContain('did you mean "RU-IRK" (Irkutsk)');
  });

  it('a declared place out of range is left out, and links to it are reported', () => {
    const { dataset, issues } = validate({
      places: [
        { id: 'FAR', lon: 200, lat: 10 },
        { id: 'NEAR', lon: 129.36, lat: 36.02 },
      ],
      links: [
        { source: 'RU-IRK', target: 'FAR' },
        { source: 'RU-IRK', target: 'NEAR' },
      ],
    });
    expect(dataset.links.map((l) => l.target)).toEqual(['NEAR']);
    expect(issues.map((i) => [i.severity, i.code, i.path])).toEqual([
      ['error', 'out-of-range', 'places[0].lon'],
      ['error', 'unknown-place', 'links[0].target'],
    ]);
    expect(issues[0]!.message).toBe('longitude 200 is out of range (−180 to 180)');
    expect(issues[1]!.message).toBe(
      'place "FAR" is declared at places[0], but that declaration was left out (see the issue there); row dropped',
    );
  });

  it('CSV coordinates out of range drop that row only', () => {
    const { dataset, issues } = validateCsv(
      'source,target_name,target_lon,target_lat\nRU-IRK,Pohang,129.36,95\nRU-IRK,Pohang,129.36,36.02\n',
    );
    expect(dataset.links).toHaveLength(1);
    expect(issues).toEqual([
      {
        severity: 'error',
        code: 'out-of-range',
        path: 'row 2, column "target_lat"',
        message: 'latitude 95 is out of range (−90 to 90)',
      },
    ]);
  });

  it('links a place to itself: dropped, also when one end is an outdated code of the other', () => {
    const { dataset, issues } = validate({
      links: [
        { source: 'RU-IRK', target: 'ru-irk' },
        { source: 'KZ-AKM', target: 'KZ-11' },
        { source: 'RU-IRK', target: 'KZ-11' },
      ],
    });
    expect(dataset.links).toHaveLength(1);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['self-link', 'links[0].target'],
      ['self-link', 'links[1].target'],
    ]);
    expect(issues[1]!.message).toBe('links "KZ-11" to itself; row dropped');
  });
});

describe('sectors', () => {
  it('warns about a sector a JSON data set does not declare, and keeps it', () => {
    const { dataset, issues } = validate({ links: [{ source: 'RU-IRK', target: 'KR-47', sectors: ['youth'] }] });
    expect(dataset.links[0]!.sectors).toEqual(['youth']);
    expect(dataset.sectors.map((s) => s.id)).toContain('youth');
    expect(issues).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'unknown-sector', path: 'links[0].sectors[0]' }),
    ]);
  });

  it('suggests the sector meant by a typo, in JSON and in CSV', () => {
    const json = validate({ links: [{ source: 'RU-IRK', target: 'KR-47', sectors: ['culture', 'educaton'] }] });
    expect(json.issues[0]).toMatchObject({ code: 'unknown-sector', path: 'links[0].sectors[1]' });
    expect(json.issues[0]!.message).toContain('did you mean "education"?');
    const csv = validateCsv('source,target,sectors\nRU-IRK,KR-47,culture;tourizm\n');
    expect(csv.issues[0]).toMatchObject({ code: 'unknown-sector', path: 'row 2, column "sectors"' });
    expect(csv.issues[0]!.message).toContain('did you mean "tourism"?');
  });

  it('reads sector ids without case, and new words in CSV as new sectors without a warning', () => {
    const { dataset, issues } = validateCsv('source,target,sectors\nRU-IRK,KR-47,Culture|EDUCATION|sport\n');
    expect(issues).toEqual([]);
    expect(dataset.links[0]!.sectors).toEqual(['culture', 'education', 'sport']);
  });
});

describe('years', () => {
  it('reports a year that is not a number and keeps the link without it', () => {
    const { dataset, issues } = validate({
      links: [{ source: 'RU-IRK', target: 'KR-47', since: 'soon' as never, until: 2020 }],
    });
    expect(dataset.links[0]).toMatchObject({ since: null, until: 2020 });
    expect(issues).toEqual([
      {
        severity: 'error',
        code: 'not-a-number',
        path: 'links[0].since',
        message: '"since" "soon" is not a number; ignored',
        params: { field: 'since', value: 'soon' },
      },
    ]);
  });

  it('reports a fractional year, and reads a year written as text with a warning', () => {
    const { dataset, issues } = validate({
      links: [
        { source: 'RU-IRK', target: 'KR-47', since: 1996.5 },
        { source: 'RU-SVE', target: 'KR-41', since: '1998' as never },
      ],
    });
    expect(dataset.links.map((l) => l.since)).toEqual([null, 1998]);
    expect(issues.map((i) => [i.severity, i.code, i.path])).toEqual([
      ['error', 'not-a-year', 'links[0].since'],
      ['warning', 'number-as-text', 'links[1].since'],
    ]);
  });

  it('drops a link whose "since" is after its "until"', () => {
    const { dataset, issues } = validateCsv(
      'source,target,since,until\nRU-IRK,KR-47,2020,2010\nRU-SVE,KR-41,2010,2020\n',
    );
    expect(dataset.links.map((l) => l.source)).toEqual(['RU-SVE']);
    expect(issues).toEqual([
      {
        severity: 'error',
        code: 'years-reversed',
        path: 'row 2, column "until"',
        message: '"since" 2020 is after "until" 2010; row dropped',
        params: { since: 2020, until: 2010 },
      },
    ]);
  });
});

describe('ids and repeated relations', () => {
  it('keeps a second link that reuses an id under a new id, and says so', () => {
    const { dataset, issues } = validate({
      links: [
        { id: 'x', source: 'RU-IRK', target: 'KR-47' },
        { id: 'x', source: 'RU-SVE', target: 'KR-41' },
      ],
    });
    expect(dataset.links.map((l) => l.id)).toEqual(['x', 'x#2']);
    expect(issues).toEqual([
      {
        severity: 'error',
        code: 'duplicate-id',
        path: 'links[1].id',
        message: 'link id "x" is already used by links[0]; this link is kept as "x#2"',
        params: { value: 'x', read: 'x#2', first: 'links[0]' },
      },
    ]);
  });

  it('merges one pair on several rows and in both directions into one link, with a warning for each extra row', () => {
    const { dataset, issues } = validate({
      links: [
        {
          source: 'RU-IRK',
          target: 'KR-47',
          sectors: ['culture'],
          since: 1996,
          activities: [{ year: 2016, title: 'Days of culture' }],
        },
        { source: 'KR-47', target: 'RU-IRK', sectors: ['education'], since: 1992, until: 2020 },
        {
          source: 'ru-irk',
          target: 'kr-47',
          sectors: ['culture', 'economy'],
          activities: [{ year: 2018, title: 'Trade fair' }],
          sources: ['https://example.org/a'] as never,
        },
        { source: 'RU-SVE', target: 'KR-41' },
      ],
    });
    expect(dataset.links).toHaveLength(2);
    expect(dataset.links[0]).toMatchObject({
      source: 'RU-IRK',
      target: 'KR-47',
      sectors: ['culture', 'education', 'economy'],
      since: 1992,
      until: null,
      sources: [{ title: 'https://example.org/a', url: 'https://example.org/a' }],
    });
    expect(dataset.links[0]!.activities.map((a) => a.year)).toEqual([2016, 2018]);
    expect(issues).toEqual([
      {
        severity: 'warning',
        code: 'merged',
        path: 'links[1]',
        message: 'same relation as links[0] (KR-47 ↔ RU-IRK); merged into it',
        params: { first: 'links[0]' },
      },
      {
        severity: 'warning',
        code: 'merged',
        path: 'links[2]',
        message: 'same relation as links[0] (RU-IRK ↔ KR-47); merged into it',
        params: { first: 'links[0]' },
      },
    ]);
  });

  it('suggests the status meant by a typo', () => {
    const { dataset, issues } = validate({
      links: [{ source: 'RU-IRK', target: 'KR-47', status: 'suspened' as never }],
    });
    expect(dataset.links[0]!.status).toBe('active');
    expect(issues[0]).toMatchObject({ severity: 'warning', code: 'unknown-status', path: 'links[0].status' });
    expect(issues[0]!.message).toBe('unknown status "suspened", shown as "active" — did you mean "suspended"?');
  });

  it('leaves no lone place behind a row dropped after its places were found, and keeps indexes right', () => {
    const { dataset } = validate({
      places: [{ id: 'UNUSED', lon: 10, lat: 10 }],
      links: [
        { source: 'RU-SVE', target: 'KZ-19', since: 2020, until: 2010 },
        { source: 'RU-IRK', target: 'KR-47' },
      ],
    });
    expect(dataset.places.map((p) => p.id)).toEqual(['UNUSED', 'RU-IRK', 'KR-47']);
    expect(dataset.places.map((p) => p.index)).toEqual([0, 1, 2]);
    const [link] = dataset.links;
    expect([dataset.places[link!.sourceIndex]!.id, dataset.places[link!.targetIndex]!.id]).toEqual(['RU-IRK', 'KR-47']);
  });

  it('drops each bad row and keeps every good one', () => {
    const good: LinkInput[] = [
      { source: 'RU-IRK', target: 'KR-47' },
      { source: 'RU-SVE', target: 'KZ-11' },
      { source: 'KZ-75', target: 'KR-41' },
    ];
    const bad: unknown[] = [
      { source: 'RU-IRK' },
      { source: 'XX-YY', target: 'KR-47' },
      'not a link',
      { source: 'KR-47', target: 'KR-47' },
      { source: 'RU-IRK', target: 'KZ-19', since: 2020, until: 2000 },
      { source: 'RU-IRK', target: 'KZ-19', target_lon: 'east', target_lat: 10 },
    ];
    const links = [bad[0], good[0], bad[1], bad[2], good[1], bad[3], bad[4], good[2], bad[5]] as LinkInput[];
    const { dataset, issues } = validate({ links });
    expect(dataset.links.map((l) => `${l.source}-${l.target}`)).toEqual([
      'RU-IRK-KR-47',
      'RU-SVE-KZ-11',
      'KZ-75-KR-41',
    ]);
    expect(issues.filter((i) => i.severity === 'error').map((i) => i.path)).toEqual([
      'links[0].target',
      'links[2].source',
      'links[3]',
      'links[5].target',
      'links[6].until',
      'links[8].target_lon',
    ]);
  });
});

describe('places given by name and coordinates (CSV without ids)', () => {
  const header = 'source_name,source_country,source_lat,source_lon,target_name,target_country,target_lat,target_lon';

  it('one name and country within the distance rule is one place, kept at its first coordinates', () => {
    const moved = (50 + kmNorth(SAME_PLACE_KM - 5)).toFixed(4);
    const { dataset, issues } = validateCsv(
      `${header}\nEnnery,France,50,6,Porto,Portugal,41.15,-8.61\nPorto,Portugal,41.16,-8.62,Ennery,France,${moved},6\n`,
    );
    expect(dataset.places.map((p) => p.id)).toEqual(['Ennery, France', 'Porto, Portugal']);
    expect(dataset.places[0]).toMatchObject({ lat: 50, lon: 6, kind: 'place', shape: null, name: 'Ennery' });
    expect(dataset.links).toHaveLength(1);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['place-moved', 'row 3, column "source_name"'],
      ['place-moved', 'row 3, column "target_name"'],
      ['merged', 'row 3'],
    ]);
  });

  it('one name and country farther apart are two places, so a town twinned with its namesake is a link', () => {
    const { dataset, issues } = validateCsv(`${header}\nEnnery,France,49.226,6.217,Ennery,France,49.074,2.106\n`);
    expect(dataset.places.map((p) => p.id)).toEqual(['Ennery, France', 'Ennery, France #2']);
    expect(dataset.links).toHaveLength(1);
    expect(issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'same-name-other-place',
        path: 'row 2, column "target_name"',
      }),
    ]);
    expect(issues[0]!.message).toBe(
      '"Ennery" here is 299 km from the "Ennery" of row 2, column "source_name"; ' +
        'read as another place, "Ennery, France #2"',
    );
  });

  it('one name in two countries is two places, whatever the distance', () => {
    const { dataset, issues } = validateCsv(
      `${header}\nParis,France,48.86,2.35,Paris,United States of America,33.66,-95.56\n`,
    );
    expect(dataset.places.map((p) => p.id)).toEqual(['Paris, France', 'Paris, United States of America']);
    expect(issues).toEqual([]);
  });

  it('names compare without case and extra spaces; without a country column the name alone is the id', () => {
    const { dataset, issues } = validateCsv(
      'source_name,source_lat,source_lon,target,sectors\n' +
        'Saint  Denis,48.93,2.36,KR-47,\nsaint denis,48.93,2.36,KR-41,\n',
    );
    expect(dataset.places.map((p) => p.id)).toEqual(['Saint  Denis', 'KR-47', 'KR-41']);
    expect(issues).toEqual([]);
  });

  it('a town whose name reads like a country code never becomes that country', () => {
    const { dataset } = validateCsv('source_name,source_lat,source_lon,target\nBa,-17.53,177.67,KR-47\n');
    expect(dataset.places[0]).toMatchObject({ id: 'Ba #2', name: 'Ba', shape: null, lon: 177.67 });
  });

  it('a missing latitude is named as missing', () => {
    const { dataset, issues } = validateCsv(`${header}\nEnnery,France,,6.2,Porto,Portugal,41.15,-8.61\n`);
    expect(dataset.links).toEqual([]);
    expect(issues).toEqual([
      {
        severity: 'error',
        code: 'missing-field',
        path: 'row 2, column "source_lat"',
        message: 'missing latitude; both longitude and latitude are needed',
      },
    ]);
  });
});
