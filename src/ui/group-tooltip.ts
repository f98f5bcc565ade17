import { html, type TemplateResult } from 'lit';
import type { LinkGroup } from '../data/link-group.js';
import type { DataSet } from '../data/model.js';
import { UNSPECIFIED_SECTOR_DEFAULTS } from '../data/sectors.js';
import { formatCount, localize, type UiStrings } from '../i18n/strings.js';
import { cssomStyle } from './cssom-style.js';
import { renderLinkPlaces } from './names.js';

/** Sectors a group's tooltip names, most links first. */
export const TOOLTIP_SECTORS = 3;

/** "12 links · summed weight 340": the weight only when some link has one of its own. */
export function groupFacts(group: LinkGroup, lang: string, strings: UiStrings): string {
  const count = strings.groupLinks(formatCount(group.links.length, lang));
  return group.weight === group.links.length
    ? count
    : `${count} · ${strings.groupWeight(formatCount(group.weight, lang))}`;
}

/** A group's sectors with the number of its links in each, most first. */
export function renderSectorCounts(group: LinkGroup, lang: string, limit = Infinity): TemplateResult {
  return html`<ul class="sector-list">
    ${group.sectors.slice(0, limit).map(([id, count]) => {
      const sector = group.data.sectors.find((s) => s.id === id);
      const color = sector?.color ?? UNSPECIFIED_SECTOR_DEFAULTS.color;
      return html`<li data-sector=${id}>
        <span class="swatch" ${cssomStyle({ '--_swatch': color })}></span>${localize(sector?.label, lang) || id}
        (${formatCount(count, lang)})
      </li>`;
    })}
  </ul>`;
}

/** A group's tooltip: its two areas, how many links (and their weight), its top sectors. */
export function renderGroupTooltip(
  dataset: DataSet,
  group: LinkGroup,
  lang: string,
  strings: UiStrings,
): TemplateResult {
  return html`<div class="tooltip-title">${renderLinkPlaces(dataset, group.link, lang)}</div>
    <div class="tooltip-facts" data-group-count=${group.links.length}>${groupFacts(group, lang, strings)}</div>
    ${renderSectorCounts(group, lang, TOOLTIP_SECTORS)}`;
}
