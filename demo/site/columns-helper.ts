// The column mapping helper: when a file's header is not the documented one, its author picks
// which of her columns is the source, the target, … and the helper writes the `columns`
// attribute that renames them. It starts from how the element reads each header by itself.
import { html, nothing, render } from 'lit';
import { CSV_COLUMNS } from '../../src/data/columns.js';
import { readHeader } from '../../src/data/csv-header.js';

/** The columns the helper offers first; the others are under "more". */
const MAIN_COLUMNS = ['source', 'target', 'sectors', 'since', 'until', 'status', 'type', 'weight', 'title'];

const UNPLACED = 'The map cannot tell which of your columns are the source and the target.';

/** How the element reads a header by itself: the documented column, or null. */
export function readsAs(header: string): string | null {
  return readHeader(header.trim()).column;
}

/** True when the element cannot tell the source and target from the header alone. */
export function needsMapping(header: readonly string[]): boolean {
  const read = new Set(header.map(readsAs));
  const byCode = read.has('source') && read.has('target');
  const byName = read.has('source_name') && read.has('target_name');
  return !byCode && !byName;
}

/** The `columns` attribute for a choice of documented column → file column (only what needs renaming). */
export function mappingText(choice: ReadonlyMap<string, string>): string {
  const pairs = [...choice].filter(([column, header]) => header !== '' && readsAs(header) !== column);
  if (pairs.length === 0) return '';
  if (pairs.some(([, header]) => /[,:=]/.test(header))) {
    return JSON.stringify(Object.fromEntries(pairs.map(([column, header]) => [header, column])));
  }
  return pairs.map(([column, header]) => `${header}:${column}`).join(', ');
}

export interface ColumnsHelperInput {
  header: readonly string[];
  /** The mapping in use (the `columns` attribute), to start from. */
  current: Readonly<Record<string, string>>;
  apply: (columns: string) => void;
}

export function renderColumnsHelper(section: HTMLElement, input: ColumnsHelperInput): void {
  const header = input.header.map((cell) => cell.trim()).filter((cell) => cell !== '');
  const choice = new Map<string, string>();
  for (const column of CSV_COLUMNS) {
    const mapped = Object.entries(input.current).find(([, to]) => to === column)?.[0];
    choice.set(column, mapped ?? header.find((cell) => readsAs(cell) === column) ?? '');
  }
  const open = needsMapping(header.map((cell) => input.current[cell] ?? cell));
  const select = (column: string) =>
    html`<label
      >${column}
      <select
        name=${column}
        @change=${(e: Event) => {
          choice.set(column, (e.target as HTMLSelectElement).value);
          draw();
        }}
      >
        <option value="" ?selected=${choice.get(column) === ''}>(none)</option>
        ${header.map((cell) => html`<option value=${cell} ?selected=${choice.get(column) === cell}>${cell}</option>`)}
      </select></label
    >`;
  const draw = () => {
    const text = mappingText(choice);
    render(
      html`<h2 id="columns-heading">Your columns</h2>
        ${open ? html`<p class="warn">${UNPLACED}</p>` : nothing}
        <details ?open=${open}>
        <summary>Which column is which</summary>
        <p class="hint">Pick which of your columns stands for each column the map reads.</p>
        <form
          class="columns-form"
          @submit=${(e: Event) => {
            e.preventDefault();
            input.apply(mappingText(choice));
          }}
        >
          <div class="columns-main">${MAIN_COLUMNS.map(select)}</div>
          <details>
            <summary>More columns</summary>
            <div class="columns-main">${CSV_COLUMNS.filter((c) => !MAIN_COLUMNS.includes(c)).map(select)}</div>
          </details>
          <p>
            <code class="columns-value">columns="${text}"</code>
            <button type="submit">Use these columns</button>
          </p>
        </form>
        </details>`,
      section,
    );
  };
  section.hidden = false;
  draw();
}
