import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import {
  Map as MaplibreMapClass,
  type GeoJSONSource,
  type LngLatBoundsLike,
  type Map as MaplibreMap,
  type MapLayerMouseEvent,
  type StyleSpecification,
} from 'maplibre-gl';
import type { DataSet } from '../data/model.js';
import type { FilterState } from '../filters/filters.js';
import { targetAt, type Target } from '../data/target.js';
import { arcFilter } from '../filters/visibility.js';
import { buildArcBuffers } from '../geometry/arcs.js';
import { localize } from '../i18n/strings.js';
import { ArcLayer } from './arc-layer.js';
import { BASEMAP_SOURCE, PALETTES, basemapStyle, type Theme } from './basemap.js';
import { LABEL_IMAGE_PREFIX, renderLabel } from './label-images.js';

export const LAYER_IDS = {
  regionFill: 'coop-regions-fill',
  regionLine: 'coop-regions-line',
  arcs: 'coop-arcs',
  points: 'coop-points',
  labels: 'coop-labels',
} as const;
const SOURCE_IDS = { shapes: 'coop-shapes', points: 'coop-points', labels: 'coop-labels' } as const;

/** At most this many places get a label; the best connected first. */
export const MAX_LABELS = 150;
const FIT_PADDING_PX = 48;
const FIT_MAX_ZOOM = 6;
const HOVER_FEATURE_STATE = 'hover';

/** Links and places drawn highlighted, by index (-1 for none). */
export interface Highlight {
  hoverLink: number;
  hoverPlace: number;
  selectedLink: number;
}

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
}

/**
 * The only code that touches the MapLibre map: the basemap, the layers of places and arcs,
 * their filters and highlight, the camera, and the pointer.
 */
export class MapController {
  readonly map: MaplibreMap;
  private readonly arcLayer = new ArcLayer(LAYER_IDS.arcs);
  private dataset: DataSet | null = null;
  private shapes: FeatureCollection<Geometry, Record<string, unknown>> = { type: 'FeatureCollection', features: [] };
  private theme: Theme;
  private lang: string;
  private projection: 'mercator' | 'globe';
  private customStyle: boolean;
  private hoverPlace = -1;
  private pointerFrame = 0;
  private lastPointer: { x: number; y: number } | null = null;
  private pointerSeq = 0;
  private readonly styleReady: Promise<void>;
  private countries: FeatureCollection | null = null;
  /** Counts the data sets given: label images carry it, so a new data set never shows an old one's names. */
  private dataVersion = 0;

  constructor(private readonly options: MapControllerOptions) {
    this.theme = options.theme;
    this.lang = options.lang;
    this.projection = options.projection;
    this.customStyle = options.style !== null;
    this.map = new MaplibreMapClass({
      container: options.container,
      style: options.style ?? basemapStyle(this.theme, null),
      center: [100, 50],
      zoom: 1.5,
      attributionControl: { compact: true, customAttribution: 'Natural Earth' },
      renderWorldCopies: true,
      fadeDuration: 0,
    });
    this.map.on('error', this.handleMapError);
    this.map.setMissingStyleImageResolver(this.resolveImage);
    this.map.on('style.load', this.handleStyleLoad);
    this.map.on('mousemove', this.handleMouseMove);
    this.map.on('mouseout', this.handleMouseOut);
    this.map.on('click', this.handleClick);
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
  setData(dataset: DataSet, shapes: FeatureCollection<Geometry, Record<string, unknown>>): void {
    this.dataset = dataset;
    this.shapes = shapes;
    this.hoverPlace = -1;
    this.dropLabelImages();
    this.arcLayer.setArcs(buildArcBuffers(dataset));
    this.setSectorColors(dataset.sectors.map((sector) => sector.color));
    this.arcLayer.setHighlight({ hoverLink: -1, hoverPlace: -1, selectedLink: -1 });
    this.updatePlaceSources();
  }

  /** The arcs' colors by sector index, as CSS hex colors (`#rgb` or `#rrggbb`). */
  setSectorColors(colors: readonly string[]): void {
    this.arcLayer.setSectorColors(colors.map(hexToRgb));
  }

  /** Which sectors, years and statuses show; the colors stay as they are. */
  setFilter(state: FilterState): void {
    if (!this.dataset) return;
    this.arcLayer.setFilter(arcFilter(state, this.dataset.sectors));
  }

  /** Links and places to highlight (-1 or null for none). */
  setHighlight(highlight: Highlight): void {
    this.arcLayer.setHighlight(highlight);
    if (highlight.hoverPlace !== this.hoverPlace) {
      if (this.hoverPlace >= 0 && this.map.getSource(SOURCE_IDS.shapes)) {
        this.map.setFeatureState({ source: SOURCE_IDS.shapes, id: this.hoverPlace }, { [HOVER_FEATURE_STATE]: false });
      }
      this.hoverPlace = highlight.hoverPlace;
      if (this.hoverPlace >= 0 && this.map.getSource(SOURCE_IDS.shapes)) {
        this.map.setFeatureState({ source: SOURCE_IDS.shapes, id: this.hoverPlace }, { [HOVER_FEATURE_STATE]: true });
      }
    }
  }

  setLang(lang: string): void {
    if (lang === this.lang) return;
    this.lang = lang;
    this.updateLabels();
  }

  setTheme(theme: Theme): void {
    if (theme === this.theme) return;
    this.theme = theme;
    if (!this.customStyle) this.map.setStyle(basemapStyle(theme, this.countries));
    else this.updateLabels();
  }

  setStyle(style: string | StyleSpecification | null): void {
    this.customStyle = style !== null;
    this.map.setStyle(style ?? basemapStyle(this.theme, this.countries));
  }

  setProjection(projection: 'mercator' | 'globe'): void {
    this.projection = projection;
    if (this.map.isStyleLoaded()) this.map.setProjection({ type: projection });
  }

  /** Fits the view to the places of the data set (across the antimeridian when that is shorter). */
  fitToData(options: { animate?: boolean; reserveRight?: number } = {}): void {
    if (!this.dataset || this.dataset.places.length === 0) return;
    const bounds = placeBounds(this.dataset.places);
    const { width, height } = this.map.getContainer().getBoundingClientRect();
    const pad = Math.min(FIT_PADDING_PX, Math.max(0, Math.min(width, height) / 2 - 10));
    // Keep the arcs clear of the legend when the map is wide enough to afford it.
    const right = options.reserveRight && width - options.reserveRight > width / 2 ? pad + options.reserveRight : pad;
    this.map.fitBounds(bounds, { padding: { top: pad, bottom: pad, left: pad, right }, maxZoom: FIT_MAX_ZOOM, animate: options.animate ?? false });
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
    this.addLayers();
    this.updatePlaceSources();
  };

  private addLayers(): void {
    const map = this.map;
    const palette = PALETTES[this.theme];
    const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
    if (!map.getSource(SOURCE_IDS.shapes)) map.addSource(SOURCE_IDS.shapes, { type: 'geojson', data: empty, tolerance: 0.45 });
    if (!map.getSource(SOURCE_IDS.points)) map.addSource(SOURCE_IDS.points, { type: 'geojson', data: empty });
    if (!map.getSource(SOURCE_IDS.labels)) map.addSource(SOURCE_IDS.labels, { type: 'geojson', data: empty });
    if (!map.getLayer(LAYER_IDS.regionFill)) {
      map.addLayer({
        id: LAYER_IDS.regionFill,
        type: 'fill',
        source: SOURCE_IDS.shapes,
        paint: {
          'fill-color': palette.regionFill,
          // A whole country is a large shape: fill it more lightly than a region, so regions stand out.
          'fill-opacity': [
            'case',
            ['boolean', ['feature-state', HOVER_FEATURE_STATE], false],
            0.42,
            ['get', 'country'],
            0.07,
            0.22,
          ],
        },
      });
    }
    if (!map.getLayer(LAYER_IDS.regionLine)) {
      map.addLayer({
        id: LAYER_IDS.regionLine,
        type: 'line',
        source: SOURCE_IDS.shapes,
        paint: {
          'line-color': palette.regionLine,
          'line-width': ['case', ['boolean', ['feature-state', HOVER_FEATURE_STATE], false], 2, 0.8],
        },
      });
    }
    if (!map.getLayer(LAYER_IDS.arcs)) map.addLayer(this.arcLayer);
    if (!map.getLayer(LAYER_IDS.points)) {
      map.addLayer({
        id: LAYER_IDS.points,
        type: 'circle',
        source: SOURCE_IDS.points,
        paint: {
          'circle-radius': 4.5,
          'circle-color': palette.point,
          'circle-stroke-color': palette.pointStroke,
          'circle-stroke-width': 1.5,
        },
      });
    }
    if (!map.getLayer(LAYER_IDS.labels)) {
      map.addLayer({
        id: LAYER_IDS.labels,
        type: 'symbol',
        source: SOURCE_IDS.labels,
        layout: {
          'icon-image': ['get', 'image'],
          'icon-anchor': ['case', ['get', 'hasShape'], 'center', 'top'],
          'icon-offset': ['case', ['get', 'hasShape'], ['literal', [0, 0]], ['literal', [0, 4]]],
          'icon-allow-overlap': false,
          'icon-ignore-placement': false,
          'icon-padding': 2,
          'symbol-sort-key': ['get', 'rank'],
        },
      });
    }
  }

  /**
   * The bundled countries go into the basemap's source once both have come, whichever comes
   * first: on a page with a second element the countries file is cached and arrives before
   * that element's style has loaded.
   */
  private applyCountries(): void {
    const source = this.customStyle ? undefined : this.map.getSource<GeoJSONSource>(BASEMAP_SOURCE);
    if (source && this.countries) source.setData(this.countries);
  }

  /** Label images of the data set before: a new one draws its own, under a new version. */
  private dropLabelImages(): void {
    this.dataVersion++;
    // Before the style has loaded (our sources are added with it) there are no images to drop.
    if (!this.map.getSource(SOURCE_IDS.labels)) return;
    for (const id of this.map.listImages()) if (id.startsWith(LABEL_IMAGE_PREFIX)) this.map.removeImage(id);
  }

  private updatePlaceSources(): void {
    const map = this.map;
    // The sources exist once the style has loaded (isStyleLoaded() is false while any source is busy).
    if (!map.getSource(SOURCE_IDS.shapes)) return;
    const dataset = this.dataset;
    map.getSource<GeoJSONSource>(SOURCE_IDS.shapes)!.setData(this.shapes);
    const points: Feature<Point>[] = [];
    const shaped = new Set(this.shapes.features.map((f) => f.properties.placeIndex as number));
    for (const place of dataset?.places ?? []) {
      if (shaped.has(place.index)) continue;
      points.push({ type: 'Feature', id: place.index, geometry: { type: 'Point', coordinates: [place.lon, place.lat] }, properties: { placeIndex: place.index } });
    }
    map.getSource<GeoJSONSource>(SOURCE_IDS.points)!.setData({ type: 'FeatureCollection', features: points });
    this.updateLabels();
  }

  private updateLabels(): void {
    const map = this.map;
    const source = map.getSource<GeoJSONSource>(SOURCE_IDS.labels);
    if (!source || !this.dataset) return;
    const dataset = this.dataset;
    const degree = new Uint32Array(dataset.places.length);
    for (const link of dataset.links) {
      degree[link.sourceIndex]!++;
      degree[link.targetIndex]!++;
    }
    const shaped = new Set(this.shapes.features.map((f) => f.properties.placeIndex as number));
    // Regions, cities and organizations before whole countries (they are the more specific
    // partners), then the best connected first.
    const priority = (p: (typeof dataset.places)[number]) => (p.kind === 'country' ? 1 : 0);
    const ranked = [...dataset.places]
      .sort((a, b) => priority(a) - priority(b) || degree[b.index]! - degree[a.index]! || a.index - b.index)
      .slice(0, MAX_LABELS);
    const features: Feature<Point>[] = ranked.map((place, rank) => ({
      type: 'Feature',
      id: place.index,
      geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
      properties: {
        placeId: place.id,
        image: `${LABEL_IMAGE_PREFIX}${this.dataVersion}:${this.theme}:${this.lang}:${place.index}`,
        rank,
        hasShape: shaped.has(place.index),
      },
    }));
    source.setData({ type: 'FeatureCollection', features });
  }

  /** Draws place labels on demand, with the page's fonts (no glyph server). */
  private readonly resolveImage = (id: string): void => {
    if (!id.startsWith(LABEL_IMAGE_PREFIX) || !this.dataset) return;
    const [version, theme, lang, index] = id.slice(LABEL_IMAGE_PREFIX.length).split(':');
    const place = this.dataset.places[Number(index)];
    if (!place || Number(version) !== this.dataVersion || this.map.hasImage(id)) return;
    const pixelRatio = Math.max(1, Math.round(window.devicePixelRatio || 1));
    const image = renderLabel(localize(place.name, lang ?? 'en'), PALETTES[(theme as Theme) ?? 'light'], pixelRatio);
    this.map.addImage(id, image, { pixelRatio });
  };

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
      if (point) void this.targetAt(point).then((target) => this.options.onPointer?.(target, point));
    });
  };

  private readonly handleMouseOut = (): void => {
    this.lastPointer = null;
    this.options.onPointer?.(null, { x: 0, y: 0 });
  };

  private readonly handleClick = (event: MapLayerMouseEvent): void => {
    const point = { x: event.point.x, y: event.point.y };
    void this.targetAt(point).then((target) => this.options.onClick?.(target, point));
  };

  /** What is under a point: an arc first (they are drawn above regions), then a place. */
  async targetAt(point: { x: number; y: number }): Promise<Target | null> {
    const seq = ++this.pointerSeq;
    const dataset = this.dataset;
    const links = await this.linksAt(point.x, point.y, 1, 1);
    if ((seq !== this.pointerSeq && this.lastPointer !== null) || !dataset || dataset !== this.dataset) return null;
    if (links.length > 0) return targetAt(dataset, 'link', links[0]!);
    const layers = [LAYER_IDS.points, LAYER_IDS.regionFill].filter((id) => this.map.getLayer(id));
    const features = this.map.queryRenderedFeatures([point.x, point.y], { layers });
    const index = (features[0]?.properties as { placeIndex?: number } | undefined)?.placeIndex;
    return typeof index === 'number' ? targetAt(dataset, 'place', index) : null;
  }
}

export function hexToRgb(hex: string): [number, number, number] {
  let h = hex.replace('#', '');
  if (h.length === 3) h = h.split('').map((c) => c + c).join('');
  const n = parseInt(h, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Bounds of points on the sphere, crossing the antimeridian when that makes them narrower. */
export function placeBounds(places: readonly { lon: number; lat: number }[]): LngLatBoundsLike {
  let south = 90, north = -90;
  let west = 180, east = -180;
  let westShifted = 360, eastShifted = -360;
  for (const { lon, lat } of places) {
    south = Math.min(south, lat);
    north = Math.max(north, lat);
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    const shifted = lon < 0 ? lon + 360 : lon;
    westShifted = Math.min(westShifted, shifted);
    eastShifted = Math.max(eastShifted, shifted);
  }
  if (eastShifted - westShifted < east - west) {
    west = westShifted;
    east = eastShifted;
  }
  return [[west, Math.max(south, -85)], [east, Math.min(north, 85)]];
}
