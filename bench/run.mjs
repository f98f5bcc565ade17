// coop-map against deck.gl's ArcLayer, side by side in one run of headless Chromium:
//   node bench/run.mjs [--quick] [--verify] [--out bench/results.json]
//     [--datasets synthetic-1000,wikidata-sister-cities-eu,wikidata-by-country,group-by-change,synthetic-200000]
// For each data set, pages of coop-map (A) and deck.gl (B) take turns, each in a fresh browser
// context, with the same data, canvas and camera (the one coop-map fits to the data set). Every
// figure is a median over the pages (and over the steps within a page); the table gives A/B.
// What each clock covers is written in bench/README.md and in the `clocks` of the results file.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { median, quantile, ratioOf, tableLines, targetLines, worstRatio, worstRatioLine } from './report.mjs';
import { launchBenchBrowser, openBenchPage, startBenchServer } from './server.mjs';

const REAL = 'wikidata-sister-cities-eu';
/** A page that waits longer than this for deck.gl is closed; its missing figures read "not within …". */
const DECKGL_BUDGET_MS = 240_000;
/**
 * What each entry of a plan measures. `dataset` is the page's data set; `groupBy` sets coop-map's
 * `group-by` (deck.gl draws the groups the library's grouping makes of the same links); `kind:
 * 'group-change'` times `group-by` changes against reloads of the grouped data (coop-map only).
 * Pages per side, timed sector toggles and year steps per page, and pan frames per page: in
 * software rendering a frame of 50,000 links takes tens of seconds for coop-map and longer for
 * deck.gl, so the large sets get few of each; the 1,000-link set gets the most.
 */
const ENTRIES = {
  'synthetic-1000': { pages: 3, sectorSteps: 4, yearSteps: 3, panFrames: 30 },
  'synthetic-10000': { pages: 1, sectorSteps: 2, yearSteps: 2, panFrames: 5 },
  [REAL]: { pages: 1, sectorSteps: 2, yearSteps: 2, panFrames: 5 },
  // Issue 12: the Wikidata file grouped by country, both sides drawing the same grouped arcs.
  'wikidata-by-country': { dataset: REAL, groupBy: 'country', pages: 1, sectorSteps: 2, yearSteps: 2, panFrames: 5 },
  'group-by-change': { dataset: REAL, kind: 'group-change', pages: 1 },
  'synthetic-50000': { pages: 1, sectorSteps: 1, yearSteps: 1, panFrames: 2 },
  // Issue 15: deck.gl gets DECKGL_BUDGET_MS for its page; what it has not done by then is left out.
  'synthetic-200000': { pages: 1, sectorSteps: 1, yearSteps: 1, panFrames: 2, deckglBudgetMs: DECKGL_BUDGET_MS },
};
const PLANS = {
  full: [
    'synthetic-1000',
    'synthetic-10000',
    REAL,
    'wikidata-by-country',
    'group-by-change',
    'synthetic-50000',
    'synthetic-200000',
  ],
  quick: ['synthetic-1000', 'synthetic-10000'],
};
/** The quick plan's entries take fewer pages and steps. */
const QUICK = {
  'synthetic-1000': { pages: 1, sectorSteps: 2, yearSteps: 2, panFrames: 10 },
  'synthetic-10000': { pages: 1, sectorSteps: 1, yearSteps: 1, panFrames: 2 },
};
/** Any other `synthetic-N` given to --datasets. */
const DEFAULT_ENTRY = { pages: 1, sectorSteps: 1, yearSteps: 1, panFrames: 2 };

function planEntry(name, quick) {
  const entry =
    (quick ? QUICK[name] : undefined) ?? ENTRIES[name] ?? (/^synthetic-\d+$/.test(name) ? DEFAULT_ENTRY : null);
  if (!entry) throw new Error(`unknown data set ${name}; known: ${Object.keys(ENTRIES).join(', ')}, synthetic-N`);
  return { name, dataset: name, ...entry };
}
const SIDES = { coopMap: 'coop-map', deckgl: 'deck.gl' };
const MB = 1024 * 1024;

/** Rows of the table: what is measured, its unit, and how to take it from one page's samples. */
const METRICS = [
  { metric: 'first frame', unit: 'ms', take: (p) => (p.load ? [p.load.firstFrame] : []) },
  { metric: 'first frame: the frame alone', unit: 'ms', take: (p) => (p.load ? [p.load.firstFrameWork] : []) },
  { metric: 'settled (coop-load / map idle)', unit: 'ms', take: (p) => (p.load ? [p.load.settled] : []) },
  { metric: 'frames drawn until settled', unit: 'frames', take: (p) => (p.load ? [p.load.framesToSettle] : []) },
  { metric: 'sector toggle', unit: 'ms', take: (p) => p.sector.map((s) => s.latency) },
  { metric: 'sector toggle: the frame alone', unit: 'ms', take: (p) => p.sector.map((s) => s.frame) },
  // coop-map only: the element's own update before the frame (legend counts, filter hand-over).
  {
    metric: 'sector toggle: element update',
    unit: 'ms',
    coopMapOnly: true,
    take: (p) => p.sector.flatMap((s) => (s.update === undefined ? [] : [s.update])),
  },
  { metric: 'year step', unit: 'ms', take: (p) => p.years.map((s) => s.latency) },
  { metric: 'year step: the frame alone', unit: 'ms', take: (p) => p.years.map((s) => s.frame) },
  { metric: 'pan frame, median', unit: 'ms', take: (p) => p.pan, reduce: (xs) => quantile(xs, 0.5) },
  { metric: 'pan frame, p95', unit: 'ms', take: (p) => p.pan, reduce: (xs) => quantile(xs, 0.95) },
  { metric: 'JS heap after load', unit: 'MB', heap: true, take: (p) => (p.heapAfter ? [p.heapAfter / MB] : []) },
  {
    metric: 'JS heap added by the data set',
    unit: 'MB',
    heap: true,
    take: (p) => (p.heapAfter ? [(p.heapAfter - p.heapBefore) / MB] : []),
  },
];

/** Rows of a `group-by` change entry: each change, the reload it is compared with, and their ratio. */
const GROUP_CHANGES = [
  { change: 'noneToCountry', reload: 'reloadCountry', what: 'group-by none → country', size: 'country' },
  { change: 'countryToRegion', reload: 'reloadRegion', what: 'group-by country → region', size: 'region' },
  {
    change: 'noneToCountryAgain',
    reload: 'reloadCountry',
    what: 'group-by none → country again (areas known)',
    size: 'country',
  },
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
  'group-by rows':
    'A: `group-by` set before `.data`; the first frame is the first one with arcs, all of them groups; a filter ' +
    'change regroups the links (filters apply before grouping), so its frame is the first with the new arcs. ' +
    "B: the same links grouped by the library's own src/filters/grouping.ts inside deck.gl's clocks (areas of the " +
    'places at the first frame, groups again at every filter change), drawn as coop-map draws them (one arc per ' +
    'group and sector, as wide); the model it groups is made before the clock. No heap rows: the sides do not ' +
    'hold the same things.',
  'group-by change':
    'coop-map only, on the Wikidata file loaded without grouping: from setting `group-by` to the GPU finishing ' +
    'the last frame drawn before the map goes quiet; against a reload: `.data` = the same groups as input ' +
    '(areas as places with lon/lat, groups as links with their sectors, years and weight), timed the same way. ' +
    'Ratio = change ÷ reload (issue 12: ≤ 1).',
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

/**
 * One page: one side, one data set, every measurement in order. With `budgetMs`, a page not done
 * by then is closed, and what it had measured so far is kept (`timedOut`).
 */
async function measurePage(browser, origin, { side, entry, camera, verify, budgetMs }) {
  const { dataset, groupBy, sectorSteps, yearSteps, panFrames } = entry;
  const { context, page } = await openBenchPage(browser, origin, { side, dataset, camera, groupBy });
  const result = { side, load: null, sector: [], years: [], pan: [], timedOut: false };
  const steps = async () => {
    result.info = await page.evaluate(() => window.bench.setup());
    result.heapBefore = await page.evaluate(() => window.bench.heap());
    result.load = await page.evaluate((v) => window.bench.load(v), verify);
    result.heapAfter = await page.evaluate(() => window.bench.heap());
    result.camera = await page.evaluate(() => window.bench.camera());
    result.drawn = await page.evaluate(() => window.bench.drawn());
    if (entry.kind === 'group-change') {
      result.groupChange = await page.evaluate(() => window.bench.groupByChange());
      return;
    }
    for (let i = 0; i < sectorSteps; i++)
      result.sector.push(await page.evaluate((step) => window.bench.toggleSector(step), i));
    for (let i = 0; i < yearSteps; i++)
      result.years.push(await page.evaluate((step) => window.bench.stepYears(step), i));
    result.pan = await page.evaluate((frames) => window.bench.pan(frames), panFrames);
  };
  let timer;
  const budget = budgetMs
    ? new Promise((resolve) => (timer = setTimeout(() => resolve('budget'), budgetMs)))
    : new Promise(() => {});
  try {
    const outcome = await Promise.race([steps().then(() => 'done'), budget]);
    result.timedOut = outcome === 'budget';
  } finally {
    clearTimeout(timer);
    await context.close();
  }
  return result;
}

function summary(page) {
  const ms = (v) => `${Math.round(v)}`;
  const parts = [];
  if (page.load) parts.push(`first frame ${ms(page.load.firstFrame)} ms, settled ${ms(page.load.settled)} ms`);
  if (page.sector.length) parts.push(`sector ${page.sector.map((s) => ms(s.latency)).join('/')} ms`);
  if (page.years.length) parts.push(`year ${page.years.map((s) => ms(s.latency)).join('/')} ms`);
  if (page.pan.length) parts.push(`pan median ${ms(median(page.pan))} ms`);
  if (page.heapAfter) parts.push(`heap ${(page.heapAfter / MB).toFixed(1)} MB`);
  if (page.drawn !== undefined) parts.push(`${page.drawn} arcs drawn`);
  if (page.timedOut) parts.push('stopped: out of its time budget');
  return parts.join(', ');
}

/** The rows of a table entry: each metric over the pages of both sides. */
function entryRows(entry, label, pagesOf) {
  const info = pagesOf.coopMap[0].info;
  const drawn = pagesOf.coopMap[0].drawn;
  const rows = [];
  for (const { metric, unit, take, heap, coopMapOnly, reduce = median } of METRICS) {
    // Grouped: deck.gl's side built the model it groups before its clock, so heaps do not compare.
    if (heap && entry.groupBy) continue;
    const samples = { coopMap: pagesOf.coopMap.flatMap(take), deckgl: pagesOf.deckgl.flatMap(take) };
    const coopMap = samples.coopMap.length ? reduce(samples.coopMap) : null;
    const deckgl = samples.deckgl.length ? reduce(samples.deckgl) : null;
    const outOfBudget = !coopMapOnly && deckgl === null && pagesOf.deckgl.some((p) => p.timedOut);
    rows.push({
      n: info.links,
      instances: entry.groupBy ? drawn : info.instances,
      dataset: label,
      metric,
      unit,
      coopMap,
      deckgl,
      ratio: ratioOf(coopMap, deckgl),
      ...(outOfBudget ? { deckglBudgetMs: entry.deckglBudgetMs } : {}),
      samples: samples.coopMap.length + samples.deckgl.length > 40 ? undefined : samples,
    });
  }
  return rows;
}

/** The rows of a `group-by` change entry (coop-map only; the ratio is change ÷ reload). */
function groupChangeRows(label, page) {
  const rows = [];
  const base = { n: page.info.links, dataset: label, deckgl: null, ratio: null };
  const reloads = new Set();
  for (const { change, reload, what, size } of GROUP_CHANGES) {
    const [a, b] = [page.groupChange[change], page.groupChange[reload]];
    if (a.instances !== b.instances)
      console.log(`  warning: ${what} drew ${a.instances} arcs, the reload of its grouped data ${b.instances}`);
    rows.push({
      ...base,
      instances: a.instances,
      metric: `${what}, to settled`,
      unit: 'ms',
      coopMap: a.settled,
      detail: a,
    });
    if (!reloads.has(reload)) {
      reloads.add(reload);
      const metric = `reload of the ${size}-grouped data, to settled`;
      rows.push({ ...base, instances: b.instances, metric, unit: 'ms', coopMap: b.settled, detail: b });
    }
    rows.push({ ...base, metric: `${what} ÷ reload`, unit: 'ratio', coopMap: a.settled / b.settled });
  }
  return rows;
}

/** A label for the table: the entry's name, or its data set with `group-by`. */
const entryLabel = (entry) =>
  entry.groupBy
    ? `${entry.dataset}, group-by=${entry.groupBy}`
    : entry.kind === 'group-change'
      ? `${entry.dataset}, group-by change`
      : entry.name;

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const plan = (args.datasets ?? PLANS[args.quick ? 'quick' : 'full']).map((name) => planEntry(name, args.quick));
  const started = Date.now();
  const { server, origin } = await startBenchServer();
  const { browser, version } = await launchBenchBrowser();
  // Other processes may share the machine: its load average goes with the figures.
  const loadAtStart = loadavg()[0];
  console.log(
    `Chromium ${version}, Node ${process.version}, ${cpus().length} CPUs, load average ${loadAtStart.toFixed(2)}; ` +
      `plan: ${plan.map((p) => `${p.name} ×${p.pages}`).join(', ')}`,
  );
  const runs = [];
  try {
    for (const entry of plan) {
      const label = entryLabel(entry);
      if (entry.kind === 'group-change') {
        const page = await measurePage(browser, origin, { side: SIDES.coopMap, entry, camera: null, verify: false });
        console.log(`${label} coop-map: ${summary(page)}`);
        runs.push(...groupChangeRows(label, page));
        continue;
      }
      const pagesOf = { coopMap: [], deckgl: [] };
      let camera = null;
      for (let round = 0; round < entry.pages; round++) {
        // coop-map first in the first round (deck.gl takes the camera it fits), then alternating.
        const order = round % 2 === 0 ? ['coopMap', 'deckgl'] : ['deckgl', 'coopMap'];
        for (const key of order) {
          const result = await measurePage(browser, origin, {
            side: SIDES[key],
            entry,
            camera: key === 'deckgl' ? camera : null,
            verify: args.verify,
            budgetMs: key === 'deckgl' ? entry.deckglBudgetMs : undefined,
          });
          if (key === 'coopMap' && !camera) camera = result.camera;
          pagesOf[key].push(result);
          console.log(`${label} round ${round + 1} ${SIDES[key]}: ${summary(result)}`);
          const pixels = result.load?.pixels;
          if (pixels && pixels.first < 0.9 * pixels.settled)
            console.log(
              `  warning: the first frame showed ${pixels.first} arc pixels, the settled one ${pixels.settled}`,
            );
        }
      }
      const [a, b] = [pagesOf.coopMap[0].drawn, pagesOf.deckgl[0].drawn];
      if (b !== undefined && a !== b) console.log(`  warning: coop-map draws ${a} arcs, deck.gl ${b}`);
      runs.push(...entryRows(entry, label, pagesOf));
      console.log(`${label}: camera ${camera.center.map((c) => c.toFixed(2)).join(', ')} z${camera.zoom.toFixed(2)}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`\n${tableLines(runs).join('\n')}`);
  console.log(
    `\nTargets (size: npm run size):\n${targetLines(runs)
      .map((l) => `  ${l}`)
      .join('\n')}`,
  );
  console.log(`\n${worstRatioLine(runs)}`);
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
    worst: worstRatio(runs),
    runs,
  };
  writeFileSync(args.out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwrote ${args.out} in ${results.durationSeconds} s`);
}

await main();
