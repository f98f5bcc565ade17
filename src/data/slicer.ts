/**
 * Long loops over a data set (parsing, validating) hand the event loop back every few
 * milliseconds, so that a page loading 25,000 rows still paints and answers input.
 */

/** Work between two yields: half a 60 Hz frame, leaving room for input handling and paint. */
export const SLICE_BUDGET_MS = 8;

/**
 * Returns to the event loop and resumes once the tasks already waiting have run: timers, input,
 * a frame. `setImmediate` in Node; a message port in browsers, which is not clamped to 4 ms the
 * way nested `setTimeout` calls are. (`scheduler.yield()` is not used: its continuation runs
 * ahead of the page's timers, which then starve until the whole load is done.)
 */
export function yieldToEventLoop(): Promise<void> {
  if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve));
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Says when the current slice of work has used its budget; `Infinity` never yields (one long task). */
export class TimeSlicer {
  private sliceStart = now();
  /** How many times the work was handed back to the event loop. */
  yields = 0;

  constructor(readonly budgetMs: number = SLICE_BUDGET_MS) {}

  due(): boolean {
    return now() - this.sliceStart >= this.budgetMs;
  }

  async yield(): Promise<void> {
    this.yields++;
    await yieldToEventLoop();
    this.sliceStart = now();
  }
}

/** How a long run of steps goes when it hands the event loop back: the pace, the progress, a way to stop it. */
export interface StepOptions {
  /** When to hand the event loop back; a new one with the default budget when absent. */
  slicer?: TimeSlicer;
  /** Steps done so far, of `total`; called each time the work yields, and once at the end. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Stops the work: checked before the first step and after each yield, where the promise then
   * rejects with the signal's reason (an `AbortError` DOMException unless the caller gave another).
   * A load that a newer one supersedes thus stops working instead of finishing unseen.
   */
  signal?: AbortSignal;
}

/** Runs `step(0)` … `step(count - 1)` in one go: the synchronous twin of `runSteps`. */
export function runStepsSync(count: number, step: (index: number) => void): void {
  for (let i = 0; i < count; i++) step(i);
}

/**
 * Runs `step(0)` … `step(count - 1)`, handing the event loop back whenever the slicer's budget is
 * used up. The steps are the same ones `runStepsSync` runs, so both give the same result.
 */
export async function runSteps(count: number, step: (index: number) => void, options: StepOptions = {}): Promise<void> {
  const { slicer = new TimeSlicer(), onProgress, signal } = options;
  signal?.throwIfAborted();
  for (let i = 0; i < count; i++) {
    step(i);
    if (!slicer.due()) continue;
    onProgress?.(i + 1, count);
    await slicer.yield();
    signal?.throwIfAborted();
  }
  onProgress?.(count, count);
}

function now(): number {
  return performance.now();
}
