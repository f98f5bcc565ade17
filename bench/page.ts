// The benchmark page: one side (`?side=coop-map` or `?side=deck.gl`), one data set
// (`&dataset=synthetic-10000`), optionally grouped (`&group-by=country`: coop-map's attribute,
// deck.gl given the same groups), and for deck.gl the camera coop-map fitted to that data set
// (`&camera=lon,lat,zoom`). bench/run.mjs drives it through `window.bench`.
import type { CooperationDataInput } from '../src/data/types.ts';
import { GROUP_BY_VALUES, type GroupBy } from '../src/data/link-group.ts';
import { BUILTIN_SECTOR_IDS, loadDataset, type DatasetName } from './datasets.ts';
import { animationFrame, mapSettled } from './frame-clock.ts';
import type { Camera, FilterChoice, Side } from './side.ts';

/** Pixels the camera moves per frame of the scripted pan. */
const PAN_STEP_PX = 6;
/** The timeline's window before the first step, and its width. */
const FIRST_YEARS: readonly [number, number] = [2000, 2010];
/** Major collections before reading the heap, so that garbage of the set-up does not count. */
const GC_PASSES = 3;

export interface LoadResult {
  /** Assigned → the first frame drawing every arc finished on the GPU. */
  firstFrame: number;
  /** Of which: the frame itself, from the start of MapLibre's render to GPU completion. */
  firstFrameWork: number;
  /** Assigned → the side's own "done" (coop-map: `coop-load`; deck.gl: the map's `idle`). */
  settled: number;
  /** Frames MapLibre rendered from the assignment until settled. */
  framesToSettle: number;
  /** Saturated pixels of the first frame and of a frame drawn once settled (only with `verify`). */
  pixels?: { first: number; settled: number };
}

export interface FilterResult {
  /** Changed → the frame that shows it finished on the GPU. */
  latency: number;
  /** Of which: the frame itself, from the start of MapLibre's render to GPU completion. */
  frame: number;
  /** coop-map only: changed → the element's update done. */
  update?: number;
}

export interface BenchPage {
  setup(): Promise<{ links: number; places: number; instances: number }>;
  /** Arc instances the side draws now (with `group-by`: one per group and sector). */
  drawn(): Promise<number>;
  /** coop-map only, once loaded without `group-by`: bench/group-change.ts. */
  groupByChange(): Promise<import('./group-change.ts').GroupChangeResult>;
  heap(): Promise<number>;
  load(verify: boolean): Promise<LoadResult>;
  toggleSector(step: number): Promise<FilterResult>;
  stepYears(step: number): Promise<FilterResult>;
  pan(frames: number): Promise<number[]>;
  camera(): Camera;
  /**
   * For bench/profile.mjs: `.data` assigned as a page does it, nothing read back from the GPU
   * (no frame clock), until `coop-load`; with the longest main-thread tasks seen meanwhile.
   */
  quietLoad(warmLabel: boolean): Promise<{ settled: number; longTasks: { start: number; duration: number }[] }>;
  /** For bench/profile.mjs: instanced draws of one frame. */
  draws(): Promise<import('./experiments.ts').DrawStats>;
  /** For bench/profile.mjs: coop-map's frame under variants of its arc layer. */
  experiments(rounds: number): Promise<unknown>;
}

declare global {
  interface Window {
    bench: BenchPage;
    gc?: () => void;
  }
  interface Performance {
    memory?: { usedJSHeapSize: number };
  }
}

const query = new URLSearchParams(location.search);
const sideName = query.get('side');
const datasetName = query.get('dataset') as DatasetName;
const groupParam = query.get('group-by');
const groupBy = (GROUP_BY_VALUES as readonly string[]).includes(groupParam ?? '') ? (groupParam as GroupBy) : null;
const cameraParam = query.get('camera')?.split(',').map(Number);
const camera: Camera | null =
  cameraParam?.length === 3 ? { center: [cameraParam[0]!, cameraParam[1]!], zoom: cameraParam[2]! } : null;

let side: Side | null = null;
let data: CooperationDataInput | null = null;
let choice: FilterChoice = { sectors: null, years: null };

function current(): { side: Side; data: CooperationDataInput } {
  if (!side || !data) throw new Error('bench.setup() first');
  return { side, data };
}

/**
 * Waits until the map has no frame to draw and the GPU has finished every frame drawn so far, so
 * that no measurement waits behind the work of an earlier one.
 */
async function settle(s: Side): Promise<void> {
  await mapSettled(s.map);
  s.clock.finish();
}

async function applyFilter(next: FilterChoice): Promise<FilterResult> {
  const { side: s } = current();
  choice = next;
  const timing = await s.filter(next);
  const result: FilterResult = { latency: timing.done - timing.t0, frame: timing.done - timing.start };
  if (timing.updated !== undefined) result.update = timing.updated - timing.t0;
  await settle(s);
  return result;
}

window.bench = {
  async setup() {
    const root = document.getElementById('bench')!;
    // Each side loads only its own code, so that the heap holds only what it needs.
    if (sideName === 'coop-map') side = await (await import('./side-coop-map.ts')).mountCoopMap(root, groupBy);
    else if (sideName === 'deck.gl') side = await (await import('./side-deckgl.ts')).mountDeckgl(root, camera, groupBy);
    else throw new Error(`unknown side ${sideName}`);
    data = await loadDataset(datasetName);
    await side.prepare(data);
    await settle(side);
    return { links: data.links.length, places: data.places?.length ?? 0, instances: side.instanceCount(data) };
  },

  async heap() {
    const { side: s } = current();
    await settle(s);
    if (!window.gc || !performance.memory)
      throw new Error('start Chromium with --js-flags=--expose-gc --enable-precise-memory-info');
    for (let i = 0; i < GC_PASSES; i++) window.gc();
    return performance.memory.usedJSHeapSize;
  },

  async load(verify) {
    const { side: s, data: d } = current();
    let first = 0;
    const inspect = verify ? () => (first = s.clock.saturatedPixels()) : undefined;
    const rendered: number[] = [];
    const onRender = () => rendered.push(performance.now());
    s.map.on('render', onRender);
    const timing = await s.assign(d, inspect);
    s.map.off('render', onRender);
    const result: LoadResult = {
      firstFrame: timing.firstFrame.done - timing.t0,
      firstFrameWork: timing.firstFrame.done - timing.firstFrame.start,
      settled: timing.settled - timing.t0,
      framesToSettle: rendered.filter((t) => t <= timing.settled).length,
    };
    await settle(s);
    if (verify) {
      s.map.redraw();
      result.pixels = { first, settled: s.clock.saturatedPixels() };
    }
    return result;
  },

  async drawn() {
    const { side: s } = current();
    await settle(s);
    return s.drawnInstances();
  },

  async groupByChange() {
    const { side: s, data: d } = current();
    if (s.name !== 'coop-map' || groupBy)
      throw new Error('the group-by change is timed on coop-map loaded without group-by');
    const { measureGroupChange } = await import('./group-change.ts');
    return measureGroupChange(s as import('./side-coop-map.ts').CoopMapSide, d);
  },

  toggleSector(step) {
    // Even steps switch one sector off (as the legend does: every other one stays on), odd steps back to all.
    const off = BUILTIN_SECTOR_IDS[Math.floor(step / 2) % BUILTIN_SECTOR_IDS.length]!;
    return applyFilter({ ...choice, sectors: step % 2 === 0 ? BUILTIN_SECTOR_IDS.filter((id) => id !== off) : null });
  },

  async stepYears(step) {
    const { side: s } = current();
    if (step === 0) {
      // Untimed: all sectors back on and the timeline's window open, then one year per step.
      choice = { sectors: null, years: FIRST_YEARS };
      await s.filter(choice);
      await settle(s);
    }
    return applyFilter({ ...choice, years: [FIRST_YEARS[0] + step + 1, FIRST_YEARS[1] + step + 1] });
  },

  async pan(frames) {
    const { side: s } = current();
    await settle(s);
    const times: number[] = [];
    for (let i = 0; i < frames; i++) {
      await animationFrame();
      const start = performance.now();
      s.map.panBy([PAN_STEP_PX, 0], { animate: false });
      times.push(s.clock.renderNow().done - start);
    }
    await settle(s);
    return times;
  },

  camera() {
    const { side: s } = current();
    const center = s.map.getCenter();
    return { center: [center.lng, center.lat], zoom: s.map.getZoom() };
  },

  async quietLoad(warmLabel) {
    const { side: s, data: d } = current();
    // An experiment: one label drawn on the element's scratch canvas before the data comes.
    if (warmLabel) {
      const [{ renderLabel }, { PALETTES }] = await Promise.all([
        import('../src/map/label-images.ts'),
        import('../src/map/basemap.ts'),
      ]);
      renderLabel('warm', PALETTES.light, 1);
    }
    if (s.name !== 'coop-map') throw new Error('the quiet load is coop-map’s');
    const element = document.querySelector('coop-map')!;
    const longTasks: { start: number; duration: number }[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
    });
    observer.observe({ type: 'longtask' });
    const loaded = new Promise<number>((resolve) =>
      element.addEventListener('coop-load', () => resolve(performance.now()), { once: true }),
    );
    const t0 = performance.now();
    element.data = d;
    const settled = (await loaded) - t0;
    await mapSettled(s.map);
    observer.disconnect();
    longTasks.sort((a, b) => b.duration - a.duration);
    return { settled, longTasks: longTasks.slice(0, 5).map((t) => ({ start: t.start - t0, duration: t.duration })) };
  },

  async draws() {
    const { side: s } = current();
    await settle(s);
    return (await import('./experiments.ts')).drawsPerFrame(s.map);
  },

  async experiments(rounds) {
    const { side: s } = current();
    if (s.name !== 'coop-map') throw new Error("the experiments change coop-map's arc layer");
    await settle(s);
    const host = document.querySelector<HTMLElement>('coop-map')!;
    return (await import('./experiments.ts')).runExperiments(s.map, host, s.clock, rounds);
  },
};
