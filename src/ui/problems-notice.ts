import { nothing, type TemplateResult } from 'lit';
import type { UiParts } from '../controllers/ui-parts.js';
import type { DataIssue } from '../data/types.js';
import type { DataView } from '../filters/data-view.js';
import { uiLanguage, type UiStrings } from '../i18n/strings.js';
import { OnDemand } from '../load/on-demand.js';

// The list of problems comes only when a data set has problems; it brings the words of each language.
const PROBLEMS = new OnDemand(() => import('./problems.js'));

/** What the notice reads from the data loader. */
export interface ProblemsSource {
  readonly phase: string;
  readonly view: DataView | null;
  readonly issues: readonly DataIssue[];
}

/**
 * The notice of a data set's problems (`part="problems"`), once the data set is drawn and when
 * it has any; nothing where the page hides it (`hide-problems`).
 */
export function renderProblemsNotice(
  parts: UiParts,
  source: ProblemsSource,
  strings: UiStrings,
  lang: string,
): TemplateResult | typeof nothing {
  const { view, issues } = source;
  if (!view || issues.length === 0 || (source.phase !== 'ready' && source.phase !== 'drawing')) return nothing;
  const ui = parts.styled(PROBLEMS);
  const texts = ui && parts.get(ui.PROBLEM_TEXTS[uiLanguage(lang)]);
  if (!ui || !texts) return nothing;
  const { entries, leftOut, csv } = view.input;
  return ui.renderProblems({ issues, entries, leftOut, json: !csv, texts, strings, lang });
}
