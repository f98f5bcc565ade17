// One link per relation: the same pair either way round and the same type merges into the first
// row, a repeated id is made unique, and ids are made up for links without one.
import { describe, expect, it } from 'vitest';
import type { Link, Place } from '../../src/data/model.js';
import { IssueLog } from '../../src/data/validate/issue-log.js';
import { mergeInto, Relations, uniqueId } from '../../src/data/validate/relations.js';

const place = (id: string, index: number): Place => ({
  id,
  index,
  name: id,
  lon: index,
  lat: 0,
  kind: 'region',
  shape: null,
});
const A = place('A', 0);
const B = place('B', 1);
const C = place('C', 2);

function link(source: Place, target: Place, extra: Partial<Link> = {}): Link {
  return {
    id: '',
    index: -1,
    source: source.id,
    target: target.id,
    sourceIndex: source.index,
    targetIndex: target.index,
    type: 'cooperation',
    status: 'active',
    since: null,
    until: null,
    sectors: ['unspecified'],
    weight: null,
    title: null,
    activities: [],
    sources: [],
    note: null,
    properties: {},
    ...extra,
  };
}

describe('Relations', () => {
  it('merges a pair listed again in the other direction, with a warning naming the first row', () => {
    const log = new IssueLog();
    const relations = new Relations(log);
    relations.add(link(A, B, { sectors: ['culture'] }), 0, A, B);
    relations.add(link(B, A, { sectors: ['education'] }), 1, B, A);
    expect(relations.links).toHaveLength(1);
    expect(relations.links[0]).toMatchObject({ id: 'A~B', index: 0, sectors: ['culture', 'education'] });
    expect(log.issues.map((i) => [i.severity, i.code, i.path, i.message])).toEqual([
      ['warning', 'merged', 'links[1]', 'same relation as links[0] (B ↔ A); merged into it'],
    ]);
  });

  it('keeps relations of other types apart, with the type in the made-up id', () => {
    const relations = new Relations(new IssueLog());
    relations.add(link(A, B), 0, A, B);
    relations.add(link(A, B, { type: 'forum' }), 1, A, B);
    relations.add(link(A, C), 2, A, C);
    expect(relations.links.map((l) => [l.id, l.index])).toEqual([
      ['A~B', 0],
      ['A~B~forum', 1],
      ['A~C', 2],
    ]);
  });

  it('merges rows that share an id and a pair, and renames an id used for another pair', () => {
    const log = new IssueLog({ rowNumbers: [2, 3, 4] });
    const relations = new Relations(log);
    relations.add(link(A, B, { id: 'x' }), 0, A, B);
    relations.add(link(A, B, { id: 'x', type: 'forum' }), 1, A, B);
    relations.add(link(A, C, { id: 'x' }), 2, A, C);
    expect(relations.links.map((l) => l.id)).toEqual(['x', 'x#2']);
    expect(log.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      ['merged', 'row 3', 'same relation as row 2 (A ↔ B); merged into it'],
      ['duplicate-id', 'row 4, column "id"', 'link id "x" is already used by row 2; this link is kept as "x#2"'],
    ]);
  });
});

describe('mergeInto', () => {
  it('unites sectors, activities and sources, widens the years, keeps the first title and the heavier weight', () => {
    const first = link(A, B, {
      sectors: ['unspecified'],
      since: 1998,
      until: 2010,
      weight: 2,
      title: 'First',
      sources: [{ title: 's', url: 'https://a.org/' }],
      activities: [{ year: 2000 }],
      properties: { a: 1 },
    });
    mergeInto(
      first,
      link(B, A, {
        sectors: ['culture'],
        since: 1996,
        until: null,
        weight: 5,
        title: 'Second',
        note: 'n',
        sources: [{ title: 's', url: 'https://a.org/' }, { title: 't' }],
        activities: [{ year: 2001 }],
        properties: { a: 2, b: 3 },
      }),
    );
    expect(first).toMatchObject({
      sectors: ['culture'],
      since: 1996,
      until: null,
      weight: 5,
      title: 'First',
      note: 'n',
      sources: [{ title: 's', url: 'https://a.org/' }, { title: 't' }],
      activities: [{ year: 2000 }, { year: 2001 }],
      properties: { a: 1, b: 3 },
    });
  });

  it('keeps "unspecified" only when neither names a sector', () => {
    const first = link(A, B);
    mergeInto(first, link(A, B));
    expect(first.sectors).toEqual(['unspecified']);
  });
});

describe('uniqueId', () => {
  it('numbers an id that is taken', () => {
    expect(uniqueId('a', new Map())).toBe('a');
    expect(
      uniqueId(
        'a',
        new Map([
          ['a', 1],
          ['a#2', 1],
        ]),
      ),
    ).toBe('a#3');
  });
});
