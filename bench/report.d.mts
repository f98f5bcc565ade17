// Types of bench/report.mjs, for the unit tests.
export interface RunRow {
  dataset: string;
  n: number;
  metric: string;
  unit: 'ms' | 'MB' | 'frames' | 'ratio';
  coopMap: number | null;
  deckgl: number | null;
  ratio: number | null;
  /** deck.gl's page ran out of this budget: no figure. */
  deckglBudgetMs?: number;
}
export function quantile(values: readonly number[], q: number): number | null;
export function median(values: readonly number[]): number | null;
export function formatValue(value: number | null | undefined, unit: string): string;
export function ratioOf(coopMap: number | null | undefined, deckgl: number | null | undefined): number | null;
export function tableLines(runs: readonly RunRow[]): string[];
export function worstRatio<R extends RunRow>(runs: readonly R[]): R | null;
export function worstRatioLine(runs: readonly RunRow[]): string;
export function targetLines(runs: readonly RunRow[]): string[];
