import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { DataView } from '../filters/data-view.js';
import type { UiStrings } from '../i18n/strings.js';
import { OnDemand } from '../load/on-demand.js';
import type { SearchList } from '../ui/search-list.js';
import type { SearchResult } from '../ui/search-index.js';
import type { MapBinding } from './map-binding.js';
import type { UiParts } from './ui-parts.js';

/** The list of places, its matching and its styles: a chunk of its own, loaded when the reader first uses the box. */
const LIST = new OnDemand(() => import('../ui/search-list.js'));
const LIST_ID = 'coop-search-list';

export interface SearchOptions {
  view: () => DataView | null;
  announce: (text: string) => void;
  /** The map's places for places of the data (their areas with `group-by`). */
  placesOnMap: (indices: readonly number[]) => number[];
}

/** The element: it selects as the reader does. */
type Host = ReactiveControllerHost & { select(id: string | null): void };

/**
 * The search box: a WAI-ARIA combobox (an input with a list box of places it controls, the
 * option under the arrow keys named by aria-activedescendant). Typing lists the places whose
 * names match, with their country and number of links; ArrowDown / ArrowUp move through them,
 * Enter or a click chooses one, Escape closes the list (and empties the box when it is closed).
 * Choosing selects the place, fits the view to it and its partners, and says so. The box is
 * here from the first frame and takes typing at once; the list comes on the first focus or input.
 */
export class SearchControl implements ReactiveController {
  #query = '';
  #open = false;
  #active = -1;
  #results: SearchResult[] = [];
  #strings: UiStrings | null = null;
  /** Whether the reader has used the box: the list's chunk is asked for from then on. */
  #used = false;
  #list: SearchList | null = null;

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
    const list = this.#listPart();
    if (list && this.#query && this.#open) this.#results = list.find(this.#query, lang, strings);
    const expanded = this.#open && this.#query !== '';
    // Until the list has come, nothing is said to be found or not.
    const empty = this.#results.length === 0;
    const active = expanded && this.#active >= 0 ? `coop-search-${this.#active}` : nothing;
    return html`<div class="search ${narrow ? 'narrow' : ''}">
      <input
        type="search"
        role="combobox"
        aria-label=${strings.searchLabel}
        aria-autocomplete="list"
        aria-expanded=${expanded && list ? 'true' : 'false'}
        aria-controls=${LIST_ID}
        aria-activedescendant=${active}
        placeholder=${strings.searchPlaceholder}
        autocomplete="off"
        spellcheck="false"
        .value=${this.#query}
        @focus=${() => this.#use()}
        @input=${(event: InputEvent) => this.#input((event.target as HTMLInputElement).value)}
        @keydown=${(event: KeyboardEvent) => this.#key(event, lang)}
        @blur=${() => this.#close()}
      />
      <ul id=${LIST_ID} role="listbox" aria-label=${strings.searchLabel} ?hidden=${!expanded || empty}>
        ${
          expanded && list
            ? this.#results.map((result, i) =>
                list.option(result, i, i === this.#active, strings, lang, () => this.#choose(result, lang)),
              )
            : nothing
        }
      </ul>
      ${expanded && empty && list ? html`<div class="search-empty">${strings.searchNoResults}</div>` : nothing}
    </div>`;
  }

  /** The list, once it has come (and asked for once the box is used). */
  #listPart(): SearchList | null {
    if (this.#list || !this.#used) return this.#list;
    const module = this.parts.styled(LIST);
    if (module)
      this.#list = new module.SearchList({
        view: this.options.view,
        map: () => this.binding.controller,
        select: (id) => this.host.select(id),
        announce: this.options.announce,
        placesOnMap: this.options.placesOnMap,
      });
    return this.#list;
  }

  #use(): void {
    if (this.#used) return;
    this.#used = true;
    this.host.requestUpdate();
  }

  #input(value: string): void {
    this.#used = true;
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
    this.#query = result.name;
    this.#close();
    this.#list?.choose(result, lang, this.#strings);
  }

  #close(): void {
    if (!this.#open) return;
    this.#open = false;
    this.#active = -1;
    this.host.requestUpdate();
  }
}
