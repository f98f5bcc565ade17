// Issue 14, the command line: hostile text printed inert (#11), malformed region files (#10),
// standard input, and the limits on what it reads.
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { EXIT_DATA_ERRORS, EXIT_USAGE } from '../../src/cli/cli.js';
import { visible } from '../../src/cli/report.js';
import { MAX_DATA_BYTES } from '../../src/data/limits.js';
import { HOSTILE_TEXTS, HOSTILE_VALUES, hostileCsv, hostileJson, TERMINAL_UNSAFE } from '../hostile-corpus.js';
import { run, tempFolder } from './cli-run.js';

const { dir: folder, file } = tempFolder('coop-map-resilience-');

/** What a line of the text report may be: the file, a group heading, an issue, a count, the summary. */
const REPORT_LINE =
  /^(.+:|(error|warning): .+ \(\d+\)| {2}.+: .+| {2}… and .+|.+ read → .+|the file cannot be used: .+)$/;

describe('#11: the command line prints data-derived text with its control characters made visible', () => {
  it.each([
    ['JSON', 'hostile.json', hostileJson],
    ['CSV', 'hostile.csv', hostileCsv],
  ])('#11: prints the hostile corpus (%s) with no control, bidi or zero-width character', async (_, name, make) => {
    const { stdout, stderr } = await run(['validate', file(name, make()), '--all']);
    expect(stderr).toBe('');
    expect(stdout).not.toMatch(TERMINAL_UNSAFE);
    expect(stdout).not.toContain('\r');
    // No value starts a line of its own: each line is one of the report's, and the summary is the last one.
    const lines = stdout.trimEnd().split('\n');
    for (const line of lines) expect(line).toMatch(REPORT_LINE);
    expect(lines.filter((line) => /^\d+ errors?, \d+ warnings?/.test(line))).toEqual([]);
    expect(lines.at(-1)).toMatch(/ read → .+; \d+ errors?, \d+ warnings?$/);
    // The hostile text is there, escaped: the validator's messages quote it.
    expect(stdout).toContain('\\x1B]0;owned\\x07');
    expect(stdout).toContain('\\x1B]0;owned\\x07x\\n0 errors, 0 warnings');
  });

  it('#11: writes escapes a reader can tell apart from the text around them', () => {
    expect(visible(HOSTILE_TEXTS.terminalClear)).toBe('\\x1B[2J\\x1B[H');
    expect(visible(HOSTILE_TEXTS.terminalC1)).toBe('\\x9B31mred\\x9B0m');
    expect(visible(HOSTILE_TEXTS.bidiOverride)).toBe('Irkutsk \\u202Eksturki');
    expect(visible(HOSTILE_TEXTS.zeroWidth)).toBe('Ir\\u200Bkut\\u200Csk\\u200D\\u2060\\uFEFF');
    expect(visible('a\tb\nc\rd\u0000')).toBe('a\\tb\\nc\\rd\\x00');
    expect(visible('Иркутск — 이르쿠츠크 ↔ ✓')).toBe('Иркутск — 이르쿠츠크 ↔ ✓');
  });

  it('#11: --json gives the same values, with every invisible character as a \\u escape', async () => {
    const { stdout } = await run(['validate', file('hostile-json.json', hostileJson()), '--json']);
    expect(stdout).not.toMatch(TERMINAL_UNSAFE);
    const report = JSON.parse(stdout) as { issues: { message: string }[] };
    const messages = report.issues.map((i) => i.message).join('\n');
    expect(messages).toContain(HOSTILE_TEXTS.terminalTitle + HOSTILE_TEXTS.fakeSummary.trim());
    expect(messages).toContain(HOSTILE_TEXTS.terminalClear + HOSTILE_TEXTS.terminalC1);
  });

  it('#11: a file name and a command line with escapes are printed escaped, on one line', async () => {
    const name = file('\u001B[2Jname\u202E.json', '{"links": []}');
    const { stdout } = await run(['validate', name]);
    expect(stdout.split('\n')[0]).toBe(`${join(folder(), '\\x1B[2Jname\\u202E.json')}:`);
    const wrong = await run(['validate', name, '--format', '\u001B]0;x\u0007\nfake']);
    expect(wrong.stderr.split('\n')[0]).toBe('coop-map: --format must be json or csv, not "\\x1B]0;x\\x07\\nfake"');
    expect(wrong.stderr).not.toMatch(TERMINAL_UNSAFE);
    expect(wrong.status).toBe(EXIT_USAGE);
  });
});

/** A TopoJSON file: one region whose arcs are given; the file has the arcs of a small square. */
function topology(geometry: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    type: 'Topology',
    arcs: [
      [
        [129, 36],
        [130, 36],
        [130, 37],
        [129, 37],
        [129, 36],
      ],
    ],
    objects: { regions: { type: 'GeometryCollection', geometries: [{ id: 'NEAR-1', ...geometry }] } },
    ...extra,
  });
}

describe('#10: malformed region files end in one line and exit 2', () => {
  const data = () => file('near.csv', 'source,target\nRU-IRK,NEAR-1\n');

  it.each([
    [
      'an arc that is not there',
      topology({ type: 'Polygon', arcs: [[5]] }),
      'none of the 1 shapes can be read; the first: regions.objects.regions.geometries[0]: ' +
        'it names arc 5, and the file has 1 arcs',
    ],
    [
      'no arcs at all',
      JSON.stringify({ type: 'Topology', objects: { r: { type: 'Polygon', id: 'NEAR-1', arcs: [[0]] } } }),
      'a TopoJSON Topology without an "arcs" list',
    ],
    [
      'arcs that are not indexes',
      topology({ type: 'MultiPolygon', arcs: [0] }),
      'none of the 1 shapes can be read; the first: regions.objects.regions.geometries[0]: ' +
        'its "arcs" are not lists of arc indexes',
    ],
    [
      'a transform without numbers',
      topology({ type: 'Polygon', arcs: [[0]] }, { transform: { scale: 'x' } }),
      'the TopoJSON "transform" must hold a "scale" and a "translate" of two numbers each',
    ],
    [
      'an arc that is not positions',
      JSON.stringify({
        type: 'Topology',
        arcs: [{ a: 1 }],
        objects: { r: { type: 'LineString', id: 'NEAR-1', arcs: [0] } },
      }),
      'none of the 1 shapes can be read; the first: regions.objects.r: arc 0 is not a list of positions',
    ],
    [
      'GeoJSON coordinates that are not numbers',
      JSON.stringify({
        type: 'FeatureCollection',
        features: [{ type: 'Feature', id: 'NEAR-1', properties: {}, geometry: { type: 'Point', coordinates: 'x' } }],
      }),
      'none of the 1 shapes can be read; the first: regions.features[0]: ' +
        'the coordinates of its Point are not positions',
    ],
  ])('#10: %s', async (_, content, message) => {
    const regions = file('bad.topojson', content);
    const { status, stdout, stderr } = await run(['validate', data(), '--regions', regions]);
    expect(stdout).toBe('');
    expect(stderr).toBe(`coop-map: --regions ${regions}: ${message}\n`);
    expect(status).toBe(EXIT_USAGE);
  });

  it('#10: a region file with one broken shape among good ones is read, the broken one reported', async () => {
    const regions = file(
      'mixed.topojson',
      JSON.stringify({
        type: 'Topology',
        arcs: [
          [
            [129, 36],
            [130, 37],
            [129, 36],
          ],
        ],
        objects: {
          regions: {
            type: 'GeometryCollection',
            geometries: [
              { type: 'Polygon', id: 'NEAR-1', arcs: [[0]] },
              { type: 'Polygon', id: 'NEAR-2', arcs: [[-7]] },
            ],
          },
        },
      }),
    );
    const { status, stdout } = await run(['validate', data(), '--regions', regions]);
    expect(stdout).toContain(
      '  regions.objects.regions.geometries[1]: it names arc 6, and the file has 1 arcs; ignored\n',
    );
    expect(stdout).toContain('1 row read → 1 link kept, 2 places;');
    expect(status).toBe(0);
  });

  it('#10: a region file that is not JSON, or nested too deep, is one line too', async () => {
    const cut = file('cut.json', '{"type": "Topology", "arcs": [');
    const notJson = await run(['validate', data(), '--regions', cut]);
    expect(notJson.stderr).toMatch(new RegExp(`^coop-map: --regions ${cut}: not valid JSON: [^\\n]+\\n$`));
    expect(notJson.status).toBe(EXIT_USAGE);
    const deep = file('deep.json', `{"type": "Topology", "arcs": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    const tooDeep = await run(['validate', data(), '--regions', deep]);
    expect(tooDeep.stderr).toBe(
      `coop-map: --regions ${deep}: arrays and objects are nested more than 100 levels deep; the limit is 100\n`,
    );
    expect(tooDeep.status).toBe(EXIT_USAGE);
  });
});

describe('the limits of what the command line reads', () => {
  it('#14: refuses a region file over the size limit before reading it', async () => {
    const big = join(folder(), 'big.geojson');
    writeFileSync(big, '');
    // A sparse file: its size is over the limit without writing 64 MB.
    truncateSync(big, MAX_DATA_BYTES + 1);
    const { status, stderr } = await run([
      'validate',
      file('d.csv', 'source,target\nRU-IRK,KR-47\n'),
      '--regions',
      big,
    ]);
    expect(stderr).toBe(`coop-map: --regions ${big}: the file is 67.1 MB; the limit is 64 MB\n`);
    expect(status).toBe(EXIT_USAGE);
  });

  it('reports JSON nested 100,000 deep as too deeply nested, not as a stack overflow', async () => {
    const deep = file(
      'deep-data.json',
      `{"links": [{"source": "RU-IRK", "target": "KR-47", "x": ${'['.repeat(100_000)}${']'.repeat(100_000)}}]}`,
    );
    const { status, stdout } = await run(['validate', deep]);
    expect(stdout).toContain('  the file: arrays and objects are nested more than 100 levels deep; the limit is 100\n');
    expect(status).toBe(EXIT_DATA_ERRORS);
  });
});

describe('coop-map validate - (standard input)', () => {
  it('reads the data set from standard input', async () => {
    const stdin = Readable.from([Buffer.from('source,target\nRU-IRK,'), Buffer.from('KR-47\nRU-IRK,KR-4711\n')]);
    const { status, stdout, stderr } = await run(['validate', '-'], stdin);
    expect(stderr).toBe('');
    expect(stdout.split('\n')).toEqual([
      'standard input:',
      'error: unknown places (1)',
      expect.stringMatching(/^ {2}row 3, column "target": unknown place "KR-4711"/),
      '2 rows read → 1 link kept, 2 places; 1 error, 0 warnings',
      '',
    ]);
    expect(status).toBe(EXIT_DATA_ERRORS);
  });

  it('guesses JSON from the text, and takes --format', async () => {
    const json = JSON.stringify({ links: [{ source: 'RU-IRK', target: 'KR-47' }] });
    const guessed = await run(['validate', '-', '--json'], Readable.from([json]));
    expect(JSON.parse(guessed.stdout)).toMatchObject({ file: '-', format: 'json', links: 1, errors: 0 });
    const csv = await run(['validate', '-', '--format', 'csv'], Readable.from(['source,target\nRU-IRK,KR-47\n']));
    expect(csv.stdout).toContain('1 row read → 1 link kept, 2 places; 0 errors, 0 warnings');
  });

  it('stops reading standard input past the size limit, and says the file is more than the limit', async () => {
    const chunk = Buffer.alloc(8 * 1024 * 1024, 'x');
    let sent = 0;
    async function* endless() {
      for (;;) {
        sent += chunk.byteLength;
        yield chunk;
      }
    }
    const { status, stdout } = await run(['validate', '-'], endless());
    expect(stdout).toContain('  the file: the file is more than 64 MB; the limit is 64 MB\n');
    expect(sent).toBeLessThanOrEqual(MAX_DATA_BYTES + chunk.byteLength);
    expect(status).toBe(EXIT_DATA_ERRORS);
  });
});

it('the hostile corpus has a value of each kind', () => {
  expect(HOSTILE_VALUES.length).toBeGreaterThan(15);
});
