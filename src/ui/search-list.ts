import { css, html, type TemplateResult } from 'lit';
import type { DataSet } from '../data/model.js';
import type { DataView } from '../filters/data-view.js';
import { formatCount, type UiStrings } from '../i18n/strings.js';
import type { MapController } from '../map/map-controller.js';
import { PlaceSearch, type SearchResult } from './search-index.js';

/**
 * The search box's list of places and what choosing one does: a chunk of its own, with the
 * matching (search-index.ts) and the list's styles, loaded when the reader first focuses or types
 * in the box (src/controllers/search.ts keeps the box itself, which takes typing at once).
 */
export const partStyles = [
  css`
    .search ul,
    .search-empty {
      margin: 2px 0 0;
      padding: 4px 0;
      list-style: none;
      color: var(--_fg);
      background: var(--_bg);
      border: 1px solid var(--_border);
      border-radius: 6px;
      box-shadow: 0 2px 8px rgb(0 0 0 / 0.15);
    }
    .search-empty {
      padding: 6px 10px;
      color: var(--_muted);
    }
    .search li {
      display: flex;
      flex-direction: column;
      padding: 4px 10px;
      min-height: 24px;
      cursor: pointer;
    }
    .search li[aria-selected='true'],
    .search li:hover {
      background: color-mix(in srgb, var(--_accent) 16%, transparent);
    }
    .search-facts {
      color: var(--_muted);
    }
  `,
];

export interface SearchListOptions {
  view: () => DataView | null;
  map: () => MapController | null;
  select: (id: string) => void;
  announce: (text: string) => void;
  placesOnMap: (indices: readonly number[]) => number[];
}

export class SearchList {
  #announced = '';
  readonly #indexes = new WeakMap<DataSet, PlaceSearch>();

  constructor(private readonly options: SearchListOptions) {}

  /** The places that match `query`, best first; says how many (once per query and count). */
  find(query: string, lang: string, strings: UiStrings): SearchResult[] {
    const dataset = this.options.view()?.dataset;
    if (!dataset) return [];
    let index = this.#indexes.get(dataset);
    if (!index) this.#indexes.set(dataset, (index = new PlaceSearch(dataset)));
    const results = index.find(query, lang);
    const said = `${query}|${results.length}`;
    if (said !== this.#announced) {
      this.#announced = said;
      const text = results.length ? strings.searchResults(formatCount(results.length, lang)) : strings.searchNoResults;
      queueMicrotask(() => this.options.announce(text));
    }
    return results;
  }

  option(result: SearchResult, i: number, active: boolean, strings: UiStrings, lang: string, onChoose: () => void) {
    const facts = [result.country, strings.searchLinks(formatCount(result.links, lang))].filter(Boolean).join(' · ');
    return html`<li
      id="coop-search-${i}"
      role="option"
      aria-selected=${active ? 'true' : 'false'}
      @pointerdown=${(event: Event) => event.preventDefault()}
      @click=${onChoose}
    >
      <bdi class="search-name">${result.name}</bdi>
      <span class="search-facts">${facts}</span>
    </li>` as TemplateResult;
  }

  /** Selects the place, fits the view to it and its partners, and says so. */
  choose(result: SearchResult, lang: string, strings: UiStrings | null): void {
    const { place } = result;
    this.options.select(place.id);
    const dataset = this.options.view()?.dataset;
    const partners = new Set<number>([place.index]);
    for (const link of dataset?.links ?? []) {
      if (link.sourceIndex === place.index) partners.add(link.targetIndex);
      if (link.targetIndex === place.index) partners.add(link.sourceIndex);
    }
    this.options.map()?.fitToData({ places: this.options.placesOnMap([...partners]), animate: false });
    if (strings) this.options.announce(strings.searchChosen(result.name, formatCount(partners.size - 1, lang)));
  }
}
