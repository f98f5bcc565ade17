// What people write in a spreadsheet, read as the format means it, each reading said in a
// warning (code "read-as" or "column-near") so the author can check it: places by name in any
// language, headers in other words or with a typo, status, type and sector words, years from
// dates, and files that are not text named for what they are.
import { describe, expect, it } from 'vitest';
import { readHeader } from '../../src/data/csv-header.js';
import { binaryKind } from '../../src/data/file-kind.js';
import { parseDataText } from '../../src/data/parse.js';
import { placesByName } from '../../src/data/place-names.js';
import type { CooperationDataInput, DataIssue } from '../../src/data/types.js';
import { validateDataSet } from '../../src/data/validate.js';
import { statusFromWord, typeFromWord, yearFromDate } from '../../src/data/validate/spreadsheet-values.js';
import { ENGLISH } from '../../src/i18n/strings.js';
import { strings as kk } from '../../src/i18n/strings-kk.js';
import { strings as ko } from '../../src/i18n/strings-ko.js';
import { strings as ru } from '../../src/i18n/strings-ru.js';
import { realGazetteer } from './real-geodata.js';

const gazetteer = realGazetteer();

function validate(links: unknown[], data: Partial<CooperationDataInput> = {}) {
  return validateDataSet({ ...data, links } as CooperationDataInput, { gazetteer });
}

function csv(text: string) {
  const parsed = parseDataText(text, { format: 'csv' });
  expect(parsed.data, JSON.stringify(parsed.issues)).not.toBeNull();
  const opts = { gazetteer, rowNumbers: parsed.rowNumbers, columnLabels: parsed.columnLabels };
  const result = validateDataSet(parsed.data!, opts);
  return { ...result, issues: [...parsed.issues, ...result.issues] };
}

const readAs = (issues: DataIssue[]) => issues.filter((i) => i.code === 'read-as').map((i) => [i.path, i.params]);

describe('places by name', () => {
  it('resolves a unique name in any language of the geodata, and says so', () => {
    const { dataset, issues } = validate([
      { source: 'Свердловская область', target: 'Gyeonggi' },
      { source: 'Россия', target: 'Republic of Korea' },
      { source: 'Albania', target: '대한민국' },
    ]);
    expect(dataset.links.map((l) => `${l.source}~${l.target}`)).toEqual(['RU-SVE~KR-41', 'RU~KR', 'AL~KR']);
    expect(readAs(issues)).toEqual([
      ['links[0].source', { field: 'source', value: 'Свердловская область', read: 'RU-SVE' }],
      ['links[0].target', { field: 'target', value: 'Gyeonggi', read: 'KR-41' }],
      ['links[1].source', { field: 'source', value: 'Россия', read: 'RU' }],
      ['links[1].target', { field: 'target', value: 'Republic of Korea', read: 'KR' }],
      ['links[2].source', { field: 'source', value: 'Albania', read: 'AL' }],
      ['links[2].target', { field: 'target', value: '대한민국', read: 'KR' }],
    ]);
    expect(issues.find((i) => i.code === 'read-as')!.message).toBe(
      '"Свердловская область" is a name; read as the place "RU-SVE" (Sverdlovsk)',
    );
  });

  it('gives a did-you-mean and drops the row when several places have the name', () => {
    const many = [...gazetteer.byName('Georgia')].map((p) => p.id);
    expect(many.length).toBeGreaterThan(1);
    const { dataset, issues } = validate([{ source: 'Georgia', target: 'KR' }]);
    expect(dataset.links).toEqual([]);
    expect(issues).toEqual([
      expect.objectContaining({ code: 'unknown-place', params: { value: 'Georgia', suggestion: many.join(', ') } }),
    ]);
  });

  it('reads names of the data set’s own places, and a name given only in "source_name"', () => {
    const places = [
      { id: 'NEAR', name: { en: 'NEAR secretariat', ru: 'Секретариат АСРСВА' }, lon: 129.36, lat: 36.02 },
    ];
    const { dataset } = validate([{ source: 'Секретариат АСРСВА', target: 'KR' }], { places });
    expect(dataset.links.map((l) => l.source)).toEqual(['NEAR']);
    expect(csv('source_name,target\nСвердловская область,KZ\n').dataset.links.map((l) => l.source)).toEqual(['RU-SVE']);
  });

  it('is one look-up other features can use', () => {
    expect(placesByName(gazetteer, 'Russia').map((p) => p.id)).toEqual(['RU']);
    expect(placesByName(gazetteer, 'Gyeonggi-do').map((p) => p.id)).toEqual(['KR-41']);
    expect(placesByName(gazetteer, 'Nowhere at all')).toEqual([]);
  });
});

describe('header names', () => {
  it('maps case, spaces and the words of ru/ko/kk to the documented columns', () => {
    expect(readHeader(' Source Name ')).toEqual({ column: 'source_name', by: 'name' });
    expect(readHeader('Источник')).toEqual({ column: 'source', by: 'word' });
    expect(readHeader('Цель')).toEqual({ column: 'target', by: 'word' });
    expect(readHeader('Сферы')).toEqual({ column: 'sectors', by: 'word' });
    expect(readHeader('분야')).toEqual({ column: 'sectors', by: 'word' });
    expect(readHeader('Мақсат')).toEqual({ column: 'target', by: 'word' });
    const { dataset, issues } = csv('Источник;Цель;Сферы\nRU-IRK;KR-47;culture\n');
    expect(dataset.links[0]).toMatchObject({ source: 'RU-IRK', target: 'KR-47', sectors: ['culture'] });
    expect(readAs(issues)).toEqual([
      ['row 1, column "Источник"', { field: 'column', value: 'Источник', read: 'source' }],
      ['row 1, column "Цель"', { field: 'column', value: 'Цель', read: 'target' }],
      ['row 1, column "Сферы"', { field: 'column', value: 'Сферы', read: 'sectors' }],
    ]);
  });

  it('warns of a header close to a documented one, with the did-you-mean, and keeps its cells', () => {
    const { dataset, issues } = csv('source,target,Untill\nRU-IRK,KR-47,2019\n');
    expect(issues).toEqual([
      {
        severity: 'warning',
        code: 'column-near',
        path: 'row 1, column "Untill"',
        message:
          'column "Untill" is not a documented column — did you mean "until"? ' +
          'Its values are kept as a property of each link',
        params: { value: 'Untill', suggestion: 'until' },
      },
    ]);
    expect(dataset.links[0]).toMatchObject({ until: null, properties: { Untill: '2019' } });
  });
});

describe('status, type and sector words', () => {
  it('reads every status word the element shows, in each language', () => {
    for (const strings of [ENGLISH, ru, ko, kk]) {
      for (const [status, word] of Object.entries(strings.statusNames)) {
        expect(strings === ENGLISH ? word : statusFromWord(word), word).toBe(status);
      }
      for (const [type, word] of Object.entries(strings.typeNames)) {
        if (strings !== ENGLISH) expect(typeFromWord(word), word).toBe(type);
      }
    }
  });

  it('says how a status, a type and a sector label were read', () => {
    const { dataset, issues } = csv(
      'source,target,status,type,sectors\nRU-IRK,KR-47,Завершено,Побратимство,Культура;관광\n',
    );
    expect(dataset.links[0]).toMatchObject({ status: 'ended', type: 'twinned', sectors: ['culture', 'tourism'] });
    expect(readAs(issues)).toEqual([
      ['row 2, column "type"', { field: 'type', value: 'Побратимство', read: 'twinned' }],
      ['row 2, column "status"', { field: 'status', value: 'Завершено', read: 'ended' }],
      ['row 2, column "sectors"', { field: 'sectors', value: 'Культура', read: 'culture' }],
      ['row 2, column "sectors"', { field: 'sectors', value: '관광', read: 'tourism' }],
    ]);
  });

  it('reads a sector by a label the data set declares', () => {
    const sectors = [{ id: 'youth', label: { en: 'Youth', ru: 'Молодёжь' } }];
    const { dataset } = validate([{ source: 'RU-IRK', target: 'KR-47', sectors: ['молодежь'] }], { sectors });
    expect(dataset.links[0]!.sectors).toEqual(['youth']);
  });
});

describe('years from dates', () => {
  it.each([
    ['12.05.2012', 2012],
    ['2012-05-12', 2012],
    ['5/12/2012', 2012],
    ['May 2012', 2012],
    ['май 2012 г.', 2012],
    ['2012년 5월', 2012],
    ['41041', 2012],
    [41041, 2012],
  ])('%s is the year %i', (value, year) => {
    expect(yearFromDate(value)).toBe(year);
  });

  it('leaves plain years and other text to the number reader', () => {
    expect(yearFromDate('2012')).toBeUndefined();
    expect(yearFromDate(1996)).toBeUndefined();
    expect(yearFromDate('soon')).toBeUndefined();
  });

  it('keeps the year with a warning', () => {
    const { dataset, issues } = csv('source,target,since,until\nRU-IRK,KR-47,12.05.2012,41041\n');
    expect(dataset.links[0]).toMatchObject({ since: 2012, until: 2012 });
    expect(issues.map((i) => i.message)).toEqual([
      '"since" "12.05.2012" is a date; read as the year 2012',
      '"until" "41041" is a date; read as the year 2012',
    ]);
  });
});

describe('files that are not text', () => {
  const bytes = (...parts: (string | number[])[]) =>
    new TextDecoder().decode(
      new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p))),
    );
  it.each([
    ['xlsx', bytes('PK', [3, 4, 20, 0], '[Content_Types].xml', [0, 0], 'xl/workbook.xml')],
    ['ods', bytes('PK', [3, 4, 0, 0], 'mimetypeapplication/vnd.oasis.opendocument.spreadsheet')],
    ['zip', bytes('PK', [3, 4, 0, 0], 'notes.txt')],
    ['pdf', '%PDF-1.7\n%âãÏÓ\n'],
    ['image', bytes([0x89], 'PNG', [13, 10, 26, 10, 0, 0])],
    ['image', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF', [0])],
    ['xls', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])],
  ])('names %s', (kind, text) => {
    expect(binaryKind(text)).toBe(kind);
    const parsed = parseDataText(text);
    expect(parsed.data).toBeNull();
    expect(parsed.issues).toEqual([expect.objectContaining({ code: 'not-text', params: { read: kind } })]);
  });

  it('says what to do, and leaves text alone', () => {
    expect(parseDataText(bytes('PK', [3, 4], 'xl/')).issues[0]!.message).toBe(
      'the file is an Excel workbook (.xlsx), not text: save it from the spreadsheet as "CSV UTF-8" (or JSON) ' +
        'and load that file',
    );
    expect(binaryKind('source;target\r\nRU-IRK;KR-47\r\n')).toBeUndefined();
    expect(binaryKind('\uFEFFИсточник;Цель\n')).toBeUndefined();
  });
});
