// The problems notice opened: each problem with where it is, what is wrong and what to do, in the
// element's language, said from the issue's code and params (the English `message` when an issue
// has no code). A chunk of its own, loaded only when a data set has problems.
import { css, html, nothing, type TemplateResult } from 'lit';
import type { DataIssue } from '../data/types.js';
import { problemPlace, problemWords, type ProblemTexts } from '../i18n/problem-texts.js';
import { formatCount, type Language, type UiStrings } from '../i18n/strings.js';
import { OnDemand } from '../load/on-demand.js';

/** The words of the problems in each language, a chunk of its own each. */
export const PROBLEM_TEXTS: Readonly<Record<Language, OnDemand<ProblemTexts>>> = {
  en: new OnDemand(() => import('../i18n/problems-en.js').then((m) => m.texts)),
  ru: new OnDemand(() => import('../i18n/problems-ru.js').then((m) => m.texts)),
  ko: new OnDemand(() => import('../i18n/problems-ko.js').then((m) => m.texts)),
  kk: new OnDemand(() => import('../i18n/problems-kk.js').then((m) => m.texts)),
};

export { problemPlace, problemWords };

/** Problems listed in the element; a file with thousands has them all in coop-load and the CLI. */
export const PROBLEMS_LISTED = 100;

export interface ProblemsProps {
  issues: readonly DataIssue[];
  /** Rows (CSV) or links (JSON) in the input, and how many of them were left out. */
  entries: number;
  leftOut: number;
  json: boolean;
  texts: ProblemTexts;
  strings: UiStrings;
  lang: string;
}

/** The notice's summary line: rows left out of all, or the number of values to check. */
export function problemsSummary(
  props: Pick<ProblemsProps, 'entries' | 'leftOut' | 'json' | 'issues' | 'texts' | 'lang'>,
) {
  const { texts, lang } = props;
  const [dropped, total] = [formatCount(props.leftOut, lang), formatCount(props.entries, lang)];
  if (props.leftOut > 0) return props.json ? texts.linksNotShown(dropped, total) : texts.rowsNotShown(dropped, total);
  return texts.valuesToCheck(formatCount(props.issues.length, lang));
}

/**
 * A disclosure (`<details>`): the summary is one stop in the Tab order, Enter or Space opens it,
 * and screen readers say it is expandable. Errors come first, then warnings, each in file order.
 */
export function renderProblems(props: ProblemsProps): TemplateResult {
  const { texts, strings, lang } = props;
  const sorted = [...props.issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const listed = sorted.slice(0, PROBLEMS_LISTED);
  const summary = problemsSummary(props);
  return html`<details class="panel problems" part="problems">
    <summary><span class="problems-mark" aria-hidden="true">⚠</span>${summary}</summary>
    <h2 class="problems-heading">${texts.heading}</h2>
    <ol class="problems-list">
      ${listed.map((issue) => {
        const [what, todo] = problemWords(issue, texts, strings.statusNames);
        return html`<li class="problem ${issue.severity}" data-code=${issue.code ?? nothing}>
          <span class="problem-where"
            ><span class="problem-severity">${issue.severity === 'error' ? texts.leftOut : texts.toCheck}</span> ·
            ${problemPlace(issue.path, texts, lang)}</span
          >
          <span class="problem-what">${what}</span>
          ${todo ? html`<span class="problem-todo">${texts.whatToDo} ${todo}</span>` : nothing}
        </li>`;
      })}
    </ol>
    ${
      sorted.length > listed.length
        ? html`<p class="problems-more">${texts.more(formatCount(sorted.length - listed.length, lang))}</p>`
        : nothing
    }
  </details>`;
}

export const partStyles = [
  css`
    .problems {
      z-index: 2;
      top: 52px;
      left: 10px;
      max-width: min(460px, calc(100% - 20px));
      max-height: calc(100% - 140px);
      overflow: auto;
      padding: 0;
    }
    .problems summary {
      cursor: pointer;
      padding: 6px 10px;
      min-height: 24px;
      font-weight: 600;
    }
    .problems-mark {
      margin-inline-end: 6px;
    }
    .problems-heading {
      font-size: 1em;
      margin: 0;
      padding: 0 10px;
    }
    .problems-list {
      margin: 4px 0 8px;
      padding-inline: 28px 10px;
    }
    .problem {
      margin: 0 0 6px;
    }
    .problem > span {
      display: block;
    }
    .problem-where {
      font-weight: 600;
    }
    .problem.error .problem-severity {
      text-decoration: underline;
    }
    .problem-todo {
      color: var(--_muted);
    }
    .problems-more {
      margin: 0 10px 8px;
    }
  `,
];
