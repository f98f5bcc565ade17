import { html, nothing, svg, type TemplateResult } from 'lit';
import { cssomStyle } from './cssom-style.js';
import type { DataSet } from '../data/model.js';
import { LINK_STATUSES, type LinkStatus } from '../data/types.js';
import { STATUS_STYLES } from '../filters/statuses.js';
import { maxWidthMeasure, widthFor, widthKeyValues } from '../geometry/widths.js';
import { formatCount, type UiStrings } from '../i18n/strings.js';
import { dataText } from './names.js';

export interface LegendProps {
  dataset: DataSet;
  /** Sectors shown; null = all. */
  sectors: ReadonlySet<string> | null;
  /** Visible links per sector, under the current years and status (sector toggles aside). */
  counts: ReadonlyMap<string, number>;
  shown: number;
  /** Rows of the input that no link shows (left out for problems): said beside the count. */
  leftOut: number;
  /** Links drawn of those shown (`top` and `min-weight` thin them). */
  drawn: number;
  /** With `group-by`: the arcs are groups, `drawn` of `arcs`, and their widths are those of `arcData`'s links. */
  grouped?: { arcs: number; arcData: DataSet };
  /** Sectors and statuses some link has (others are left out of the legend). */
  sectorsInUse: ReadonlySet<string>;
  statusesInUse: ReadonlySet<LinkStatus>;
  lang: string;
  strings: UiStrings;
  /** The toggles of link types and the country picker, under the sectors. */
  choices?: TemplateResult | typeof nothing;
  onToggle: (sectorId: string) => void;
  onExportPng: () => void;
  onExportCsv: () => void;
  /** Where the element is narrow, the legend folds to its heading: true when folded, null when it cannot fold. */
  folded: boolean | null;
  onFold: () => void;
}

/** A line of the status key, dashed and faded as the arc layer draws the status. */
function statusSample(status: LinkStatus): TemplateResult {
  const { dash, gap, alpha } = STATUS_STYLES[status];
  return html`<svg width="28" height="8" aria-hidden="true">
    ${svg`<line x1="1" y1="4" x2="27" y2="4" stroke="currentColor" stroke-width="2.5"
      stroke-dasharray=${dash > 0 ? `${dash} ${gap}` : nothing} opacity=${alpha}></line>`}
  </svg>`;
}

/** The largest width measure of each data set's links, and whether any has a weight, found once. */
const MEASURES = new WeakMap<DataSet, { max: number; weighted: boolean }>();

function measuresOf(dataset: DataSet): { max: number; weighted: boolean } {
  let measures = MEASURES.get(dataset);
  if (!measures) {
    measures = { max: maxWidthMeasure(dataset.links), weighted: dataset.links.some((link) => link.weight !== null) };
    MEASURES.set(dataset, measures);
  }
  return measures;
}

/**
 * A key to the arcs' widths: example measures drawn as wide as the arcs of that measure, titled
 * by what the width shows (a group's weight is its links' summed weight, or their number).
 */
function widthKey(
  dataset: DataSet,
  grouped: DataSet | undefined,
  strings: UiStrings,
  lang: string,
): TemplateResult | typeof nothing {
  const { max } = measuresOf(grouped ?? dataset);
  const values = widthKeyValues(max);
  if (values.length === 0) return nothing;
  const { weighted } = measuresOf(dataset);
  const [withWeights, without] = grouped
    ? [strings.widthKeySummed, strings.widthKeyLinks]
    : [strings.widthKey, strings.widthKeyActivities];
  const title = weighted ? withWeights : without;
  return html`<div class="width-key" role="list" aria-label=${title}>
    <span class="width-key-title" aria-hidden="true">${title}</span>
    ${values.map(
      (value) =>
        html`<span role="listitem" class="width-key-item">
          <svg width="28" height="10" aria-hidden="true">
            ${svg`<line x1="1" y1="5" x2="27" y2="5" stroke="currentColor"
              stroke-width=${widthFor(value, max)}></line>`}
          </svg>
          ${formatCount(value, lang)}
        </span>`,
    )}
  </div>`;
}

/** Sector colors with toggles and counts, and a key for status. Text is rendered as text only. */
export function renderLegend(props: LegendProps): TemplateResult {
  const { dataset, strings, lang } = props;
  const counted =
    props.drawn < (props.grouped?.arcs ?? props.shown)
      ? strings.strongestShown(formatCount(props.drawn, lang), formatCount(props.grouped?.arcs ?? props.shown, lang))
      : strings.linksShown(formatCount(props.shown, lang), formatCount(dataset.links.length, lang));
  const summary = props.leftOut > 0 ? `${counted} · ${strings.rowsLeftOut(formatCount(props.leftOut, lang))}` : counted;
  const folded = props.folded === true;
  const heading =
    props.folded === null
      ? strings.sectors
      : html`<button type="button" class="fold" aria-expanded=${folded ? 'false' : 'true'} @click=${props.onFold}>
          <span class="fold-mark" aria-hidden="true">${folded ? '▸' : '▾'}</span>${strings.sectors}
        </button>`;
  return html`<section class="panel legend ${folded ? 'folded' : ''}" part="legend" aria-label=${strings.legend}>
    <h2>${heading}</h2>
    ${folded ? html`<div class="summary">${summary}</div>` : renderBody(props, summary)}
  </section>`;
}

function renderBody(props: LegendProps, summary: string): TemplateResult {
  const { dataset, sectors, counts, strings, lang } = props;
  const used = dataset.sectors.filter((s) => props.sectorsInUse.has(s.id));
  const statuses = LINK_STATUSES.filter((status) => props.statusesInUse.has(status));
  return html`<ul>
      ${used.map((sector) => {
        const pressed = sectors === null || sectors.has(sector.id);
        const count = counts.get(sector.id) ?? 0;
        return html`<li>
          <button
            type="button"
            class="sector-toggle"
            aria-pressed=${pressed ? 'true' : 'false'}
            data-sector=${sector.id}
            @click=${() => props.onToggle(sector.id)}
          >
            <span class="swatch" ${cssomStyle({ '--_swatch': sector.color })}></span>
            <span class="check" aria-hidden="true">✓</span>
            ${dataText(sector.label, lang, sector.id, 'label')}
            <span class="count">${formatCount(count, lang)}</span>
          </button>
        </li>`;
      })}
    </ul>
    ${props.choices ?? nothing}
    ${
      statuses.length > 0
        ? html`<div class="status-key" role="list" aria-label=${strings.status}>
            ${statuses.map(
              (status) => html`${statusSample(status)}<span role="listitem">${strings.statusNames[status]}</span>`,
            )}
          </div>`
        : nothing
    }
    ${widthKey(dataset, props.grouped?.arcData, strings, lang)}
    <div class="summary">${summary}</div>
    <div class="exports">
      <button type="button" class="export" data-export="png" @click=${props.onExportPng}>${strings.exportPng}</button>
      <button type="button" class="export" data-export="csv" @click=${props.onExportCsv}>${strings.exportCsv}</button>
    </div>`;
}
