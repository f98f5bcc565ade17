import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type { CustomLayerInterface, ExpressionSpecification, GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import type { DataSet, Place } from '../data/model.js';
import { localize } from '../i18n/strings.js';
import { PALETTES, type Theme } from './basemap.js';
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
const HOVER_FEATURE_STATE = 'hover';

/** The shape of each place that has one (a region, a country, a feature of `regions`), by place index. */
export type PlaceShapes = ReadonlyMap<number, Geometry>;

type ShapeFeatures = FeatureCollection<Geometry, { placeId: string; placeIndex: number; country: boolean }>;

/**
 * The places on the map: region and country shapes, points for the places without one, and
 * labels drawn as images with the page's fonts (no glyph server). Part of the map controller,
 * the only code that touches the map.
 */
export class PlaceLayers {
  private dataset: DataSet | null = null;
  private shapes: ShapeFeatures = { type: 'FeatureCollection', features: [] };
  private hoverPlace = -1;
  /** Counts the data sets given: label images carry it, so a new data set never shows an old one's names. */
  private dataVersion = 0;

  constructor(
    private readonly map: MaplibreMap,
    private readonly view: { theme: () => Theme; lang: () => string },
  ) {
    map.setMissingStyleImageResolver(this.resolveImage);
  }

  setData(dataset: DataSet, shapes: PlaceShapes): void {
    this.dataset = dataset;
    this.shapes = shapeFeatures(dataset, shapes);
    this.hoverPlace = -1;
    this.dropLabelImages();
    this.update();
  }

  /** Adds the sources and layers to a style that has just loaded, the arcs between shapes and points. */
  add(arcs: CustomLayerInterface): void {
    const map = this.map;
    const palette = PALETTES[this.view.theme()];
    const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
    if (!map.getSource(SOURCE_IDS.shapes))
      map.addSource(SOURCE_IDS.shapes, { type: 'geojson', data: empty, tolerance: 0.45 });
    if (!map.getSource(SOURCE_IDS.points)) map.addSource(SOURCE_IDS.points, { type: 'geojson', data: empty });
    if (!map.getSource(SOURCE_IDS.labels)) map.addSource(SOURCE_IDS.labels, { type: 'geojson', data: empty });
    const hovered: ExpressionSpecification = ['boolean', ['feature-state', HOVER_FEATURE_STATE], false];
    if (!map.getLayer(LAYER_IDS.regionFill)) {
      map.addLayer({
        id: LAYER_IDS.regionFill,
        type: 'fill',
        source: SOURCE_IDS.shapes,
        paint: {
          'fill-color': palette.regionFill,
          // A whole country is a large shape: fill it more lightly than a region, so regions stand out.
          'fill-opacity': ['case', hovered, 0.42, ['get', 'country'], 0.07, 0.22],
        },
      });
    }
    if (!map.getLayer(LAYER_IDS.regionLine)) {
      map.addLayer({
        id: LAYER_IDS.regionLine,
        type: 'line',
        source: SOURCE_IDS.shapes,
        paint: { 'line-color': palette.regionLine, 'line-width': ['case', hovered, 2, 0.8] },
      });
    }
    // Below the points and labels also when it is added again alone (after a lost WebGL context).
    if (!map.getLayer(LAYER_IDS.arcs))
      map.addLayer(arcs, map.getLayer(LAYER_IDS.points) ? LAYER_IDS.points : undefined);
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
    this.update();
  }

  /** Highlights the shape of a place (-1: none). */
  setHoverPlace(index: number): void {
    if (index === this.hoverPlace) return;
    const set = (id: number, hover: boolean) => {
      if (id >= 0 && this.map.getSource(SOURCE_IDS.shapes)) {
        this.map.setFeatureState({ source: SOURCE_IDS.shapes, id }, { [HOVER_FEATURE_STATE]: hover });
      }
    };
    set(this.hoverPlace, false);
    this.hoverPlace = index;
    set(index, true);
  }

  /** The index of the place whose point or shape is drawn under a point of the map, if any. */
  placeAt(point: { x: number; y: number }): number | null {
    const layers = [LAYER_IDS.points, LAYER_IDS.regionFill].filter((id) => this.map.getLayer(id));
    const features = this.map.queryRenderedFeatures([point.x, point.y], { layers });
    const index = (features[0]?.properties as { placeIndex?: number } | undefined)?.placeIndex;
    return typeof index === 'number' ? index : null;
  }

  /** Draws the labels again, for another language or theme. */
  updateLabels(): void {
    const source = this.map.getSource<GeoJSONSource>(SOURCE_IDS.labels);
    const dataset = this.dataset;
    if (!source || !dataset) return;
    const shaped = new Set(this.shapes.features.map((f) => f.properties.placeIndex));
    const prefix = `${LABEL_IMAGE_PREFIX}${this.dataVersion}:${this.view.theme()}:${this.view.lang()}:`;
    const features: Feature<Point>[] = rankPlaces(dataset)
      .slice(0, MAX_LABELS)
      .map((place, rank) => ({
        type: 'Feature',
        id: place.index,
        geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
        properties: { placeId: place.id, image: `${prefix}${place.index}`, rank, hasShape: shaped.has(place.index) },
      }));
    source.setData({ type: 'FeatureCollection', features });
  }

  private update(): void {
    const map = this.map;
    // The sources exist once the style has loaded (isStyleLoaded() is false while any source is busy).
    if (!map.getSource(SOURCE_IDS.shapes)) return;
    map.getSource<GeoJSONSource>(SOURCE_IDS.shapes)!.setData(this.shapes);
    const shaped = new Set(this.shapes.features.map((f) => f.properties.placeIndex));
    const points: Feature<Point>[] = (this.dataset?.places ?? [])
      .filter((place) => !shaped.has(place.index))
      .map((place) => ({
        type: 'Feature',
        id: place.index,
        geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
        properties: { placeIndex: place.index },
      }));
    map.getSource<GeoJSONSource>(SOURCE_IDS.points)!.setData({ type: 'FeatureCollection', features: points });
    this.updateLabels();
  }

  /** Label images of the data set before: a new one draws its own, under a new version. */
  private dropLabelImages(): void {
    this.dataVersion++;
    // Before the style has loaded (our sources are added with it) there are no images to drop.
    if (!this.map.getSource(SOURCE_IDS.labels)) return;
    for (const id of this.map.listImages()) if (id.startsWith(LABEL_IMAGE_PREFIX)) this.map.removeImage(id);
  }

  /** Draws a place's label when the map first asks for it. */
  private readonly resolveImage = (id: string): void => {
    if (!id.startsWith(LABEL_IMAGE_PREFIX) || !this.dataset) return;
    const [version, theme, lang, index] = id.slice(LABEL_IMAGE_PREFIX.length).split(':');
    const place = this.dataset.places[Number(index)];
    if (!place || Number(version) !== this.dataVersion || this.map.hasImage(id)) return;
    const pixelRatio = Math.max(1, Math.round(window.devicePixelRatio || 1));
    const palette = PALETTES[theme === 'dark' ? 'dark' : 'light'];
    this.map.addImage(id, renderLabel(localize(place.name, lang ?? 'en'), palette, pixelRatio), { pixelRatio });
  };
}

/**
 * Places in the order they get labels: regions, cities and organizations before whole countries
 * (they are the more specific partners), then the best connected first.
 */
export function rankPlaces(dataset: DataSet): Place[] {
  const degree = new Uint32Array(dataset.places.length);
  for (const link of dataset.links) {
    degree[link.sourceIndex]!++;
    degree[link.targetIndex]!++;
  }
  const priority = (p: Place) => (p.kind === 'country' ? 1 : 0);
  return [...dataset.places].sort(
    (a, b) => priority(a) - priority(b) || degree[b.index]! - degree[a.index]! || a.index - b.index,
  );
}

/** The shapes as map features, with what the layers style them by. */
function shapeFeatures(dataset: DataSet, shapes: PlaceShapes): ShapeFeatures {
  const features: ShapeFeatures['features'] = [];
  for (const [index, geometry] of shapes) {
    const place = dataset.places[index];
    if (!place) continue;
    const properties = { placeId: place.id, placeIndex: index, country: place.shape === 'country' };
    features.push({ type: 'Feature', id: index, geometry, properties });
  }
  return { type: 'FeatureCollection', features };
}
