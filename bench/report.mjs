// The figures of a bench run as text: medians and quantiles, the table, the targets of issues 5,
// 12 and 15, and the worst A/B ratio. Pure functions of the run's rows, so they are unit-tested
// (tests/unit/bench-report.test.ts); bench/run.mjs prints what they return.

export function quantile(values, q) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

export const median = (values) => quantile(values, 0.5);

export function formatValue(value, unit) {
  if (value === null || value === undefined) return '–';
  if (unit === 'ms' && value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  const digits = unit === 'frames' ? 0 : unit === 'ratio' ? 2 : 1;
  return `${value.toFixed(digits)}${unit === 'MB' ? ' MB' : unit === 'ms' ? ' ms' : ''}`;
}

/** A/B, or null when either side has no figure (deck.gl past its budget, a coop-map-only row). */
export function ratioOf(coopMap, deckgl) {
  return coopMap === null || coopMap === undefined || !deckgl ? null : coopMap / deckgl;
}

/** What the deck.gl column says for a row: its figure, or that it ran out of its time budget. */
function deckglCell(row) {
  if (row.deckgl !== null && row.deckgl !== undefined) return formatValue(row.deckgl, row.unit);
  if (row.deckglBudgetMs) return `not within ${Math.round(row.deckglBudgetMs / 1000)} s`;
  return '–';
}

/** The results table as Markdown lines: data set, links, metric, coop-map, deck.gl, A/B. */
export function tableLines(runs) {
  const header = ['data set', 'links', 'metric', 'coop-map', 'deck.gl', 'A/B'];
  const rows = runs.map((r) => [
    r.dataset,
    String(r.n),
    r.metric,
    formatValue(r.coopMap, r.unit),
    deckglCell(r),
    r.ratio === null || r.ratio === undefined ? '–' : r.ratio.toFixed(2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    `| ${cells.map((c, i) => (i >= 3 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i >= 3 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(header), rule, ...rows.map(line)];
}

/** The row with the largest A/B (coop-map slowest against deck.gl), or null when no row has both. */
export function worstRatio(runs) {
  let worst = null;
  for (const r of runs) if (r.ratio !== null && r.ratio !== undefined && (!worst || r.ratio > worst.ratio)) worst = r;
  return worst;
}

export function worstRatioLine(runs) {
  const worst = worstRatio(runs);
  if (!worst) return 'worst A/B: no row has figures of both sides';
  const all = runs.filter((r) => r.ratio !== null && r.ratio !== undefined);
  const over = all.filter((r) => r.ratio > 1).length;
  return (
    `worst A/B: ${worst.ratio.toFixed(2)} (${worst.dataset}, ${worst.metric}: ` +
    `coop-map ${formatValue(worst.coopMap, worst.unit)}, deck.gl ${formatValue(worst.deckgl, worst.unit)}); ` +
    `${over} of ${all.length} rows above 1`
  );
}

const met = (ok) => (ok ? 'met' : 'missed');

/** Issue 5's and 15's targets (each A/B ≤ 1, filters flat in the size) and issue 12's `group-by` change. */
export function targetLines(runs) {
  const find = (dataset, metric) => runs.find((r) => r.dataset === dataset && r.metric === metric);
  const hasRatio = (r) => r.ratio !== null && r.ratio !== undefined;
  const lines = [];
  for (const metric of ['sector toggle', 'year step']) {
    const small = find('synthetic-1000', metric);
    const large = find('synthetic-50000', metric);
    if (small && large) {
      const flat = large.coopMap / small.coopMap;
      lines.push(
        `${metric}: coop-map 50k/1k = ${flat.toFixed(2)} (target ≤ 2: ${met(flat <= 2)}); ` +
          `deck.gl 50k/1k = ${(large.deckgl / small.deckgl).toFixed(2)}`,
      );
    }
    for (const r of runs.filter((x) => x.metric === metric && hasRatio(x)))
      lines.push(`${metric}, ${r.dataset}: A/B ${r.ratio.toFixed(2)} (no slower than deck.gl: ${met(r.ratio <= 1)})`);
  }
  for (const r of runs.filter((x) => x.metric === 'first frame' && x.n >= 10_000 && hasRatio(x)))
    lines.push(`first frame, ${r.dataset}: A/B ${r.ratio.toFixed(2)} (${met(r.ratio <= 1)})`);
  for (const r of runs.filter((x) => x.metric.startsWith('pan frame') && hasRatio(x)))
    lines.push(`${r.metric}, ${r.dataset}: A/B ${r.ratio.toFixed(2)} (${met(r.ratio <= 1)})`);
  for (const r of runs.filter((x) => x.metric === 'JS heap added by the data set' && hasRatio(x)))
    lines.push(`heap added, ${r.dataset}: A/B ${r.ratio.toFixed(2)} (${met(r.ratio <= 1)})`);
  // coop-map's own ratios (a `group-by` change against a reload of the grouped size): target ≤ 1.
  for (const r of runs.filter((x) => x.unit === 'ratio' && x.coopMap !== null))
    lines.push(`${r.metric}: ${r.coopMap.toFixed(2)} (issue 12, no more than the reload: ${met(r.coopMap <= 1)})`);
  return lines;
}
