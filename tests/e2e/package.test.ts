// The npm build as a bundler sees it: `import 'coop-map'` must keep the element's registration
// (package.json's sideEffects lists the files that register it).
import { expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { bundleConsumerPage } from '../../scripts/component-bundle.mjs';

const root = resolve(import.meta.dirname, '../..');

it("a bundler keeps the element of `import 'coop-map'`", async () => {
  // A page's own project with the package linked into its node_modules and one import.
  const page = await bundleConsumerPage({ minify: false });
  const entryCode = page.upFront.map((file) => file.code.toString()).join('\n');
  const code = [entryCode, ...page.lazy.map((file) => file.code.toString())].join('\n');
  expect(entryCode).toMatch(/customElements\.define\(\s*["'`]coop-map["'`]/);
  // The parts the element loads on first use stay chunks of their own in the page's build: the
  // details panel, Korean and Russian strings, and Papa Parse (the CSV reader's).
  for (const onDemand of [
    'coop-details-heading',
    '협력 관계 지도',
    'Карта связей сотрудничества',
    'UndetectableDelimiter',
  ]) {
    expect(entryCode, onDemand).not.toContain(onDemand);
    expect(code, onDemand).toContain(onDemand);
  }
});

it('`coop-map/parse` reads and checks a data set without the element', async () => {
  const { parseDataText, validateDataSet } = await import(join(root, 'dist/parse.js'));
  const csv = [
    'source_name,source_lon,source_lat,target_name,target_lon,target_lat,sectors,since',
    'Yekaterinburg,60.6,56.8,Almaty,76.9,43.2,culture;education,2019',
    'Yekaterinburg,60.6,56.8,Nowhere,,,economy,2020',
  ].join('\n');
  const parsed = parseDataText(csv);
  expect(parsed.format).toBe('csv');
  expect(parsed.data.links).toHaveLength(2);
  const { dataset, issues } = validateDataSet(parsed.data, {
    rowNumbers: parsed.rowNumbers,
    columnLabels: parsed.columnLabels,
  });
  expect(dataset.links).toHaveLength(1);
  expect(dataset.links[0].sectors).toEqual(['culture', 'education']);
  expect(issues).toEqual([
    expect.objectContaining({ severity: 'error', code: 'unknown-place', path: 'row 3, column "target_name"' }),
  ]);
});

it("the README's `coop-map/parse` example runs as written, and knows the bundled region codes", async () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const example = readme.match(/```js\n(import \{ bundledGazetteer[\s\S]*?)\n```/)?.[1];
  expect(example).toBeDefined();
  // A project of the reader's own, with the package installed in its node_modules.
  const project = mkdtempSync(join(tmpdir(), 'coop-map-readme-'));
  mkdirSync(join(project, 'node_modules'));
  symlinkSync(root, join(project, 'node_modules/coop-map'), 'dir');
  writeFileSync(join(project, 'example.mjs'), example!);
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['example.mjs'], { cwd: project });
    // RU-SVE and KR-41 are known; KR-99 is not, and its row is named.
    expect(stdout).toMatch(/^1 link; \[\s*'row 3, column "target": unknown place "KR-99"/);
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
});
