// The problems of the shown data set as a table, one row a problem, in the element's language
// and with the element's own words (its problem texts, said from each issue's code and params).
// Each problem that names a row has a button that shows that row of the file as written.
// Everything is rendered with Lit templates: the file's text only ever becomes text nodes.
import { html, nothing, render, type TemplateResult } from 'lit';
import type { DataIssue } from '../../src/index.js';
import { formatCount, loadStrings, uiLanguage } from '../../src/i18n/strings.js';
import { PROBLEM_TEXTS, problemPlace, problemWords } from '../../src/ui/problems.js';
import { issueRow, type RawData } from './raw-rows.js';
import { TABLE_WORDS, type TableWords } from './table-words.js';

export interface ProblemsInput {
  issues: readonly DataIssue[];
  raw: RawData | null;
  lang: string;
  /** Links drawn, for the summary line. */
  links: number;
}

/** Problems listed in the table; a file with thousands has them all in coop-load and the CLI. */
const LISTED = 500;

/** Errors first, then warnings, each in file order (as the element's notice lists them). */
function sorted(issues: readonly DataIssue[]): DataIssue[] {
  return [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

export async function renderProblemsTable(body: HTMLElement, rowView: HTMLElement, input: ProblemsInput) {
  render(nothing, rowView);
  const lang = uiLanguage(input.lang);
  const words = TABLE_WORDS[lang];
  if (input.issues.length === 0) {
    render(html`<p class="hint">${words.noProblems}</p>`, body);
    return;
  }
  const [texts, strings] = await Promise.all([PROBLEM_TEXTS[lang].load(), loadStrings(lang)]);
  const issues = sorted(input.issues);
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const more = issues.length - LISTED;
  const count = (n: number) => formatCount(n, lang);
  const summary = words.summary(count(errors), count(issues.length - errors), count(input.links));
  const show = (issue: DataIssue, button: HTMLElement) => {
    render(rowTemplate(issue, input.raw, problemPlace(issue.path, texts, lang), words), rowView);
    rowView.dataset.for = issue.path;
    rowView.focus();
    button.setAttribute('aria-expanded', 'true');
  };
  render(
    html`<p class="summary">
        ${summary}
      </p>
      <table class="problems-table">
        <caption class="visually-hidden">
          ${texts.heading}
        </caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">${words.where}</th>
            <th scope="col">${words.kind}</th>
            <th scope="col">${words.wrong}</th>
            <th scope="col">${words.todo}</th>
            <th scope="col"><span class="visually-hidden">${words.row}</span></th>
          </tr>
        </thead>
        <tbody>
          ${issues.slice(0, LISTED).map((issue, index) => {
            const [what, todo] = problemWords(issue, texts, strings.statusNames);
            const where = problemPlace(issue.path, texts, lang);
            const at = issueRow(issue.path);
            const rowNumber = at && 'row' in at ? at.row : null;
            return html`<tr class=${issue.severity} data-row=${rowNumber ?? nothing} data-code=${issue.code ?? nothing}>
              <td>${index + 1}</td>
              <td class="where">${where}</td>
              <td>${issue.severity === 'error' ? texts.leftOut : texts.toCheck}</td>
              <td>${what}</td>
              <td>${todo}</td>
              <td>
                ${at && input.raw
                  ? html`<button
                      type="button"
                      class="show-row"
                      aria-controls="row-view"
                      @click=${(e: Event) => show(issue, e.currentTarget as HTMLElement)}
                    >
                      ${rowNumber === null ? words.showLink : words.showRow(String(rowNumber))}
                    </button>`
                  : nothing}
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
      ${more > 0 ? html`<p class="more">${texts.more(formatCount(more, lang))}</p>` : nothing}`,
    body,
  );
}

/** The row of the file a problem is in, as written: each column with its cell. */
function rowTemplate(issue: DataIssue, raw: RawData | null, where: string, words: TableWords): TemplateResult {
  const at = issueRow(issue.path);
  if (!raw || !at) return html``;
  if ('link' in at) {
    const link = raw.kind === 'json' ? raw.links[at.link] : undefined;
    return html`<h3>${where}</h3>
      <pre class="raw-json">${JSON.stringify(link, null, 2) ?? ''}</pre>`;
  }
  if (raw.kind !== 'csv') return html``;
  const record = raw.records[at.row - 1] ?? [];
  const width = Math.max(raw.header.length, record.length);
  return html`<h3>${words.rowOfFile(where, String(at.row))}</h3>
    <table class="raw-row">
      <thead>
        <tr>
          <th scope="col">${words.column}</th>
          <th scope="col">${words.cell}</th>
        </tr>
      </thead>
      <tbody>
        ${Array.from({ length: width }, (_, c) => {
          const name = raw.header[c]?.trim() ?? '';
          const marked = at.column !== null && name === at.column;
          return html`<tr class=${marked ? 'marked' : ''}>
            <th scope="row">${name || words.unnamedColumn(String(c + 1))}</th>
            <td>${record[c] ?? ''}${marked ? html` <strong class="mark">${words.thisCell}</strong>` : nothing}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
}
