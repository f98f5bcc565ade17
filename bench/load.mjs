// Measures how long the data pipeline takes on the 24,926-row Wikidata sister-city file:
// parse (CSV), validate and resolve places, each on its own and together, as the element runs
// them. The sources are bundled first (as the published build is), so the figures are those of
// the shipped code, not of a test transform.
//
//   npm run bench:load [-- --runs 9] [-- --file ../shared/data/other.tsv]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    file: { type: 'string', default: resolve(root, '../shared/data/wikidata-sister-cities-eu.tsv') },
  },
});
const RUNS = Math.max(1, Number(args.runs));
/** The mapping that reads the Wikidata export as it is (see README, "Column mapping"); the tests use it too. */
const WIKIDATA_COLUMNS = JSON.parse(readFileSync(join(root, 'tests/unit/wikidata-columns.json'), 'utf8'));

const out = mkdtempSync(join(tmpdir(), 'coop-map-bench-'));
try {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: out,
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      lib: {
        entry: { pipeline: join(root, 'src/load/pipeline.ts'), parse: join(root, 'src/data/parse.ts'), validate: join(root, 'src/data/validate.ts'), geodata: join(root, 'src/load/geodata.ts') },
        formats: ['es'],
      },
      rollupOptions: { output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' } },
    },
  });
  const load = (name) => import(pathToFileURL(join(out, `${name}.js`)).href);
  const [{ runPipeline }, { parseDataText }, { validateDataSet }, { bundledGazetteer }] = await Promise.all(
    ['pipeline', 'parse', 'validate', 'geodata'].map(load),
  );

  const text = readFileSync(args.file, 'utf8');
  const geodataBase = pathToFileURL(join(root, 'geodata/')).href;
  const loadText = (url) => readFile(fileURLToPath(url), 'utf8');

  let started = performance.now();
  const { gazetteer } = await bundledGazetteer(geodataBase, false, undefined, loadText);
  const geodataMs = performance.now() - started;

  const timings = { parse: [], validate: [], pipeline: [], pipelineOneTask: [] };
  let summary = null;
  for (let run = 0; run < RUNS; run++) {
    started = performance.now();
    const parsed = parseDataText(text, { columns: WIKIDATA_COLUMNS });
    timings.parse.push(performance.now() - started);
    started = performance.now();
    const validated = validateDataSet(parsed.data, { gazetteer, rowNumbers: parsed.rowNumbers, columnLabels: parsed.columnLabels });
    timings.validate.push(performance.now() - started);

    started = performance.now();
    const result = await runPipeline({ text, columns: WIKIDATA_COLUMNS, geodataBase, loadText });
    timings.pipeline.push(performance.now() - started);
    started = performance.now();
    await runPipeline({ text, columns: WIKIDATA_COLUMNS, geodataBase, loadText, sliceMs: Infinity });
    timings.pipelineOneTask.push(performance.now() - started);

    summary ??= {
      rows: result.entries,
      links: result.dataset.links.length,
      places: result.dataset.places.length,
      errors: result.issues.filter((i) => i.severity === 'error').length,
      warnings: result.issues.filter((i) => i.severity === 'warning').length,
      sameAsSync: validated.dataset.links.length === result.dataset.links.length,
    };
  }

  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const ms = (x) => `${x.toFixed(1)} ms`;
  const line = (label, xs) => console.log(`${label.padEnd(44)} median ${ms(median(xs)).padStart(9)}   min ${ms(Math.min(...xs)).padStart(9)}   max ${ms(Math.max(...xs)).padStart(9)}`);
  console.log(`${args.file}: ${(text.length / 1e6).toFixed(2)} M characters, ${RUNS} runs, Node ${process.version}`);
  console.log(`rows ${summary.rows} → links ${summary.links}, places ${summary.places}, errors ${summary.errors}, warnings ${summary.warnings}`);
  console.log(`bundled geodata (countries, aliases), first load: ${ms(geodataMs)}`);
  line('parse (CSV → rows)', timings.parse);
  line('validate + resolve places', timings.validate);
  line('runPipeline, sliced (yields every 8 ms)', timings.pipeline);
  line('runPipeline, one task (sliceMs: Infinity)', timings.pipelineOneTask);
  if (!summary.sameAsSync) {
    console.error('the sliced pipeline and the one-shot validator disagree on the number of links');
    process.exitCode = 1;
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
