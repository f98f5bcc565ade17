import { html, type TemplateResult } from 'lit';
import { cssomStyle } from './cssom-style.js';
import type { DataSet, Link, Place } from '../data/model.js';
import type { Target } from '../data/target.js';
import { UNSPECIFIED_SECTOR_DEFAULTS } from '../data/sectors.js';
import { formatCount, formatYearSpan, type UiStrings } from '../i18n/strings.js';
import { dataText, kindName, renderLinkPlaces, renderPlaceName, typeName } from './names.js';
import { tooltipStyles } from './tooltip.styles.js';
import { groupOf } from '../data/link-group.js';
import { renderGroupTooltip } from './group-tooltip.js';

export { dataText, kindName, renderLinkPlaces, renderPlaceName, typeName } from './names.js';

/** Styles the element adopts into its shadow root when the tooltip first shows there. */
export const partStyles = [tooltipStyles];

export interface TooltipProps {
  dataset: DataSet;
  target: Target;
  /** Pointer position in CSS pixels from the map's top-left corner. */
  x: number;
  y: number;
  /** Size of the map in CSS pixels; the tooltip is kept inside it. */
  width: number;
  height: number;
  /** Ids of the links drawn under the current filters, to count a place's visible links. */
  visible: ReadonlySet<string>;
  lang: string;
  strings: UiStrings;
  /** The pointer came onto the tooltip, and left it: it stays while the pointer is on it (WCAG 1.4.13). */
  onPointerEnter?: () => void;
  onPointerLeave?: () => void;
}

/** Gap between the pointer and the tooltip, in CSS pixels, so the tooltip never hides what it describes. */
export const TOOLTIP_OFFSET = 12;
/** Space kept between the tooltip and the map's edge, in CSS pixels. */
export const TOOLTIP_MARGIN = 8;
/** Widest a tooltip grows, in CSS pixels. */
export const TOOLTIP_MAX_WIDTH = 280;
/** Height a tooltip usually needs, in CSS pixels: below the pointer when there is this much room. */
const TOOLTIP_TYPICAL_HEIGHT = 120;

export interface TooltipPlacement {
  left?: string;
  right?: string;
  top?: string;
  bottom?: string;
  maxWidth: string;
  maxHeight: string;
}

/**
 * Where the tooltip goes for a pointer at (x, y): on the side of the pointer with more room,
 * anchored by the edge nearest the pointer and capped to the room left, so it stays inside the
 * map whatever its content. Computed from the props alone, since a render function cannot
 * measure what it renders.
 */
export function tooltipPlacement(x: number, y: number, width: number, height: number): TooltipPlacement {
  const px = Math.min(Math.max(x, 0), width);
  const py = Math.min(Math.max(y, 0), height);
  const gap = TOOLTIP_OFFSET + TOOLTIP_MARGIN;
  const roomRight = width - px - gap;
  const roomLeft = px - gap;
  const roomBelow = height - py - gap;
  const roomAbove = py - gap;
  const toRight = roomRight >= TOOLTIP_MAX_WIDTH || roomRight >= roomLeft;
  const below = roomBelow >= TOOLTIP_TYPICAL_HEIGHT || roomBelow >= roomAbove;
  const placement: TooltipPlacement = {
    maxWidth: `${Math.max(0, Math.min(TOOLTIP_MAX_WIDTH, toRight ? roomRight : roomLeft))}px`,
    maxHeight: `${Math.max(0, below ? roomBelow : roomAbove)}px`,
  };
  if (toRight) placement.left = `${px + TOOLTIP_OFFSET}px`;
  else placement.right = `${width - px + TOOLTIP_OFFSET}px`;
  if (below) placement.top = `${py + TOOLTIP_OFFSET}px`;
  else placement.bottom = `${height - py + TOOLTIP_OFFSET}px`;
  return placement;
}

/** A link's sectors as colored swatches with their labels. */
export function renderSectorList(dataset: DataSet, sectorIds: readonly string[], lang: string): TemplateResult {
  return html`<ul class="sector-list">
    ${sectorIds.map((id) => {
      const sector = dataset.sectors.find((s) => s.id === id);
      const color = sector?.color ?? UNSPECIFIED_SECTOR_DEFAULTS.color;
      return html`<li data-sector=${id}>
        <span class="swatch" ${cssomStyle({ '--_swatch': color })}></span>${dataText(sector?.label, lang, id)}
      </li>`;
    })}
  </ul>`;
}

/** Links that start or end at a place, in data order. */
export function linksOfPlace(dataset: DataSet, place: Place): Link[] {
  return dataset.links.filter((link) => link.sourceIndex === place.index || link.targetIndex === place.index);
}

function linkContent(props: TooltipProps, link: Link): TemplateResult {
  const { dataset, lang, strings } = props;
  const group = groupOf(link);
  if (group) return renderGroupTooltip(dataset, group, lang, strings);
  const years = formatYearSpan(link.since, link.until, strings);
  const facts = [typeName(link.type, strings), strings.statusNames[link.status], years].filter((f): f is string =>
    Boolean(f),
  );
  return html`<div class="tooltip-title">${renderLinkPlaces(dataset, link, lang)}</div>
    ${renderSectorList(dataset, link.sectors, lang)}
    <div class="tooltip-facts">${facts.join(' · ')}</div>`;
}

function placeContent(props: TooltipProps, place: Place): TemplateResult {
  const { dataset, lang, strings, visible } = props;
  const links = linksOfPlace(dataset, place);
  const shown = links.filter((link) => visible.has(link.id)).length;
  return html`<div class="tooltip-title">${renderPlaceName(place, place.id, lang)}</div>
    <div class="tooltip-facts">${kindName(place.kind, strings)}</div>
    <div class="tooltip-facts">${strings.placeLinks(formatCount(shown, lang), formatCount(links.length, lang))}</div>`;
}

/**
 * The tooltip for a hovered link (places, sectors, type, status, years) or place (name, kind,
 * visible and total links). Text from the data is bound as text, never parsed as HTML.
 */
export function renderTooltip(props: TooltipProps): TemplateResult {
  const { target } = props;
  const placement = tooltipPlacement(props.x, props.y, props.width, props.height);
  return html`<div
    class="panel tooltip"
    part="tooltip"
    role="tooltip"
    id="coop-tooltip"
    data-kind=${target.kind}
    ${cssomStyle({ ...placement })}
    @pointerenter=${() => props.onPointerEnter?.()}
    @pointerleave=${() => props.onPointerLeave?.()}
  >
    ${target.kind === 'link' ? linkContent(props, target.link) : placeContent(props, target.place)}
  </div>`;
}
