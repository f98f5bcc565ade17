import { html, nothing, type TemplateResult } from 'lit';
import type { DataSet, Link, Place } from '../data/model.js';
import type { ActivityInput, SourceInput } from '../data/types.js';
import { formatCount, formatYearSpan, localize, type UiStrings } from '../i18n/strings.js';
import type { Target } from '../data/target.js';
import { detailsStyles } from './details-panel.styles.js';
import { safeHref } from './safe-href.js';

export { safeHref } from './safe-href.js';
import {
  dataText,
  kindName,
  linksOfPlace,
  renderLinkPlaces,
  renderPlaceName,
  renderSectorList,
  typeName,
} from './tooltip.js';
import { tooltipStyles } from './tooltip.styles.js';
import { groupOf } from '../data/link-group.js';
import { groupStyles, renderGroupBody } from './group-details.js';
import { renderPlaceStatistics, statisticsStyles } from './statistics.js';

/**
 * Styles the element adopts into its shadow root when the panel first shows there (its sector list
 * is the tooltip's).
 */
export const partStyles = [tooltipStyles, detailsStyles, groupStyles, statisticsStyles];

export interface DetailsProps {
  dataset: DataSet;
  target: Target;
  /** Ids of the links drawn under the current filters; a place's other links are marked as hidden. */
  visible: ReadonlySet<string>;
  lang: string;
  strings: UiStrings;
  onClose: () => void;
  /** A link of the selected place was chosen: select that link. */
  onSelectLink: (id: string) => void;
  /** Lit's virtualizer, for a group of many links, once it has come. */
  virtualize?: typeof import('@lit-labs/virtualizer/virtualize.js').virtualize;
  /** Stands above the timeline bar; covers the element as a sheet where it is narrow. */
  layout: { aboveTimeline: boolean; sheet: boolean };
  /** A place's statistics: the country of each place (by index; null while being found) and the sectors shown. */
  statistics?: {
    countryOf: readonly (string | null)[] | null;
    sectors: ReadonlySet<string> | null;
    filtersKey: string;
  };
}

/** Id of the panel's heading, which labels the panel; one panel per shadow root, so it is unique. */
export const DETAILS_HEADING_ID = 'coop-details-heading';

/** A title that links to its URL when the URL is safe; otherwise the title, then the URL, as plain text. */
function titleWithUrl(title: string, url: string | undefined, shown: TemplateResult | string = title): TemplateResult {
  const href = safeHref(url);
  if (href) return html`<a href=${href} target="_blank" rel="noopener noreferrer">${shown}</a>`;
  if (url && url !== title) return html`<span>${shown}</span> <span class="url">${url}</span>`;
  return html`<span>${shown}</span>`;
}

/** Activities by year, years in order, activities without a year last (as `null`). */
export function activitiesByYear(activities: readonly ActivityInput[]): [number | null, ActivityInput[]][] {
  const groups = new Map<number | null, ActivityInput[]>();
  for (const activity of activities) {
    const year = typeof activity.year === 'number' ? activity.year : null;
    const group = groups.get(year);
    if (group) group.push(activity);
    else groups.set(year, [activity]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a - b));
}

function renderActivities(props: DetailsProps, link: Link): TemplateResult | typeof nothing {
  const { dataset, lang, strings } = props;
  if (link.activities.length === 0) return nothing;
  return html`<h3>${strings.activities}</h3>
    <dl class="activities">
      ${activitiesByYear(link.activities).map(
        ([year, items]) =>
          html`<dt>${year === null ? strings.undated : String(year)}</dt>
            <dd>
              <ul>
                ${items.map((activity) => {
                  const sector = activity.sector ? dataset.sectors.find((s) => s.id === activity.sector) : undefined;
                  const named = activity.title ? activity.title : sector?.label;
                  const title = localize(named, lang) || '—';
                  return html`<li>
                    ${titleWithUrl(title, activity.url, dataText(named, lang, '—'))}${
                      sector && activity.title
                        ? html` <span class="muted">(${dataText(sector.label, lang, sector.id)})</span>`
                        : nothing
                    }
                  </li>`;
                })}
              </ul>
            </dd>`,
      )}
    </dl>`;
}

function renderSource(source: SourceInput): TemplateResult {
  const meta = [source.authors, typeof source.year === 'number' ? String(source.year) : undefined]
    .filter(Boolean)
    .join(', ');
  return html`<li>
    ${titleWithUrl(source.title, source.url)}${meta ? html` <span class="muted">— ${meta}</span>` : nothing}
  </li>`;
}

function linkBody(props: DetailsProps, link: Link): TemplateResult {
  const { dataset, lang, strings } = props;
  const group = groupOf(link);
  if (group) return renderGroupBody(group, lang, strings, props.onSelectLink, props.virtualize);
  const title = localize(link.title, lang);
  const years = formatYearSpan(link.since, link.until, strings);
  const note = localize(link.note, lang) ? dataText(link.note, lang) : null;
  return html`<dl class="facts">
      ${
        title
          ? html`<dt>${strings.places}</dt>
              <dd>${renderLinkPlaces(dataset, link, lang)}</dd>`
          : nothing
      }
      <dt>${strings.type}</dt>
      <dd>${typeName(link.type, strings)}</dd>
      <dt>${strings.status}</dt>
      <dd data-status=${link.status}>${strings.statusNames[link.status]}</dd>
      ${
        years
          ? html`<dt>${strings.years}</dt>
              <dd>${years}</dd>`
          : nothing
      }
      <dt>${strings.sectors}</dt>
      <dd>${renderSectorList(dataset, link.sectors, lang)}</dd>
    </dl>
    ${renderActivities(props, link)}
    ${
      link.sources.length > 0
        ? html`<h3>${strings.sources}</h3>
            <ol class="sources">
              ${link.sources.map(renderSource)}
            </ol>`
        : nothing
    }
    ${
      note
        ? html`<h3>${strings.note}</h3>
            <p class="note">${note}</p>`
        : nothing
    }`;
}

function placeBody(props: DetailsProps, place: Place): TemplateResult {
  const { dataset, lang, strings, visible } = props;
  // Drawn links first, then the ones the filters hide; each group in data order.
  const links = linksOfPlace(dataset, place).sort((a, b) => Number(visible.has(b.id)) - Number(visible.has(a.id)));
  const shown = links.filter((link) => visible.has(link.id)).length;
  const statistics =
    props.statistics && renderPlaceStatistics({ ...props.statistics, dataset, shown: visible, lang, place });
  return html`<p class="muted">${kindName(place.kind, strings)}</p>
    ${statistics ?? nothing}
    <h3>${strings.placeLinks(formatCount(shown, lang), formatCount(links.length, lang))}</h3>
    <ul class="place-links">
      ${links.map((link) => {
        const otherIndex = link.sourceIndex === place.index ? link.targetIndex : link.sourceIndex;
        const otherId = link.sourceIndex === place.index ? link.target : link.source;
        const hidden = !visible.has(link.id);
        const facts = [
          typeName(link.type, strings),
          formatYearSpan(link.since, link.until, strings),
          hidden ? strings.hiddenByFilters : null,
        ];
        return html`<li>
          <button
            type="button"
            class="link-button"
            data-link=${link.id}
            ?data-hidden=${hidden}
            @click=${() => props.onSelectLink(link.id)}
          >
            <span class="link-name">${renderPlaceName(dataset.places[otherIndex], otherId, lang)}</span>
            <span class="muted">${facts.filter(Boolean).join(' · ')}</span>
          </button>
        </li>`;
      })}
    </ul>`;
}

/**
 * The details panel for the selected link (type, status, years, sectors, activities by year,
 * sources, note) or place (kind and its links, each a button that selects it).
 *
 * A `<section>` labelled by its heading rather than `role="dialog"`: the panel is not modal, the
 * map beside it stays usable, and it neither takes nor traps focus — a dialog role would promise
 * all of that. The heading has `tabindex="-1"` so the element can move focus to it when the
 * selection was made from the keyboard.
 */
export function renderDetails(props: DetailsProps): TemplateResult {
  const { dataset, target, lang, strings } = props;
  // Text from the data in isolates (#9): an override in one name stays inside it.
  const title = target.kind === 'link' ? localize(target.link.title, lang) : '';
  const heading =
    target.kind === 'link'
      ? title
        ? dataText(target.link.title, lang)
        : renderLinkPlaces(dataset, target.link, lang)
      : renderPlaceName(target.place, target.place.id, lang);
  return html`<section
    class="panel details ${props.layout.aboveTimeline ? 'above-timeline' : ''} ${props.layout.sheet ? 'sheet' : ''}"
    part="panel"
    aria-labelledby=${DETAILS_HEADING_ID}
    data-kind=${target.kind}
  >
    <div class="details-header">
      <h2 id=${DETAILS_HEADING_ID} tabindex="-1">${heading}</h2>
      <button
        type="button"
        class="close"
        aria-label=${strings.closeDetails}
        title=${strings.closeDetails}
        @click=${() => props.onClose()}
      >
        <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
          <path d="M2 2l8 8M10 2l-8 8" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"></path>
        </svg>
      </button>
    </div>
    ${target.kind === 'link' ? linkBody(props, target.link) : placeBody(props, target.place)}
  </section>`;
}
