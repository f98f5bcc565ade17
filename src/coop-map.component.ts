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
import type { ColumnMapping } from './data/parse.js';
import { targetId, type Target } from './data/target.js';
import type { CooperationDataInput } from './data/types.js';
import { COOP_EVENTS, coopEvent, type CoopFilterChangeDetail, type CoopSelectDetail } from './events.js';
import { formatSectors, formatYears, parseSectors, type FilterState, type YearRange } from './filters/filters.js';
import { ENGLISH, loadStrings, UI_STRINGS, uiLanguage, type UiStrings } from './i18n/strings.js';
import { defaultGeodataBase } from './load/geodata.js';
import { OnDemand } from './load/on-demand.js';
import type { Theme } from './map/basemap.js';
import type { Highlight } from './map/map-controller.js';
import { linksToCsv } from './ui/export.js';
import { download, pngLegend } from './ui/export-view.js';
import { renderLegend } from './ui/legend.js';
import { renderNotice } from './ui/notice.js';
import { renderTimeline } from './ui/timeline.js';
import { uiStyles } from './ui/ui.styles.js';

// Parts a page loads on first use, each a chunk of its own: the details panel on the first
// selection, the tooltip on the first hover, the PNG export on the first export.
const DETAILS_PANEL = new OnDemand(() => import('./ui/details-panel.js'));
const TOOLTIP = new OnDemand(() => import('./ui/tooltip.js'));
const PNG_EXPORT = new OnDemand(() => import('./ui/export-png.js'));

const THEMES: readonly Theme[] = ['light', 'dark'];
const PROJECTIONS = ['mercator', 'globe'] as const;
const NO_HIGHLIGHT: Highlight = { hoverLink: -1, hoverPlace: -1, selectedLink: -1 };

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

  /** CSV column names mapped to the documented ones, as JSON (`{"origincityLabel":"source_name"}`) or `from:to, from:to`. */
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

  private readonly checker = new AttributeChecker();
  private readonly media = new MediaPreferences(this);
  private readonly parts = new UiParts(this);
  private readonly binding = new MapBinding(this, {
    container: () => this.renderRoot.querySelector<HTMLElement>('.map'),
    view: () => this.mapView(),
    reservedRight: () => this.renderRoot.querySelector<HTMLElement>('.legend')?.offsetWidth ?? 0,
    onPointer: (target, point) => this.setHover(target, point),
    onClick: (target) => this.select(target ? targetId(target) : null),
    onFatal: (message) => this.loader.fail(message),
  });
  private readonly loader = new DataLoader(this, {
    inputs: () => ({
      data: this.data ?? null,
      src: this.src,
      regions: this.regions,
      regionsSrc: this.regionsSrc,
      columns: this.columns,
      geodataBase: this.resolvedGeodataBase,
    }),
    present: async (result, signal) => {
      this.hover = null;
      // The legend's width decides how the view is fitted: it must be rendered first.
      await this.updateComplete;
      await this.binding.show(result && { dataset: result.dataset, shapes: result.shapes }, signal);
    },
  });
  private readonly playback = new Playback(this, { get: () => this.filters().years, set: (range) => this.setYears(range) });
  /** The strings of the last render, kept while the strings of a new language load. */
  private lastStrings: UiStrings | undefined;
  private lastHighlight = NO_HIGHLIGHT;

  constructor() {
    super();
    new UrlSync(this);
  }

  /** The MapLibre map, once created: an escape hatch. */
  get map(): MaplibreMap | null {
    return this.binding.map;
  }

  /** Ids of the links drawn after filters. */
  get visibleLinks(): string[] {
    const view = this.loader.view;
    return view ? [...view.visibleIds(this.filters(), this.filterKey())] : [];
  }

  /** The selected link or place, resolved from `selected` (a link id wins over a place id). */
  get selection(): Target | null {
    return this.loader.view?.resolve(this.selected) ?? null;
  }

  /**
   * Ids of the links actually drawn in a rectangle of the map (CSS pixels; the whole map when
   * absent), read back from the GPU after the next frame.
   */
  async queryRenderedLinks(box?: { x: number; y: number; width: number; height: number }): Promise<string[]> {
    const controller = this.binding.controller;
    const dataset = this.loader.view?.dataset;
    if (!controller || !dataset) return [];
    const indices = await controller.linksAt(box?.x ?? 0, box?.y ?? 0, box?.width, box?.height);
    return indices.map((i) => dataset.links[i]!.id);
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
    this.setHover(this.loader.view?.resolve(id) ?? null, point);
  }

  /** Toggles a sector the way the legend does: from "all", switching one off keeps every other on. */
  toggleSector(id: string): void {
    const dataset = this.loader.view?.dataset;
    if (!dataset) return;
    const all = dataset.sectors.map((s) => s.id);
    const active = new Set(parseSectors(this.sectors) ?? all);
    if (active.has(id)) active.delete(id);
    else active.add(id);
    this.sectors = all.every((s) => active.has(s)) ? null : formatSectors(active);
    this.emitFilterChange();
  }

  /** Sets the years as the timeline does: the attribute changes and coop-filter-change fires. */
  setYears(range: YearRange | null): void {
    this.years = formatYears(range);
    this.emitFilterChange();
  }

  /** The visible links as CSV text, in the documented columns (loads back as it is). */
  exportCsv(): string {
    const dataset = this.loader.view?.dataset;
    if (!dataset) return '';
    const visible = new Set(this.visibleLinks);
    return linksToCsv(dataset, dataset.links.filter((l) => visible.has(l.id)), this.language);
  }

  /** The current view, map and legend, as a PNG image. */
  async exportPng(): Promise<Blob> {
    const controller = this.binding.controller;
    const view = this.loader.view;
    if (!controller || !view) throw new Error('coop-map: nothing to export yet');
    const [canvas, { composeMapImage }, strings] = await Promise.all([
      controller.snapshot(),
      PNG_EXPORT.load(),
      loadStrings(uiLanguage(this.language)).catch(() => ENGLISH),
    ]);
    const legend = pngLegend(view, this.filters(), this.visibleLinks.length, this.language, strings);
    const style = getComputedStyle(this.renderRoot.querySelector('.map')!);
    const colors = {
      background: style.getPropertyValue('--_bg') || '#ffffff',
      text: style.getPropertyValue('--_fg') || '#1f2328',
      border: style.getPropertyValue('--_border') || '#c9ccd1',
    };
    const image = composeMapImage(canvas, legend, colors, canvas.width / Math.max(1, controller.map.getCanvas().clientWidth));
    return new Promise((resolve, reject) =>
      image.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png'),
    );
  }

  /** Resolves when the map has drawn everything it has been given. */
  async whenIdle(): Promise<void> {
    await this.updateComplete;
    await this.binding.whenIdle();
  }

  /**
   * Also waits for the parts the last render asked for (a language's strings, the panel, the
   * tooltip) and for the render that shows them, so that what resolves is what the user sees.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.parts.pending) {
      await this.parts.settled();
      complete = (await super.getUpdateComplete()) && complete;
    }
    return complete;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.handleKeyDown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.handleKeyDown);
  }

  private get language(): string {
    // `closest` is missing where the element is rendered outside a browser (server rendering).
    const inherited = typeof this.closest === 'function' ? this.closest('[lang]')?.getAttribute('lang') : null;
    return this.lang || inherited || globalThis.document?.documentElement.lang || 'en';
  }

  private get resolvedGeodataBase(): string {
    return this.geodataBase ? new URL(this.geodataBase, document.baseURI).href : defaultGeodataBase();
  }

  private filters(): FilterState {
    return {
      sectors: parseSectors(this.sectors),
      years: this.checker.years(this.years),
      statuses: this.checker.statuses(this.statuses),
    };
  }

  private filterKey(): string {
    return `${this.sectors}|${this.years}|${this.statuses}`;
  }

  private mapView(): MapView {
    const theme = this.checker.oneOf('theme', this.theme, THEMES, "the reader's color scheme");
    const projection = this.checker.oneOf('projection', this.projection, PROJECTIONS, '"mercator"');
    return {
      style: this.mapStyle,
      theme: theme ?? (this.media.prefersDark ? 'dark' : 'light'),
      projection: projection ?? 'mercator',
      lang: this.language,
      geodataBase: this.resolvedGeodataBase,
      filters: this.filters(),
      filterKey: this.filterKey(),
      highlight: this.highlight(),
    };
  }

  /** What the map highlights: the hovered link or place, and the selection. Kept while it is the same. */
  private highlight(): Highlight {
    const target = this.hover?.target ?? null;
    const selection = this.selection;
    const next: Highlight = {
      hoverLink: target?.kind === 'link' ? target.link.index : -1,
      hoverPlace: target?.kind === 'place' ? target.place.index : selection?.kind === 'place' ? selection.place.index : -1,
      selectedLink: selection?.kind === 'link' ? selection.link.index : -1,
    };
    const last = this.lastHighlight;
    const same = last.hoverLink === next.hoverLink && last.hoverPlace === next.hoverPlace && last.selectedLink === next.selectedLink;
    return same ? last : (this.lastHighlight = next);
  }

  private setHover(target: Target | null, point: { x: number; y: number }): void {
    if (target === null && this.hover === null) return;
    this.hover = target ? { target, ...point } : null;
  }

  private readonly handleKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    if (this.selected === null && this.hover === null) return;
    this.hover = null;
    this.select(null);
    event.stopPropagation();
  };

  private emitFilterChange(): void {
    const filters = this.filters();
    const detail = { sectors: filters.sectors ? [...filters.sectors] : null, years: filters.years };
    this.dispatchEvent(coopEvent<CoopFilterChangeDetail>(COOP_EVENTS.filterChange, detail));
  }

  protected override render() {
    const lang = this.language;
    // A language other than English comes in a chunk of its own. Until it has come, the element
    // keeps the language it had, and at first draws nothing with text (the map it does): English
    // first and the language a moment later would be a flash of the wrong language, and taking
    // the legend away on a change of language would lose the focus inside it. If the language
    // cannot be loaded, the element speaks English.
    const strings = (this.lastStrings = this.parts.get(UI_STRINGS[uiLanguage(lang)], ENGLISH) ?? this.lastStrings);
    const view = strings ? this.loader.view : null;
    const selection = this.selection;
    const hover = this.hover;
    // The panel and the tooltip load on first use: they show once their chunk has come.
    const details = view && selection ? this.parts.styled(DETAILS_PANEL) : undefined;
    const tooltip = view && hover ? this.parts.styled(TOOLTIP) : undefined;
    const mapElement = this.renderRoot.querySelector<HTMLElement>('.map');
    // One template whatever has loaded, so that the map's container is never replaced. Order
    // matters for the CSS: the timeline comes before the panel, which it raises above it.
    return html`
      <div class="map" part="map" role="region" aria-label=${strings?.mapLabel ?? nothing}></div>
      ${view && strings ? this.renderControls(view, strings, lang) : nothing}
      ${view && strings && selection && details
        ? details.renderDetails({
            dataset: view.dataset,
            target: selection,
            visible: new Set(this.visibleLinks),
            lang,
            strings,
            onClose: () => this.select(null),
            onSelectLink: (id) => {
              this.select(id);
              void this.updateComplete.then(() =>
                this.renderRoot.querySelector<HTMLElement>(`#${details.DETAILS_HEADING_ID}`)?.focus(),
              );
            },
          })
        : nothing}
      ${view && strings && hover && tooltip
        ? tooltip.renderTooltip({
            dataset: view.dataset,
            target: hover.target,
            x: hover.x,
            y: hover.y,
            width: mapElement?.clientWidth ?? 0,
            height: mapElement?.clientHeight ?? 0,
            visible: new Set(this.visibleLinks),
            lang,
            strings,
          })
        : nothing}
      ${strings ? renderNotice({ phase: this.loader.phase, progress: this.loader.progress, error: this.loader.error, strings }) : nothing}
    `;
  }

  /** The legend and the timeline. A filter change must not walk every link: counts come from the index. */
  private renderControls(view: NonNullable<DataLoader['view']>, strings: UiStrings, lang: string) {
    const filters = this.filters();
    const extent = view.extent;
    return html`
      ${this.noLegend
        ? nothing
        : renderLegend({
            dataset: view.dataset,
            sectors: filters.sectors,
            counts: view.countsBySector(filters),
            shown: view.index.countVisible(filters),
            sectorsInUse: view.index.sectorsInUse,
            statusesInUse: view.index.statusesInUse,
            lang,
            strings,
            onToggle: (id) => this.toggleSector(id),
            onExportPng: () => void this.exportPng().then((blob) => download('coop-map.png', blob)),
            onExportCsv: () => download('coop-map-links.csv', new Blob([this.exportCsv()], { type: 'text/csv;charset=utf-8' })),
          })}
      ${extent && !this.noTimeline
        ? renderTimeline({
            extent,
            range: filters.years,
            playing: this.playback.playing,
            reducedMotion: this.media.prefersReducedMotion,
            strings,
            onChange: (range) => {
              this.playback.stop();
              this.setYears(range);
            },
            onTogglePlay: () => this.playback.toggle(extent),
          })
        : nothing}
    `;
  }
}
