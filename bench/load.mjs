// Measures how long the data pipeline takes on the 24,926-row Wikidata sister-city file:
// parse (CSV), validate and resolve places, each on its own and together, as the element runs
// them. The sources are bundled first (as the published build is), so the figures are those of
// the shipped code, not of a test transform.
//
//   npm run bench:load [-- --runs 9] [-- --file ../shared/data/other.tsv]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
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
        entry: {
          pipeline: join(root, 'src/load/pipeline.ts'),
          parse: join(root, 'src/data/parse.ts'),
          validate: join(root, 'src/data/validate.ts'),
          geodata: join(root, 'src/load/geodata.ts'),
        },
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

  // Wall time is what a user waits; CPU time (this process, all threads) says how much of it
  // was our work when other processes share the machine.
  const timings = { parse: [], validate: [], pipeline: [], pipelineOneTask: [] };
  const time = async (name, work) => {
    const wall = performance.now();
    const cpu = process.cpuUsage();
    const value = await work();
    const used = process.cpuUsage(cpu);
    timings[name].push({ wall: performance.now() - wall, cpu: (used.user + used.system) / 1000 });
    return value;
  };
  let summary = null;
  for (let run = 0; run < RUNS; run++) {
    const parsed = await time('parse', () => parseDataText(text, { columns: WIKIDATA_COLUMNS }));
    const validated = await time('validate', () =>
      validateDataSet(parsed.data, { gazetteer, rowNumbers: parsed.rowNumbers, columnLabels: parsed.columnLabels }),
    );
    const result = await time('pipeline', () =>
      runPipeline({ text, columns: WIKIDATA_COLUMNS, geodataBase, loadText }),
    );
    await time('pipelineOneTask', () =>
      runPipeline({ text, columns: WIKIDATA_COLUMNS, geodataBase, loadText, sliceMs: Infinity }),
    );

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
  const ms = (x) => `${x.toFixed(0)} ms`.padStart(7);
  const line = (label, runs) => {
    const wall = runs.map((r) => r.wall);
    const cpu = runs.map((r) => r.cpu);
    console.log(
      `${label.padEnd(42)} wall median ${ms(median(wall))} ` +
        `(min ${ms(Math.min(...wall))}, max ${ms(Math.max(...wall))})   CPU median ${ms(median(cpu))}`,
    );
  };
  console.log(
    `${args.file}: ${(text.length / 1e6).toFixed(2)} M characters, ${RUNS} runs, Node ${process.version}, ` +
      `load average ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}`,
  );
  console.log(
    `rows ${summary.rows} → links ${summary.links}, places ${summary.places}, ` +
      `errors ${summary.errors}, warnings ${summary.warnings}`,
  );
  console.log(`bundled geodata (countries, aliases), first load: ${geodataMs.toFixed(0)} ms`);
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
