// coop-map against deck.gl's ArcLayer, side by side in one run of headless Chromium:
//   node bench/run.mjs [--quick] [--verify]
//     [--datasets synthetic-1000,wikidata-sister-cities-eu] [--out bench/results.json]
// For each data set, pages of coop-map (A) and deck.gl (B) take turns, each in a fresh browser
// context, with the same data, canvas and camera (the one coop-map fits to the data set). Every
// figure is a median over the pages (and over the steps within a page); the table gives A/B.
// What each clock covers is written in bench/README.md and in the `clocks` of the results file.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { launchBenchBrowser, openBenchPage, startBenchServer } from './server.mjs';

const REAL = 'wikidata-sister-cities-eu';
/**
 * Pages per side, timed sector toggles and year steps per page, and pan frames per page, by data
 * set. In software rendering a frame of 50,000 links takes tens of seconds for coop-map and
 * longer for deck.gl, so the large sets get few of each; the 1,000-link set gets the most.
 */
const PLANS = {
  full: [
    { dataset: 'synthetic-1000', pages: 3, sectorSteps: 4, yearSteps: 3, panFrames: 30 },
    { dataset: 'synthetic-10000', pages: 1, sectorSteps: 2, yearSteps: 2, panFrames: 5 },
    { dataset: REAL, pages: 1, sectorSteps: 2, yearSteps: 2, panFrames: 5 },
    { dataset: 'synthetic-50000', pages: 1, sectorSteps: 1, yearSteps: 1, panFrames: 2 },
  ],
  quick: [
    { dataset: 'synthetic-1000', pages: 1, sectorSteps: 2, yearSteps: 2, panFrames: 10 },
    { dataset: 'synthetic-10000', pages: 1, sectorSteps: 1, yearSteps: 1, panFrames: 2 },
  ],
};
const SIDES = { coopMap: 'coop-map', deckgl: 'deck.gl' };
const MB = 1024 * 1024;

/** Rows of the table: what is measured, its unit, and how to take it from one page's samples. */
const METRICS = [
  { metric: 'first frame', unit: 'ms', take: (p) => [p.load.firstFrame] },
  { metric: 'first frame: the frame alone', unit: 'ms', take: (p) => [p.load.firstFrameWork] },
  { metric: 'settled (coop-load / map idle)', unit: 'ms', take: (p) => [p.load.settled] },
  { metric: 'frames drawn until settled', unit: 'frames', take: (p) => [p.load.framesToSettle] },
  { metric: 'sector toggle', unit: 'ms', take: (p) => p.sector.map((s) => s.latency) },
  { metric: 'sector toggle: the frame alone', unit: 'ms', take: (p) => p.sector.map((s) => s.frame) },
  // coop-map only: the element's own update before the frame (legend counts, filter hand-over).
  {
    metric: 'sector toggle: element update',
    unit: 'ms',
    take: (p) => p.sector.flatMap((s) => (s.update === undefined ? [] : [s.update])),
  },
  { metric: 'year step', unit: 'ms', take: (p) => p.years.map((s) => s.latency) },
  { metric: 'year step: the frame alone', unit: 'ms', take: (p) => p.years.map((s) => s.frame) },
  { metric: 'pan frame, median', unit: 'ms', take: (p) => p.pan, reduce: (xs) => quantile(xs, 0.5) },
  { metric: 'pan frame, p95', unit: 'ms', take: (p) => p.pan, reduce: (xs) => quantile(xs, 0.95) },
  { metric: 'JS heap after load', unit: 'MB', take: (p) => [p.heapAfter / MB] },
  { metric: 'JS heap added by the data set', unit: 'MB', take: (p) => [(p.heapAfter - p.heapBefore) / MB] },
];

const CLOCKS = {
  'first frame':
    'A: from setting `.data` to the GPU finishing the first frame whose arc layer holds all the instances ' +
    'of the data set (parse, validate, place lookup, instance buffers, upload, draw). ' +
    'B: from starting the conversion of the same input object into one object per link and sector, ' +
    'through `overlay.setProps({ layers })`, to the GPU finishing the first frame in which deck.gl draws ' +
    'that layer (attribute generation, upload, draw).',
  'the frame alone': "From the start of MapLibre's render of that frame (Map#_render) to the GPU finishing it.",
  'element update':
    "coop-map only: from setting the attribute to the element's updateComplete " +
    '(Lit render of the legend with its counts, filter handed to the map); part of the latency.',
  settled:
    "A: to the element's `coop-load` event (it waits for the map's `idle`, so labels and places are in). " +
    "B: to the map's next `idle`.",
  'sector toggle / year step':
    'A: from setting the `sectors` or `years` attribute to the GPU finishing the first frame drawn ' +
    "with the new filter uniforms (includes the element's update: legend counts, filter hand-over). " +
    'B: from building the new ArcLayer with new `filterCategories` or `filterRange` and `overlay.setProps` ' +
    "to the GPU finishing the first frame drawn with it (includes deck.gl's layer diff in its own animation frame " +
    'and the map repaint it requests).',
  'pan frame':
    'Both: `map.panBy([6, 0], { animate: false })`, `map.redraw()` ' +
    '(a synchronous MapLibre frame, deck.gl drawing inside it), ' +
    'then gl.finish() and a 1-pixel readPixels; one per animation frame.',
  heap:
    'performance.memory.usedJSHeapSize after three forced major GCs, once the side has settled; ' +
    '"added" subtracts the same reading taken after the data set was built but before it was assigned.',
};

function parseArgs(argv) {
  const args = { quick: false, verify: false, datasets: null, out: 'bench/results.json' };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--quick') args.quick = true;
    else if (argv[i] === '--verify') args.verify = true;
    else if (argv[i] === '--datasets') args.datasets = argv[++i].split(',');
    else if (argv[i] === '--out') args.out = argv[++i];
    else throw new Error(`unknown option ${argv[i]}`);
  }
  return args;
}

function quantile(values, q) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

const median = (values) => quantile(values, 0.5);
const fmt = (value, unit) =>
  value === null
    ? '–'
    : unit === 'ms' && value >= 1000
      ? `${(value / 1000).toFixed(2)} s`
      : `${value.toFixed(unit === 'frames' ? 0 : 1)}${unit === 'MB' ? ' MB' : unit === 'ms' ? ' ms' : ''}`;

/** One page: one side, one data set, every measurement in order. */
async function measurePage(browser, origin, { side, dataset, camera, sectorSteps, yearSteps, panFrames, verify }) {
  const { context, page } = await openBenchPage(browser, origin, { side, dataset, camera });
  try {
    const info = await page.evaluate(() => window.bench.setup());
    const heapBefore = await page.evaluate(() => window.bench.heap());
    const load = await page.evaluate((v) => window.bench.load(v), verify);
    const heapAfter = await page.evaluate(() => window.bench.heap());
    const fitted = await page.evaluate(() => window.bench.camera());
    const sector = [];
    for (let i = 0; i < sectorSteps; i++)
      sector.push(await page.evaluate((step) => window.bench.toggleSector(step), i));
    const years = [];
    for (let i = 0; i < yearSteps; i++) years.push(await page.evaluate((step) => window.bench.stepYears(step), i));
    const pan = await page.evaluate((frames) => window.bench.pan(frames), panFrames);
    return { info, heapBefore, heapAfter, load, camera: fitted, sector, years, pan };
  } finally {
    await context.close();
  }
}

function summary(page) {
  const ms = (v) => `${Math.round(v)}`;
  return (
    `first frame ${ms(page.load.firstFrame)} ms, settled ${ms(page.load.settled)} ms, ` +
    `sector ${page.sector.map((s) => ms(s.latency)).join('/')} ms, ` +
    `year ${page.years.map((s) => ms(s.latency)).join('/')} ms, ` +
    `pan median ${ms(median(page.pan))} ms, heap ${(page.heapAfter / MB).toFixed(1)} MB`
  );
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  let plan = PLANS[args.quick ? 'quick' : 'full'];
  if (args.datasets)
    plan = args.datasets.map(
      (dataset) =>
        plan.find((p) => p.dataset === dataset) ?? { ...PLANS.full.find((p) => p.dataset === dataset), dataset },
    );
  const started = Date.now();
  const { server, origin } = await startBenchServer();
  const { browser, version } = await launchBenchBrowser();
  // Other processes may share the machine: its load average goes with the figures.
  const loadAtStart = loadavg()[0];
  console.log(
    `Chromium ${version}, Node ${process.version}, ${cpus().length} CPUs, load average ${loadAtStart.toFixed(2)}; ` +
      `plan: ${plan.map((p) => `${p.dataset} ×${p.pages}`).join(', ')}`,
  );
  const runs = [];
  try {
    for (const { dataset, pages, sectorSteps, yearSteps, panFrames } of plan) {
      const pagesOf = { coopMap: [], deckgl: [] };
      let camera = null;
      let info = null;
      for (let round = 0; round < pages; round++) {
        // coop-map first in the first round (deck.gl takes the camera it fits), then alternating.
        const order = round % 2 === 0 ? ['coopMap', 'deckgl'] : ['deckgl', 'coopMap'];
        for (const key of order) {
          const result = await measurePage(browser, origin, {
            side: SIDES[key],
            dataset,
            camera: key === 'deckgl' ? camera : null,
            sectorSteps,
            yearSteps,
            panFrames,
            verify: args.verify,
          });
          if (key === 'coopMap' && !camera) camera = result.camera;
          info ??= result.info;
          pagesOf[key].push(result);
          console.log(`${dataset} round ${round + 1} ${SIDES[key]}: ${summary(result)}`);
          if (result.load.pixels && result.load.pixels.first < 0.9 * result.load.pixels.settled) {
            console.log(
              `  warning: the first frame showed ${result.load.pixels.first} arc pixels, ` +
                `the settled one ${result.load.pixels.settled}`,
            );
          }
        }
      }
      for (const { metric, unit, take, reduce = median } of METRICS) {
        const samples = { coopMap: pagesOf.coopMap.flatMap(take), deckgl: pagesOf.deckgl.flatMap(take) };
        const coopMap = reduce(samples.coopMap);
        const deckgl = reduce(samples.deckgl);
        runs.push({
          n: info.links,
          instances: info.instances,
          dataset,
          metric,
          unit,
          coopMap,
          deckgl,
          ratio: coopMap !== null && deckgl ? coopMap / deckgl : null,
          samples: samples.coopMap.length + samples.deckgl.length > 40 ? undefined : samples,
        });
      }
      console.log(`${dataset}: camera ${camera.center.map((c) => c.toFixed(2)).join(', ')} z${camera.zoom.toFixed(2)}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  printTable(runs);
  printTargets(runs);
  const results = {
    date: new Date().toISOString(),
    chromium: version,
    node: process.version,
    platform: `${process.platform} ${process.arch}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}`,
    webgl:
      'SwiftShader (software), flags of scripts/chromium.mjs plus --js-flags=--expose-gc --enable-precise-memory-info',
    canvas: '1000 × 700 CSS px, devicePixelRatio 1',
    plan,
    loadAverage: { start: loadAtStart, end: loadavg()[0] },
    durationSeconds: Math.round((Date.now() - started) / 1000),
    clocks: CLOCKS,
    runs,
  };
  writeFileSync(args.out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwrote ${args.out} in ${results.durationSeconds} s`);
}

function printTable(runs) {
  const header = ['data set', 'links', 'metric', 'coop-map', 'deck.gl', 'A/B'];
  const rows = runs.map((r) => [
    r.dataset,
    String(r.n),
    r.metric,
    fmt(r.coopMap, r.unit),
    fmt(r.deckgl, r.unit),
    r.ratio === null ? '–' : r.ratio.toFixed(2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    `| ${cells.map((c, i) => (i >= 3 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
  console.log(
    `\n${line(header)}\n|${widths.map((w, i) => (i >= 3 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`,
  );
  for (const row of rows) console.log(line(row));
}

/** Issue 5's targets, each from this run's figures. */
function printTargets(runs) {
  const find = (dataset, metric) => runs.find((r) => r.dataset === dataset && r.metric === metric);
  const lines = [];
  for (const metric of ['sector toggle', 'year step']) {
    const small = find('synthetic-1000', metric);
    const large = find('synthetic-50000', metric);
    if (small && large) {
      const flat = large.coopMap / small.coopMap;
      lines.push(
        `${metric}: coop-map 50k/1k = ${flat.toFixed(2)} (target ≤ 2: ${flat <= 2 ? 'met' : 'missed'}); ` +
          `deck.gl 50k/1k = ${(large.deckgl / small.deckgl).toFixed(2)}`,
      );
    }
    for (const r of runs.filter((x) => x.metric === metric))
      lines.push(
        `${metric}, ${r.dataset}: A/B ${r.ratio.toFixed(2)} ` +
          `(no slower than deck.gl: ${r.ratio <= 1 ? 'met' : 'missed'})`,
      );
  }
  for (const r of runs.filter((x) => x.metric === 'first frame' && x.n >= 10_000))
    lines.push(`first frame, ${r.dataset}: A/B ${r.ratio.toFixed(2)} (${r.ratio <= 1 ? 'met' : 'missed'})`);
  for (const r of runs.filter((x) => x.metric.startsWith('pan frame')))
    lines.push(`${r.metric}, ${r.dataset}: A/B ${r.ratio.toFixed(2)} (${r.ratio <= 1 ? 'met' : 'missed'})`);
  console.log(`\nTargets of issue 5 (size: npm run size):\n${lines.map((l) => `  ${l}`).join('\n')}`);
}

await main();
