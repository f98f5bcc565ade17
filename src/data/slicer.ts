/**
 * Long loops over a data set (parsing, validating) hand the event loop back every few
 * milliseconds, so that a page loading 25,000 rows still paints and answers input.
 */

/** Work between two yields: half a 60 Hz frame, leaving room for input handling and paint. */
export const SLICE_BUDGET_MS = 8;

interface SchedulerWithYield {
  yield(): Promise<void>;
}

/**
 * Returns to the event loop and resumes as soon as it can. `scheduler.yield()` resumes ahead of
 * other tasks; `setImmediate` (Node) and a message port (older browsers) are not clamped to
 * 4 ms the way nested `setTimeout` calls are.
 */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
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

  /** Yields when the slice is used up; cheap enough to call once a row. */
  async pace(): Promise<void> {
    if (this.due()) await this.yield();
  }
}

function now(): number {
  return performance.now();
}
