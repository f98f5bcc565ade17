import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { targetId, type Target } from '../data/target.js';
import type { DataView } from '../filters/data-view.js';
import type { FilterState } from '../filters/filters.js';
import { formatCount, formatYearSpan, localize, type UiStrings } from '../i18n/strings.js';
import type { MapController } from '../map/map-controller.js';
import { INITIAL_TABLE_STATE, type TableState } from '../ui/table-state.js';
import { OnDemand } from '../load/on-demand.js';
import type { UiParts } from './ui-parts.js';
import { renderToolbar, type ViewName } from '../ui/toolbar.js';
import { typeName } from '../ui/names.js';
import { Announcer } from './announcer.js';
import type { SizeWatch } from './size.js';
import { KeyboardCursor } from './keyboard-loader.js';
import type { MapBinding, MapLabels } from './map-binding.js';
import type { MediaPreferences } from './media-preferences.js';
import type { ElementState } from '../element-state.js';
import { placeCountriesPart } from '../ui/statistics-part.js';

const TABLE_VIEW = new OnDemand(() => import('../ui/table-view.js'));
const KEYS_PANEL = new OnDemand(() => import('../ui/keys-panel.js'));

/** Id of the hidden text that describes the map's keys (the canvas's `aria-describedby`). */
export const KEYS_HINT_ID = 'coop-map-keys-hint';

interface Host extends ReactiveControllerHost {
  readonly isConnected: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
}

/** The canvas's name and description, and MapLibre's own button, in the element's language. */
export function mapLabels(strings: UiStrings): MapLabels {
  return {
    map: strings.mapLabel,
    roleDescription: strings.mapRole,
    describedBy: KEYS_HINT_ID,
    toggleAttribution: strings.toggleAttribution,
  };
}

/** What the element tells its reading aids. */
export interface AccessOptions {
  state: ElementState;
  parts: UiParts;
  size: SizeWatch;
  binding: MapBinding;
  media: MediaPreferences;
  view: () => DataView | null;
  /** The data set's own links, which the filters count (with `group-by`, `view` holds the groups). */
  links: () => DataView | null;
  strings: () => UiStrings | undefined;
  mapContainer: () => HTMLElement | null;
  selection: () => Target | null;
  select: (id: string | null) => void;
  point: (target: Target | null, at: { x: number; y: number }) => void;
  setView: (view: ViewName) => void;
}

/**
 * Everything that makes the element readable without a mouse or without sight: the keyboard
 * cursor over the map, the table view, the list of keys, the one live region with what changed,
 * and where the focus goes when a panel opens or closes (never to the page's body).
 */
export class AccessControl implements ReactiveController {
  readonly announcer: Announcer;
  readonly navigator: KeyboardCursor;
  table: TableState = INITIAL_TABLE_STATE;
  keysOpen = false;
  readonly size: SizeWatch;
  /** Whether the reader unfolded the legend on a narrow element. */
  #legendOpen = false;
  readonly #host: Host;
  readonly #options: AccessOptions;
  /** Where the focus goes back to when the details close: what opened them from the keyboard. */
  #returnFocus: HTMLElement | null = null;
  #announcedFilters: string | null = null;
  readonly #filters: () => FilterState;
  readonly #filterKey: () => string;
  readonly #lang: () => string;
  readonly #map: () => MapController | null;
  readonly #reducedMotion: () => boolean;
  readonly #viewName: () => ViewName;
  readonly #mapAvailable: () => boolean;

  constructor(host: Host, options: AccessOptions) {
    this.#host = host;
    this.#options = options;
    const { state, binding, media } = options;
    this.#filters = () => state.filters();
    this.#filterKey = () => state.filterKey();
    this.#lang = () => state.language;
    this.#map = () => binding.controller;
    this.#reducedMotion = () => media.prefersReducedMotion;
    this.#viewName = () => state.viewName(binding.unavailable === null);
    this.#mapAvailable = () => binding.unavailable === null;
    host.addController(this);
    this.announcer = new Announcer(host);
    this.size = options.size;
    this.navigator = new KeyboardCursor(host, options.parts, {
      view: options.view,
      filters: this.#filters,
      thinning: () => state.thinning(),
      filterKey: this.#filterKey,
      lang: this.#lang,
      strings: options.strings,
      map: this.#map,
      container: options.mapContainer,
      point: options.point,
      announce: (text) => this.announcer.now(text),
      open: (target) => this.open(target, this.#map()?.canvas ?? null),
      toggleKeys: () => this.toggleKeys(),
      reducedMotion: this.#reducedMotion,
    });
  }

  hostUpdated(): void {
    const view = this.#options.view();
    const key = view ? this.#filterKey() : null;
    if (key === this.#announcedFilters) return;
    // The first state of a data set is not news; a change of the filters is said once.
    const first = this.#announcedFilters === null;
    this.#announcedFilters = key;
    const links = this.#options.links();
    if (links && !first) this.announcer.announce(this.#filterSummary(links));
  }

  /** A new data set: the cursor and the table start again, and its first filters are not news. */
  reset(): void {
    this.regrouped();
    this.#announcedFilters = null;
  }

  /** New arcs of the same data set (`group-by`): the cursor and the table start again. */
  regrouped(): void {
    this.navigator.reset();
    this.table = INITIAL_TABLE_STATE;
  }

  /** Opens the details of a target and moves the focus into them; `returnTo` gets it back on close. */
  open(target: Target, returnTo: HTMLElement | null): void {
    // From a panel to another (a place's link), the way back stays the first one's.
    if (returnTo || !this.#options.selection()) this.#returnFocus = returnTo;
    this.#options.select(targetId(target));
    void this.#host.updateComplete.then(() => this.#focus('[part~="panel"] h2'));
  }

  /** Closes the details (Close, Escape) and puts the focus back where it was before they opened. */
  close(): void {
    const back = this.#returnFocus;
    this.#returnFocus = null;
    this.#options.select(null);
    const target = back?.isConnected ? back : (this.#map()?.canvas ?? null);
    void this.#host.updateComplete.then(() => target?.focus());
  }

  /** The legend folded (true) or not on a narrow element, null where it does not fold; and its toggle. */
  legendFold(): { legendFolded: boolean | null; onFoldLegend: () => void } {
    return {
      legendFolded: this.size.narrow ? !this.#legendOpen : null,
      onFoldLegend: () => {
        this.#legendOpen = !this.#legendOpen;
        this.#host.requestUpdate();
      },
    };
  }

  /** On a narrow element the details panel covers it: the rest is inert until the panel closes. */
  get sheetOpen(): boolean {
    return this.size.narrow && this.#options.selection() !== null;
  }

  toggleKeys(): void {
    this.keysOpen = !this.keysOpen;
    this.#host.requestUpdate();
    if (this.keysOpen) void this.#host.updateComplete.then(() => this.#focus('[part~="keys"] h2'));
    else this.#map()?.canvas.focus();
  }

  /** The toolbar and the table (in the table view). */
  renderChrome(strings: UiStrings): TemplateResult {
    const view = this.#options.view();
    const viewName = this.#viewName();
    // The table comes in a chunk of its own the first time it is shown.
    const table = view && viewName === 'table' ? this.#options.parts.styled(TABLE_VIEW) : undefined;
    // The summary counts the data set's own links (with `group-by` the table lists the groups).
    const links = table ? this.#options.links() : null;
    const countryOf = links
      ? this.#options.parts.get(placeCountriesPart(links.dataset, this.#options.state))
      : undefined;
    return html`
      ${renderToolbar({
        view: viewName,
        mapAvailable: this.#mapAvailable(),
        strings,
        onView: (name) => this.#options.setView(name),
        onZoom: (action) => this.#zoom(action),
      })}
      ${
        view && table
          ? table.renderTable({
              view,
              shown: view.visibleIds(this.#filters(), this.#filterKey()),
              selection: this.#options.selection(),
              state: this.table,
              note: this.#mapAvailable() ? null : strings.mapUnavailable,
              lang: this.#lang(),
              strings,
              summary:
                links && countryOf
                  ? {
                      dataset: links.dataset,
                      shown: new Set(links.visibleIds(this.#filters(), this.#filterKey())),
                      countryOf,
                      filtersKey: this.#options.state.filtersKey(),
                      lang: this.#lang(),
                    }
                  : undefined,
              onState: (state) => {
                this.table = state;
                this.#host.requestUpdate();
              },
              onSelect: (id, button) => {
                const target = id === null ? null : view.resolve(id);
                if (target) this.open(target, button);
                else this.close();
              },
            })
          : nothing
      }
    `;
  }

  /** The list of keys, the keys' hint for the canvas, and the live region. */
  renderAids(strings: UiStrings): TemplateResult {
    // The list of keys comes in a chunk of its own the first time it opens.
    const keys = this.keysOpen ? this.#options.parts.styled(KEYS_PANEL) : undefined;
    return html`
      ${keys ? keys.renderKeysPanel(strings, () => this.toggleKeys()) : nothing}
      <div id=${KEYS_HINT_ID} hidden>${strings.mapKeysHint}</div>
      ${this.announcer.render()}
    `;
  }

  #zoom(action: 'in' | 'out' | 'fit'): void {
    const map = this.#map();
    if (!map) return;
    if (action === 'fit') map.fitToData({ animate: !this.#reducedMotion() });
    else map.zoomBy(action === 'in' ? 1 : -1, { animate: !this.#reducedMotion() });
  }

  #focus(selector: string): void {
    this.#host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** "1993: 9 of 12 links shown — culture, education — twinned — KR": what the filters show now. */
  #filterSummary(view: DataView): string {
    const strings = this.#options.strings()!;
    const lang = this.#lang();
    const filters = this.#filters();
    const shown = view.index.countVisible(filters);
    const parts = [strings.linksShown(formatCount(shown, lang), formatCount(view.dataset.links.length, lang))];
    if (filters.sectors) {
      const names = view.dataset.sectors
        .filter((s) => filters.sectors!.has(s.id))
        .map((s) => localize(s.label, lang) || s.id);
      parts.push(names.length > 0 ? names.join(', ') : strings.none);
    }
    // Link types by name, countries by code ("twinned — KR, KZ").
    for (const [chosen, name] of [
      [filters.types, (type: string) => typeName(type, strings)],
      [filters.countries, (code: string) => code],
    ] as const)
      if (chosen) parts.push(chosen.size > 0 ? [...chosen].map(name).join(', ') : strings.none);
    const years = filters.years ? formatYearSpan(filters.years.from, filters.years.to, strings) : null;
    return years ? `${years}: ${parts.join(' — ')}` : parts.join(' — ');
  }
}
