import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Map as MaplibreMap, StyleSpecification } from 'maplibre-gl';
import { AttributeChecker } from './attributes.js';
import { componentStyles, maplibreStyles } from './coop-map.styles.js';
import { DataLoader } from './controllers/data-loader.js';
import { MapBinding, type MapView } from './controllers/map-binding.js';
import { MediaPreferences } from './controllers/media-preferences.js';
import { Playback } from './controllers/playback.js';
import { UiParts } from './controllers/ui-parts.js';
import { UrlSync } from './controllers/url-sync.js';
import { KeyboardControl } from './controllers/keyboard.js';
import type { ColumnMapping } from './data/parse.js';
import { targetId, type Target } from './data/target.js';
import type { CooperationDataInput } from './data/types.js';
import { COOP_EVENTS, coopEvent, type CoopFilterChangeDetail, type CoopSelectDetail } from './events.js';
import { formatYears, parseSectors, type FilterState, type YearRange } from './filters/filters.js';
import { toggleSectorValue } from './filters/sector-toggle.js';
import { ENGLISH, loadStrings, UI_STRINGS, uiLanguage, type UiStrings } from './i18n/strings.js';
import { defaultGeodataBase } from './load/geodata-base.js';
import type { Theme } from './map/basemap.js';
import { download, exportImage, pngLegend, visibleLinksCsv } from './ui/export-view.js';
import { renderControls } from './ui/controls.js';
import { renderNotice } from './ui/notice.js';
import { renderOverlays } from './ui/overlays.js';
import { uiStyles } from './ui/ui.styles.js';

const THEMES: readonly Theme[] = ['light', 'dark'];
const PROJECTIONS = ['mercator', 'globe'] as const;

/**
 * `<coop-map>` draws arcs between cooperating regions, cities and organizations on a MapLibre
 * map, with filters by sector, years and status.
 *
 * @summary Interactive map of twinned and partner regions.
 *
 * @event coop-load - A data set was loaded and its arcs are on screen. `detail: { links, places, issues }`.
 * @event coop-error - A data set or region file could not be used. `detail: { message, issues }`.
 * @event coop-filter-change - The user changed sectors or years. `detail: { sectors, years }`.
 * @event coop-select - The user selected or cleared a link or place. `detail: { kind, id }`.
 *
 * @csspart legend - The legend with sector toggles and the status key.
 * @csspart tooltip - The tooltip of the hovered link or place.
 * @csspart panel - The details panel of the selected link or place.
 * @csspart timeline - The year-range slider with play/pause.
 * @csspart map - The map's container.
 * @csspart notice - Loading progress and data problems.
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

  // Properties are declared once each, with Lit's decorators (the TypeScript form with
  // `useDefineForClassFields: false`, so the initializers go through Lit's accessors). Only what
  // the page or the reader sets is reflected: defaults stay off the element's attributes.

  /** URL of a cooperation data set, JSON or CSV. */
  @property({ reflect: true }) src: string | null = null;
  /** The data set as an object; wins over `src` when set. `null` takes the data away. */
  @property({ attribute: false }) data: CooperationDataInput | null = null;
  /** URL of extra or replacement region shapes (GeoJSON or TopoJSON). */
  @property({ attribute: 'regions-src', reflect: true }) regionsSrc: string | null = null;
  /** Region shapes as an object (GeoJSON or TopoJSON); wins over `regions-src`. */
  @property({ attribute: false }) regions: unknown = null;
  /** Active sectors, space- or comma-separated; absent = all. Reflects the user's choice. */
  @property({ reflect: true }) sectors: string | null = null;
  /** `2016` or `2015-2020`; absent = all time. Reflects the user's choice. */
  @property({ reflect: true }) years: string | null = null;
  /** Statuses shown (`active planned suspended ended`); absent = all. */
  @property({ reflect: true }) statuses: string | null = null;
  /** Language of labels and UI; absent = the page's `lang` (the nearest ancestor's), then English. */
  @property({ reflect: true }) override lang!: string;
  /** A MapLibre style URL or object for the basemap; absent = the bundled offline basemap. */
  @property({ attribute: 'map-style' }) mapStyle: string | StyleSpecification | null = null;
  /** `mercator` (default) or `globe`. */
  @property({ reflect: true }) projection: (typeof PROJECTIONS)[number] | null = null;
  /** `light` or `dark`; absent = follows `prefers-color-scheme`. */
  @property({ reflect: true }) theme: Theme | null = null;
  /** Id of the selected link or place. */
  @property({ reflect: true }) selected: string | null = null;
  /**
   * CSV column names mapped to the documented ones, as JSON (`{"origincityLabel":"source_name"}`) or
   * `from:to, from:to`.
   */
  @property() columns: string | ColumnMapping | null = null;
  /** Where the bundled geodata is; absent = beside the script. */
  @property({ attribute: 'geodata-base' }) geodataBase: string | null = null;
  /** Hides the legend. */
  @property({ type: Boolean, attribute: 'no-legend', reflect: true }) noLegend = false;
  /** Hides the timeline. */
  @property({ type: Boolean, attribute: 'no-timeline', reflect: true }) noTimeline = false;
  /** Keeps sectors, years and the selection in the page's URL hash, so a view can be shared as a link. */
  @property({ type: Boolean, attribute: 'sync-url', reflect: true }) syncUrl = false;
  /** What the pointer is on, and where (CSS px from the map's corner). */
  @state() private hover: { target: Target; x: number; y: number } | null = null;

  readonly #checker = new AttributeChecker();
  readonly #media = new MediaPreferences(this);
  readonly #parts = new UiParts(this);
  readonly #binding = new MapBinding(this, {
    container: () => this.renderRoot.querySelector<HTMLElement>('.map'),
    view: () => this.#mapView(),
    reservedRight: () => this.renderRoot.querySelector<HTMLElement>('.legend')?.offsetWidth ?? 0,
    onPointer: (target, point) => this.#setHover(target, point),
    onClick: (target) => this.select(target ? targetId(target) : null),
    onFatal: (message) => this.#loader.fail(message),
  });
  readonly #loader = new DataLoader(this, {
    inputs: () => ({
      data: this.data ?? null,
      src: this.src,
      regions: this.regions,
      regionsSrc: this.regionsSrc,
      columns: this.columns,
      geodataBase: this.#resolvedGeodataBase,
    }),
    present: async (result, signal) => {
      this.hover = null;
      // The legend's width decides how the view is fitted: it must be rendered first.
      await this.updateComplete;
      await this.#binding.show(result && { dataset: result.dataset, shapes: result.shapes }, signal);
    },
  });
  readonly #playback = new Playback(this, { get: () => this.#filters().years, set: (range) => this.setYears(range) });
  /** The strings of the last render, kept while the strings of a new language load. */
  #lastStrings: UiStrings | undefined;

  constructor() {
    super();
    new UrlSync(this);
    new KeyboardControl(this, { active: () => this.hover !== null, clear: () => (this.hover = null) });
  }

  /** The MapLibre map, once created: an escape hatch. */
  get map(): MaplibreMap | null {
    return this.#binding.map;
  }

  /** Ids of the links drawn after filters. */
  get visibleLinks(): string[] {
    const view = this.#loader.view;
    return view ? [...view.visibleIds(this.#filters(), this.#filterKey())] : [];
  }

  /** The selected link or place, resolved from `selected` (a link id wins over a place id). */
  get selection(): Target | null {
    return this.#loader.view?.resolve(this.selected) ?? null;
  }

  /**
   * Ids of the links actually drawn in a rectangle of the map (CSS pixels; the whole map when
   * absent), read back from the GPU after the next frame.
   */
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
    const detail = { kind: selection?.kind ?? null, id: selection ? id : null };
    this.dispatchEvent(coopEvent<CoopSelectDetail>(COOP_EVENTS.select, detail));
  }

  /** Highlights the link or place of an id as hovered, with its tooltip at `point`; null clears it. */
  hoverTarget(id: string | null, point: { x: number; y: number } = { x: 0, y: 0 }): void {
    this.#setHover(this.#loader.view?.resolve(id) ?? null, point);
  }

  /** Toggles a sector the way the legend does: from "all", switching one off keeps every other on. */
  toggleSector(id: string): void {
    const dataset = this.#loader.view?.dataset;
    if (!dataset) return;
    this.sectors = toggleSectorValue(
      this.sectors,
      dataset.sectors.map((s) => s.id),
      id,
    );
    this.#emitFilterChange();
  }

  /** Sets the years as the timeline does: the attribute changes and coop-filter-change fires. */
  setYears(range: YearRange | null): void {
    this.years = formatYears(range);
    this.#emitFilterChange();
  }

  /** The visible links as CSV text, in the documented columns (loads back as it is). */
  exportCsv(): string {
    const view = this.#loader.view;
    return view ? visibleLinksCsv(view, this.visibleLinks, this.#language) : '';
  }

  /** The current view, map and legend, as a PNG image. */
  async exportPng(): Promise<Blob> {
    const controller = this.#binding.controller;
    const view = this.#loader.view;
    if (!controller || !view) throw new Error('coop-map: nothing to export yet');
    const strings = await loadStrings(uiLanguage(this.#language)).catch(() => ENGLISH);
    const legend = pngLegend(view, this.#filters(), this.visibleLinks.length, this.#language, strings);
    return exportImage(controller, legend, this.renderRoot.querySelector('.map')!);
  }

  /** Resolves when the map has drawn everything it has been given. */
  async whenIdle(): Promise<void> {
    await this.updateComplete;
    await this.#binding.whenIdle();
  }

  /**
   * Also waits for the parts the last render asked for (a language's strings, the panel, the
   * tooltip) and for the render that shows them, so that what resolves is what the user sees.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#parts.pending) {
      await this.#parts.settled();
      complete = (await super.getUpdateComplete()) && complete;
    }
    return complete;
  }

  get #language(): string {
    // `closest` is missing where the element is rendered outside a browser (server rendering).
    const inherited = typeof this.closest === 'function' ? this.closest('[lang]')?.getAttribute('lang') : null;
    return this.lang || inherited || globalThis.document?.documentElement.lang || 'en';
  }

  get #resolvedGeodataBase(): string {
    return this.geodataBase ? new URL(this.geodataBase, document.baseURI).href : defaultGeodataBase();
  }

  #filters(): FilterState {
    return {
      sectors: parseSectors(this.sectors),
      years: this.#checker.years(this.years),
      statuses: this.#checker.statuses(this.statuses),
    };
  }

  #filterKey(): string {
    return `${this.sectors}|${this.years}|${this.statuses}`;
  }

  #mapView(): MapView {
    const theme = this.#checker.oneOf('theme', this.theme, THEMES, "the reader's color scheme");
    const projection = this.#checker.oneOf('projection', this.projection, PROJECTIONS, '"mercator"');
    return {
      style: this.mapStyle,
      theme: theme ?? (this.#media.prefersDark ? 'dark' : 'light'),
      projection: projection ?? 'mercator',
      lang: this.#language,
      geodataBase: this.#resolvedGeodataBase,
      filters: this.#filters(),
      filterKey: this.#filterKey(),
      hover: this.hover?.target ?? null,
      selection: this.selection,
    };
  }

  #setHover(target: Target | null, point: { x: number; y: number }): void {
    if (target === null && this.hover === null) return;
    this.hover = target ? { target, ...point } : null;
  }

  #export(format: 'png' | 'csv'): void {
    if (format === 'png') void this.exportPng().then((blob) => download('coop-map.png', blob));
    else download('coop-map-links.csv', new Blob([this.exportCsv()], { type: 'text/csv;charset=utf-8' }));
  }

  #emitFilterChange(): void {
    const filters = this.#filters();
    const detail = { sectors: filters.sectors ? [...filters.sectors] : null, years: filters.years };
    this.dispatchEvent(coopEvent<CoopFilterChangeDetail>(COOP_EVENTS.filterChange, detail));
  }

  protected override render() {
    const lang = this.#language;
    // A language other than English comes in a chunk of its own. Until it has come, the element
    // keeps the language it had, and at first draws nothing with text (the map it does): English
    // first and the language a moment later would be a flash of the wrong language, and taking
    // the legend away on a change of language would lose the focus inside it. If the language
    // cannot be loaded, the element speaks English.
    const strings = (this.#lastStrings = this.#parts.get(UI_STRINGS[uiLanguage(lang)], ENGLISH) ?? this.#lastStrings);
    const view = strings ? this.#loader.view : null;
    const { selection, hover } = this;
    const { phase, progress, error } = this.#loader;
    // One template whatever has loaded, so that the map's container is never replaced. Order
    // matters for the CSS: the timeline comes before the panel, which it raises above it.
    return html`
      <div class="map" part="map" role="region" aria-label=${strings?.mapLabel ?? nothing}></div>
      ${
        view
          ? renderControls({
              view,
              filters: this.#filters(),
              strings: strings!,
              lang,
              noLegend: this.noLegend,
              noTimeline: this.noTimeline,
              playing: this.#playback.playing,
              reducedMotion: this.#media.prefersReducedMotion,
              onToggleSector: (id) => this.toggleSector(id),
              onYears: (range) => (this.#playback.stop(), this.setYears(range)),
              onTogglePlay: (extent) => this.#playback.toggle(extent),
              onExport: (format) => this.#export(format),
            })
          : nothing
      }
      ${
        view
          ? renderOverlays({
              parts: this.#parts,
              view,
              selection,
              hover,
              visible: () => new Set(this.visibleLinks),
              map: this.renderRoot.querySelector<HTMLElement>('.map'),
              lang,
              strings: strings!,
              onClose: () => this.select(null),
              onSelectLink: (id, focusHeading) => {
                this.select(id);
                void this.updateComplete.then(() => focusHeading(this.renderRoot));
              },
            })
          : nothing
      }
      ${strings ? renderNotice({ phase, progress, error, strings }) : nothing}
    `;
  }
}
