// The JSON Schema shipped for editors: the seed data set passes it, broken documents do not,
// and what it rejects the element's validator reports too.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseDataText } from '../../src/data/parse.js';
import { validateDataSet } from '../../src/data/validate.js';
import { realGazetteer } from './real-geodata.js';

const schema = JSON.parse(
  readFileSync(new URL('../../schema/coop-map.schema.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const seedText = readFileSync(new URL('../../data/seed.json', import.meta.url), 'utf8');
// Strict, except that "a source needs a title or a url" is written as anyOf of two `required`
// lists, which is standard JSON Schema but not what Ajv's strictRequired wants.
const check = new Ajv2020({ strict: true, strictRequired: false, allErrors: true }).compile(schema);

const GOOD_LINK = { source: 'RU-IRK', target: 'KR-47' };

/** Documents the schema must reject, with the instance path of the error expected. */
const BROKEN: [string, unknown, string][] = [
  ['no links', { title: 'x' }, ''],
  ['a link without a target', { links: [{ source: 'RU-IRK' }] }, '/links/0'],
  ['a status that is not one of the four', { links: [{ ...GOOD_LINK, status: 'paused' }] }, '/links/0/status'],
  ['a year written as text', { links: [{ ...GOOD_LINK, since: '1996' }] }, '/links/0/since'],
  ['a fractional year', { links: [{ ...GOOD_LINK, until: 2020.5 }] }, '/links/0/until'],
  ['sectors as one string', { links: [{ ...GOOD_LINK, sectors: 'culture' }] }, '/links/0/sectors'],
  ['a negative weight', { links: [{ ...GOOD_LINK, weight: -1 }] }, '/links/0/weight'],
  ['a latitude out of range', { places: [{ id: 'X', lon: 10, lat: 91 }], links: [] }, '/places/0/lat'],
  ['a longitude without a latitude', { places: [{ id: 'X', lon: 10 }], links: [] }, '/places/0'],
  ['a color that is not #rrggbb', { sectors: [{ id: 'youth', color: 'red' }], links: [] }, '/sectors/0/color'],
  [
    'a javascript: URL as a source',
    { links: [{ ...GOOD_LINK, sources: [{ title: 'x', url: 'javascript:alert(1)' }] }] },
    '/links/0/sources/0',
  ],
  ['a mistyped field of a link', { links: [{ ...GOOD_LINK, sinc: 1996 }] }, '/links/0'],
  ['properties that are not an object', { links: [{ ...GOOD_LINK, properties: 'x' }] }, '/links/0/properties'],
  [
    'an activity year as text',
    { links: [{ ...GOOD_LINK, activities: [{ year: 'in 2016' }] }] },
    '/links/0/activities/0/year',
  ],
];

describe('schema/coop-map.schema.json', () => {
  it('accepts the seed data set', () => {
    const valid = check(JSON.parse(seedText));
    expect(check.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('accepts a minimal data set and one that names the schema for its editor', () => {
    expect(check({ links: [] })).toBe(true);
    expect(check({ $schema: './node_modules/coop-map/schema/coop-map.schema.json', links: [GOOD_LINK] })).toBe(true);
  });

  it.each(BROKEN)('rejects %s', (_name, document, path) => {
    expect(check(document)).toBe(false);
    expect(check.errors!.map((e) => e.instancePath)).toContain(path);
  });

  it.each(BROKEN)('and the element reports it too: %s', (_name, document) => {
    const parsed = parseDataText(JSON.stringify(document));
    const issues = parsed.data ? validateDataSet(parsed.data, { gazetteer: realGazetteer() }).issues : parsed.issues;
    expect(issues.length).toBeGreaterThan(0);
  });

  it('describes every property, so that editors show help', () => {
    const defs = schema.$defs as Record<string, Record<string, unknown>>;
    const undocumented: string[] = [];
    const visit = (node: unknown, path: string): void => {
      if (typeof node !== 'object' || node === null) return;
      const properties = (node as { properties?: Record<string, Record<string, unknown>> }).properties;
      for (const [name, property] of Object.entries(properties ?? {})) {
        const ref = typeof property.$ref === 'string' ? defs[property.$ref.replace('#/$defs/', '')] : undefined;
        const items = property.items as { $ref?: string } | undefined;
        const itemRef = items?.$ref ? defs[items.$ref.replace('#/$defs/', '')] : undefined;
        if (!property.description && !ref?.description && !itemRef?.description) undocumented.push(`${path}.${name}`);
      }
      // The values of `properties` are schemas; its keys are names (a link has one called "properties").
      for (const [key, child] of Object.entries(node)) {
        if (key !== 'properties') visit(child, `${path}.${key}`);
        else for (const [name, property] of Object.entries(properties ?? {})) visit(property, `${path}.${key}.${name}`);
      }
    };
    visit(schema, '#');
    expect(undocumented).toEqual([]);
  });
});
