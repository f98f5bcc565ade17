// The CSV export writes what Papa Parse's unparse wrote before it (the element no longer loads
// Papa Parse for it), and what it writes reads back cell for cell.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/data/write-csv.js';

const awkward = fc.constantFrom('a', 'я', ' ', ',', ';', '"', "'", '\n', '\r', '\t', '\uFEFF', '=', '1');
const cell = fc.oneof(
  fc.string({ unit: awkward, maxLength: 12 }),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.constant(''),
);

describe('toCsv', () => {
  // With no rows at all Papa Parse wrote the header and an empty row; the header line alone is what the export means.
  it('writes exactly what Papa.unparse writes with a header and CRLF, for one row or more', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((width) =>
          fc.tuple(
            fc.array(fc.string({ unit: awkward, minLength: 1, maxLength: 6 }), {
              minLength: width,
              maxLength: width,
            }),
            fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 6 }),
          ),
        ),
        ([header, rows]) => {
          expect(toCsv(header, rows)).toBe(Papa.unparse({ fields: header, data: rows }, { newline: '\r\n' }));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads back as the same cells', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: awkward, minLength: 1, maxLength: 8 }), { minLength: 3, maxLength: 3 }), {
          minLength: 1,
          maxLength: 6,
        }),
        (rows) => {
          const [header, ...body] = rows as [string[], ...string[][]];
          expect(Papa.parse<string[]>(toCsv(header, body), { delimiter: ',', newline: '\r\n' }).data).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('quotes only what needs quotes, and leaves an absent value empty', () => {
    expect(csvCell('Irkutsk')).toBe('Irkutsk');
    expect(csvCell('Seoul, Korea')).toBe('"Seoul, Korea"');
    expect(csvCell('the "NEAR" forum')).toBe('"the ""NEAR"" forum"');
    expect(csvCell(' padded')).toBe('" padded"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(129.36)).toBe('129.36');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(toCsv(['id', 'source'], [])).toBe('id,source');
  });
});
