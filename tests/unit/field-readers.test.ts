// The value readers of the validator, each on its own: what they take, what they report and
// where, in JSON and in CSV (where every cell is text).
import { describe, expect, it } from 'vitest';
import { FieldReader, stringOr } from '../../src/data/validate/field-readers.js';
import { IssueLog } from '../../src/data/validate/issue-log.js';

function reader(csv = false) {
  const log = new IssueLog(csv ? { rowNumbers: [2, 3, 4] } : {});
  return { log, fields: new FieldReader(log) };
}

const at = (path: string) => () => path;

describe('numbers and years', () => {
  it('reads numbers, and numbers written as text with a warning in JSON only', () => {
    const json = reader();
    expect(json.fields.number(52.5, at('x'), '"x"')).toBe(52.5);
    expect(json.fields.number('52,5', at('x'), '"x"')).toBe(52.5);
    expect(json.log.issues).toEqual([
      {
        severity: 'warning',
        code: 'number-as-text',
        path: 'x',
        message: '"x" is text ("52,5"); read as the number 52.5',
      },
    ]);
    const csv = reader(true);
    expect(csv.fields.number(' 7 ', at('x'), '"x"')).toBe(7);
    expect(csv.log.issues).toEqual([]);
  });

  it('reports what is not a number and ignores it', () => {
    const { log, fields } = reader();
    expect(fields.number('soon', at('links[0].since'), '"since"')).toBeNull();
    expect(fields.number(Infinity, at('y'), '"y"')).toBeNull();
    expect(log.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      ['not-a-number', 'links[0].since', '"since" "soon" is not a number; ignored'],
      ['not-a-number', 'y', '"y" null is not a number; ignored'],
    ]);
  });

  it('takes whole years within ±9999, and nothing for an empty cell', () => {
    const { log, fields } = reader();
    expect(fields.year(1996, 0, 'since')).toBe(1996);
    expect(fields.year('', 0, 'since')).toBeNull();
    expect(fields.year(1996.5, 1, 'until')).toBeNull();
    expect(fields.year(12000, 2, 'since')).toBeNull();
    expect(log.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      ['not-a-year', 'links[1].until', '"until" 1996.5 is not a year; ignored'],
      ['not-a-year', 'links[2].since', '"since" 12000 is not a year; ignored'],
    ]);
  });

  it('refuses a negative weight', () => {
    const { log, fields } = reader(true);
    expect(fields.weight('3', 0)).toBe(3);
    expect(fields.weight('-1', 1)).toBeNull();
    expect(log.issues.map((i) => [i.severity, i.code, i.path, i.message])).toEqual([
      ['error', 'out-of-range', 'row 3, column "weight"', '"weight" -1 is negative; ignored'],
    ]);
  });

  it("checks coordinates against their range, and a link end's at its CSV column", () => {
    const { log, fields } = reader(true);
    expect(fields.coordinate(200, 180, at('places[0].lon'), 'longitude')).toBeNull();
    expect(fields.coordinate(undefined, 90, at('places[0].lat'), 'latitude')).toBeNull();
    expect(fields.linkCoordinate('129.36', 0, 'target_lon', 180, 'longitude')).toBe(129.36);
    expect(fields.linkCoordinate('0', 0, 'target_lat', 90, 'latitude')).toBe(0);
    expect(fields.linkCoordinate(' ', 1, 'target_lat', 90, 'latitude')).toBeNull();
    expect(log.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      ['out-of-range', 'places[0].lon', 'longitude 200 is out of range (−180 to 180)'],
      ['missing-field', 'places[0].lat', 'missing latitude; both longitude and latitude are needed'],
      ['not-a-number', 'row 3, column "target_lat"', 'latitude " " is not a number; ignored'],
    ]);
  });
});

describe('text, URLs, statuses and ids', () => {
  it('reads text and texts by language, leaving out reserved keys and reporting values that are not text', () => {
    const { log, fields } = reader();
    expect(fields.text('Days of culture', at('title'))).toBe('Days of culture');
    expect(fields.text({ en: 'x', 'zh-Hant': 1, __proto__: 'y' }, at('title'))).toEqual({ en: 'x' });
    expect(fields.text(42, at('note'))).toBeNull();
    expect(log.issues.map((i) => [i.path, i.message])).toEqual([
      ['title["zh-Hant"]', 'expected text; ignored'],
      ['note', 'expected text or an object of texts by language; ignored'],
    ]);
  });

  it('keeps only http(s) and mailto URLs', () => {
    const { log, fields } = reader();
    expect(fields.url(' https://example.org/ ', at('u'))).toBe('https://example.org/');
    expect(fields.url('mailto:a@b.org', at('u'))).toBe('mailto:a@b.org');
    expect(fields.url('javascript:alert(1)', at('u'))).toBeUndefined();
    expect(log.issues.map((i) => [i.severity, i.code, i.path, i.message])).toEqual([
      ['warning', 'unsafe-url', 'u', '"javascript:alert(1)" is not an http(s) URL; it is not shown as a link'],
    ]);
  });

  it('reads a status in any case, and suggests the status a typo meant', () => {
    const { log, fields } = reader();
    expect(fields.status(' Ended ', 0)).toBe('ended');
    expect(fields.status(undefined, 0)).toBe('active');
    expect(fields.status('suspendd', 1)).toBe('active');
    expect(fields.status('paused', 2)).toBe('active');
    expect(log.issues.map((i) => [i.path, i.message])).toEqual([
      ['links[1].status', 'unknown status "suspendd", shown as "active" — did you mean "suspended"?'],
      ['links[2].status', 'unknown status "paused", shown as "active" (expected active, planned, suspended, ended)'],
    ]);
  });

  it('takes a text or number id, and makes one up for anything else', () => {
    const { log, fields } = reader();
    expect(fields.linkId(' a ', 0)).toBe('a');
    expect(fields.linkId(7, 0)).toBe('7');
    expect(fields.linkId(undefined, 0)).toBe('');
    expect(fields.linkId({ x: 1 }, 1)).toBe('');
    expect(log.issues.map((i) => [i.path, i.message])).toEqual([
      ['links[1].id', 'a link "id" must be text; {"x":1} is ignored and an id is made up'],
    ]);
  });

  it('stringOr trims text and falls back for anything else', () => {
    expect(stringOr(' twinned ', 'cooperation')).toBe('twinned');
    expect(stringOr(' ', 'cooperation')).toBe('cooperation');
    expect(stringOr(3, 'cooperation')).toBe('cooperation');
  });
});

describe('sources and activities', () => {
  it('reads sources as text or objects, adds a CSV url column, and reports the unusable ones', () => {
    const { log, fields } = reader();
    const sources = fields.sources(
      {
        sources: [
          'https://a.org/',
          'A book',
          { title: ' T ', url: 'https://b.org/', authors: 'Li', year: 2021 },
          { url: 'ftp://x' },
          3,
        ],
        url: 'https://a.org/',
      },
      0,
    );
    expect(sources).toEqual([
      { title: 'https://a.org/', url: 'https://a.org/' },
      { title: 'A book' },
      { title: 'T', url: 'https://b.org/', authors: 'Li', year: 2021 },
    ]);
    expect(log.issues.map((i) => [i.code, i.path])).toEqual([
      ['unsafe-url', 'links[0].sources[3].url'],
      ['missing-field', 'links[0].sources[3].title'],
      ['wrong-type', 'links[0].sources[4]'],
    ]);
  });

  it('reads activities, asking for the sector of each', () => {
    const { log, fields } = reader();
    const asked: string[] = [];
    const activities = fields.activities(
      [{ year: '2016', sector: ' culture ', title: 'Days', url: 'https://a.org/' }, 'x', { sector: 5 }],
      2,
      (id, path) => {
        asked.push(`${id} at ${path()}`);
        return id;
      },
    );
    expect(activities).toEqual([{ year: 2016, sector: 'culture', title: 'Days', url: 'https://a.org/' }, {}]);
    expect(asked).toEqual(['culture at links[2].activities[0].sector']);
    expect(log.issues.map((i) => [i.code, i.path])).toEqual([
      ['number-as-text', 'links[2].activities[0].year'],
      ['wrong-type', 'links[2].activities[1]'],
      ['wrong-type', 'links[2].activities[2].sector'],
    ]);
    expect(fields.activities('x', 3, (id) => id)).toEqual([]);
  });
});

describe('eachEntry', () => {
  it('calls back for each entry with a text id, and reports the others', () => {
    const { log, fields } = reader();
    const read: string[] = [];
    const entries = [{ id: ' a ' }, 'b', { name: 'c' }, { id: 4 }];
    fields.eachEntry(entries, 'places', 'place', (_entry, id, path) => read.push(`${id} ${path}`));
    fields.eachEntry('x', 'sectors', 'sector', () => read.push('never'));
    expect(read).toEqual(['a places[0]']);
    expect(log.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      ['wrong-type', 'places[1]', 'expected a place object with an "id"; ignored'],
      ['missing-field', 'places[2].id', 'a place needs an "id"; this place is ignored'],
      ['wrong-type', 'places[3].id', 'a place "id" must be text; this place is ignored'],
      ['wrong-type', 'sectors', 'expected an array of sectors; ignored'],
    ]);
  });
});
