// The benchmark's report: quantiles, the table, the targets, the worst A/B ratio, and the
// longest stretch of main-thread work in a CPU profile (bench/long-task.mjs).
import { describe, expect, it } from 'vitest';
import {
  formatValue,
  quantile,
  ratioOf,
  tableLines,
  targetLines,
  worstRatio,
  worstRatioLine,
  type RunRow,
} from '../../bench/report.mjs';
import { busyStretches, stretchFunctions } from '../../bench/long-task.mjs';

const row = (dataset: string, metric: string, coopMap: number | null, deckgl: number | null, extra = {}): RunRow => ({
  dataset,
  n: 1000,
  metric,
  unit: 'ms',
  coopMap,
  deckgl,
  ratio: ratioOf(coopMap, deckgl),
  ...extra,
});

describe('bench report', () => {
  it('takes quantiles between samples', () => {
    expect(quantile([], 0.5)).toBeNull();
    expect(quantile([3, 1, 2], 0.5)).toBe(2);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([0, 10], 0.95)).toBeCloseTo(9.5);
  });

  it('writes values in their unit, seconds past a thousand milliseconds', () => {
    expect(formatValue(881.84, 'ms')).toBe('881.8 ms');
    expect(formatValue(2911, 'ms')).toBe('2.91 s');
    expect(formatValue(11.74, 'MB')).toBe('11.7 MB');
    expect(formatValue(6, 'frames')).toBe('6');
    expect(formatValue(0.904, 'ratio')).toBe('0.90');
    expect(formatValue(null, 'ms')).toBe('–');
  });

  it('has no ratio when a side has no figure', () => {
    expect(ratioOf(1, 4)).toBe(0.25);
    expect(ratioOf(null, 4)).toBeNull();
    expect(ratioOf(1, null)).toBeNull();
  });

  it('finds the worst A/B among the rows that have both sides, and says how many are above 1', () => {
    const runs = [
      row('synthetic-1000', 'first frame', 300, 1000),
      row('synthetic-1000', 'JS heap added by the data set', 11.7, 2, { unit: 'MB' }),
      row('synthetic-1000', 'sector toggle: element update', 17, null),
      row('synthetic-200000', 'first frame', 80_000, null, { deckglBudgetMs: 240_000 }),
    ];
    expect(worstRatio(runs)?.metric).toBe('JS heap added by the data set');
    expect(worstRatioLine(runs)).toBe(
      'worst A/B: 5.85 (synthetic-1000, JS heap added by the data set: coop-map 11.7 MB, deck.gl 2.0 MB); ' +
        '1 of 2 rows above 1',
    );
    expect(worstRatio([row('x', 'y', 1, null)])).toBeNull();
    expect(worstRatioLine([])).toMatch(/no row has figures of both sides/);
  });

  it('prints a Markdown table, saying when deck.gl ran out of its time budget', () => {
    const lines = tableLines([
      row('synthetic-1000', 'first frame', 300, 1000),
      row('synthetic-200000', 'first frame', 80_000, null, { deckglBudgetMs: 240_000 }),
    ]);
    expect(lines[0]).toMatch(/^\| data set +\| links \| metric +\| coop-map \| +deck\.gl \| +A\/B \|$/);
    expect(lines[1]).toMatch(/^\|-+\|-+\|-+\|-+:\|-+:\|-+:\|$/);
    expect(lines[2]).toMatch(/\| 300\.0 ms \| +1\.00 s \| 0\.30 \|$/);
    expect(lines[3]).toMatch(/\| +80\.00 s \| not within 240 s \| +– \|$/);
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
  });

  it('checks the targets: filters flat in the size, each A/B ≤ 1, a group-by change ≤ its reload', () => {
    const lines = targetLines([
      row('synthetic-1000', 'sector toggle', 100, 1000),
      row('synthetic-50000', 'sector toggle', 250, 5000),
      row('w', 'group-by none → country ÷ reload', 1.2, null, { unit: 'ratio' }),
    ]);
    expect(lines).toContain('sector toggle: coop-map 50k/1k = 2.50 (target ≤ 2: missed); deck.gl 50k/1k = 5.00');
    expect(lines).toContain('sector toggle, synthetic-1000: A/B 0.10 (no slower than deck.gl: met)');
    expect(lines).toContain('group-by none → country ÷ reload: 1.20 (issue 12, no more than the reload: missed)');
  });
});

/** A CPU profile: root → task → a function, idle between; `samples` as [node, ms since the last]. */
function profile(samples: [number, number][]) {
  const frame = (functionName: string, lineNumber = 0) => ({ functionName, url: '', lineNumber, columnNumber: 0 });
  return {
    nodes: [
      { id: 1, callFrame: frame('(root)'), children: [2, 3] },
      { id: 2, callFrame: frame('(idle)') },
      { id: 3, callFrame: frame('task'), children: [4] },
      { id: 4, callFrame: frame('renderLabel', 23), positionTicks: [{ line: 28, ticks: 9 }] },
    ],
    samples: samples.map(([node]) => node),
    timeDeltas: samples.map(([, ms]) => ms * 1000),
  };
}

describe('bench long tasks', () => {
  it('finds the longest runs of non-idle samples, longest first, and what ran in them', () => {
    const p = profile([
      [2, 0],
      [3, 1],
      [4, 1],
      [2, 1],
      [4, 1],
      [4, 100],
      [4, 100],
      [3, 100],
      [2, 1],
    ]);
    const [longest, next] = busyStretches(p, 2);
    expect(longest).toMatchObject({ from: 4, to: 7, duration: 300, start: 4 });
    expect(next).toMatchObject({ from: 1, to: 2, duration: 1 });
    const { self, total, path } = stretchFunctions(p, longest!);
    expect(self[0]).toMatchObject({ frame: { functionName: 'renderLabel' }, hotLine: 28 });
    expect(Object.fromEntries(total.map((t) => [t.frame.functionName, t.ms]))).toEqual({
      '(root)': 301,
      task: 301,
      renderLabel: 300,
    });
    expect(path.map((t) => t.frame.functionName)).toEqual(['task', 'renderLabel']);
  });
});
