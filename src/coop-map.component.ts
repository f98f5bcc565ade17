import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Map as MaplibreMap, StyleSpecification } from 'maplibre-gl';
import { componentStyles, maplibreStyles } from './coop-map.styles.js';
import { ElementState, type Projection } from './element-state.js';
import { DataLoader, loadInputs } from './controllers/data-loader.js';
import { MapBinding } from './controllers/map-binding.js';
import { GroupControl, type VisibleGroup } from './controllers/group-control.js';
import { MediaPreferences } from './controllers/media-preferences.js';
import { Playback } from './controllers/playback.js';
import { UiParts } from './controllers/ui-parts.js';
import { FilterChoices } from './controllers/filter-choices.js';
import { UrlSync } from './controllers/url-sync.js';
import { SearchControl } from './controllers/search.js';
import { AccessControl } from './controllers/access.js';
import { KeyboardControl } from './controllers/keyboard.js';
import { SizeWatch } from './controllers/size.js';
import { TooltipHover } from './controllers/tooltip-hover.js';
import type { ColumnMapping } from './data/parse.js';
import { targetId, type Target } from './data/target.js';
import type { CooperationDataInput } from './data/types.js';
import { COOP_EVENTS, coopEvent, filterChangeEvent, type CoopSelectDetail } from './events.js';
import { formatYears, type YearRange } from './filters/filters.js';
import { toggleSectorValue } from './filters/sector-toggle.js';
import { ENGLISH, UI_STRINGS, uiLanguage, type UiStrings } from './i18n/strings.js';
import type { DataFile } from './load/data-file.js';
import { overrideWorkerUrl, workerUrlOverride } from './load/worker-url.js';
import type { Theme } from './map/basemap.js';
import { downloadExport, exportImage, pngLegend, visibleLinksCsv } from './ui/export-view.js';
import { renderControls } from './ui/controls.js';
import { renderNotice, renderProblemsNotice } from './ui/notice.js';
import { renderOverlays } from './ui/overlays.js';
import type { ViewName } from './ui/toolbar.js';
import { uiStyles } from './ui/ui.styles.js';

/**
 * `<coop-map>` draws arcs between cooperating regions, cities and organizations on a MapLibre
 * map, with filters by sector, years and status.
 *
 * @summary Interactive map of twinned and partner regions.
 *
 * @event coop-load - A data set was loaded and its arcs are on screen. `detail: { links, places, issues }`.
 * @event coop-error - A data set or region file could not be used. `detail: { message, issues }`.
 * @event coop-filter-change - The user changed a filter. `detail: { sectors, years, types, countries }`.
 * @event coop-select - The user selected or cleared a link or place. `detail: { kind, id }`.
 *
 * @csspart legend - The legend with sector toggles and the status key.
 * @csspart tooltip - The tooltip of the hovered link or place.
 * @csspart panel - The details panel of the selected link or place.
 * @csspart timeline - The year-range slider with play/pause.
 * @csspart map - The map's container.
 * @csspart notice - Loading progress and data problems.
 * @csspart problems - The notice of rows left out and values ignored, which opens into the list of problems.
 *
 * @cssproperty --coop-map-font - Font of the legend and panels.
 * @cssproperty --coop-map-color - Text color of the panels.
 * @cssproperty --coop-map-panel-background - Background of the panels.
 * @cssproperty --coop-map-border-color - Border color of the panels.
 * @cssproperty --coop-map-muted-color - Color of secondary text and switched-off sectors.
 * @cssproperty --coop-map-accent-color - Focus ring and hover color.
 */
export class CoopMap extends LitElement {
  static override styles = [maplibreStyles, componentStyles, uiStyles];

  /** MapLibre's worker script for the maps made after it is set; null = the one beside the package's modules. */
  static get workerUrl(): string | null {
    return workerUrlOverride();
  }
  static set workerUrl(url: string | URL | null) {
    overrideWorkerUrl(url);
  }

  // Each property declared once, with Lit's decorators (`useDefineForClassFields: false`); set ones reflect.

  /** URL of a cooperation data set: JSON, CSV or an Excel workbook (.xlsx). */
  @property({ reflect: true }) src: string | null = null;
  /** The data set as an object, or a data file (File, Blob, ArrayBuffer); wins over `src`. `null` takes it away. */
  @property({ attribute: false }) data: CooperationDataInput | DataFile | null = null;
  /** URL of extra or replacement region shapes (GeoJSON or TopoJSON). */
  @property({ attribute: 'regions-src', reflect: true }) regionsSrc: string | null = null;
  /** Region shapes as an object (GeoJSON or TopoJSON); wins over `regions-src`. */
  @property({ attribute: false }) regions: unknown = null;
  /** Active sectors, space- or comma-separated (commas when an id has a space); absent = all. Reflects the choice. */
  @property({ reflect: true }) sectors: string | null = null;
  /** `2016` or `2015-2020`; absent = all time. Reflects the user's choice. */
  @property({ reflect: true }) years: string | null = null;
  /** Statuses shown (`active planned suspended ended`); absent = all. */
  @property({ reflect: true }) statuses: string | null = null;
  /** Link types shown (`twinned agreement`), listed as `sectors` are; absent = all. Reflects the user's choice. */
  @property({ reflect: true }) types: string | null = null;
  /** ISO 3166-1 alpha-2 codes (`KR KZ`): a link shows when either end lies in one; absent = all. Reflects choices. */
  @property({ reflect: true }) countries: string | null = null;
  /** Language of labels and UI; absent = the page's `lang` (the nearest ancestor's), then English. */
  @property({ reflect: true }) override lang!: string;
  /** A MapLibre style URL or object for the basemap; absent = the bundled offline basemap. */
  @property({ attribute: 'map-style' }) mapStyle: string | StyleSpecification | null = null;
  /** `mercator` (default) or `globe`. */
  @property({ reflect: true }) projection: Projection | null = null;
  /** `light` or `dark`; absent = follows `prefers-color-scheme`. */
  @property({ reflect: true }) theme: Theme | null = null;
  /** Id of the selected link or place. */
  @property({ reflect: true }) selected: string | null = null;
  /** CSV column names mapped to the documented ones: JSON (`{"origincityLabel":"source_name"}`) or `a:b, c:d`. */
  @property() columns: string | ColumnMapping | null = null;
  /** The sheet of an Excel workbook (`src` or `.data` an .xlsx file) to read; absent = the first. */
  @property({ reflect: true }) sheet: string | null = null;
  /** Seconds each download (data, regions, geodata) waits for the server before coop-error; absent = 60. */
  @property({ type: Number }) timeout: number | null = null;
  /** Where the bundled geodata is; absent = beside the script. */
  @property({ attribute: 'geodata-base' }) geodataBase: string | null = null;
  /** Hides the legend. */
  @property({ type: Boolean, attribute: 'no-legend', reflect: true }) noLegend = false;
  /** At most this many links drawn, the heaviest first (after the other filters). */
  @property({ reflect: true }) top: string | null = null;
  /** Links lighter than this are not drawn (after the other filters). */
  @property({ attribute: 'min-weight', reflect: true }) minWeight: string | null = null;
  /** `country` or `region`: one arc per pair of countries (or admin-1 regions), after the filters. */
  @property({ attribute: 'group-by', reflect: true }) groupBy: string | null = null;
  /** Hides the search box. */
  @property({ type: Boolean, attribute: 'no-search', reflect: true }) noSearch = false;
  /** Hides the timeline. */
  @property({ type: Boolean, attribute: 'no-timeline', reflect: true }) noTimeline = false;
  /** Hides the notice of the data's problems (rows left out, values ignored), e.g. on a published page. */
  @property({ type: Boolean, attribute: 'hide-problems', reflect: true }) hideProblems = false;
  /** `map` (default) or `table`: the links as a sortable table, which follows the filters and the selection. */
  @property({ reflect: true }) view: ViewName | null = null;
  /** Keeps the filters (sectors, years, types, countries) and the selection in the URL hash, to share a view. */
  @property({ type: Boolean, attribute: 'sync-url', reflect: true }) syncUrl = false;
  /** What the pointer is on, and where (CSS px from the map's corner). */
  @state() private hover: { target: Target; x: number; y: number } | null = null;

  readonly #media = new MediaPreferences(this);
  readonly #state = new ElementState(this, this.#media);
  readonly #parts = new UiParts(this);
  readonly #choices = new FilterChoices(this, this.#state, this.#parts, () => this.#loader.view);
  readonly #size = new SizeWatch(this);
  readonly #tooltipHover = new TooltipHover(this, (target, point) => this.#setHover(target, point));
  readonly #binding = new MapBinding(this, this.#parts, {
    container: () => this.renderRoot.querySelector<HTMLElement>('.map'),
    view: () => this.#state.mapView(this.mapStyle, ...this.#group.onMap(this.hover, this.selection), this.#lastStrings),
    reservedRight: () => this.#size.legendWidth(this.renderRoot),
    onPointer: (target, point) => this.#tooltipHover.pointer(target, point),
    onClick: (target) => this.select(target ? targetId(target) : null),
    onFatal: (message) => this.#loader.fail(message),
    onUnavailable: () => this.requestUpdate(),
  });
  readonly #loader = new DataLoader(this, {
    inputs: () => ({ ...loadInputs(this), geodataBase: this.#state.geodataBase, timeoutMs: this.#state.timeoutMs() }),
    present: async (result, signal) => {
      this.hover = null;
      this.#access.reset();
      // The legend's width decides how the view is fitted: it must be rendered first.
      await this.updateComplete;
      await this.#binding.show(await this.#group.prepare(result, signal), signal);
    },
  });
  readonly #group: GroupControl = new GroupControl(this, this.#binding, this.#state, {
    ...{ view: () => this.#loader.view, onChange: () => this.#access.regrouped() },
  });
  readonly #playback = new Playback(this, {
    get: () => this.#state.filters().years,
    set: (range) => this.setYears(range),
  });
  readonly #access = new AccessControl(this, {
    state: this.#state,
    parts: this.#parts,
    size: this.#size,
    binding: this.#binding,
    media: this.#media,
    ...{ view: () => this.#group.view ?? this.#loader.view, links: () => this.#loader.view },
    strings: () => this.#lastStrings,
    mapContainer: () => this.renderRoot.querySelector<HTMLElement>('.map'),
    selection: () => this.selection,
    select: (id) => this.select(id),
    point: (target, at) => this.#setHover(target, at),
    setView: (view) => (this.view = view === 'map' ? null : view),
  });
  readonly #search = new SearchControl(this, this.#parts, this.#binding, {
    ...{ view: () => this.#loader.view, announce: (text: string) => this.#access.announcer.now(text) },
    placesOnMap: (indices: readonly number[]) => this.#group.placesOnMap(indices),
  });
  /** The strings of the last render, kept while the strings of a new language load. */
  #lastStrings: UiStrings | undefined;

  constructor() {
    super();
    new UrlSync(this);
    new KeyboardControl(this, {
      escape: () => this.#escape(),
      tooltipShown: () => this.hover !== null,
      hideTooltip: () => (this.hover = null),
    });
  }

  /** The MapLibre map, once created: an escape hatch. */
  get map(): MaplibreMap | null {
    return this.#binding.map;
  }

  /** Ids of the links drawn after filters. */
  get visibleLinks(): string[] {
    const view = this.#loader.view;
    return view ? [...view.visibleIds(this.#state.filters(), this.#state.filterKey())] : [];
  }

  /** Ids of the places drawn: a place shows when one of its links is drawn (`top` and `min-weight` too). */
  get visiblePlaces(): string[] {
    const [view, state] = [this.#group.view ?? this.#loader.view, this.#state];
    return view ? [...view.drawn(state.filters(), state.thinning(), state.filterKey()).places] : [];
  }

  /** With `group-by`, the groups drawn: `{ id, source, target, links }` (`links`: ids of its links). */
  get visibleGroups(): VisibleGroup[] {
    return this.#group.visibleGroups(this.#state.filterKey());
  }

  /** The selected link, place or group, resolved from `selected` (a link id wins over a place id). */
  get selection(): Target | null {
    return this.#group.resolve(this.selected) ?? this.#loader.view?.resolve(this.selected) ?? null;
  }

  /** Ids of the links drawn in a box of the map (CSS px; all of it when absent), read back from the GPU. */
  queryRenderedLinks(box?: { x: number; y: number; width: number; height: number }): Promise<string[]> {
    return this.#binding.renderedLinks(box);
  }

  /**
   * Selects a link or place by id (or clears the selection with null) as the user does: the
   * `selected` attribute changes and `coop-select` fires. Mouse, keyboard and table all go through here.
   */
  select(id: string | null): void {
    if (id === this.selected) return;
    this.selected = id;
    const selection = this.selection;
    const detail = { kind: selection ? this.#group.kindOf(selection) : null, id: selection ? id : null };
    this.dispatchEvent(coopEvent<CoopSelectDetail>(COOP_EVENTS.select, detail));
  }

  /** Highlights the link or place of an id as hovered, with its tooltip at `point`; null clears it. */
  hoverTarget(id: string | null, point: { x: number; y: number } = { x: 0, y: 0 }): void {
    this.#setHover(this.#group.resolve(id) ?? this.#loader.view?.resolve(id) ?? null, point);
  }

  /** Toggles a sector the way the legend does: from "all", switching one off keeps every other on. */
  toggleSector(id: string): void {
    const dataset = this.#loader.view?.dataset;
    if (!dataset) return;
    const ids = dataset.sectors.map((s) => s.id);
    this.sectors = toggleSectorValue(this.sectors, ids, id);
    this.dispatchEvent(filterChangeEvent(this.#state.filters()));
  }

  /** Sets the years as the timeline does: the attribute changes and coop-filter-change fires. */
  setYears(range: YearRange | null): void {
    this.years = formatYears(range);
    this.dispatchEvent(filterChangeEvent(this.#state.filters()));
  }

  /** The visible links as CSV text, in the documented columns (loads back as it is). */
  exportCsv(): string {
    return this.#loader.view ? visibleLinksCsv(this.#loader.view, this.visibleLinks, this.#state.language) : '';
  }

  /** The current view, map and legend, as a PNG image. */
  async exportPng(): Promise<Blob> {
    const [controller, view, lang] = [this.#binding.controller, this.#loader.view, this.#state.language];
    if (!controller || !view) throw new Error('coop-map: nothing to export yet');
    const legend = pngLegend(view, this.#state.filters(), this.visibleLinks.length, lang);
    return exportImage(controller, await legend, this.renderRoot.querySelector('.map')!);
  }

  /** Resolves when the map has drawn everything it has been given. */
  whenIdle(): Promise<void> {
    return this.updateComplete.then(() => this.#binding.whenIdle());
  }

  /** Also waits for the parts the last render asked for (a language's strings, the panel, the tooltip). */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.#parts.complete(() => super.getUpdateComplete());
  }

  /** Escape closes the last thing opened: the list of keys, the details, the tooltip. */
  #escape(): boolean {
    if (this.#access.keysOpen) this.#access.toggleKeys();
    else if (this.selected !== null) this.#access.close();
    else if (this.hover !== null) this.hover = null;
    else return false;
    return true;
  }

  #setHover(target: Target | null, point: { x: number; y: number }): void {
    this.hover = target ? { target, ...point } : null; // null again is no change: Lit does not render
  }

  protected override render() {
    const lang = this.#state.language;
    // Another language's strings come in a chunk of their own: until then the element keeps the language it
    // had (at first no text at all), not English for a moment, which would also lose the focus in the legend.
    const strings = (this.#lastStrings = this.#parts.get(UI_STRINGS[uiLanguage(lang)], ENGLISH) ?? this.#lastStrings);
    const view = strings ? this.#loader.view : null;
    const [{ selection, hover }, { phase, progress, error }] = [this, this.#loader];
    const table = this.#state.viewName(this.#binding.unavailable === null) === 'table';
    // The map is out of reach of keys and readers under the table, and under the panel that covers a narrow element.
    const covered = table || this.#access.sheetOpen;
    // One template whatever has loaded, so that the map's container is never replaced.
    return html`
      <div class="map" part="map" role="region" aria-label=${strings?.mapLabel ?? nothing} ?inert=${covered}></div>
      ${
        view
          ? renderOverlays({
              ...{ parts: this.#parts, view, selection, hover, lang, strings: strings!, state: this.#state },
              datasetOf: (target: Target) => this.#group.datasetOf(target),
              visible: () => new Set(this.visibleLinks),
              map: this.renderRoot.querySelector<HTMLElement>('.map'),
              onClose: () => this.#access.close(),
              // A link chosen in a place's panel opens its own panel, and the focus moves there.
              onSelectLink: (id) => this.#access.open(view.resolve(id)!, null),
              layout: { aboveTimeline: !!view.extent && !this.noTimeline, sheet: this.#access.sheetOpen },
              tooltipHover: this.#tooltipHover,
            })
          : nothing
      }
      <div class="chrome" ?inert=${this.#access.sheetOpen}>
        ${strings ? this.#access.renderChrome(strings) : nothing}
        ${strings && view && !this.noSearch && !table ? this.#search.render(strings, lang, this.#size.narrow) : nothing}
        ${
          view
            ? renderControls({
                view,
                filters: this.#state.filters(),
                ...{ thinning: this.#state.thinning(), filterKey: this.#state.filterKey() },
                grouped: this.#group.view,
                ...{ strings: strings!, lang, noLegend: this.noLegend, choices: this.#choices.render(strings!, lang) },
                ...{ playing: this.#playback.playing, reducedMotion: this.#media.prefersReducedMotion },
                onToggleSector: (id) => this.toggleSector(id),
                onYears: (range) => (this.#playback.stop(), this.setYears(range)),
                ...{ noTimeline: this.noTimeline, onTogglePlay: (extent) => this.#playback.toggle(extent) },
                onExport: (format) => downloadExport(format, this),
                ...this.#access.legendFold(),
              })
            : nothing
        }
      </div>
      ${strings ? renderNotice({ phase, progress, error, strings }) : nothing}
      ${strings && !this.hideProblems ? renderProblemsNotice(this.#parts, this.#loader, strings, lang) : nothing}
      ${strings ? this.#access.renderAids(strings) : nothing}
    `;
  }
}
