import type { FeatureCollection } from 'geojson';
import {
  Map as MaplibreMapClass,
  type GeoJSONSource,
  type Map as MaplibreMap,
  type MapLayerMouseEvent,
  type StyleSpecification,
} from 'maplibre-gl';
import type { DataSet } from '../data/model.js';
import type { FilterState } from '../filters/filters.js';
import { targetAt, type Target } from '../data/target.js';
import { drawnLinks, linkRanks, NO_THINNING, type LinkRanks, type Thinning } from '../filters/thinning.js';
import { arcFilter } from '../filters/visibility.js';
import { buildArcBuffers } from '../geometry/arcs.js';
import { chooseWorkerUrl } from '../load/worker-url.js';
import type { ArcHighlight } from './arc-draw.js';
import { ArcLayer } from './arc-layer.js';
import { densityOf } from './density.js';
import { BASEMAP_SOURCE, basemapStyle, type Theme } from './basemap.js';
import { LAYER_IDS, PlaceLayers, type PlaceShapes } from './place-layers.js';

export { LAYER_IDS, MAX_LABELS } from './place-layers.js';
import { hexToRgb, oneWorldZoom, placeBounds } from './view-math.js';

const FIT_PADDING_PX = 48;
const FIT_MAX_ZOOM = 6;

/** Links and places drawn highlighted, by index (-1 for none). */
export type Highlight = ArcHighlight;

export interface MapControllerOptions {
  container: HTMLElement;
  /** A style URL or object; null = the bundled offline basemap. */
  style: string | StyleSpecification | null;
  theme: Theme;
  projection: 'mercator' | 'globe';
  lang: string;
  countries: Promise<FeatureCollection | null>;
  onPointer?: (target: Target | null, point: { x: number; y: number }) => void;
  onClick?: (target: Target | null, point: { x: number; y: number }) => void;
  onError?: (error: Error) => void;
  /** The browser took the map's WebGL context away (too many on the page) and may not give it back. */
  onContextLost?: () => void;
}

/**
 * The only code that touches the MapLibre map: the basemap, the layers of places and arcs,
 * their filters and highlight, the camera, and the pointer.
 */
export class MapController {
  readonly map: MaplibreMap;
  private readonly arcLayer = new ArcLayer(LAYER_IDS.arcs);
  private readonly places: PlaceLayers;
  private dataset: DataSet | null = null;
  private ranks: LinkRanks | null = null;
  private theme: Theme;
  private lang: string;
  private projection: 'mercator' | 'globe';
  private customStyle: boolean;
  private pointerFrame = 0;
  private lastPointer: { x: number; y: number } | null = null;
  private pointerSeq = 0;
  private readonly styleReady: Promise<void>;
  private countries: FeatureCollection | null = null;
  /** The reader has moved the view since the data was set: fitting it again would undo that. */
  userMoved = false;
  /** The WebGL context is lost and not restored (yet). */
  contextLost = false;

  constructor(private readonly options: MapControllerOptions) {
    this.theme = options.theme;
    this.lang = options.lang;
    this.projection = options.projection;
    this.customStyle = options.style !== null;
    chooseWorkerUrl();
    this.map = new MaplibreMapClass({
      container: options.container,
      style: options.style ?? basemapStyle(this.theme, null),
      center: [100, 50],
      zoom: 1.5,
      attributionControl: { compact: true, customAttribution: 'Natural Earth' },
      renderWorldCopies: true,
      fadeDuration: 0,
    });
    this.places = new PlaceLayers(this.map, { theme: () => this.theme, lang: () => this.lang });
    this.map.on('error', this.handleMapError);
    this.map.on('style.load', this.handleStyleLoad);
    this.map.on('mousemove', this.handleMouseMove);
    this.map.on('mouseout', this.handleMouseOut);
    this.map.on('click', this.handleClick);
    this.map.on('movestart', this.handleMoveStart);
    this.map.on('webglcontextlost', () => ((this.contextLost = true), options.onContextLost?.()));
    this.map.on('webglcontextrestored', () => (this.contextLost = false));
    this.styleReady = new Promise((resolve) => {
      if (this.map.isStyleLoaded()) resolve();
      else this.map.once('style.load', () => resolve());
    });
    void options.countries.then((countries) => {
      this.countries = countries;
      this.applyCountries();
    });
  }

  /** Resolves once the style has loaded and the layers of this controller are on it. */
  whenReady(): Promise<void> {
    return this.styleReady;
  }

  /** Resolves when the map has drawn everything it has been given. */
  whenIdle(): Promise<void> {
    return new Promise((resolve) => {
      if (this.map.loaded() && !this.map.isMoving() && this.map.areTilesLoaded()) {
        this.map.once('idle', () => resolve());
        this.map.triggerRepaint();
      } else {
        this.map.once('idle', () => resolve());
      }
    });
  }

  destroy(): void {
    cancelAnimationFrame(this.pointerFrame);
    this.map.remove();
  }

  /** A data set and the shapes of its places; the arcs' GPU buffers are built here. */
  setData(dataset: DataSet, shapes: PlaceShapes): void {
    this.dataset = dataset;
    this.userMoved = false;
    this.ranks = linkRanks(dataset);
    this.places.setData(dataset, shapes);
    this.arcLayer.setArcs(buildArcBuffers(dataset, this.ranks));
    this.setSectorColors(dataset.sectors.map((sector) => sector.color));
    this.arcLayer.setHighlight({ hoverLink: -1, hoverPlace: -1, selectedLink: -1 });
  }

  /** The arcs' colors by sector index, as CSS hex colors (`#rgb` or `#rrggbb`). */
  setSectorColors(colors: readonly string[]): void {
    this.arcLayer.setSectorColors(colors.map(hexToRgb));
  }

  /**
   * Which sectors, years, statuses, types and countries show, and how `top` and `min-weight` thin
   * them; the colors stay as they are. Places without a link drawn are not drawn either; the more
   * arcs are drawn, the fainter and thinner they are (./density.ts).
   */
  setFilter(state: FilterState, thinning: Thinning = NO_THINNING): void {
    const { dataset, ranks } = this;
    if (!dataset || !ranks) return;
    const drawn = drawnLinks(dataset, ranks, state, thinning);
    this.arcLayer.setFilter(arcFilter(state, dataset.sectors, drawn.limit, dataset));
    this.arcLayer.setDensity(densityOf(drawn.links.length));
    this.places.setShown(drawn.links);
  }

  /** Links and places to highlight (-1 or null for none). */
  setHighlight(highlight: Highlight): void {
    this.arcLayer.setHighlight(highlight);
    this.places.setHoverPlace(highlight.hoverPlace);
  }

  setLang(lang: string): void {
    if (lang === this.lang) return;
    this.lang = lang;
    this.places.updateLabels();
  }

  setTheme(theme: Theme): void {
    if (theme === this.theme) return;
    this.theme = theme;
    if (!this.customStyle) this.map.setStyle(basemapStyle(theme, this.countries));
    else this.places.updateLabels();
  }

  setStyle(style: string | StyleSpecification | null): void {
    this.customStyle = style !== null;
    this.map.setStyle(style ?? basemapStyle(this.theme, this.countries));
  }

  setProjection(projection: 'mercator' | 'globe'): void {
    this.projection = projection;
    if (this.map.isStyleLoaded()) this.map.setProjection({ type: projection });
  }

  /**
   * Fits the view to the places of the data set, or to some of them (a place and its partners),
   * across the antimeridian when that is shorter.
   */
  fitToData(options: { animate?: boolean; reserveRight?: number; places?: readonly number[] } = {}): void {
    const dataset = this.dataset;
    const places = options.places ? options.places.map((i) => dataset?.places[i]).filter((p) => !!p) : dataset?.places;
    if (!places || places.length === 0) return;
    const bounds = placeBounds(places);
    const { width, height } = this.map.getContainer().getBoundingClientRect();
    // MapLibre takes a new size 50 ms after the container gets it (and 400 × 300 while it has none).
    const [container, canvas] = [this.map.getContainer(), this.map.getCanvas()];
    const resized = canvas.clientWidth !== container.clientWidth || canvas.clientHeight !== container.clientHeight;
    if (width > 0 && height > 0 && resized) this.map.resize();
    const pad = Math.min(FIT_PADDING_PX, Math.max(0, Math.min(width, height) / 2 - 10));
    // Keep the arcs clear of the legend when the map is wide enough to afford it.
    const right = options.reserveRight && width - options.reserveRight > width / 2 ? pad + options.reserveRight : pad;
    const fit = { padding: { top: pad, bottom: pad, left: pad, right }, maxZoom: FIT_MAX_ZOOM };
    const animate = options.animate ?? false;
    const camera = this.map.cameraForBounds(bounds, fit);
    // Never so far out that the world shows twice side by side: at least one world fills the width.
    const least = this.projection === 'globe' ? 0 : oneWorldZoom(width);
    if (camera && (camera.zoom ?? 0) < least) {
      this.map.easeTo({ center: camera.center, zoom: least, bearing: 0, animate, duration: animate ? 300 : 0 });
    } else {
      this.map.fitBounds(bounds, { ...fit, animate });
    }
  }

  /**
   * Where a point of the globe is drawn, in CSS pixels from the map's corner: on the world copy
   * nearest the view's centre. Null on the far side of the globe.
   */
  project(lonLat: readonly [number, number]): { x: number; y: number } | null {
    const centre = this.map.getCenter().lng;
    const lon = lonLat[0] + 360 * Math.round((centre - lonLat[0]) / 360);
    const point = this.map.project([lon, lonLat[1]]);
    return Number.isFinite(point.x) && Number.isFinite(point.y) ? { x: point.x, y: point.y } : null;
  }

  /** Moves the view so that a point of the globe is well inside it, when it is not. */
  reveal(lonLat: readonly [number, number], options: { animate: boolean }): void {
    const point = this.project(lonLat);
    const { width, height } = this.map.getContainer().getBoundingClientRect();
    const margin = Math.min(FIT_PADDING_PX, width / 4, height / 4);
    const inside =
      point && point.x >= margin && point.y >= margin && point.x <= width - margin && point.y <= height - margin;
    if (inside) return;
    const centre = this.map.getCenter().lng;
    const lon = lonLat[0] + 360 * Math.round((centre - lonLat[0]) / 360);
    this.map.easeTo({ center: [lon, lonLat[1]], animate: options.animate, duration: options.animate ? 300 : 0 });
  }

  /** Zooms in (positive) or out by whole steps, as MapLibre's + and − keys do. */
  zoomBy(steps: number, options: { animate: boolean }): void {
    this.map.easeTo({ zoom: this.map.getZoom() + steps, animate: options.animate });
  }

  /** Pans by CSS pixels. */
  panBy(x: number, y: number, options: { animate: boolean }): void {
    this.map.panBy([x, y], { animate: options.animate });
  }

  /**
   * Names the canvas, the map's one stop in the Tab order, for assistive technology: an
   * application (its keys move a cursor over what is drawn), described by the element's key hints;
   * and MapLibre's own button, in the element's language.
   */
  setLabels(labels: { map: string; roleDescription: string; describedBy: string; toggleAttribution: string }): void {
    const canvas = this.map.getCanvas();
    canvas.setAttribute('role', 'application');
    canvas.setAttribute('aria-label', labels.map);
    canvas.setAttribute('aria-roledescription', labels.roleDescription);
    canvas.setAttribute('aria-describedby', labels.describedBy);
    for (const button of this.map.getContainer().querySelectorAll('.maplibregl-ctrl-attrib-button')) {
      button.setAttribute('aria-label', labels.toggleAttribution);
      button.setAttribute('title', labels.toggleAttribution);
    }
  }

  /** The map's focusable canvas. */
  get canvas(): HTMLCanvasElement {
    return this.map.getCanvas();
  }

  /** Link indices drawn in a rectangle of CSS pixels (the whole map when absent), most visible first. */
  async linksAt(x = 0, y = 0, width?: number, height?: number): Promise<number[]> {
    const canvas = this.map.getCanvas();
    const instances = await this.arcLayer.pick(x, y, width ?? canvas.clientWidth, height ?? canvas.clientHeight);
    const arcs = this.arcLayer.arcs;
    if (!arcs) return [];
    return [...new Set(Array.from(instances, (i) => arcs.linkOfInstance[i]!))];
  }

  /** The canvas as a PNG data URL, read right after a frame is drawn. */
  snapshot(): Promise<HTMLCanvasElement> {
    return new Promise((resolve) => {
      this.map.once('render', () => {
        const source = this.map.getCanvas();
        const copy = document.createElement('canvas');
        copy.width = source.width;
        copy.height = source.height;
        copy.getContext('2d')!.drawImage(source, 0, 0);
        resolve(copy);
      });
      this.map.triggerRepaint();
    });
  }

  // ---- style and layers ----

  private readonly handleStyleLoad = (): void => {
    this.map.setProjection({ type: this.projection });
    this.applyCountries();
    this.places.add(this.arcLayer);
  };

  /**
   * The bundled countries go into the basemap's source once both have come, whichever comes
   * first: on a page with a second element the countries file is cached and arrives before
   * that element's style has loaded.
   */
  private applyCountries(): void {
    const source = this.customStyle ? undefined : this.map.getSource<GeoJSONSource>(BASEMAP_SOURCE);
    if (source && this.countries) source.setData(this.countries);
  }

  private readonly handleMapError = (event: { error?: { message: string } }): void => {
    this.options.onError?.(new Error(event.error?.message ?? 'map error'));
  };

  // ---- pointer ----

  private readonly handleMouseMove = (event: MapLayerMouseEvent): void => {
    this.lastPointer = { x: event.point.x, y: event.point.y };
    if (this.pointerFrame) return;
    this.pointerFrame = requestAnimationFrame(() => {
      this.pointerFrame = 0;
      const point = this.lastPointer;
      if (!point) return;
      // Only the latest pointer position is reported: a pick still on its way when the pointer
      // has moved on (or left) is dropped.
      const seq = ++this.pointerSeq;
      void this.targetAt(point).then((target) => {
        if (seq === this.pointerSeq) this.options.onPointer?.(target, point);
      });
    });
  };

  private readonly handleMoveStart = (event: { originalEvent?: Event }): void => {
    if (event.originalEvent) this.userMoved = true;
  };

  private readonly handleMouseOut = (): void => {
    this.lastPointer = null;
    this.pointerSeq++;
    this.options.onPointer?.(null, { x: 0, y: 0 });
  };

  private readonly handleClick = (event: MapLayerMouseEvent): void => {
    const point = { x: event.point.x, y: event.point.y };
    void this.targetAt(point).then((target) => this.options.onClick?.(target, point));
  };

  /**
   * What is under a point: a place whose dot or label is within a few pixels (places win the
   * pointer over arcs passing by), else an arc (they are drawn above regions), else a region.
   */
  async targetAt(point: { x: number; y: number }): Promise<Target | null> {
    const dataset = this.dataset;
    if (!dataset) return null;
    const near = this.places.placeNear(point);
    if (near !== null) return targetAt(dataset, 'place', near);
    const links = await this.linksAt(point.x, point.y, 1, 1);
    if (dataset !== this.dataset) return null;
    if (links.length > 0) return targetAt(dataset, 'link', links[0]!);
    const place = this.places.shapeAt(point);
    return place === null ? null : targetAt(dataset, 'place', place);
  }
}
