import { css, html, type TemplateResult } from 'lit';
import type { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { VIRTUALIZE_FROM, type LinkGroup } from '../data/link-group.js';
import type { Link } from '../data/model.js';
import type { UiStrings } from '../i18n/strings.js';
import { groupFacts, renderSectorCounts } from './group-tooltip.js';
import { linkFacts, renderLinkPlaces } from './names.js';

export const groupStyles = css`
  .group-links {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .group-links.virtual {
    height: min(50vh, 320px);
    overflow: auto;
  }
  .group-links > [role='listitem'] {
    width: 100%;
  }
`;

/** A group's panel: its facts, sectors, and its links, each a button that opens it. */
export function renderGroupBody(
  group: LinkGroup,
  lang: string,
  strings: UiStrings,
  onSelectLink: (id: string) => void,
  virtualizer?: typeof virtualize,
): TemplateResult {
  const row = (link: Link) =>
    html`<button type="button" class="link-button" data-link=${link.id} @click=${() => onSelectLink(link.id)}>
      <span class="link-name">${renderLinkPlaces(group.data, link, lang)}</span>
      <span class="muted">${linkFacts(link, strings)}</span>
    </button>`;
  const links = group.links as Link[];
  const listItem = (link: Link) => html`<div role="listitem">${row(link)}</div>`;
  // Thousands of rows (a corridor of the Wikipedia twin-city list) would take seconds to lay out.
  // The virtualizer comes on first use; until it has, the first rows show.
  const list =
    links.length >= VIRTUALIZE_FROM && virtualizer
      ? html`<div class="group-links virtual" role="list" aria-label=${strings.groupList}>
          ${virtualizer({ items: links, renderItem: listItem, scroller: true })}
        </div>`
      : html`<ul class="group-links" aria-label=${strings.groupList}>
          ${links.slice(0, VIRTUALIZE_FROM).map((link) => html`<li>${row(link)}</li>`)}
        </ul>`;
  return html`<p class="muted">${groupFacts(group, lang, strings)}</p>
    <h3>${strings.sectors}</h3>
    ${renderSectorCounts(group, lang)}
    <h3>${strings.groupList}</h3>
    ${list}`;
}
