// The 24,926-row Wikidata sister-city file in a real browser: the pipeline hands the main thread
// back while it parses and validates, and the element loads the file through its `columns`
// attribute. The longest main-thread blocks are printed for the record.
import { afterEach, describe, expect, it } from 'vitest';
import { defaultGeodataBase } from '../../src/load/geodata.js';
import { runPipeline } from '../../src/load/pipeline.js';
import { countWikidataPairs } from '../unit/wikidata-pairs.js';
import WIKIDATA_COLUMNS from '../unit/wikidata-columns.json';
import { cleanup, mount, nextEvent } from './helpers.js';

const WIKIDATA_URL = '/@shared/data/wikidata-sister-cities-eu.tsv';
/** Turns the page's timers must get while the file loads: far more than none. */
const MIN_TURNS = 10;
const ELEMENT_LOAD_TIMEOUT_MS = 120_000;

afterEach(cleanup);

/**
 * Watches the main thread with a zero-delay timer loop: how many turns the page's own timers
 * got, and the longest gap between two of them (the browser clamps the loop to about 4 ms, so
 * an idle page shows gaps of 4–5 ms). Long tasks the browser reports are collected too. Gaps
 * are wall time, so a busy machine lengthens them; the turns only depend on the work yielding.
 */
function watchMainThread() {
  let last = performance.now();
  let longest = 0;
  let turns = 0;
  let running = true;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    turns++;
    if (running) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) =>
    longTasks.push(...list.getEntries().map((e) => Math.round(e.duration))),
  );
  observer.observe({ type: 'longtask' });
  return {
    /** How many turns the timers have had so far. */
    turns: () => turns,
    /** Stops, once the timer has had one more turn (which ends the gap a long task left open). */
    async stop() {
      await new Promise((resolve) => setTimeout(resolve, 20));
      running = false;
      longTasks.push(...observer.takeRecords().map((e) => Math.round(e.duration)));
      observer.disconnect();
      return { longest: Math.round(longest), longTasks };
    },
  };
}

async function wikidataText(): Promise<string> {
  const response = await fetch(WIKIDATA_URL);
  expect(response.ok, `${WIKIDATA_URL}: ../shared/data must be beside the repository`).toBe(true);
  return response.text();
}

describe('the Wikidata sister-city file in the browser', () => {
  it("is parsed and validated in slices, the page's timers running in between", async () => {
    const text = await wikidataText();
    const expected = countWikidataPairs(text);
    const geodataBase = defaultGeodataBase();
    // Load the geodata first, so both runs below measure the same work.
    await runPipeline({ text: 'source,target\nRU,KR\n', geodataBase });

    const measure = async (sliceMs: number) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      const watch = watchMainThread();
      const started = performance.now();
      const result = await runPipeline({ text, columns: WIKIDATA_COLUMNS, geodataBase, sliceMs });
      const total = Math.round(performance.now() - started);
      const turns = watch.turns();
      return { ...(await watch.stop()), turns, total, links: result.dataset.links.length };
    };
    const oneTask = await measure(Infinity);
    const sliced = await measure(8);
    console.log(
      `[data-large] runPipeline on ${expected.rows} rows — ` +
        `one task: ${oneTask.total} ms, longest block ${oneTask.longest} ms, timer turns ${oneTask.turns}, ` +
        `long tasks ${JSON.stringify(oneTask.longTasks)}; ` +
        `sliced: ${sliced.total} ms, longest block ${sliced.longest} ms, timer turns ${sliced.turns}, ` +
        `long tasks ${JSON.stringify(sliced.longTasks)}`,
    );

    expect(oneTask.links).toBe(expected.pairs);
    expect(sliced.links).toBe(expected.pairs);
    // In one task the page's timers cannot run until the end; sliced, they run between slices
    // of about 8 ms (how many depends on the speed of the machine).
    expect(oneTask.turns).toBe(0);
    expect(sliced.turns).toBeGreaterThanOrEqual(MIN_TURNS);
  });

  it(
    'loads through <coop-map src columns> with every relation drawn once',
    async () => {
      const expected = countWikidataPairs(await wikidataText());
      const watch = watchMainThread();
      const started = performance.now();
      const element = mount({ src: WIKIDATA_URL, columns: JSON.stringify(WIKIDATA_COLUMNS) });
      const loaded = await nextEvent(element, 'coop-load', ELEMENT_LOAD_TIMEOUT_MS);
      const total = Math.round(performance.now() - started);
      const { longest, longTasks } = await watch.stop();
      console.log(
        `[data-large] <coop-map> load of ${expected.rows} rows to coop-load: ${total} ms, ` +
          `longest block ${longest} ms, long tasks ${JSON.stringify(longTasks)}`,
      );

      expect(loaded.detail.links).toBe(expected.pairs);
      expect(loaded.detail.places).toBe(expected.places);
      expect(loaded.detail.issues.filter((i) => i.severity === 'error')).toHaveLength(expected.selfLinks);
      expect(element.visibleLinks).toHaveLength(expected.pairs);
    },
    ELEMENT_LOAD_TIMEOUT_MS + 10_000,
  );
});
