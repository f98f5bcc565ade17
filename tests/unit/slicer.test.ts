// The runner that serves both twins of each long loop (validating, reading CSV, reading region
// files): the same steps in one go or in slices, progress at each yield, and a signal that stops it.
import { describe, expect, it } from 'vitest';
import { runSteps, runStepsSync, TimeSlicer } from '../../src/data/slicer.js';

/** A step that records the indices it ran, in order. */
function recorder(): { ran: number[]; step: (i: number) => void } {
  const ran: number[] = [];
  return { ran, step: (i) => ran.push(i) };
}

describe('runStepsSync', () => {
  it('runs every step once, in order', () => {
    const { ran, step } = recorder();
    runStepsSync(5, step);
    expect(ran).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('runSteps', () => {
  it('runs the same steps as runStepsSync, handing the event loop back when the slice is used up', async () => {
    const { ran, step } = recorder();
    // A message posted at the first step is another task: it runs only if the steps hand the
    // event loop back before the last (a timer would be too slow to tell: 50 yields take under 1 ms).
    let turns = 0;
    const other = new MessageChannel();
    other.port1.onmessage = () => turns++;
    const slicer = new TimeSlicer(0);
    const progress: [number, number][] = [];
    const posting = (i: number) => {
      if (i === 0) other.port2.postMessage('turn');
      return step(i);
    };
    await runSteps(50, posting, { slicer, onProgress: (done, total) => progress.push([done, total]) });
    other.port1.close();
    expect(ran).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(slicer.yields).toBe(50);
    expect(turns).toBeGreaterThan(0);
    expect(progress.slice(0, 3)).toEqual([
      [1, 50],
      [2, 50],
      [3, 50],
    ]);
    expect(progress.at(-1)).toEqual([50, 50]);
  });

  it('with an endless budget runs in one task and reports progress once, at the end', async () => {
    const { ran, step } = recorder();
    const slicer = new TimeSlicer(Infinity);
    const progress: number[] = [];
    await runSteps(1000, step, { slicer, onProgress: (done) => progress.push(done) });
    expect(ran).toHaveLength(1000);
    expect(slicer.yields).toBe(0);
    expect(progress).toEqual([1000]);
  });

  it('stops at the yield after an abort and rejects with an AbortError', async () => {
    const controller = new AbortController();
    const ran: number[] = [];
    const run = runSteps(
      100,
      (i) => {
        ran.push(i);
        if (i === 10) controller.abort();
      },
      { slicer: new TimeSlicer(0), signal: controller.signal },
    );
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(ran).toHaveLength(11);
  });

  it('stops when aborted from elsewhere while it waits for the event loop', async () => {
    const controller = new AbortController();
    const { ran, step } = recorder();
    const run = runSteps(1_000_000, step, { slicer: new TimeSlicer(0), signal: controller.signal });
    setTimeout(() => controller.abort(new Error('superseded')), 0);
    await expect(run).rejects.toThrow('superseded');
    expect(ran.length).toBeLessThan(1_000_000);
  });

  it('runs no step when the signal is already aborted', async () => {
    const { ran, step } = recorder();
    await expect(runSteps(3, step, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    expect(ran).toEqual([]);
  });
});
