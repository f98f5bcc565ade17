// Property-based tests: broken data sets, generated, never make the loader throw; every issue
// names a path that exists in the input; every valid row mixed among broken ones survives.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseDataText, parseDataTextAsync } from '../../src/data/parse.js';
import { BUILTIN_SECTORS, LINK_STATUSES, type DataIssue } from '../../src/data/types.js';
import { validateDataSet, validateDataSetAsync } from '../../src/data/validate.js';
import { csvPathExists, jsonPathExists } from './issue-path.js';
import { realGazetteer } from './real-geodata.js';

const gazetteer = realGazetteer();
const SEVERITIES = ['error', 'warning'];

/** Known places the valid rows link (regions and countries of the bundled geodata). */
const KNOWN = [
  'RU-IRK',
  'RU-SVE',
  'KR-47',
  'KR-41',
  'KZ-11',
  'KZ-19',
  'KZ-39',
  'KZ-59',
  'KZ-71',
  'KZ-75',
  'RU',
  'KR',
  'KZ',
  'CN',
  'US',
];
const LINK_KEYS = [
  'id',
  'source',
  'target',
  'type',
  'status',
  'since',
  'until',
  'sectors',
  'weight',
  'title',
  'activities',
  'sources',
  'note',
  'url',
  'source_name',
  'source_lon',
  'source_lat',
  'source_country',
  'target_name',
  'target_lon',
  'target_lat',
];

/** Any JSON value, small. */
const junkValue = fc.jsonValue({ maxDepth: 2 });
/** A value that is often nearly right: a code, a number as text, a year, a sector. */
const plausible = fc.oneof(
  fc.constantFrom(
    ...KNOWN,
    'RU-IRKK',
    'Irkutsk',
    '',
    ' ',
    'culture',
    'educaton',
    'active',
    'paused',
    '1996',
    '19,5',
    'javascript:alert(1)',
    'https://example.org/',
  ),
  fc.integer({ min: -2000, max: 3000 }),
  fc.double({ min: -400, max: 400, noNaN: true }),
  junkValue,
);
/** An object with any of the given keys, each of any plausible or junk value, plus reserved keys. */
const junkRecord = (keys: readonly string[]) =>
  fc.dictionary(
    fc.oneof(fc.constantFrom(...keys), fc.constantFrom('__proto__', 'constructor', 'prototype', 'x', 'a b')),
    fc.oneof(
      plausible,
      fc.array(plausible, { maxLength: 3 }),
      fc.dictionary(fc.constantFrom('en', 'ru', 'year', 'title', 'url', 'sector', 'zh-Hant'), plausible, {
        maxKeys: 3,
      }),
    ),
    { maxKeys: 8 },
  );

const junkLink = fc.oneof(junkRecord(LINK_KEYS), junkValue);
const junkDataSet = fc.record(
  {
    title: plausible,
    sectors: fc.oneof(fc.array(fc.oneof(junkRecord(['id', 'label', 'color']), junkValue), { maxLength: 3 }), junkValue),
    places: fc.oneof(
      fc.array(fc.oneof(junkRecord(['id', 'name', 'lon', 'lat', 'kind']), junkValue), { maxLength: 3 }),
      junkValue,
    ),
    links: fc.array(junkLink, { maxLength: 8 }),
  },
  { requiredKeys: ['links'] },
);

/** A link every part of which is valid; `n` makes its id unique. */
const validLink = (source: string, target: string, n: number) =>
  fc.record({
    id: fc.constant(`valid-${n}`),
    source: fc.constant(source),
    target: fc.constant(target),
    sectors: fc.subarray([...BUILTIN_SECTORS]),
    since: fc.option(fc.integer({ min: 1950, max: 2000 }), { nil: undefined }),
    until: fc.option(fc.integer({ min: 2000, max: 2030 }), { nil: undefined }),
    status: fc.constantFrom(...LINK_STATUSES),
    title: fc.string({ maxLength: 20 }),
  });

/** Distinct unordered pairs of distinct known places. */
const validPairs = fc.uniqueArray(
  fc.tuple(fc.constantFrom(...KNOWN), fc.constantFrom(...KNOWN)).filter(([a, b]) => a !== b),
  { maxLength: 6, selector: ([a, b]) => [a, b].sort().join(' ') },
);
const validLinks = validPairs.chain((pairs) => fc.tuple(...pairs.map(([a, b], n) => validLink(a, b, n))));

const pairKey = (a: string, b: string) => [a, b].sort().join(' ');

function expectWellFormed(issues: DataIssue[], exists: (issue: DataIssue) => boolean): void {
  for (const issue of issues) {
    expect(SEVERITIES).toContain(issue.severity);
    expect(issue.message, JSON.stringify(issue)).toMatch(/\S/);
    expect(typeof issue.code).toBe('string');
    expect(exists(issue), `the path of ${JSON.stringify(issue)} names nothing in the input`).toBe(true);
  }
}

/** The JSON value the parser reads, and the object the validator sees (a bare array becomes `{ links }`). */
function jsonInput(text: string): unknown {
  const value = JSON.parse(text) as unknown;
  return Array.isArray(value) ? { links: value } : value;
}

const jsonIssueExists = (input: unknown) => (issue: DataIssue) =>
  jsonPathExists(input, issue.path, issue.code === 'missing-field');

describe('JSON data sets, generated', () => {
  it('never make the loader throw, and every issue names a path in the input', () => {
    fc.assert(
      fc.property(fc.oneof(junkDataSet, junkValue), (document) => {
        const text = JSON.stringify(document);
        const parsed = parseDataText(text, { format: 'json' });
        expectWellFormed(parsed.issues, jsonIssueExists(jsonInput(text)));
        if (!parsed.data) return;
        const { issues } = validateDataSet(parsed.data, { gazetteer });
        expectWellFormed(issues, jsonIssueExists(parsed.data));
      }),
      { numRuns: 300 },
    );
  });

  it('given as objects (.data), never make the validator throw', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        validateDataSet(value as never, { gazetteer });
        validateDataSet({ links: [value] } as never, { gazetteer });
      }),
    );
  });

  it('keep every valid link mixed among broken ones', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .tuple(validLinks, fc.array(junkLink, { maxLength: 8 }), junkDataSet)
          .chain(([valid, junk, rest]) =>
            fc.tuple(
              fc.constant(valid),
              fc.shuffledSubarray([...valid, ...junk], { minLength: valid.length + junk.length }),
              fc.constant(rest),
            ),
          ),
        async ([valid, links, rest]) => {
          const text = JSON.stringify({ ...rest, links });
          const parsed = parseDataText(text, { format: 'json' });
          const { dataset, issues } = await validateDataSetAsync(parsed.data!, { gazetteer });
          const kept = new Set(dataset.links.map((l) => pairKey(l.source, l.target)));
          for (const link of valid)
            expect(kept, `${link.source} ↔ ${link.target} was dropped`).toContain(pairKey(link.source, link.target));
          expectWellFormed(issues, jsonIssueExists(parsed.data));
        },
      ),
      { numRuns: 200 },
    );
  });
});

/** Writes records as CSV the way spreadsheets do: quotes only where a cell needs them. */
function toCsv(records: readonly (readonly string[])[]): string {
  const cell = (value: string) => (/[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  return records.map((cells) => cells.map(cell).join(',')).join('\r\n');
}

const CSV_HEADER = ['id', 'source', 'target', 'sectors', 'since', 'until', 'status'];
const junkCell = fc.oneof(
  fc.constantFrom(...KNOWN, 'RU-IRKK', '', 'culture;educaton', '2020', 'soon', '"', 'a,b', 'line\nbreak', '__proto__'),
  fc.string({ maxLength: 12 }),
);
const junkRow = fc.array(junkCell, { maxLength: CSV_HEADER.length + 2 });
const validRow = (source: string, target: string, n: number) =>
  fc
    .tuple(
      fc.subarray([...BUILTIN_SECTORS]),
      fc.option(fc.integer({ min: 1950, max: 2000 })),
      fc.constantFrom(...LINK_STATUSES),
    )
    .map(([sectors, since, status]) => [
      `valid-${n}`,
      source,
      target,
      sectors.join(';'),
      since === null ? '' : String(since),
      '',
      status,
    ]);

describe('CSV files, generated', () => {
  it('keep every valid row among broken ones, and every issue names a row and a column of the file', () => {
    fc.assert(
      fc.property(
        validPairs
          .chain((pairs) => fc.tuple(...pairs.map(([a, b], n) => validRow(a, b, n))))
          .chain((valid) => fc.tuple(fc.constant(valid), fc.array(junkRow, { maxLength: 10 })))
          .chain(([valid, junk]) =>
            fc.tuple(
              fc.constant(valid),
              fc.shuffledSubarray([...valid, ...junk], { minLength: valid.length + junk.length }),
            ),
          ),
        ([valid, rows]) => {
          const records = [CSV_HEADER, ...rows];
          const parsed = parseDataText(toCsv(records), { format: 'csv' });
          expect(parsed.data).not.toBeNull();
          const { dataset, issues } = validateDataSet(parsed.data!, {
            gazetteer,
            rowNumbers: parsed.rowNumbers,
            columnLabels: parsed.columnLabels,
          });
          const kept = new Set(dataset.links.map((l) => pairKey(l.source, l.target)));
          for (const row of valid)
            expect(kept, `row ${records.indexOf(row) + 1} was dropped`).toContain(pairKey(row[1]!, row[2]!));
          expectWellFormed([...parsed.issues, ...issues], (issue) => csvPathExists(records, issue.path));
        },
      ),
      { numRuns: 200 },
    );
    // Two hundred generated files through the whole reader: slow on a loaded machine.
  }, 180_000);

  it('as random text, never make the loader throw; the sliced parse agrees; issues name rows that exist', async () => {
    const alphabet = fc.constantFrom(
      'a',
      'Z',
      '1',
      '-',
      ' ',
      ',',
      ';',
      '\t',
      '|',
      '"',
      '\n',
      '\r',
      '\uFEFF',
      'я',
      's',
      'o',
      'u',
      'r',
      'c',
      'e',
      't',
      'g',
    );
    const csvish = fc.oneof(
      fc.string({ unit: alphabet, maxLength: 200 }),
      fc.string({ unit: alphabet, maxLength: 150 }).map((body) => `source,target,since\n${body}`),
      fc.string({ unit: 'binary', maxLength: 80 }),
    );
    await fc.assert(
      fc.asyncProperty(csvish, async (text) => {
        const parsed = parseDataText(text, { format: 'csv' });
        expect(await parseDataTextAsync(text, { format: 'csv' })).toEqual(parsed);
        // The rows as Papa Parse reads them with the separator the loader chose.
        const records = Papa.parse<string[]>(
          text.replace(/^\uFEFF/, ''),
          parsed.delimiter ? { delimiter: parsed.delimiter } : { delimitersToGuess: [',', ';', '\t', '|'] },
        ).data;
        expectWellFormed(parsed.issues, (issue) => csvPathExists(records, issue.path));
        if (!parsed.data) return;
        const { issues } = validateDataSet(parsed.data, {
          gazetteer,
          rowNumbers: parsed.rowNumbers,
          columnLabels: parsed.columnLabels,
        });
        expectWellFormed(issues, (issue) => csvPathExists(records, issue.path));
      }),
      { numRuns: 300 },
    );
  });
});
