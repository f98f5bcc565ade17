import { html, nothing, type TemplateResult } from 'lit';
import type { Link } from '../data/model.js';
import type { Target } from '../data/target.js';
import type { DataView } from '../filters/data-view.js';
import { STATUS_CODE } from '../filters/statuses.js';
import { formatCount, formatYearSpan, type UiStrings } from '../i18n/strings.js';
import { safeHref } from './safe-href.js';
import { tableStyles } from './table-view.styles.js';
import { renderDataSetSummary, statisticsStyles, type StatisticsInput } from './statistics.js';
import { linkPlaces, renderLinkPlaces, sectorNames, typeName } from './names.js';

import { TABLE_COLUMNS, TABLE_PAGE_ROWS, type TableColumn, type TableState } from './table-state.js';

export {
  INITIAL_TABLE_STATE,
  TABLE_COLUMNS,
  TABLE_PAGE_ROWS,
  type TableColumn,
  type TableState,
} from './table-state.js';

/** Adopted into the shadow root when the table is first shown. */
export const partStyles = [tableStyles, statisticsStyles];

export interface TableProps {
  view: DataView;
  /** Ids of the links the filters show. */
  shown: readonly string[];
  selection: Target | null;
  state: TableState;
  lang: string;
  strings: UiStrings;
  onState: (state: TableState) => void;
  /** Said above the table: why there is no map, when there is none. */
  note: string | null;
  /** A row's button: select its link (or clear the selection when it is the selected one). */
  onSelect: (id: string | null, button: HTMLElement) => void;
  /** The data set's own links shown and its places' countries, for the summary above the table; none until known. */
  summary?: StatisticsInput;
}

/**
 * The links shown as a table: the view for readers who do not use the map (and what shows where
 * WebGL is not available). It lists what the filters show, sorts by any column, and follows the
 * selection both ways: each row's first cell is a toggle button that selects its link, and the
 * selected link's button is pressed. Long tables show a page of rows at a time.
 */
export function renderTable(props: TableProps): TemplateResult {
  const { view, state, strings, lang, selection } = props;
  const { dataset } = view;
  const shown = new Set(props.shown);
  const links = sortLinks(
    dataset.links.filter((link) => shown.has(link.id)),
    state,
    (link) => linkPlaces(dataset, link, lang),
    strings,
    lang,
  );
  const selectedId = selection?.kind === 'link' ? selection.link.id : null;
  // The selected link is always among the rows, however far down the sort puts it.
  const selectedAt = selectedId === null ? -1 : links.findIndex((link) => link.id === selectedId);
  const rows = Math.min(links.length, Math.max(state.rows, selectedAt + 1));
  const total = formatCount(dataset.links.length, lang);
  const header = (column: TableColumn) => {
    const label = columnLabel(column, strings);
    const sorted = state.column === column;
    const sort = sorted ? (state.descending ? 'descending' : 'ascending') : 'none';
    const next: TableState = { ...state, column, descending: sorted ? !state.descending : false };
    return html`<th scope="col" aria-sort=${sort}>
      <button type="button" class="sort" @click=${() => props.onState(next)}>
        ${label}<span class="sort-mark" aria-hidden="true">${sorted ? (state.descending ? '▼' : '▲') : ''}</span>
      </button>
    </th>`;
  };
  return html`<section class="panel table-view" part="table" aria-labelledby="coop-table-caption">
    ${props.note ? html`<p class="table-note" role="note">${props.note}</p>` : nothing}
    ${props.summary ? renderDataSetSummary(props.summary) : nothing}
    <table>
      <caption id="coop-table-caption">
        ${strings.linksShown(formatCount(links.length, lang), total)}${
          rows < links.length
            ? html` · ${strings.rowsShown(formatCount(rows, lang), formatCount(links.length, lang))}`
            : nothing
        }
      </caption>
      <thead>
        <tr>
          ${TABLE_COLUMNS.map(header)}
        </tr>
      </thead>
      <tbody>
        ${links.slice(0, rows).map((link) => renderRow(props, link, link.id === selectedId))}
      </tbody>
    </table>
    ${
      rows < links.length
        ? html`<button
            type="button"
            class="more"
            @click=${() => props.onState({ ...state, rows: rows + TABLE_PAGE_ROWS })}
          >
            ${strings.showMore(formatCount(Math.min(TABLE_PAGE_ROWS, links.length - rows), lang))}
          </button>`
        : nothing
    }
  </section>`;
}

function renderRow(props: TableProps, link: Link, selected: boolean): TemplateResult {
  const { view, strings, lang } = props;
  const { dataset } = view;
  const source = link.sources.find((s) => safeHref(s.url));
  return html`<tr class=${selected ? 'selected' : ''} data-link=${link.id}>
    <th scope="row">
      <button
        type="button"
        class="row-select"
        aria-pressed=${selected ? 'true' : 'false'}
        title=${strings.selectLink}
        @click=${(event: Event) => props.onSelect(selected ? null : link.id, event.currentTarget as HTMLElement)}
      >
        ${renderLinkPlaces(dataset, link, lang)}
      </button>
    </th>
    <td>${typeName(link.type, strings)}</td>
    <td>${strings.statusNames[link.status]}</td>
    <td>${formatYearSpan(link.since, link.until, strings) ?? '–'}</td>
    <td><bdi>${sectorNames(dataset, link, lang)}</bdi></td>
    <td>
      ${
        source
          ? html`<a href=${safeHref(source.url)!} target="_blank" rel="noopener noreferrer"
              ><bdi>${source.title}</bdi></a
            >`
          : link.sources.length > 0
            ? html`<bdi>${link.sources[0]!.title}</bdi>`
            : '–'
      }${link.sources.length > 1 ? html` <span class="muted">+${link.sources.length - 1}</span>` : nothing}
    </td>
  </tr>`;
}

function columnLabel(column: TableColumn, strings: UiStrings): string {
  const labels: Record<TableColumn, string> = {
    places: strings.places,
    type: strings.type,
    status: strings.status,
    years: strings.years,
    sectors: strings.sectors,
    sources: strings.sources,
  };
  return labels[column];
}

/** The links in the table's order: by the column chosen, then by their places, then as in the data. */
export function sortLinks(
  links: readonly Link[],
  state: Pick<TableState, 'column' | 'descending'>,
  placesOf: (link: Link) => string,
  strings: UiStrings,
  lang: string,
): Link[] {
  const collator = new Intl.Collator(lang || 'en', { sensitivity: 'base', numeric: true });
  const byYears = (a: Link, b: Link) =>
    (a.since ?? -Infinity) - (b.since ?? -Infinity) || (a.until ?? Infinity) - (b.until ?? Infinity);
  const keyed = links.map((link) => ({ link, places: placesOf(link) }));
  const compare: Record<TableColumn, (a: (typeof keyed)[number], b: (typeof keyed)[number]) => number> = {
    places: (a, b) => collator.compare(a.places, b.places),
    type: (a, b) => collator.compare(typeName(a.link.type, strings), typeName(b.link.type, strings)),
    status: (a, b) => STATUS_CODE[a.link.status] - STATUS_CODE[b.link.status],
    years: (a, b) => byYears(a.link, b.link),
    sectors: (a, b) => collator.compare(a.link.sectors.join(' '), b.link.sectors.join(' ')),
    sources: (a, b) => a.link.sources.length - b.link.sources.length,
  };
  const sign = state.descending ? -1 : 1;
  return keyed
    .sort(
      (a, b) =>
        sign * compare[state.column](a, b) || collator.compare(a.places, b.places) || a.link.index - b.link.index,
    )
    .map((entry) => entry.link);
}
