import { adoptStyles, LitElement, html, nothing, supportsAdoptingStyleSheets, type CSSResult, type PropertyValues } from 'lit';
import type { FeatureCollection } from 'geojson';
import type { Map as MaplibreMap, StyleSpecification } from 'maplibre-gl';
import type { DataSet } from './data/model.js';
import { parseColumnMapping, type ColumnMapping } from './data/parse.js';
import type { CooperationDataInput, DataIssue } from './data/types.js';
import { componentStyles, maplibreStyles } from './coop-map.styles.js';
import { COOP_EVENTS, coopEvent, type CoopErrorDetail, type CoopFilterChangeDetail, type CoopLoadDetail, type CoopSelectDetail } from './events.js';
import { FilterIndex } from './filters/filter-index.js';
import {
  formatSectors,
  yearExtent,
  formatYears,
  isLinkVisible,
  parseSectors,
  parseStatuses,
  parseYears,
  type FilterState,
  type YearRange,
} from './filters/filters.js';
import { ENGLISH, loadStrings, localize, UI_STRINGS, uiLanguage, type UiStrings } from './i18n/strings.js';
import { readUrlState, writeUrlState } from './filters/url-state.js';
import { linksToCsv } from './ui/export.js';
import { fetchText, type LoadProgress } from './load/fetch.js';
import { defaultGeodataBase, loadCountries } from './load/geodata.js';
import { OnDemand } from './load/on-demand.js';
import { DataLoadError, runPipeline } from './load/pipeline.js';
import { MapController, type Pointed } from './map/map-controller.js';
import type { Theme } from './map/basemap.js';
import { renderLegend } from './ui/legend.js';
import { resolveSelection, type DetailsTarget } from './ui/selection.js';
import { renderTimeline } from './ui/timeline.js';
import { uiStyles } from './ui/ui.styles.js';
import { nextYears, PLAY_STEP_MS } from './filters/timeline.js';

// Parts a page loads on first use, each a chunk of its own: the details panel on the first
// selection, the tooltip on the first hover, the PNG export on the first export.
const DETAILS_PANEL = new OnDemand(() => import('./ui/details-panel.js'));
const TOOLTIP = new OnDemand(() => import('./ui/tooltip.js'));
const PNG_EXPORT = new OnDemand(() => import('./ui/export-png.js'));

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
  static override properties = {
    src: { reflect: true },
    data: { attribute: false },
    regionsSrc: { attribute: 'regions-src', reflect: true },
    regions: { attribute: false },
    sectors: { reflect: true },
    years: { reflect: true },
    statuses: { reflect: true },
    lang: { reflect: true },
    mapStyle: { attribute: 'map-style' },
    projection: { reflect: true },
    theme: { reflect: true },
    selected: { reflect: true },
    columns: { attribute: 'columns' },
    geodataBase: { attribute: 'geodata-base' },
    noLegend: { type: Boolean, attribute: 'no-legend', reflect: true },
    noTimeline: { type: Boolean, attribute: 'no-timeline', reflect: true },
    syncUrl: { type: Boolean, attribute: 'sync-url', reflect: true },
    model: { state: true },
    issues: { state: true },
    loadError: { state: true },
    progress: { state: true },
    loading: { state: true },
    drawing: { state: true },
    hover: { state: true },
    playing: { state: true },
  };

  /** URL of a cooperation data set, JSON or CSV. */
  declare src: string | null;

  /** The data set as an object; wins over `src` when set. */
  declare data: CooperationDataInput | null;

  /** URL of extra or replacement region shapes (GeoJSON or TopoJSON). */
  declare regionsSrc: string | null;

  /** Region shapes as an object (GeoJSON or TopoJSON); wins over `regions-src`. */
  declare regions: unknown;

  /** Active sectors, space- or comma-separated; absent = all. Reflects the user's choice. */
  declare sectors: string | null;

  /** `2016` or `2015-2020`; absent = all time. Reflects the user's choice. */
  declare years: string | null;

  /** Statuses shown (`active planned suspended ended`); absent = all. */
  declare statuses: string | null;

  /** Language of labels and UI; absent = the page's `lang`, then English. */
  declare lang: string;

  /** A MapLibre style URL or object for the basemap; absent = the bundled offline basemap. */
  declare mapStyle: string | StyleSpecification | null;

  /** `mercator` (default) or `globe`. */
  declare projection: 'mercator' | 'globe';

  /** `light` or `dark`; absent = follows `prefers-color-scheme`. */
  declare theme: Theme | null;

  /** Id of the selected link or place. */
  declare selected: string | null;

  /** CSV column names mapped to the documented ones, as JSON (`{"origincityLabel":"source_name"}`) or `from:to, from:to`. */
  declare columns: string | ColumnMapping | null;

  /** Where the bundled geodata is; absent = beside the script. */
  declare geodataBase: string | null;

  /** Hides the legend. */
  declare noLegend: boolean;

  /** Hides the timeline. */
  declare noTimeline: boolean;

  /** Keeps sectors, years and the selection in the page's URL hash, so a view can be shared as a link. */
  declare syncUrl: boolean;

  declare private model: DataSet | null;
  declare private issues: DataIssue[];
  declare private loadError: string | null;
  declare private progress: LoadProgress | null;
  declare private loading: boolean;
  /** The data is read; the map is drawing it. */
  declare private drawing: boolean;
  /** What the pointer (or, later, the keyboard focus) is on, and where. */
  declare private hover: { target: Pointed; x: number; y: number } | null;
  declare private playing: boolean;

  constructor() {
    super();
    this.src = null;
    this.data = null;
    this.regionsSrc = null;
    this.regions = null;
    this.sectors = null;
    this.years = null;
    this.statuses = null;
    this.lang = '';
    this.mapStyle = null;
    this.projection = 'mercator';
    this.theme = null;
    this.selected = null;
    this.columns = null;
    this.geodataBase = null;
    this.noLegend = false;
    this.noTimeline = false;
    this.syncUrl = false;
    this.model = null;
    this.issues = [];
    this.loadError = null;
    this.progress = null;
    this.loading = false;
    this.drawing = false;
    this.hover = null;
    this.playing = false;
  }
  private playTimer = 0;
  private readonly reducedMotion = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;

  private controller: MapController | null = null;
  private loadSeq = 0;
  private initialized = false;
  private filterCache: { key: string; ids: string[] } | null = null;
  private filterIndex: FilterIndex | null = null;
  /** The data's years, for the timeline. */
  private extent: [number, number] | null = null;
  private readonly colorScheme = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
  /** Parts a render asked for that are still loading; `updateComplete` waits for them. */
  private readonly loadingParts = new Map<OnDemand<unknown>, Promise<void>>();
  /** Parts that could not be loaded and render their fallback instead. */
  private readonly failedParts = new Set<OnDemand<unknown>>();
  /** The strings of the last render, kept while the strings of a new language load. */
  private lastStrings: UiStrings | undefined;
  /** Styles of on-demand parts already adopted into this element's shadow root. */
  private readonly adoptedStyles = new Set<CSSResult>();

  /** The MapLibre map, once created: an escape hatch. */
  get map(): MaplibreMap | null {
    return this.controller?.map ?? null;
  }

  /** Ids of the links drawn after filters. */
  get visibleLinks(): string[] {
    const dataset = this.model;
    if (!dataset) return [];
    const key = `${this.sectors}|${this.years}|${this.statuses}`;
    if (this.filterCache?.key !== key) {
      const filters = this.filterState();
      this.filterCache = { key, ids: dataset.links.filter((l) => isLinkVisible(l, filters)).map((l) => l.id) };
    }
    return [...this.filterCache.ids];
  }

  /**
   * Ids of the links actually drawn in a rectangle of the map (CSS pixels; the whole map when
   * absent), read back from the GPU after the next frame.
   */
  async queryRenderedLinks(box?: { x: number; y: number; width: number; height: number }): Promise<string[]> {
    if (!this.controller || !this.model) return [];
    const dataset = this.model;
    const indices = await this.controller.linksAt(box?.x ?? 0, box?.y ?? 0, box?.width, box?.height);
    return indices.map((i) => dataset.links[i]!.id);
  }

  private countsBySector(filters: FilterState): Map<string, number> {
    const dataset = this.model!;
    this.filterIndex ??= new FilterIndex(dataset);
    return this.filterIndex.countBySector(filters, dataset.sectors.map((s) => s.id));
  }

  /** The selected link or place, resolved from `selected` (a link id wins over a place id). */
  get selection(): DetailsTarget | null {
    return this.model ? resolveSelection(this.model, this.selected) : null;
  }

  /**
   * Selects a link or place by id (or clears the selection with null) as the user does: the
   * `selected` attribute changes and `coop-select` fires. Mouse, keyboard and table all go through here.
   */
  select(id: string | null): void {
    if (id === this.selected) return;
    this.selected = id;
    const selection = this.selection;
    this.dispatchEvent(coopEvent<CoopSelectDetail>(COOP_EVENTS.select, { kind: selection?.kind ?? null, id: selection ? id : null }));
  }

  /** Sets what is highlighted as hovered; null clears it. */
  hoverTarget(target: Pointed, point: { x: number; y: number } = { x: 0, y: 0 }): void {
    if (target === null && this.hover === null) return;
    this.hover = target ? { target, ...point } : null;
  }

  /** The visible links as CSV text, in the documented columns (loads back as it is). */
  exportCsv(): string {
    const dataset = this.model;
    if (!dataset) return '';
    const visible = new Set(this.visibleLinks);
    return linksToCsv(dataset, dataset.links.filter((l) => visible.has(l.id)), this.language);
  }

  /** The current view, map and legend, as a PNG image. */
  async exportPng(): Promise<Blob> {
    const controller = this.controller;
    const dataset = this.model;
    if (!controller || !dataset) throw new Error('coop-map: nothing to export yet');
    const [canvas, { composeMapImage }, strings] = await Promise.all([
      controller.snapshot(),
      PNG_EXPORT.load(),
      loadStrings(uiLanguage(this.language)).catch(() => ENGLISH),
    ]);
    const filters = this.filterState();
    const counts = this.countsBySector(filters);
    const entries = dataset.sectors
      .filter((s) => (filters.sectors === null || filters.sectors.has(s.id)) && (counts.get(s.id) ?? 0) > 0)
      .map((s) => ({ label: localize(s.label, this.language) || s.id, color: s.color, count: counts.get(s.id) ?? 0 }));
    const style = getComputedStyle(this.renderRoot.querySelector('.map')!);
    const image = composeMapImage(
      canvas,
      { title: localize(dataset.title, this.language) || strings.sectors, entries, footer: strings.linksShown(this.visibleLinks.length, dataset.links.length) },
      { background: style.getPropertyValue('--_bg') || '#ffffff', text: style.getPropertyValue('--_fg') || '#1f2328', border: style.getPropertyValue('--_border') || '#c9ccd1' },
      canvas.width / Math.max(1, controller.map.getCanvas().clientWidth),
    );
    return new Promise((resolve, reject) => image.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png'));
  }

  private download(name: string, blob: Blob): void {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  /**
   * What an on-demand part holds, once it has come. Until then this is undefined: the part starts
   * loading, the element renders again when it comes, and `updateComplete` waits for that render.
   * When the import fails, the `fallback` is used from then on; a part without one is tried again
   * at the next render that asks for it.
   */
  private onDemand<T>(part: OnDemand<T>, fallback?: T): T | undefined {
    if (part.value !== undefined) return part.value;
    if (fallback !== undefined && this.failedParts.has(part)) return fallback;
    if (!this.loadingParts.has(part)) {
      const loading = part
        .load()
        .then(
          () => this.requestUpdate(),
          (error: unknown) => {
            console.warn('coop-map: a part of the element could not be loaded:', error);
            if (fallback === undefined) return;
            this.failedParts.add(part);
            this.requestUpdate();
          },
        )
        .finally(() => this.loadingParts.delete(part));
      this.loadingParts.set(part, loading);
    }
    return undefined;
  }

  /** A loaded UI part, its styles adopted into the shadow root before it first renders here. */
  private withStyles<T extends { partStyles: readonly CSSResult[] }>(part: T | undefined): T | undefined {
    const root = this.renderRoot as ShadowRoot;
    for (const styles of part?.partStyles ?? []) {
      if (this.adoptedStyles.has(styles)) continue;
      this.adoptedStyles.add(styles);
      // Lit's adoptStyles replaces the adopted sheets; where there are none, it adds a <style>.
      if (supportsAdoptingStyleSheets && styles.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet];
      else adoptStyles(root, [styles]);
    }
    return part;
  }

  /**
   * Also waits for the parts the last render asked for (a language's strings, the panel, the
   * tooltip) and for the render that shows them, so that what resolves is what the user sees.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.loadingParts.size > 0) {
      await Promise.all(this.loadingParts.values());
      complete = (await super.getUpdateComplete()) && complete;
    }
    return complete;
  }

  /** Resolves when the map has drawn everything it has been given. */
  async whenIdle(): Promise<void> {
    await this.updateComplete;
    await this.controller?.whenIdle();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.colorScheme?.addEventListener('change', this.handleColorScheme);
    this.addEventListener('keydown', this.handleKeyDown);
    window.addEventListener('hashchange', this.handleHashChange);
    if (this.syncUrl) this.readUrl(false);
    if (this.hasUpdated) this.createMap();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.colorScheme?.removeEventListener('change', this.handleColorScheme);
    this.removeEventListener('keydown', this.handleKeyDown);
    window.removeEventListener('hashchange', this.handleHashChange);
    this.stopPlay();
    this.loadSeq++;
    this.controller?.destroy();
    this.controller = null;
  }

  private filterState(): FilterState {
    return { sectors: parseSectors(this.sectors), years: parseYears(this.years), statuses: parseStatuses(this.statuses) };
  }

  private get language(): string {
    return this.lang || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
  }

  private get effectiveTheme(): Theme {
    return this.theme ?? (this.colorScheme?.matches ? 'dark' : 'light');
  }

  private get resolvedGeodataBase(): string {
    return this.geodataBase ? new URL(this.geodataBase, document.baseURI).href : defaultGeodataBase();
  }

  protected override firstUpdated(): void {
    this.createMap();
  }

  private createMap(): void {
    if (this.controller) return;
    const container = this.renderRoot.querySelector<HTMLElement>('.map');
    if (!container) return;
    const base = this.resolvedGeodataBase;
    this.controller = new MapController({
      container,
      style: this.mapStyle,
      theme: this.effectiveTheme,
      projection: this.projection,
      lang: this.language,
      countries: loadCountries(base).then(
        (file) => file.features as FeatureCollection,
        () => null,
      ),
      onError: (error) => console.warn('coop-map:', error.message),
      onPointer: (target, point) => this.hoverTarget(target, point),
      onClick: (target) => {
        const dataset = this.model;
        if (!dataset) return;
        if (target === null) this.select(null);
        else this.select(target.kind === 'link' ? dataset.links[target.index]!.id : dataset.places[target.index]!.id);
      },
    });
    if (this.model) void this.showDataset(this.loadSeq);
    else void this.load();
  }

  protected override updated(changed: PropertyValues): void {
    const first = !this.initialized;
    this.initialized = true;
    if (!this.controller) return;
    // The first load starts with the map (createMap); later changes of the inputs reload.
    const inputs = ['src', 'data', 'regions', 'regionsSrc', 'columns', 'geodataBase'] as const;
    if (!first && inputs.some((name) => changed.has(name))) void this.load();
    if (changed.has('sectors') || changed.has('years') || changed.has('statuses')) this.controller.setFilter(this.filterState());
    if (changed.has('lang')) this.controller.setLang(this.language);
    if (changed.has('theme')) this.controller.setTheme(this.effectiveTheme);
    if (changed.has('mapStyle') && changed.get('mapStyle') !== undefined) this.controller.setStyle(this.mapStyle);
    if (changed.has('projection')) this.controller.setProjection(this.projection === 'globe' ? 'globe' : 'mercator');
    if (changed.has('hover') || changed.has('selected') || changed.has('model')) this.updateHighlight();
    if (this.syncUrl && (changed.has('sectors') || changed.has('years') || changed.has('selected'))) this.writeUrl();
  }

  private updateHighlight(): void {
    const target = this.hover?.target ?? null;
    const selection = this.selection;
    this.controller?.setHighlight({
      hoverLink: target?.kind === 'link' ? target.index : -1,
      hoverPlace: target?.kind === 'place' ? target.index : selection?.kind === 'place' ? selection.place.index : -1,
      selectedLink: selection?.kind === 'link' ? selection.link.index : -1,
    });
  }

  private readonly handleKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    if (this.selected === null && this.hover === null) return;
    this.hover = null;
    this.select(null);
    event.stopPropagation();
  };

  private urlPrefix(): string {
    return this.id;
  }

  /**
   * Applies the view in the hash. On a hash change the hash is the whole view (a key it lacks
   * means "all" or "none"); when the page opens with a hash that says nothing of this map, the
   * attributes the page set stay.
   */
  private readUrl(whole: boolean): void {
    const state = readUrlState(location.hash, this.urlPrefix());
    if (!whole && Object.keys(state).length === 0) return;
    this.sectors = state.sectors ?? null;
    this.years = state.years ?? null;
    this.selected = state.selected ?? null;
  }

  private writeUrl(): void {
    const hash = writeUrlState(location.hash, { sectors: this.sectors, years: this.years, selected: this.selected }, this.urlPrefix());
    if (hash !== location.hash && !(hash === '' && location.hash === '')) {
      history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
    }
  }

  private readonly handleHashChange = (): void => {
    if (this.syncUrl) this.readUrl(true);
  };

  private readonly handleColorScheme = (): void => {
    if (this.theme === null) this.controller?.setTheme(this.effectiveTheme);
    this.requestUpdate();
  };

  /** Loads the current `data` or `src`; the latest call wins, and nothing lands on a disconnected element. */
  private async load(): Promise<void> {
    const seq = ++this.loadSeq;
    const current = () => seq === this.loadSeq && this.isConnected;
    // Start after the current update: state set inside an update would schedule another one. Not
    // after the parts it waits for, though: the data need not wait for the UI's strings.
    await super.getUpdateComplete();
    if (!current() || (!this.data && !this.src)) return;
    this.loading = true;
    this.drawing = false;
    this.loadError = null;
    this.progress = null;
    try {
      const onProgress = (progress: LoadProgress) => {
        if (current()) this.progress = progress;
      };
      const text = this.data ? undefined : await fetchText(new URL(this.src!, document.baseURI).href, 'data', { onProgress });
      if (!current()) return;
      let regions = this.regions;
      if ((regions === null || regions === undefined) && this.regionsSrc) {
        regions = JSON.parse(await fetchText(new URL(this.regionsSrc, document.baseURI).href, 'regions', { onProgress })) as unknown;
        if (!current()) return;
      }
      const columns = typeof this.columns === 'string' ? parseColumnMapping(this.columns) : { mapping: this.columns ?? undefined, errors: [] };
      const result = await runPipeline({
        text,
        data: this.data ?? undefined,
        columns: columns.mapping,
        regions: regions ?? undefined,
        geodataBase: this.resolvedGeodataBase,
        onProgress,
      });
      if (!current()) return;
      this.model = result.dataset;
      this.issues = [
        ...columns.errors.map((message): DataIssue => ({ severity: 'warning', code: 'column-mapping', path: 'columns', message })),
        ...result.issues,
      ];
      this.drawing = true;
      this.filterCache = null;
      this.filterIndex = new FilterIndex(result.dataset);
      this.extent = yearExtent(result.dataset);
      this.hover = null;
      this.controller?.setData(result.dataset, result.shapes);
      await this.showDataset(seq);
    } catch (error) {
      if (!current()) return;
      const issues = error instanceof DataLoadError ? error.issues : [];
      const message = (error as Error).message || String(error);
      this.loadError = message;
      this.loading = false;
      this.dispatchEvent(coopEvent<CoopErrorDetail>(COOP_EVENTS.error, { message, issues }));
    }
  }

  private async showDataset(seq: number): Promise<void> {
    const controller = this.controller;
    const dataset = this.model;
    if (!controller || !dataset) return;
    await controller.whenReady();
    if (seq !== this.loadSeq || !this.isConnected) return;
    controller.setFilter(this.filterState());
    await this.updateComplete;
    controller.fitToData({ reserveRight: this.renderRoot.querySelector<HTMLElement>('.legend')?.offsetWidth ?? 0 });
    await controller.whenIdle();
    if (seq !== this.loadSeq || !this.isConnected) return;
    this.loading = false;
    this.drawing = false;
    this.progress = null;
    this.dispatchEvent(
      coopEvent<CoopLoadDetail>(COOP_EVENTS.load, { links: dataset.links.length, places: dataset.places.length, issues: this.issues }),
    );
  }

  /** Toggles a sector the way the legend does: from "all", switching one off keeps every other on. */
  toggleSector(id: string): void {
    const dataset = this.model;
    if (!dataset) return;
    const all = dataset.sectors.map((s) => s.id);
    const active = new Set(parseSectors(this.sectors) ?? all);
    if (active.has(id)) active.delete(id);
    else active.add(id);
    const everything = all.every((s) => active.has(s));
    this.sectors = everything ? null : formatSectors(active);
    this.emitFilterChange();
  }

  /** Sets the years as the timeline does: the attribute changes and coop-filter-change fires. */
  setYears(range: YearRange | null): void {
    this.years = formatYears(range);
    this.emitFilterChange();
  }

  private startPlay(extent: [number, number]): void {
    this.stopPlay();
    this.playing = true;
    const step = () => {
      if (!this.isConnected || !this.playing) return;
      this.setYears(nextYears(parseYears(this.years), extent));
      this.playTimer = window.setTimeout(step, PLAY_STEP_MS);
    };
    step();
  }

  private stopPlay(): void {
    clearTimeout(this.playTimer);
    this.playing = false;
  }

  private emitFilterChange(): void {
    const filters = this.filterState();
    this.dispatchEvent(
      coopEvent<CoopFilterChangeDetail>(COOP_EVENTS.filterChange, {
        sectors: filters.sectors ? [...filters.sectors] : null,
        years: filters.years,
      }),
    );
  }

  protected override render() {
    const lang = this.language;
    // A language other than English comes in a chunk of its own. Until it has come, the element
    // keeps the language it had, and at first draws nothing with text (the map it does): English
    // first and the language a moment later would be a flash of the wrong language, and taking
    // the legend away on a change of language would lose the focus inside it. If the language
    // cannot be loaded, the element speaks English.
    const strings = this.onDemand(UI_STRINGS[uiLanguage(lang)], ENGLISH) ?? this.lastStrings;
    this.lastStrings = strings;
    const dataset = this.model;
    const filters = this.filterState();
    const extent = this.extent;
    const selection = this.selection;
    const hover = this.hover?.target ? this.hover : null;
    // The panel and the tooltip load on first use: they show once their chunk has come.
    const details = strings && dataset && selection ? this.withStyles(this.onDemand(DETAILS_PANEL)) : undefined;
    const tooltip = strings && dataset && hover ? this.withStyles(this.onDemand(TOOLTIP)) : undefined;
    // A filter change must not walk every link: counts come from the index, and the set of
    // visible ids is only built when a tooltip or the panel needs it.
    const visible = details || tooltip ? new Set(this.visibleLinks) : new Set<string>();
    const mapElement = this.renderRoot.querySelector<HTMLElement>('.map');
    // One template whatever has loaded, so that the map's container is never replaced. Order
    // matters for the CSS: the timeline comes before the panel, which it raises above it.
    return html`
      <div class="map" part="map" role="region" aria-label=${strings?.mapLabel ?? nothing}></div>
      ${strings && dataset && !this.noLegend
        ? renderLegend({
            dataset,
            sectors: filters.sectors,
            counts: this.countsBySector(filters),
            shown: this.filterIndex!.countVisible(filters),
            sectorsInUse: this.filterIndex!.sectorsInUse,
            statusesInUse: this.filterIndex!.statusesInUse,
            lang,
            strings,
            onToggle: (id) => this.toggleSector(id),
            onExportPng: () => void this.exportPng().then((blob) => this.download('coop-map.png', blob)),
            onExportCsv: () => this.download('coop-map-links.csv', new Blob([this.exportCsv()], { type: 'text/csv;charset=utf-8' })),
          })
        : nothing}
      ${strings && dataset && extent && !this.noTimeline
        ? renderTimeline({
            extent,
            range: filters.years,
            playing: this.playing,
            reducedMotion: this.reducedMotion?.matches ?? false,
            strings,
            onChange: (range) => {
              this.stopPlay();
              this.setYears(range);
            },
            onTogglePlay: () => (this.playing ? this.stopPlay() : this.startPlay(extent)),
          })
        : nothing}
      ${strings && dataset && selection && details
        ? details.renderDetails({
            dataset,
            target: selection,
            visible,
            lang,
            strings,
            onClose: () => this.select(null),
            onSelectLink: (id) => {
              this.select(id);
              void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${details.DETAILS_HEADING_ID}`)?.focus());
            },
          })
        : nothing}
      ${strings && dataset && hover?.target && tooltip
        ? tooltip.renderTooltip({
            dataset,
            target: hover.target.kind === 'link'
              ? { kind: 'link', link: dataset.links[hover.target.index]! }
              : { kind: 'place', place: dataset.places[hover.target.index]! },
            x: hover.x,
            y: hover.y,
            width: mapElement?.clientWidth ?? 0,
            height: mapElement?.clientHeight ?? 0,
            visible,
            lang,
            strings,
          })
        : nothing}
      ${strings ? this.renderNotice(strings) : nothing}
    `;
  }

  private renderNotice(strings: UiStrings) {
    if (this.loadError) {
      return html`<div class="panel notice error" part="notice" role="alert">
        <strong>${strings.loadFailed}</strong>
        <div>${this.loadError}</div>
      </div>`;
    }
    if (this.loading) {
      // While the map draws there is no measure of progress: the bar shows as indeterminate.
      const p = this.drawing ? null : this.progress;
      return html`<div class="panel notice" part="notice" role="status">
        ${this.drawing ? strings.drawing
          : p === null ? strings.loading
          : p.what === 'geodata' || p.what === 'regions' ? strings.loadingGeodata
          : p.what === 'parse' || p.what === 'validate' ? strings.checking
          : strings.loading}
        <progress max=${p?.total ?? nothing} value=${p?.total ? p.loaded : nothing}></progress>
      </div>`;
    }
    return nothing;
  }
}
