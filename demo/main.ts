// The site's front door: open a data file (choose, drop, paste, or give its address), see it on
// the map with its problems row by row, set the element's attributes, and copy an embed snippet.
// It uses the element as any page does, through its attributes, properties and events.
import { html, render } from 'lit';
import { CoopMap, type DataIssue } from '../src/index.js';
import { renderColumnsHelper } from './site/columns-helper.js';
import { renderControls } from './site/controls.js';
import { availableExamples, excelExport, renderStory, type Example } from './site/examples.js';
import { renderProblemsTable } from './site/problems-table.js';
import { readRaw, type RawData } from './site/raw-rows.js';
import { renderSnippet } from './site/snippet.js';
import { guessFormat, parseColumnMapping } from '../src/data/parse-text.js';
import { extensionOf, showBlob, snippetFileName, textOf, type DataSource } from './site/source.js';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const map = $<CoopMap>('coop-map');
const status = $('#status');
const fileInput = $<HTMLInputElement>('#file');
const exampleSelect = $<HTMLSelectElement>('#example');
const columnsSection = $('#columns-helper');

let source: DataSource | null = null;
let raw: RawData | null = null;
let lastIssues: { issues: readonly DataIssue[]; links: number } | null = null;
let examples: Example[] = [];

function say(text: string): void {
  status.textContent = text;
}

/** A new data set: what came before it (its column mapping, its problems) goes. */
function begin(next: DataSource, columns?: string): void {
  source = next;
  raw = next.text === null ? null : readRaw(next.text, isJson(next));
  lastIssues = null;
  if (columns) map.setAttribute('columns', columns);
  else map.removeAttribute('columns');
  map.removeAttribute('selected');
  columnsSection.hidden = true;
  say(`Reading “${next.name}”…`);
}

function isJson(s: DataSource): boolean {
  const extension = extensionOf(s.name);
  if (extension === 'json' || extension === 'geojson') return true;
  if (extension === 'csv' || extension === 'tsv') return false;
  return s.text !== null && guessFormat(s.text) === 'json';
}

async function openFile(file: File): Promise<void> {
  exampleSelect.value = '';
  void renderStory($('#story'), null, map.lang);
  const text = await textOf(file, file.name);
  begin({ kind: 'file', name: file.name, text, snippetSrc: snippetFileName(file.name) });
  showBlob(map, file, file.name);
}

async function openUrl(url: string, example?: Example): Promise<void> {
  const snippetSrc = example?.snippetSrc ?? url;
  const kind = example && example.id !== 'seed' ? 'example' : 'url';
  begin({ kind, name: example?.label ?? url, text: null, snippetSrc }, example?.columns);
  map.src = url;
  // The rows as written, for the problems table: the same address read once more (from the cache).
  try {
    const response = await fetch(url);
    const text = await response.text();
    if (source && map.src === url) {
      source.text = text;
      raw = readRaw(text, isJson(source));
      if (lastIssues) void showProblems();
    }
  } catch {
    // The element says why it could not read the address.
  }
}

async function openExample(id: string): Promise<void> {
  const example = examples.find((e) => e.id === id);
  if (!example) return;
  void renderStory($('#story'), example, map.lang);
  if (example.url) await openUrl(example.url, example);
  else await openFile(excelExport()).then(() => (exampleSelect.value = id));
}

async function showProblems(): Promise<void> {
  if (!lastIssues) return;
  await renderProblemsTable($('#problems-body'), $('#row-view'), { ...lastIssues, raw, lang: map.lang });
  if (raw?.kind === 'csv') {
    renderColumnsHelper(columnsSection, {
      header: raw.header,
      current: currentMapping(),
      apply: (columns) => {
        if (columns) map.setAttribute('columns', columns);
        else map.removeAttribute('columns');
        say('Reading the file again with these columns…');
      },
    });
  }
}

/** The `columns` attribute as the element reads it. */
function currentMapping(): Record<string, string> {
  return { ...parseColumnMapping(map.getAttribute('columns') ?? '').mapping };
}

function updateSnippet(): void {
  renderSnippet($('#snippet'), map, source);
}

// Choosing a file, dropping one anywhere on the page, pasting text, an address, an example.
fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file) void openFile(file);
});
const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
document.addEventListener('dragover', (e) => {
  if (!hasFiles(e)) return;
  e.preventDefault();
  document.body.classList.add('dragging');
});
document.addEventListener('dragleave', (e) => {
  if (e.relatedTarget === null) document.body.classList.remove('dragging');
});
document.addEventListener('drop', (e) => {
  document.body.classList.remove('dragging');
  const file = e.dataTransfer?.files[0];
  if (!file) return;
  e.preventDefault();
  void openFile(file);
});
$<HTMLFormElement>('#paste-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const text = $<HTMLTextAreaElement>('#paste').value;
  if (!text.trim()) return say('The text box is empty: paste the text of a CSV or JSON file into it.');
  void openFile(new File([text], `pasted.${guessFormat(text)}`));
});
$<HTMLFormElement>('#url-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const url = $<HTMLInputElement>('#url').value.trim();
  if (url) void openUrl(new URL(url, location.href).href);
});
exampleSelect.addEventListener('change', () => void openExample(exampleSelect.value));

map.addEventListener('coop-load', (e) => {
  const { links, places, issues } = e.detail;
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  say(
    `${source?.name ?? 'The data'}: ${links} links between ${places} places on the map` +
      (issues.length ? `; ${issues.length} problems (${errors} left out), listed below.` : '; no problems.'),
  );
  lastIssues = { issues, links };
  void showProblems();
  updateSnippet();
});
map.addEventListener('coop-error', (e) => {
  say(`${source?.name ?? 'The data'} could not be shown: ${e.detail.message}`);
  lastIssues = { issues: e.detail.issues, links: 0 };
  void showProblems();
  updateSnippet();
});

// The controls and the snippet follow the element's attributes, whoever set them.
const form = $<HTMLFormElement>('#controls');
new MutationObserver((records) => {
  renderControls(form, map);
  updateSnippet();
  if (records.some((r) => r.attributeName === 'lang')) {
    void showProblems();
    void renderStory($('#story'), examples.find((x) => x.id === exampleSelect.value) ?? null, map.lang);
  }
}).observe(map, { attributes: true });
renderControls(form, map);
updateSnippet();
render(html`<p class="hint">Open a file to see its problems here.</p>`, $('#problems-body'));

// Attributes can be given in the query string (e.g. ?lang=ru&projection=globe), to share a view.
const PAGE_ATTRIBUTES = ['lang', 'years', 'sectors', 'projection', 'theme', 'selected', 'top', 'min-weight'];
const query = new URLSearchParams(location.search);
for (const name of PAGE_ATTRIBUTES) {
  const value = query.get(name);
  if (value !== null) map.setAttribute(name, value);
}

examples = await availableExamples();
for (const example of examples) exampleSelect.append(new Option(example.label, example.id));
const start = query.get('src');
if (start) void openUrl(new URL(start, location.href).href);
else {
  exampleSelect.value = 'seed';
  void openExample('seed');
}
