// Where the time goes, for one side and one data set of the benchmark:
//   node bench/profile.mjs [--side coop-map|deck.gl] [--dataset synthetic-10000] [--camera lon,lat,zoom]
//                          [--phases load,sector,years,pan,draws,heap,experiments] [--rounds 5] [--save dir]
//   node bench/profile.mjs --dataset synthetic-1000000 --phases quietload
// - quietload (coop-map only): the load as a page does it (`.data` → `coop-load`, no frame clock
//   reading the GPU back), under the CPU profiler: the longest main-thread tasks, and for the
//   longest stretch of main-thread work the functions that ran in it (self and total time, and
//   the heaviest call path) as file:line of the sources. Instead of the other phases. With
//   --warm-label, one label is drawn on the element's label canvas before the data is assigned.
// - load, sector, years, pan: the phase as bench/run.mjs times it, under the DevTools CPU profiler
//   (main thread JavaScript; what the GPU does for a frame shows as time inside gl.finish/readPixels);
//   prints the functions with the most self time and a split by origin (src/, MapLibre, deck.gl, …).
// - heap: V8's sampling heap profiler over the load; prints what the data set left alive, by allocating function.
// - draws: instanced draw calls and vertices of one frame.
// - experiments (coop-map only): one frame's cost with parts of the arc layer changed (bench/experiments.ts).
// --save writes the .cpuprofile files (open them in Chrome DevTools' Performance panel).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { busyStretches, sourceLocator, stretchFunctions } from './long-task.mjs';
import { launchBenchBrowser, openBenchPage, startBenchServer } from './server.mjs';

const TOP_FUNCTIONS = 20;
const SAMPLING_INTERVAL_US = 500;
/** Longest stretches of main-thread work the quiet load reports. */
const STRETCHES = 3;

function parseArgs(argv) {
  const args = {
    side: 'coop-map',
    dataset: 'synthetic-10000',
    camera: null,
    phases: ['load', 'sector', 'years', 'pan', 'draws'],
    rounds: 5,
    save: null,
    warmLabel: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const value = () => argv[++i];
    if (argv[i] === '--side') args.side = value();
    else if (argv[i] === '--dataset') args.dataset = value();
    else if (argv[i] === '--camera') {
      const [lon, lat, zoom] = value().split(',').map(Number);
      args.camera = { center: [lon, lat], zoom };
    } else if (argv[i] === '--phases') args.phases = value().split(',');
    else if (argv[i] === '--save') args.save = value();
    else if (argv[i] === '--rounds') args.rounds = Number(value());
    else if (argv[i] === '--warm-label') args.warmLabel = true;
    else throw new Error(`unknown option ${argv[i]}`);
  }
  return args;
}

/** Where a function comes from, by its script URL. */
function origin(url) {
  if (!url) return '(native, GC, idle)';
  if (url.includes('/src/')) return `src/${url.split('/src/')[1].split('?')[0]}`;
  if (url.includes('maplibre-gl')) return 'maplibre-gl';
  // Vite's pre-bundled dependencies: Lit for coop-map; deck.gl, luma.gl and math.gl for deck.gl.
  if (url.includes('/.vite/deps/'))
    return url.includes('/.vite/deps/lit') ? 'lit' : `pre-bundled ${url.split('/.vite/deps/')[1].split('?')[0]}`;
  if (url.includes('deck') || url.includes('luma') || url.includes('math.gl') || url.includes('loaders.gl'))
    return 'deck.gl / luma.gl';
  if (url.includes('lit')) return 'lit';
  if (url.includes('/bench/')) return 'bench';
  return url.replace(/^https?:\/\/[^/]+\//, '').split('?')[0];
}

/** Self time by function and by origin, from a CPU profile. */
function summarize(profile) {
  const dt = new Map();
  for (let i = 0; i < profile.samples.length; i++)
    dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
  const byFunction = new Map();
  const byOrigin = new Map();
  let total = 0;
  for (const node of profile.nodes) {
    const self = (dt.get(node.id) ?? 0) / 1000;
    if (!self) continue;
    total += self;
    const { functionName, url, lineNumber } = node.callFrame;
    const name = `${functionName || '(anonymous)'} ${url ? `${origin(url)}:${lineNumber + 1}` : ''}`.trim();
    byFunction.set(name, (byFunction.get(name) ?? 0) + self);
    const where = ['(idle)', '(program)', '(garbage collector)'].includes(functionName) ? functionName : origin(url);
    byOrigin.set(where, (byOrigin.get(where) ?? 0) + self);
  }
  const top = (map, n) => [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
  return { total, functions: top(byFunction, TOP_FUNCTIONS), origins: top(byOrigin, 15) };
}

function printSummary(title, wallMs, { total, functions, origins }) {
  console.log(`\n== ${title}: ${Math.round(wallMs)} ms wall, ${Math.round(total)} ms sampled on the main thread`);
  console.log('  by origin (self time):');
  for (const [where, ms] of origins) console.log(`    ${String(Math.round(ms)).padStart(8)} ms  ${where}`);
  console.log('  functions with the most self time:');
  for (const [name, ms] of functions) console.log(`    ${String(Math.round(ms)).padStart(8)} ms  ${name}`);
}

async function profiled(cdp, title, save, run) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  await cdp.send('Profiler.start');
  const started = Date.now();
  const result = await run();
  const wall = Date.now() - started;
  const { profile } = await cdp.send('Profiler.stop');
  printSummary(title, wall, summarize(profile));
  if (save) writeFileSync(join(save, `${title.replace(/\W+/g, '-')}.cpuprofile`), JSON.stringify(profile));
  return result;
}

/** Live allocations of a sampling heap profile, by allocating function. */
function summarizeHeap(profile) {
  const bySite = new Map();
  let total = 0;
  const walk = (node, stack) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const here = `${functionName || '(anonymous)'} ${url ? `${origin(url)}:${lineNumber + 1}` : ''}`.trim();
    const self = node.selfSize ?? 0;
    if (self) {
      total += self;
      // Attribute to the nearest frame from our own code or a library, skipping native frames.
      const site = url ? here : (stack.findLast((s) => s.url)?.name ?? here);
      bySite.set(site, (bySite.get(site) ?? 0) + self);
    }
    for (const child of node.children ?? []) walk(child, [...stack, { url, name: here }]);
  };
  walk(profile.head, []);
  return { total, sites: [...bySite.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP_FUNCTIONS) };
}

async function quietLoad(cdp, page, save, warmLabel) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  await cdp.send('Profiler.start');
  const started = Date.now();
  const result = await page.evaluate((warm) => window.bench.quietLoad(warm), warmLabel);
  const wall = Date.now() - started;
  const { profile } = await cdp.send('Profiler.stop');
  if (save) writeFileSync(join(save, 'quiet-load.cpuprofile'), JSON.stringify(profile));
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`\n== quiet load: coop-load after ${s(result.settled)} (${s(wall)} wall with the profiler)`);
  console.log('  longest tasks (PerformanceObserver longtask, from the assignment):');
  for (const t of result.longTasks) console.log(`    ${s(t.duration).padStart(9)}  at ${s(t.start)}`);
  const where = sourceLocator(async (url) => (await fetch(url)).text());
  const print = async (title, rows) => {
    console.log(title);
    for (const { frame, ms, hotLine } of rows)
      console.log(`    ${String(Math.round(ms)).padStart(8)} ms  ${await where(frame, hotLine)}`);
  };
  for (const [rank, stretch] of busyStretches(profile, STRETCHES).entries()) {
    const { self, total, path } = stretchFunctions(profile, stretch);
    console.log(
      `\n  stretch ${rank + 1} of main-thread work in the profile: ${s(stretch.duration)}, ` +
        `${s(stretch.start)} after the profile's start`,
    );
    await print('  functions with the most self time in it:', self);
    await print('  functions with the most total time in it:', total);
    if (rank === 0) await print('  heaviest call path (root first):', path);
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.save) mkdirSync(args.save, { recursive: true });
  const { server, origin: url } = await startBenchServer();
  const { browser, version } = await launchBenchBrowser();
  console.log(`Chromium ${version}; ${args.side}, ${args.dataset}`);
  try {
    const { context, page } = await openBenchPage(browser, url, {
      side: args.side,
      dataset: args.dataset,
      camera: args.camera,
    });
    const cdp = await context.newCDPSession(page);
    const info = await page.evaluate(() => window.bench.setup());
    console.log(`links ${info.links}, places ${info.places}, instances ${info.instances}`);
    if (args.phases.includes('quietload')) {
      await quietLoad(cdp, page, args.save, args.warmLabel);
      await context.close();
      return;
    }
    const heapPhase = args.phases.includes('heap');
    if (heapPhase) await cdp.send('HeapProfiler.startSampling', { samplingInterval: 4096 });
    const load = args.phases.includes('load')
      ? await profiled(cdp, 'load', args.save, () => page.evaluate(() => window.bench.load(false)))
      : await page.evaluate(() => window.bench.load(false));
    console.log('load:', JSON.stringify(load));
    if (heapPhase) {
      await page.evaluate(() => window.bench.heap());
      const { profile } = await cdp.send('HeapProfiler.getSamplingProfile');
      await cdp.send('HeapProfiler.stopSampling');
      const { total, sites } = summarizeHeap(profile);
      console.log(
        `\n== heap: ${(total / 2 ** 20).toFixed(1)} MB allocated during the load ` +
          'and still alive after GC, by allocating function',
      );
      for (const [site, bytes] of sites) console.log(`    ${(bytes / 2 ** 20).toFixed(2).padStart(8)} MB  ${site}`);
    }
    console.log('camera:', JSON.stringify(await page.evaluate(() => window.bench.camera())));
    if (args.phases.includes('sector'))
      console.log(
        'sector:',
        JSON.stringify(
          await profiled(cdp, 'sector toggle', args.save, () => page.evaluate(() => window.bench.toggleSector(0))),
        ),
      );
    if (args.phases.includes('years')) {
      await page.evaluate(() => window.bench.stepYears(0));
      console.log(
        'year step:',
        JSON.stringify(
          await profiled(cdp, 'year step', args.save, () => page.evaluate(() => window.bench.stepYears(1))),
        ),
      );
    }
    if (args.phases.includes('pan'))
      console.log(
        'pan:',
        JSON.stringify(
          await profiled(cdp, 'pan (3 frames)', args.save, () => page.evaluate(() => window.bench.pan(3))),
        ),
      );
    if (args.phases.includes('draws'))
      console.log('\ndraws per frame:', JSON.stringify(await page.evaluate(() => window.bench.draws())));
    if (args.phases.includes('experiments')) {
      const result = await page.evaluate((rounds) => window.bench.experiments(rounds), args.rounds);
      console.log(
        `\n== experiments: ${result.instances} instances; world copies drawn ${result.worldCopies.join(', ')}; ` +
          `reachable by the arcs ${result.reachableCopies.join(', ')}; ` +
          `median of ${result.rounds} frames, variants taking turns`,
      );
      for (const v of result.variants)
        console.log(
          `    ${String(Math.round(v.frameMs)).padStart(8)} ms  ${v.name}` +
            (v.draws ? `  (${v.draws.calls} draws, ${(v.draws.vertices / 1e6).toFixed(2)} M vertices)` : ''),
        );
    }
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
