// Keys that could reach an object's prototype (`__proto__`, `constructor`, `prototype`) must
// neither pollute Object.prototype nor land on the parsed data, wherever they appear.
import { afterEach, describe, expect, it } from 'vitest';
import { parseColumnMapping, parseDataText } from '../../src/data/parse.js';
import type { CooperationDataInput } from '../../src/data/types.js';
import { validateDataSet } from '../../src/data/validate.js';
import { realGazetteer } from './real-geodata.js';

const RESERVED = ['__proto__', 'constructor', 'prototype'];
const gazetteer = realGazetteer();

/** A reserved-key payload, in JSON, that marks whatever it reaches with `polluted`. */
const PAYLOAD = RESERVED.map((key) => `"${key}": {"polluted": true, "prototype": {"polluted": true}}`).join(', ');

/** A data set with the payload in every object the format has. */
const HOSTILE_JSON = `{
  ${PAYLOAD},
  "title": {"en": "t", ${PAYLOAD}},
  "sectors": [{"id": "youth", "label": {"en": "Youth", ${PAYLOAD}}, ${PAYLOAD}}],
  "places": [{"id": "NEAR", "lon": 129.36, "lat": 36.02, "name": {"en": "NEAR", ${PAYLOAD}}, ${PAYLOAD}}],
  "links": [{
    "source": "RU-IRK", "target": "NEAR", "sectors": ["youth"],
    "title": {"en": "x", ${PAYLOAD}},
    "note": {"en": "n", ${PAYLOAD}},
    "activities": [{"year": 2016, "title": {"en": "a", ${PAYLOAD}}, ${PAYLOAD}}],
    "sources": [{"title": "s", "url": "https://example.org/", ${PAYLOAD}}],
    ${PAYLOAD}
  }]
}`;

function expectPrototypesClean(): void {
  expect(Object.prototype).not.toHaveProperty('polluted');
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  expect(Object.prototype.constructor).toBe(Object);
}

/** Every object reachable from `value`: plain prototypes only, no reserved own keys, no payload. */
function expectNoPayload(value: unknown, path = 'result'): void {
  if (typeof value !== 'object' || value === null) return;
  const proto = Object.getPrototypeOf(value) as unknown;
  expect([Object.prototype, Array.prototype, null], `${path} has an unexpected prototype`).toContain(proto);
  for (const key of Reflect.ownKeys(value)) {
    expect(RESERVED, `${path} has the own key ${String(key)}`).not.toContain(key);
    expect(key, `${path} carries the payload`).not.toBe('polluted');
    expectNoPayload((value as Record<PropertyKey, unknown>)[key], `${path}.${String(key)}`);
  }
}

afterEach(expectPrototypesClean);

describe('reserved keys in JSON', () => {
  it('pollute nothing at any depth, and the data set still loads', () => {
    const parsed = parseDataText(HOSTILE_JSON);
    expect(parsed.issues).toEqual([]);
    expectNoPayload(parsed.data, 'parsed');
    const { dataset, issues } = validateDataSet(parsed.data!, { gazetteer });
    expect(issues).toEqual([]);
    expect(dataset.links).toHaveLength(1);
    expect(dataset.links[0]!.activities[0]!.title).toEqual({ en: 'a' });
    expectNoPayload(dataset, 'dataset');
  });

  it('pollute nothing when a page hands over an object that has them as own keys (.data)', () => {
    // JSON.parse without a reviver makes "__proto__" an own property, as a page's own parse would.
    const data = JSON.parse(HOSTILE_JSON) as CooperationDataInput;
    expect(Object.hasOwn(data, '__proto__')).toBe(true);
    const { dataset } = validateDataSet(data, { gazetteer });
    expect(dataset.links).toHaveLength(1);
    expect(dataset.title).toEqual({ en: 't' });
    expectNoPayload(dataset, 'dataset');
  });

  it('are harmless as values: a place or sector may be called "constructor"', () => {
    const parsed = parseDataText(
      '{"places": [{"id": "constructor", "lon": 1, "lat": 2}], "sectors": [{"id": "__proto__"}], ' +
        '"links": [{"source": "constructor", "target": "RU-IRK", "sectors": ["__proto__"]}]}',
    );
    const { dataset, issues } = validateDataSet(parsed.data!, { gazetteer });
    expect(issues).toEqual([]);
    expect(dataset.links[0]).toMatchObject({ source: 'constructor', sectors: ['__proto__'] });
  });
});

describe('reserved names in CSV', () => {
  it('are ignored as headers, with a warning, and their values land nowhere', () => {
    const parsed = parseDataText(
      'source,target,__proto__,constructor,prototype,note\nRU-IRK,KR-47,polluted,polluted,polluted,kept\n',
    );
    expect(parsed.issues.map((i) => [i.code, i.path])).toEqual(
      RESERVED.map((key) => ['column-ignored', `row 1, column "${key}"`]),
    );
    expect(parsed.issues[0]!.message).toBe('column "__proto__" is ignored: "__proto__" is a reserved name');
    const { dataset } = validateDataSet(parsed.data!, { gazetteer, rowNumbers: parsed.rowNumbers });
    expect(dataset.links[0]!.note).toBe('kept');
    expect(JSON.stringify(dataset)).not.toContain('polluted');
    expectNoPayload(parsed.data, 'parsed');
    expectNoPayload(dataset, 'dataset');
  });

  it('are ignored when a column mapping renames a column to one', () => {
    const { mapping } = parseColumnMapping('{"x": "__proto__", "y": "constructor"}');
    const parsed = parseDataText('source,target,x,y\nRU-IRK,KR-47,{},polluted\n', { columns: mapping });
    expect(parsed.issues.map((i) => i.code)).toEqual(['column-ignored', 'column-ignored']);
    expectNoPayload(parsed.data, 'parsed');
  });
});
