import { html, nothing, type TemplateResult } from 'lit';
import type { UiParts } from '../controllers/ui-parts.js';
import { groupOf, VIRTUALIZE_FROM } from '../data/link-group.js';
import type { DataSet } from '../data/model.js';
import type { Target } from '../data/target.js';
import type { DataView } from '../filters/data-view.js';
import type { UiStrings } from '../i18n/strings.js';
import { OnDemand } from '../load/on-demand.js';
import type { ElementState } from '../element-state.js';
import { placeCountriesPart } from './statistics-part.js';

// Parts a page loads on first use, each a chunk of its own: the details panel on the first
// selection, the tooltip on the first hover.
const DETAILS_PANEL = new OnDemand(() => import('./details-panel.js'));
const TOOLTIP = new OnDemand(() => import('./tooltip.js'));
// Lit's virtualizer, for the panel of a group of many links.
const VIRTUALIZER = new OnDemand(() => import('@lit-labs/virtualizer/virtualize.js'));

export interface OverlayProps {
  parts: UiParts;
  view: DataView;
  /** The data set a target is of, when not the view's (a group and its areas, with `group-by`). */
  datasetOf?: (target: Target) => DataSet | null;
  selection: Target | null;
  hover: { target: Target; x: number; y: number } | null;
  /** Ids of the links the filters show. */
  visible: () => ReadonlySet<string>;
  /** The map's container, whose size the tooltip keeps inside. */
  map: HTMLElement | null;
  lang: string;
  strings: UiStrings;
  onClose: () => void;
  /** A link was chosen in the panel of a place: open its details. */
  onSelectLink: (id: string) => void;
  layout: { aboveTimeline: boolean; sheet: boolean };
  /** The element's state: the filters and the geodata, for a place's statistics. */
  state: ElementState;
  /** Told when the pointer comes onto the tooltip and leaves it. */
  tooltipHover: { enter: () => void; leave: () => void };
}

/** The details panel of the selection and the tooltip of what is hovered, once their chunks have come. */
export function renderOverlays(props: OverlayProps): TemplateResult {
  const { parts, selection, hover, lang, strings } = props;
  const details = selection ? parts.styled(DETAILS_PANEL) : undefined;
  const tooltip = hover ? parts.styled(TOOLTIP) : undefined;
  const group = selection?.kind === 'link' ? groupOf(selection.link) : undefined;
  const virtualizer = group && group.links.length >= VIRTUALIZE_FROM ? parts.get(VIRTUALIZER) : undefined;
  // A place of the data (not an area of a grouped map) has statistics, counted once its places' countries are known.
  const state = selection?.kind === 'place' && !props.datasetOf?.(selection) ? props.state : undefined;
  const countryOf = state ? parts.get(placeCountriesPart(props.view.dataset, state)) : undefined;
  return html`
    ${
      selection && details
        ? details.renderDetails({
            ...shownIn(props, selection),
            target: selection,
            lang,
            strings,
            onClose: props.onClose,
            onSelectLink: props.onSelectLink,
            virtualize: virtualizer?.virtualize,
            layout: props.layout,
            statistics: state
              ? { countryOf: countryOf ?? null, sectors: state.filters().sectors, filtersKey: state.filtersKey() }
              : undefined,
          })
        : nothing
    }
    ${
      hover && tooltip
        ? tooltip.renderTooltip({
            ...shownIn(props, hover.target),
            target: hover.target,
            x: hover.x,
            y: hover.y,
            width: props.map?.clientWidth ?? 0,
            height: props.map?.clientHeight ?? 0,
            lang,
            strings,
            onPointerEnter: props.tooltipHover.enter,
            onPointerLeave: props.tooltipHover.leave,
          })
        : nothing
    }
  `;
}

/** The ids of a grouped data set's links (its groups, all shown), once per data set: it renders on every hover. */
const GROUP_IDS = new WeakMap<DataSet, ReadonlySet<string>>();
function groupIds(grouped: DataSet): ReadonlySet<string> {
  let ids = GROUP_IDS.get(grouped);
  if (!ids) GROUP_IDS.set(grouped, (ids = new Set(grouped.links.map((link) => link.id))));
  return ids;
}

/**
 * The data set a target is of and the ids of its links shown: a group or an area of a grouped
 * map (`group-by`) is of the grouped data set, whose links, the groups, are all shown.
 */
function shownIn(props: OverlayProps, target: Target): { dataset: DataSet; visible: ReadonlySet<string> } {
  const grouped = props.datasetOf?.(target);
  if (grouped) return { dataset: grouped, visible: groupIds(grouped) };
  return { dataset: props.view.dataset, visible: props.visible() };
}
