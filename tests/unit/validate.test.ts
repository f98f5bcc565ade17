import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../src/data/gazetteer.js';
import { parseDataText } from '../../src/data/parse.js';
import { validateDataSet } from '../../src/data/validate.js';

const gazetteer = new Gazetteer()
  .add([
    {
      id: 'RU-IRK',
      name: { en: 'Irkutsk', ru: 'Иркутская область' },
      lon: 104.3,
      lat: 57.5,
      kind: 'region',
      shape: 'admin1',
    },
    {
      id: 'KR-47',
      name: { en: 'Gyeongsangbuk-do', ru: 'Кёнсан-Пукто' },
      lon: 128.7,
      lat: 36.3,
      kind: 'region',
      shape: 'admin1',
    },
    {
      id: 'KZ-11',
      name: { en: 'Akmola', ru: 'Акмолинская область' },
      lon: 70.0,
      lat: 51.9,
      kind: 'region',
      shape: 'admin1',
    },
    { id: 'RU', name: { en: 'Russia', ru: 'Россия' }, lon: 100, lat: 60, kind: 'country', shape: 'country' },
  ])
  .addAliases({ 'KZ-AKM': 'KZ-11' });

describe('validateDataSet', () => {
  it('resolves ISO codes, outdated codes and declared places', () => {
    const { dataset, issues } = validateDataSet(
      {
        places: [{ id: 'NEAR', name: 'NEAR', lon: 129.36, lat: 36.02, kind: 'organization' }],
        links: [
          { id: 'a', source: 'RU-IRK', target: 'KR-47' },
          { id: 'b', source: 'ru-irk', target: 'NEAR' },
          { id: 'c', source: 'RU', target: 'KZ-AKM' },
        ],
      },
      { gazetteer },
    );
    expect(issues).toEqual([]);
    expect(dataset.links.map((l) => [l.source, l.target])).toEqual([
      ['RU-IRK', 'KR-47'],
      ['RU-IRK', 'NEAR'],
      ['RU', 'KZ-11'],
    ]);
  });

  it('reports an unknown place with a did-you-mean by code, drops that row only', () => {
    const { dataset, issues } = validateDataSet(
      {
        links: [
          { source: 'RU-IRK', target: 'RU-IRKK' },
          { source: 'RU-IRK', target: 'KR-47' },
        ],
      },
      { gazetteer },
    );
    expect(dataset.links).toHaveLength(1);
    expect(issues).toEqual([
      {
        severity: 'error',
        code: 'unknown-place',
        path: 'links[0].target',
        message: 'unknown place "RU-IRKK" — did you mean "RU-IRK" (Irkutsk)?',
        params: { value: 'RU-IRKK', suggestion: 'RU-IRK' },
      },
    ]);
  });

  it('suggests places by name in any language', () => {
    expect(gazetteer.suggest('Irkutsk').map((p) => p.id)).toContain('RU-IRK');
    expect(gazetteer.suggest('Иркутская область').map((p) => p.id)).toContain('RU-IRK');
    expect(gazetteer.suggest('Irkutsk Oblast').map((p) => p.id)).toContain('RU-IRK');
    const { issues } = validateDataSet({ links: [{ source: 'Иркутская обл.', target: 'KR-47' }] }, { gazetteer });
    expect(issues[0]!.message).toContain('did you mean "RU-IRK"');
  });

  it('reports bad years, self links and coordinates, keeping the good rows', () => {
    const { dataset, issues } = validateDataSet(
      {
        places: [{ id: 'X', lon: 200, lat: 10 }],
        links: [
          { id: 'years', source: 'RU-IRK', target: 'KR-47', since: 2020, until: 2010 },
          { id: 'self', source: 'RU-IRK', target: 'RU-IRK' },
          { id: 'text-year', source: 'RU-IRK', target: 'KZ-11', since: 'soon' as never },
          { id: 'far', source: 'RU-IRK', target: 'X' },
          { id: 'ok', source: 'RU', target: 'KR-47' },
        ],
      },
      { gazetteer },
    );
    expect(dataset.links.map((l) => l.id)).toEqual(['text-year', 'ok']);
    expect(dataset.links[0]!.since).toBeNull();
    const paths = issues.map((i) => i.path);
    expect(paths).toEqual(['places[0].lon', 'links[0].until', 'links[1].target', 'links[2].since', 'links[3].target']);
  });

  it('merges the same pair listed in both directions, with a warning', () => {
    const { dataset, issues } = validateDataSet(
      {
        links: [
          {
            source: 'RU-IRK',
            target: 'KR-47',
            sectors: ['culture'],
            since: 1996,
            activities: [{ year: 2016, title: 'Days of culture' }],
          },
          {
            source: 'KR-47',
            target: 'RU-IRK',
            sectors: ['education'],
            since: 1998,
            activities: [{ year: 2017, title: 'Students' }],
          },
        ],
      },
      { gazetteer },
    );
    expect(dataset.links).toHaveLength(1);
    expect(dataset.links[0]!.sectors).toEqual(['culture', 'education']);
    expect(dataset.links[0]!.activities).toHaveLength(2);
    expect(dataset.links[0]!.since).toBe(1996);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'warning', path: 'links[1]' });
  });

  it('keeps distinct relations of one pair apart (different types)', () => {
    const { dataset } = validateDataSet(
      {
        links: [
          { source: 'RU', target: 'KR-47', type: 'forum' },
          { source: 'KR-47', target: 'RU', type: 'agreement' },
        ],
      },
      { gazetteer },
    );
    expect(dataset.links).toHaveLength(2);
  });

  it('never keeps a javascript: URL as a source link', () => {
    const { dataset, issues } = validateDataSet(
      { links: [{ source: 'RU-IRK', target: 'KR-47', sources: [{ title: 'x', url: 'javascript:alert(1)' }] }] },
      { gazetteer },
    );
    expect(dataset.links[0]!.sources).toEqual([{ title: 'x' }]);
    expect(issues[0]!.path).toBe('links[0].sources[0].url');
  });
});

describe('parseDataText', () => {
  it('reads CSV with the documented columns and names rows in issues', () => {
    const csv = 'source,target,sectors,since\nRU-IRK,KR-47,culture;education,1996\nRU-IRK,XX-1,economy,\n';
    const parsed = parseDataText(csv);
    expect(parsed.format).toBe('csv');
    const { dataset, issues } = validateDataSet(parsed.data!, { gazetteer, rowNumbers: parsed.rowNumbers });
    expect(dataset.links).toHaveLength(1);
    expect(dataset.links[0]!.sectors).toEqual(['culture', 'education']);
    expect(dataset.links[0]!.since).toBe(1996);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('row 3, column "target"');
  });

  it('reports malformed JSON as unreadable', () => {
    const parsed = parseDataText('{"links": [');
    expect(parsed.data).toBeNull();
    expect(parsed.issues[0]!.message).toMatch(/not valid JSON/);
  });

  it('drops __proto__ keys without polluting anything', () => {
    const parsed = parseDataText(
      '{"links": [{"source": "RU-IRK", "target": "KR-47", "__proto__": {"polluted": true}}]}',
    );
    const { dataset } = validateDataSet(parsed.data!, { gazetteer });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(dataset.links[0]!.properties).toEqual({});
  });
});
