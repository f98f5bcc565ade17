import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { DataSet } from '../data/model.js';
import type { DataView } from '../filters/data-view.js';
import { formatCount, type UiStrings } from '../i18n/strings.js';
import { OnDemand } from '../load/on-demand.js';
import type { PlaceSearch, SearchResult } from '../ui/search-index.js';
import type { MapBinding } from './map-binding.js';
import type { UiParts } from './ui-parts.js';

/** The matching and folding of names: a chunk of its own, loaded when the reader first uses the box. */
const SEARCH = new OnDemand(() => import('../ui/search-index.js'));
const LIST_ID = 'coop-search-list';

export interface SearchOptions {
  view: () => DataView | null;
  announce: (text: string) => void;
}

/** The element: it selects as the reader does. */
type Host = ReactiveControllerHost & { select(id: string | null): void };

/**
 * The search box: a WAI-ARIA combobox (an input with a list box of places it controls, the
 * option under the arrow keys named by aria-activedescendant). Typing lists the places whose
 * names match, with their country and number of links; ArrowDown / ArrowUp move through them,
 * Enter or a click chooses one, Escape closes the list (and empties the box when it is closed).
 * Choosing selects the place, fits the view to it and its partners, and says so.
 */
export class SearchControl implements ReactiveController {
  #query = '';
  #open = false;
  #active = -1;
  #results: SearchResult[] = [];
  #announced = '';
  #strings: UiStrings | null = null;
  readonly #indexes = new WeakMap<DataSet, PlaceSearch>();

  constructor(
    private readonly host: Host,
    private readonly parts: UiParts,
    private readonly binding: MapBinding,
    private readonly options: SearchOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The box; on a narrow element (`narrow`) below the toolbar rather than beside it. */
  render(strings: UiStrings, lang: string, narrow: boolean): TemplateResult {
    this.#strings = strings;
    // The matching part loads once the reader starts typing (or focuses the box).
    if (this.#query && this.#open) this.#results = this.#find(lang);
    const expanded = this.#open && this.#query !== '';
    const empty = this.#results.length === 0;
    const active = expanded && this.#active >= 0 ? `coop-search-${this.#active}` : nothing;
    return html`<div class="search ${narrow ? 'narrow' : ''}">
      <input
        type="search"
        role="combobox"
        aria-label=${strings.searchLabel}
        aria-autocomplete="list"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls=${LIST_ID}
        aria-activedescendant=${active}
        placeholder=${strings.searchPlaceholder}
        autocomplete="off"
        spellcheck="false"
        .value=${this.#query}
        @focus=${() => this.parts.get(SEARCH)}
        @input=${(event: InputEvent) => this.#input((event.target as HTMLInputElement).value)}
        @keydown=${(event: KeyboardEvent) => this.#key(event, lang)}
        @blur=${() => this.#close()}
      />
      <ul id=${LIST_ID} role="listbox" aria-label=${strings.searchLabel} ?hidden=${!expanded || empty}>
        ${expanded ? this.#results.map((result, i) => this.#option(result, i, strings, lang)) : nothing}
      </ul>
      ${expanded && empty ? html`<div class="search-empty">${strings.searchNoResults}</div>` : nothing}
    </div>`;
  }

  #option(result: SearchResult, i: number, strings: UiStrings, lang: string): TemplateResult {
    const facts = [result.country, strings.searchLinks(formatCount(result.links, lang))].filter(Boolean).join(' · ');
    return html`<li
      id="coop-search-${i}"
      role="option"
      aria-selected=${i === this.#active ? 'true' : 'false'}
      @pointerdown=${(event: Event) => event.preventDefault()}
      @click=${() => this.#choose(result, lang)}
    >
      <bdi class="search-name">${result.name}</bdi>
      <span class="search-facts">${facts}</span>
    </li>`;
  }

  #find(lang: string): SearchResult[] {
    const module = this.parts.get(SEARCH);
    const dataset = this.options.view()?.dataset;
    if (!module || !dataset) return [];
    let index = this.#indexes.get(dataset);
    if (!index) this.#indexes.set(dataset, (index = new module.PlaceSearch(dataset)));
    const results = index.find(this.#query, lang);
    const said = `${this.#query}|${results.length}`;
    if (said !== this.#announced && this.#strings) {
      this.#announced = said;
      const text = results.length
        ? this.#strings.searchResults(formatCount(results.length, lang))
        : this.#strings.searchNoResults;
      queueMicrotask(() => this.options.announce(text));
    }
    return results;
  }

  #input(value: string): void {
    this.#query = value;
    this.#open = true;
    this.#active = -1;
    this.host.requestUpdate();
  }

  #key(event: KeyboardEvent, lang: string): void {
    const count = this.#results.length;
    const move = (to: number) => {
      this.#open = true;
      this.#active = count === 0 ? -1 : (to + count) % count;
    };
    if (event.key === 'ArrowDown') move(this.#active + 1);
    else if (event.key === 'ArrowUp') move(this.#active < 0 ? count - 1 : this.#active - 1);
    else if (event.key === 'Enter' && this.#open && count > 0)
      this.#choose(this.#results[Math.max(0, this.#active)]!, lang);
    else if (event.key === 'Escape' && (this.#open || this.#query)) {
      if (this.#open) this.#open = false;
      else this.#query = '';
      this.#active = -1;
    } else return;
    // Handled here: not the map's keys, nor the element's Escape.
    event.preventDefault();
    event.stopPropagation();
    this.host.requestUpdate();
  }

  #choose(result: SearchResult, lang: string): void {
    const { place } = result;
    this.#query = result.name;
    this.#close();
    this.host.select(place.id);
    const dataset = this.options.view()?.dataset;
    const partners = new Set<number>([place.index]);
    for (const link of dataset?.links ?? []) {
      if (link.sourceIndex === place.index) partners.add(link.targetIndex);
      if (link.targetIndex === place.index) partners.add(link.sourceIndex);
    }
    this.binding.controller?.fitToData({ places: [...partners], animate: false });
    if (this.#strings)
      this.options.announce(this.#strings.searchChosen(result.name, formatCount(partners.size - 1, lang)));
  }

  #close(): void {
    if (!this.#open) return;
    this.#open = false;
    this.#active = -1;
    this.host.requestUpdate();
  }
}
