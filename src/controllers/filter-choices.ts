import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { DataSet } from '../data/model.js';
import type { ElementState } from '../element-state.js';
import { filterChangeEvent } from '../events.js';
import type { DataView } from '../filters/data-view.js';
import { needsShapes, typesOf } from '../filters/facets.js';
import { toggleSectorValue } from '../filters/sector-toggle.js';
import type { UiStrings } from '../i18n/strings.js';
import { OnDemand } from '../load/on-demand.js';
import type { UiParts } from './ui-parts.js';

// The type toggles, the country button and its list: a chunk of their own, asked for once a data
// set has loaded (the legend shows before them).
const CHOICES = new OnDemand(() => import('../ui/filter-choices.js'));
// The country shapes' lookup, for places given only by coordinates: in the grouping's chunk, whose
// area index (with turf and Flatbush) it uses.
const SHAPES = new OnDemand(() => import('./group-session.js'));

/** The element's `types` and `countries`, as the reader changes them. */
interface Host extends ReactiveControllerHost, EventTarget {
  types: string | null;
  countries: string | null;
}

/**
 * `types` and `countries` in the legend: a toggle per link type (when the data has more than
 * one) and a button that opens the list of the data's countries, with counts and checkboxes.
 * Both change the attributes as the reader does (and fire `coop-filter-change`). The places
 * that only coordinates place get their countries from the country shapes, loaded the first
 * time `countries` is set or the list opens on such data; until then they lie in no country.
 */
export class FilterChoices implements ReactiveController {
  #open = false;
  /** The data set whose places' countries are being found or were found. */
  #shapesFor: DataSet | null = null;
  #finding = false;

  constructor(
    private readonly host: Host,
    private readonly state: ElementState,
    private readonly parts: UiParts,
    private readonly view: () => DataView | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostUpdated(): void {
    const view = this.view();
    if (view && (this.#open || this.state.filters().countries)) this.#findCountries(view.dataset);
  }

  /** The legend's part: the type toggles and the country button (with its list when open), once its chunk has come. */
  render(strings: UiStrings, lang: string): TemplateResult | typeof nothing {
    const view = this.view();
    const part = view ? this.parts.styled(CHOICES) : undefined;
    if (!view || !part) return nothing;
    const types = typesOf(view.dataset);
    return part.renderChoices({
      ...{ view, filters: this.state.filters(), strings, lang, types, open: this.#open, finding: this.#finding },
      onToggleType: (type) => this.#toggleType(type, types),
      onToggleOpen: () => this.#toggleOpen(),
      onToggleCountry: (code) => this.#toggleCountry(code),
      onAll: () => this.#setCountries(null),
      onClose: () => this.#close(),
    });
  }

  #toggleOpen(): void {
    this.#open = !this.#open;
    this.host.requestUpdate();
  }

  /** Closes the list and gives the focus back to its button. */
  #close(): void {
    this.#open = false;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      const root = (this.host as unknown as HTMLElement).shadowRoot;
      root?.querySelector<HTMLButtonElement>('.country-button')?.focus();
    });
  }

  #toggleType(type: string, all: readonly string[]): void {
    this.host.types = toggleSectorValue(this.host.types, all, type);
    this.#changed();
  }

  #toggleCountry(code: string): void {
    const chosen = new Set(this.state.filters().countries ?? []);
    if (chosen.has(code)) chosen.delete(code);
    else chosen.add(code);
    this.#setCountries(chosen.size > 0 ? [...chosen].join(' ') : null);
  }

  #setCountries(value: string | null): void {
    this.host.countries = value;
    this.#changed();
  }

  #changed(): void {
    this.host.dispatchEvent(filterChangeEvent(this.state.filters()));
  }

  #findCountries(dataset: DataSet): void {
    if (this.#shapesFor === dataset || !needsShapes(dataset)) return;
    this.#shapesFor = dataset;
    this.#finding = true;
    // Called from hostUpdated: the list says so at the next render, not within this one.
    queueMicrotask(() => this.host.requestUpdate());
    void SHAPES.load()
      .then(({ findPlaceCountries }) => findPlaceCountries(dataset, this.state.geodataBase, this.state.timeoutMs()))
      .then(
        () => this.state.refilter(),
        (error: unknown) => console.warn('coop-map: the countries of places could not be found:', error),
      )
      .finally(() => {
        this.#finding = false;
        this.host.requestUpdate();
      });
  }
}
