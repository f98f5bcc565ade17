// `coop-map validate`: what a curator reads, and the exit status a script checks.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { EXIT_DATA_ERRORS, EXIT_USAGE } from '../../src/cli/cli.js';
import { formatIssues, groupIssues } from '../../src/cli/report.js';
import type { DataIssue } from '../../src/data/types.js';
import { WIKIDATA_COLUMNS, WIKIDATA_TSV } from './real-geodata.js';
import { countWikidataPairs } from './wikidata-pairs.js';
import { run as runCommand, tempFolder } from './cli-run.js';

const SEED = fileURLToPath(new URL('../../data/seed.json', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/coop-map.mjs', import.meta.url));

const { dir: folder, file } = tempFolder('coop-map-cli-');
const run = (...argv: string[]) => runCommand(argv);

describe('coop-map validate', () => {
  it('passes the seed data set: a summary line, exit 0', async () => {
    const { status, stdout, stderr } = await run('validate', SEED);
    expect(stderr).toBe('');
    expect(stdout).toBe(`${SEED}:\n12 links read → 12 links kept, 13 places; 0 errors, 0 warnings\n`);
    expect(status).toBe(0);
  });

  it("--lang says each problem as the element's notice does, in that language", async () => {
    const broken = file(
      'officer.csv',
      '\uFEFFsource;target;status\r\nRU-IRK;KR-47;\r\nRU-SVE;RU-SVE;\r\nRU-IRK;KR-41;завершено\r\n',
    );
    const { status, stdout } = await run('validate', broken, '--lang', 'ru');
    expect(status).toBe(EXIT_DATA_ERRORS);
    expect(stdout).toContain(
      '  Строка 3, столбец «target»: Связь ведёт из «RU-SVE» в то же место. ' +
        'Что сделать: Проверьте источник и цель в этой строке.\n',
    );
    expect(stdout).toContain('  Строка 4, столбец «status»: «завершено» прочитано как «ended».');
    expect((await run('validate', broken, '--lang', 'xx')).stderr).toContain('--lang must be one of en, ru, ko, kk');
  });

  it("prints every problem of a broken file with row and column, in the element's words, and exits 1", async () => {
    const broken = file(
      'broken.csv',
      [
        'source,target,sectors,since,until',
        'RU-IRK,KR-47,culture,1996,',
        'RU-IRKK,KR-41,education,,',
        'KR-47,RU-IRK,educaton,,',
        'RU-SVE,KZ-11,economy,2020,2010',
        'KZ-AKM,KZ-11,,,',
      ].join('\n'),
    );
    const { status, stdout } = await run('validate', broken);
    expect(stdout.split('\n')).toEqual([
      `${broken}:`,
      'error: unknown places (1)',
      '  row 3, column "source": unknown place "RU-IRKK" — did you mean "RU-IRK" (Irkutsk)?',
      'error: "since" after "until" (1)',
      '  row 5, column "until": "since" 2020 is after "until" 2010; row dropped',
      'error: links from a place to itself (1)',
      '  row 6, column "target": links "KZ-11" to itself; row dropped',
      'warning: sectors not declared (1)',
      '  row 4, column "sectors": sector "educaton" is not declared — did you mean "education"? ' +
        'It is shown as a sector of its own',
      'warning: the same relation on several rows, merged (1)',
      '  row 4: same relation as row 2 (KR-47 ↔ RU-IRK); merged into it',
      '5 rows read → 1 link kept, 2 places; 3 errors, 2 warnings',
      '',
    ]);
    expect(status).toBe(EXIT_DATA_ERRORS);
  });

  it('loads the Wikidata file through a mapping, showing 20 issues of each kind and counting the rest', async () => {
    const pairs = Object.entries(WIKIDATA_COLUMNS)
      .map(([from, to]) => `${from}:${to}`)
      .join(',');
    const { status, stdout } = await run('validate', WIKIDATA_TSV, '--columns', pairs);
    const lines = stdout.trimEnd().split('\n');
    const expected = countWikidataPairs(readFileSync(WIKIDATA_TSV, 'utf8'));
    const merged = 24_926 - expected.pairs - expected.selfLinks;
    const heading = lines.indexOf(
      `warning: the same relation on several rows, merged (${merged.toLocaleString('en-US')})`,
    );
    expect(heading).toBeGreaterThan(0);
    expect(
      lines
        .slice(heading + 1, heading + 21)
        .every((line) => /^ {2}row \d+: same relation as row \d+ \(.+ ↔ .+\); merged into it$/.test(line)),
    ).toBe(true);
    expect(lines[heading + 21]).toBe(`  … and ${(merged - 20).toLocaleString('en-US')} more like these`);
    expect(lines.at(-1)).toMatch(
      new RegExp(
        `^24,926 rows read → ${expected.pairs.toLocaleString('en-US')} links kept, ` +
          `${expected.places.toLocaleString('en-US')} places; 0 errors, [\\d,]+ warnings$`,
      ),
    );
    expect(status).toBe(0);
  });

  it('--json prints every issue and the counts, for scripts', async () => {
    const broken = file(
      'broken.json',
      JSON.stringify({ links: [{ source: 'RU-IRK', target: 'KR-47' }, { source: 'RU-IRK' }] }),
    );
    const { status, stdout } = await run('validate', broken, '--json');
    expect(JSON.parse(stdout)).toEqual({
      file: broken,
      format: 'json',
      entries: 2,
      links: 1,
      places: 2,
      errors: 1,
      warnings: 0,
      issues: [
        {
          severity: 'error',
          code: 'missing-field',
          path: 'links[1].target',
          message: 'missing "target": each link needs two places; row dropped',
          params: { field: 'target' },
        },
      ],
    });
    expect(status).toBe(EXIT_DATA_ERRORS);
  });

  it('--all prints every issue of a kind', async () => {
    const rows = Array.from({ length: 25 }, () => 'RU-IRK,KR-47');
    const repeated = file('repeated.csv', `source,target\n${rows.join('\n')}\n`);
    expect((await run('validate', repeated)).stdout).toContain('  … and 4 more like these');
    const all = await run('validate', repeated, '--all');
    expect(all.stdout).not.toContain('more like');
    expect(all.stdout.match(/same relation as row 2/g)).toHaveLength(24);
  });

  it('reads region shapes given with --regions, whose feature ids are places', async () => {
    const regions = file(
      'regions.geojson',
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            id: 'NEAR-PARK',
            properties: { name: 'Park' },
            geometry: { type: 'Point', coordinates: [129.3, 36] },
          },
        ],
      }),
    );
    const data = file('park.csv', 'source,target\nRU-IRK,NEAR-PARK\n');
    const { status, stdout } = await run('validate', data, '--regions', regions);
    expect(stdout).toContain('1 row read → 1 link kept, 2 places; 0 errors, 0 warnings');
    expect(status).toBe(0);
  });

  it('reports a file that cannot be used at all as an error, exit 1', async () => {
    const { status, stdout } = await run('validate', file('cut.json', '{"links": ['), '--format', 'json');
    expect(stdout).toMatch(/^error: the file cannot be read \(1\)\n {2}the file: not valid JSON/m);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('the file cannot be used: 1 error, 0 warnings');
    expect(status).toBe(EXIT_DATA_ERRORS);
  });

  it.each([
    [[], 'no command given'],
    [['check', SEED], 'unknown command "check"'],
    [['validate'], 'no FILE given'],
    [['validate', SEED, SEED], 'one FILE at a time'],
    [['validate', SEED, '--format', 'xml'], '--format must be json or csv, not "xml"'],
    [['validate', SEED, '--columns', 'origincityLabel'], '--columns: "origincityLabel" is not a "from:to" pair'],
    [['validate', SEED, '--colums', 'a:b'], "Unknown option '--colums'"],
    [['validate', '/nonexistent/data.csv'], 'cannot read /nonexistent/data.csv: ENOENT'],
  ])('exits 2 with the usage on a wrong command line: %j', async (argv, message) => {
    const { status, stdout, stderr } = await run(...argv);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(status).toBe(EXIT_USAGE);
  });

  it('prints its help with --help, exit 0', async () => {
    const { status, stdout } = await run('--help');
    expect(stdout).toMatch(/^Usage: coop-map validate FILE \[options\]/);
    expect(status).toBe(0);
  });
});

describe('grouping issues', () => {
  const issue = (severity: DataIssue['severity'], code: DataIssue['code'], path: string): DataIssue => ({
    severity,
    code,
    path,
    message: 'm',
  });

  it('puts errors first and keeps kinds in the order they first appear', () => {
    const groups = groupIssues([
      issue('warning', 'merged', 'a'),
      issue('error', 'self-link', 'b'),
      issue('warning', 'unknown-sector', 'c'),
      issue('error', 'unknown-place', 'd'),
      issue('error', 'self-link', 'e'),
    ]);
    expect(groups.map((g) => [g.severity, g.code, g.issues.map((i) => i.path).join('')])).toEqual([
      ['error', 'self-link', 'be'],
      ['error', 'unknown-place', 'd'],
      ['warning', 'merged', 'a'],
      ['warning', 'unknown-sector', 'c'],
    ]);
  });

  it('never hides that issues exist: the count of those not shown is printed', () => {
    const many = Array.from({ length: 3 }, (_, i) => issue('warning', 'merged', `row ${i}`));
    expect(formatIssues(many, 2)).toEqual([
      'warning: the same relation on several rows, merged (3)',
      '  row 0: m',
      '  row 1: m',
      '  … and 1 more like this',
    ]);
  });
});

describe('bin/coop-map.mjs', () => {
  const exec = promisify(execFile);

  it('says to build first when dist/cli.js is missing, exit 2', async () => {
    const home = mkdtempSync(join(folder(), 'package-'));
    mkdirSync(join(home, 'bin'));
    copyFileSync(BIN, join(home, 'bin/coop-map.mjs'));
    const failed = await exec(process.execPath, [join(home, 'bin/coop-map.mjs'), 'validate', SEED]).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed).toMatchObject({ code: 2 });
    expect((failed as { stderr: string }).stderr).toContain('run "npm run build" first');
  });

  it('passes the arguments to the built command line and exits with its status', async () => {
    const home = mkdtempSync(join(folder(), 'package-'));
    mkdirSync(join(home, 'bin'));
    mkdirSync(join(home, 'dist'));
    copyFileSync(BIN, join(home, 'bin/coop-map.mjs'));
    writeFileSync(
      join(home, 'dist/cli.js'),
      'export async function runCli(argv, out) { out.stdout(JSON.stringify(argv)); out.stderr("e"); return 1; }\n',
    );
    const failed = await exec(process.execPath, [join(home, 'bin/coop-map.mjs'), 'validate', 'x.csv', '--json']).catch(
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failed).toMatchObject({ code: 1, stdout: '["validate","x.csv","--json"]', stderr: 'e' });
  });
});
