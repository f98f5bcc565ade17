// Reading the files people really have: spreadsheet exports, TSV, mapped columns, odd encodings.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CSV_CHUNK_CHARS,
  MAX_DATA_BYTES,
  parseColumnMapping,
  parseDataText,
  parseDataTextAsync,
  type ParseOptions,
} from '../../src/data/parse.js';
import { TimeSlicer } from '../../src/data/slicer.js';
import { validateDataSet } from '../../src/data/validate.js';
import { decodeText, fetchText } from '../../src/load/fetch.js';
import { realGazetteer } from './real-geodata.js';

const gazetteer = realGazetteer();

function load(text: string, options: ParseOptions = {}) {
  const parsed = parseDataText(text, options);
  expect(parsed.data, JSON.stringify(parsed.issues)).not.toBeNull();
  const result = validateDataSet(parsed.data!, {
    gazetteer,
    rowNumbers: parsed.rowNumbers,
    columnLabels: parsed.columnLabels,
  });
  return { parsed, ...result, issues: [...parsed.issues, ...result.issues] };
}

describe('CSV as spreadsheets write it', () => {
  it('keeps a quoted cell with line breaks, commas and doubled quotes as one value and one row', () => {
    const { parsed, dataset, issues } = load(
      'source,target,title\nRU-IRK,KR-47,"Days of culture,\nand of ""Korean"" cuisine"\nRU-SVE,KR-411,x\n',
    );
    expect(dataset.links[0]!.title).toBe('Days of culture,\nand of "Korean" cuisine');
    expect(parsed.rowNumbers).toEqual([2, 3]);
    expect(issues.map((i) => i.path)).toEqual(['row 3, column "target"']);
  });

  it('counts blank rows, so a row number is the one the spreadsheet shows', () => {
    const { parsed, issues } = load('\nsource,target\n\nRU-IRK,KR-47\n,,\nRU-IRK,KR-4711\n');
    expect(parsed.rowNumbers).toEqual([4, 6]);
    expect(issues.map((i) => i.path)).toEqual(['row 6, column "target"']);
  });

  it('reads European-locale Excel "CSV UTF-8": BOM, semicolons, CRLF, decimal commas, trailing empty columns', () => {
    const excel =
      '\uFEFFsource;target_name;target_lon;target_lat;sectors;title;;\r\n' +
      'RU-IRK;Pohang;129,36;36,02;culture|education;"Port; city";;\r\n' +
      ';;;;;;;\r\n' +
      'RU-SVE;Busan;129,07;35,18;economy;;;\r\n';
    const { parsed, dataset, issues } = load(excel);
    expect(issues).toEqual([]);
    expect(parsed.rowNumbers).toEqual([2, 4]);
    expect(dataset.places.find((p) => p.id === 'Pohang')).toMatchObject({ lon: 129.36, lat: 36.02 });
    expect(dataset.links[0]).toMatchObject({ sectors: ['culture', 'education'], title: 'Port; city', properties: {} });
  });

  it('reads what LibreOffice writes: every text cell quoted, numbers bare', () => {
    const { dataset, issues } = load(
      '"source","target","sectors","since","until","status"\n"RU-IRK","KR-47","culture;tourism",1996,,"suspended"\n',
    );
    expect(issues).toEqual([]);
    expect(dataset.links[0]).toMatchObject({
      since: 1996,
      until: null,
      status: 'suspended',
      sectors: ['culture', 'tourism'],
    });
  });

  it('reads TSV with commas inside values, and pipe-separated files', () => {
    const tsv = load(
      'source\ttarget_name\ttarget_lon\ttarget_lat\nRU-IRK\tPorcia, Friuli-Venezia Giulia\t12.6167\t45.9667\n',
    );
    expect(tsv.issues).toEqual([]);
    expect(tsv.dataset.places.map((p) => p.name)).toContain('Porcia, Friuli-Venezia Giulia');
    const pipes = load('source|target|since\nRU-IRK|KR-47|1996\n');
    expect(pipes.issues).toEqual([]);
    expect(pipes.dataset.links[0]!.since).toBe(1996);
  });

  it('takes the separator from the header, not from a sectors column full of semicolons', () => {
    // Papa Parse alone guesses ";" for this comma-separated file.
    const text = [
      'id,source,target,sectors,since,until,status',
      'a,KR-41,KZ,culture;education;economy;tourism,,,ended',
      'b,US,RU,economy;tourism,1969,,planned',
      '',
      'c,KZ,KZ-75,culture;education;tourism,1967,,ended',
      'culture;educaton',
      'd,RU,KR-41,tourism,1995,,ended',
    ].join('\r\n');
    const { parsed, dataset } = load(text);
    expect(parsed.delimiter).toBe(',');
    expect(dataset.links.map((l) => l.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(dataset.links[0]!.sectors).toEqual(['culture', 'education', 'economy', 'tourism']);
  });

  it('reads Excel "Unicode Text" (UTF-16 with a byte order mark, tab-separated)', () => {
    const bytes = new Uint8Array(
      Buffer.from('\uFEFFsource\ttarget\ttitle\r\nRU-IRK\tKR-47\tДни корейской культуры\r\n', 'utf16le'),
    );
    const { dataset, issues } = load(decodeText(bytes));
    expect(issues).toEqual([]);
    expect(dataset.links[0]!.title).toBe('Дни корейской культуры');
  });

  it('says when a file is not UTF-8, naming the first row and column where it shows', () => {
    const latin1 = new Uint8Array([
      ...Buffer.from('source,target,title\nRU-IRK,KR-47,Caf'),
      0xe9,
      ...Buffer.from('\n'),
    ]);
    const { issues } = load(decodeText(latin1));
    expect(issues).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'encoding', path: 'row 2, column "title"' }),
    ]);
    expect(issues[0]!.message).toContain('save it as UTF-8');
  });

  it('warns about cells beyond the header, once a row, and ignores them', () => {
    const { dataset, issues } = load(
      'source,target_name,target_lon,target_lat\nRU-IRK,Porcia, Friuli,12.6,45.9\nRU-SVE,Busan,129.07,35.18\n',
    );
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['extra-cells', 'row 2'],
      ['not-a-number', 'row 2, column "target_lon"'],
    ]);
    expect(dataset.links.map((l) => l.target)).toEqual(['Busan']);
  });

  it('warns about values in a column without a name', () => {
    const { issues } = load('source,target,\nRU-IRK,KR-47,forgotten\n');
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'column-ignored',
        path: 'row 1',
        message: 'column 3 has no name in the header; its values are ignored',
      }),
    ]);
  });

  it('refuses a file without "source" or "target" columns, naming the header it found', () => {
    const parsed = parseDataText('from,to\nRU-IRK,KR-47\n');
    expect(parsed.data).toBeNull();
    expect(parsed.issues).toEqual([
      {
        severity: 'error',
        code: 'missing-field',
        path: 'row 1',
        message: 'no "source" column (the header has: "from", "to"); rename it or give a column mapping',
      },
    ]);
    const oneColumn = parseDataText('source:target\nRU-IRK:KR-47\n');
    expect(oneColumn.issues[0]!.message).toContain('separated by something other than');
  });

  it('refuses an empty file', () => {
    expect(parseDataText('\n\n', { format: 'csv' }).issues[0]).toMatchObject({ code: 'unreadable', path: 'row 1' });
  });
});

describe('column mapping', () => {
  it('lets a file with other column names be used as it is, naming its own columns in issues', () => {
    const text = 'From Region;Partner;Year\nRU-IRK;KR-47;1996\nRU-IRK;KR-4777;1998\n';
    const { dataset, issues } = load(text, { columns: { 'from region': 'source', PARTNER: 'target', year: 'since' } });
    expect(dataset.links[0]).toMatchObject({ source: 'RU-IRK', target: 'KR-47', since: 1996 });
    expect(issues.map((i) => i.path)).toEqual(['row 3, column "Partner"']);
  });

  it('matches documented columns written with capitals, spaces or hyphens', () => {
    const { dataset, issues } = load('Source,Target Name,target-lon,TARGET_LAT\nRU-IRK,Pohang,129.36,36.02\n');
    expect(issues).toEqual([]);
    expect(dataset.links[0]!.target).toBe('Pohang');
  });

  it('warns about a mapping naming no column, a target that looks mistyped, and two columns for one field', () => {
    const { issues } = load('a,b,c,d\nRU-IRK,KR-47,1996,x\n', {
      columns: { a: 'source', b: 'target', c: 'sinse', d: 'source', e: 'until' },
    });
    expect(issues.map((i) => [i.code, i.path, i.message])).toEqual([
      [
        'column-mapping',
        'row 1, column "c"',
        'the column mapping renames "c" to "sinse", which is not a documented column — did you mean "since"?',
      ],
      ['column-ignored', 'row 1, column "d"', 'columns "a" and "d" both stand for "source"; the first one is used'],
      [
        'column-mapping',
        'row 1',
        'the column mapping names "e", but the file has no such column (the header has: "a", "b", "c", "d")',
      ],
    ]);
  });

  it('reads a mapping as JSON or as from:to pairs, and says what is wrong with a bad one', () => {
    expect(parseColumnMapping('{"origincityLabel": "source_name", "originlat": "source_lat"}')).toEqual({
      mapping: { origincityLabel: 'source_name', originlat: 'source_lat' },
      errors: [],
    });
    expect(parseColumnMapping(' origincityLabel : source_name, originlat=source_lat ,')).toEqual({
      mapping: { origincityLabel: 'source_name', originlat: 'source_lat' },
      errors: [],
    });
    expect(parseColumnMapping('origincityLabel').errors).toEqual(['"origincityLabel" is not a "from:to" pair']);
    expect(parseColumnMapping('{"a": 1}').errors).toEqual([
      'the column mapping gives "a" the number 1, not a column name (text such as "source_name"); it is ignored',
    ]);
    expect(parseColumnMapping('{"a": ').errors[0]).toMatch(/^the column mapping is not valid JSON/);
  });
});

describe('JSON', () => {
  it('reads a BOM and a bare array of links', () => {
    const { dataset } = load('\uFEFF[{"source": "RU-IRK", "target": "KR-47"}]');
    expect(dataset.links).toHaveLength(1);
  });

  it.each([
    ['{"links": [', 'unreadable', '', /^not valid JSON/],
    ['"links"', 'unreadable', '', /^expected a JSON object with a "links" array$/],
    ['{"title": "x"}', 'missing-field', 'links', /^missing "links"/],
    ['{"links": {"a": 1}}', 'unreadable', 'links', /^"links" must be an array/],
  ])('refuses %s as unreadable, saying why', (text, code, path, message) => {
    const parsed = parseDataText(text, { format: 'json' });
    expect(parsed.data).toBeNull();
    expect(parsed.issues).toEqual([expect.objectContaining({ severity: 'error', code, path })]);
    expect(parsed.issues[0]!.message).toMatch(message);
  });
});

describe('the sliced parse', () => {
  it('gives the same rows and issues as the one-shot parse, over many slices', async () => {
    const rows = Array.from({ length: 8000 }, (_, i) =>
      i % 7 === 3 ? `RU-IRK,KR-${i},"a note\r\nover two lines, with ""quotes"""` : `RU-SVE,KR-41,plain ${i}`,
    );
    const text = `\uFEFFsource,target,note\r\n${rows.join('\r\n')}\r\n`;
    expect(text.length).toBeGreaterThan(3 * CSV_CHUNK_CHARS);
    const progress: number[] = [];
    const slicer = new TimeSlicer(0);
    const sliced = await parseDataTextAsync(text, { slicer, onProgress: (loaded) => progress.push(loaded) });
    const whole = parseDataText(text);
    expect(slicer.yields).toBeGreaterThan(2);
    expect(progress.at(-1)).toBe(text.length - 1);
    expect(sliced).toEqual(whole);
    expect(sliced.data!.links).toHaveLength(8000);
    expect(sliced.rowNumbers!.at(-1)).toBe(8001);
  });
});

describe('the size limit', () => {
  it('refuses text over the limit with the size in the message, counting UTF-8 bytes', () => {
    const ascii = parseDataText('x'.repeat(MAX_DATA_BYTES + 1));
    expect(ascii.data).toBeNull();
    expect(ascii.issues).toEqual([
      { severity: 'error', code: 'too-large', path: '', message: 'the file is 67.1 MB; the limit is 64 MB' },
    ]);
    // Two bytes a character in UTF-8: over the limit in bytes while under it in characters.
    const cyrillic = parseDataText(`source,target\n${'я'.repeat(MAX_DATA_BYTES / 2 + 1)}`);
    expect(cyrillic.issues[0]!.code).toBe('too-large');
  });

  describe('when downloading', () => {
    let server: Server;
    let base = '';
    beforeAll(async () => {
      server = createServer((request, response) => {
        if (request.url === '/huge.csv') {
          response.writeHead(200, { 'Content-Type': 'text/csv', 'Content-Length': String(MAX_DATA_BYTES + 1) });
          response.write('source,target\n');
          return;
        }
        response.writeHead(200, { 'Content-Type': 'text/csv' });
        response.end('source,target\nRU-IRK,KR-47\n');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => {
      server.closeAllConnections();
      server.close();
    });

    it('refuses a data file the server says is too large, before reading it', async () => {
      await expect(fetchText(`${base}/huge.csv`, 'data')).rejects.toThrow(
        `could not load ${base}/huge.csv: the file is 67.1 MB; the limit is 64 MB`,
      );
    });

    it('reads a file of ordinary size', async () => {
      await expect(fetchText(`${base}/ok.csv`, 'data')).resolves.toBe('source,target\nRU-IRK,KR-47\n');
    });
  });
});
