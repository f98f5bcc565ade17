import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type {
  CustomLayerInterface,
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  GeoJSONSource,
  Map as MaplibreMap,
} from 'maplibre-gl';
import type { DataSet, Link, Place } from '../data/model.js';
import { localize } from '../i18n/strings.js';
import { PALETTES, type Theme } from './basemap.js';
import { dotSize } from './density.js';
import { placeDegrees, rankPlaces, withPartners } from './place-ranks.js';
import { LABEL_IMAGE_PREFIX, labelImageId, parseLabelImageId, renderLabel } from './label-images.js';

export const LAYER_IDS = {
  regionFill: 'coop-regions-fill',
  regionLine: 'coop-regions-line',
  arcs: 'coop-arcs',
  points: 'coop-points',
  labels: 'coop-labels',
} as const;
const SOURCE_IDS = { shapes: 'coop-shapes', points: 'coop-points', labels: 'coop-labels' } as const;

/** At most this many places get a label; those with most links drawn first. */
export const MAX_LABELS = 150;
/** Past this many label images on the map, those of no label now shown are dropped. */
const MAX_LABEL_IMAGES = 1000;
const HOVER_FEATURE_STATE = 'hover';
/** CSS pixels from a place's point (beyond its drawn dot) within which the pointer is on the place. */
export const PLACE_PICK_MARGIN_PX = 4;
/** Dots nearer than this to each other count as equally near the pointer: the better connected place wins. */
const PICK_TIE_PX = 2;
/** CSS pixels between a place's point and the top of its label (labels of places with a shape are centred). */
const LABEL_OFFSET_PX = 4;
/** Radius of a place's dot and its outline, CSS pixels. */
const POINT_RADIUS_PX = 4.5;
const POINT_STROKE_PX = 1.5;
const FULL_DOT = { radius: POINT_RADIUS_PX, stroke: POINT_STROKE_PX };
/** Dots of the places outside the focus (a place hovered or selected, and its partners) are this faint. */
const UNFOCUSED_OPACITY = 0.2;

/** The shape of each place that has one (a region, a country, a feature of `regions`), by place index. */
export type PlaceShapes = ReadonlyMap<number, Geometry>;

interface LabelProperties {
  image: string;
  hasShape: boolean;
}

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
  /** Places with a link drawn, by index; null: all of them. */
  private shown: ReadonlySet<number> | null = null;
  /** The links drawn; null: all of them. */
  private drawn: readonly Link[] | null = null;
  /** The place hovered or selected and its partners by the links drawn, by index; null: no place. */
  private focus: ReadonlySet<number> | null = null;
  /** Links drawn of each place, by place index (all its links until a filter is set). */
  private degree: Uint32Array = new Uint32Array(0);
  /** Places in the order they get labels, and the indices of those drawn as shapes: both per data set. */
  private ranked: Place[] = [];
  private shaped: ReadonlySet<number> = new Set();

  constructor(
    private readonly map: MaplibreMap,
    private readonly view: { theme: () => Theme; lang: () => string },
  ) {
    map.setMissingStyleImageResolver(this.resolveImage);
  }

  setData(dataset: DataSet, shapes: PlaceShapes): void {
    this.dataset = dataset;
    this.degree = placeDegrees(dataset.places.length, dataset.links);
    this.ranked = rankPlaces(dataset, this.degree);
    this.shown = null;
    this.drawn = null;
    this.focus = null;
    this.shapes = shapeFeatures(dataset, shapes);
    this.shaped = new Set(this.shapes.features.map((f) => f.properties.placeIndex));
    this.hoverPlace = -1;
    this.update();
    this.pruneLabelImages();
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
          'circle-radius': POINT_RADIUS_PX,
          'circle-color': palette.point,
          'circle-stroke-color': palette.pointStroke,
          'circle-stroke-width': POINT_STROKE_PX,
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
          'icon-offset': ['case', ['get', 'hasShape'], ['literal', [0, 0]], ['literal', [0, LABEL_OFFSET_PX]]],
          'icon-allow-overlap': false,
          'icon-ignore-placement': false,
          'icon-padding': 2,
          'symbol-sort-key': ['get', 'rank'],
        },
      });
    }
    this.update();
  }

  /**
   * The links drawn: only their places are drawn, and labels go to those with most of them first.
   * The same places with the same numbers of links change nothing.
   */
  setShown(links: readonly Link[]): void {
    const dataset = this.dataset;
    if (!dataset) return;
    this.drawn = links;
    const degree = placeDegrees(dataset.places.length, links);
    const shown = new Set<number>();
    degree.forEach((d, i) => d > 0 && shown.add(i));
    const before = this.shown;
    if (before && before.size === shown.size && degree.every((d, i) => d === this.degree[i])) return;
    this.shown = shown;
    this.degree = degree;
    this.ranked = rankPlaces(dataset, degree);
    this.focus = this.focusOf(this.hoverPlace);
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
    this.setFocus(index);
  }

  /**
   * A place hovered or selected stands out with its partners: the other dots fade and only they
   * keep their labels, so that among thousands of places its partners can be seen (-1: none).
   */
  private setFocus(index: number): void {
    this.focus = this.focusOf(index);
    this.paintFocus();
    this.updateLabels();
  }

  private focusOf(index: number): Set<number> | null {
    return this.dataset && index >= 0 ? withPartners(index, this.drawn ?? this.dataset.links) : null;
  }

  private paintFocus(): void {
    if (!this.map.getLayer(LAYER_IDS.points)) return;
    const opacity: DataDrivenPropertyValueSpecification<number> = this.focus
      ? ['match', ['get', 'placeIndex'], [...this.focus], 1, UNFOCUSED_OPACITY]
      : 1;
    this.map.setPaintProperty(LAYER_IDS.points, 'circle-opacity', opacity);
    this.map.setPaintProperty(LAYER_IDS.points, 'circle-stroke-opacity', opacity);
  }

  /**
   * The place whose dot or label is drawn within a few pixels of a point of the map: places win
   * the pointer over arcs passing by. A label under the pointer wins; else the nearest dot, of
   * dots about as near (PICK_TIE_PX) the one with most links, so that in a dense cluster the
   * pointer on a big city's dot gets that city.
   */
  placeNear(point: { x: number; y: number }): number | null {
    const layers = [LAYER_IDS.points, LAYER_IDS.labels].filter((id) => this.map.getLayer(id));
    const dataset = this.dataset;
    if (layers.length === 0 || !dataset) return null;
    const reach = POINT_RADIUS_PX + POINT_STROKE_PX + PLACE_PICK_MARGIN_PX;
    const box: [[number, number], [number, number]] = [
      [point.x - reach, point.y - reach],
      [point.x + reach, point.y + reach],
    ];
    const found: { index: number; distance: number }[] = [];
    for (const feature of this.map.queryRenderedFeatures(box, { layers })) {
      const index = (feature.properties as { placeIndex?: number }).placeIndex;
      const place = typeof index === 'number' ? dataset.places[index] : undefined;
      if (!place) continue;
      if (feature.layer.id === LAYER_IDS.labels) {
        if (this.onLabel(place, feature.properties as LabelProperties, point)) return place.index;
        continue;
      }
      const distance = this.screenDistance(place, point);
      if (distance <= reach) found.push({ index: place.index, distance });
    }
    if (found.length === 0) return null;
    const nearest = Math.min(...found.map((f) => f.distance));
    const near = found.filter((f) => f.distance <= nearest + PICK_TIE_PX);
    const degree = (i: number) => this.degree[i] ?? 0;
    return near.reduce((a, b) => (degree(b.index) > degree(a.index) ? b : a)).index;
  }

  /** The index of the place whose shape is drawn under a point of the map, if any. */
  shapeAt(point: { x: number; y: number }): number | null {
    if (!this.map.getLayer(LAYER_IDS.regionFill)) return null;
    const features = this.map.queryRenderedFeatures([point.x, point.y], { layers: [LAYER_IDS.regionFill] });
    const index = (features[0]?.properties as { placeIndex?: number } | undefined)?.placeIndex;
    return typeof index === 'number' ? index : null;
  }

  /**
   * Whether a point of the map lies on a place's label, as the label layer lays it out (the box
   * MapLibre's query finds a label by can be far larger than its image at low zoom).
   */
  private onLabel(place: Place, label: LabelProperties, point: { x: number; y: number }): boolean {
    const image = this.map.getImage(label.image);
    if (!image) return false;
    const width = image.data.width / image.pixelRatio;
    const height = image.data.height / image.pixelRatio;
    for (const shift of [-360, 0, 360]) {
      const p = this.map.project([place.lon + shift, place.lat]);
      const top = label.hasShape ? p.y - height / 2 : p.y + LABEL_OFFSET_PX;
      if (Math.abs(point.x - p.x) <= width / 2 && point.y >= top && point.y <= top + height) return true;
    }
    return false;
  }

  /** CSS pixels from a point of the map to where a place is drawn, on the nearest world copy. */
  private screenDistance(place: Place, point: { x: number; y: number }): number {
    let nearest = Infinity;
    for (const shift of [-360, 0, 360]) {
      const p = this.map.project([place.lon + shift, place.lat]);
      nearest = Math.min(nearest, Math.hypot(p.x - point.x, p.y - point.y));
    }
    return nearest;
  }

  /** Draws the labels again, for another language or theme. */
  updateLabels(): void {
    const source = this.map.getSource<GeoJSONSource>(SOURCE_IDS.labels);
    const dataset = this.dataset;
    if (!source || !dataset) return;
    const shaped = this.shaped;
    const [theme, lang] = [this.view.theme(), this.view.lang()];
    const features: Feature<Point>[] = this.ranked
      .filter((place) => this.isShown(place.index) && (!this.focus || this.focus.has(place.index)))
      .slice(0, MAX_LABELS)
      .map((place, rank) => ({
        type: 'Feature',
        id: place.index,
        geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
        properties: {
          placeId: place.id,
          placeIndex: place.index,
          image: labelImageId(theme, lang, localize(place.name, lang)),
          rank,
          hasShape: shaped.has(place.index),
        },
      }));
    source.setData({ type: 'FeatureCollection', features });
  }

  private update(): void {
    const map = this.map;
    // The sources exist once the style has loaded (isStyleLoaded() is false while any source is busy).
    if (!map.getSource(SOURCE_IDS.shapes)) return;
    const shapes = this.shapes.features.filter((f) => this.isShown(f.properties.placeIndex));
    map.getSource<GeoJSONSource>(SOURCE_IDS.shapes)!.setData({ type: 'FeatureCollection', features: shapes });
    const shaped = this.shaped;
    const points: Feature<Point>[] = (this.dataset?.places ?? [])
      .filter((place) => !shaped.has(place.index) && this.isShown(place.index))
      .map((place) => ({
        type: 'Feature',
        id: place.index,
        geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
        properties: { placeIndex: place.index },
      }));
    map.getSource<GeoJSONSource>(SOURCE_IDS.points)!.setData({ type: 'FeatureCollection', features: points });
    this.sizeDots(points.length);
    this.paintFocus();
    this.updateLabels();
  }

  /** Small dots at low zoom while many places are drawn (./density.ts). */
  private sizeDots(points: number): void {
    if (!this.map.getLayer(LAYER_IDS.points)) return;
    const { radius, stroke } = dotSize(points, FULL_DOT);
    this.map.setPaintProperty(LAYER_IDS.points, 'circle-radius', radius);
    this.map.setPaintProperty(LAYER_IDS.points, 'circle-stroke-width', stroke);
  }

  private isShown(index: number): boolean {
    return this.shown === null || this.shown.has(index);
  }

  /**
   * Label images are kept across data sets (the same names come back as the filters regroup
   * the links); past MAX_LABEL_IMAGES, those of no label now shown are dropped. One MapLibre
   * still asks for is drawn again from its id.
   */
  private pruneLabelImages(): void {
    // Before the style has loaded (our sources are added with it) there are no images to drop.
    if (!this.map.getSource(SOURCE_IDS.labels)) return;
    const images = this.map.listImages().filter((id) => id.startsWith(LABEL_IMAGE_PREFIX));
    if (images.length <= MAX_LABEL_IMAGES) return;
    const [theme, lang] = [this.view.theme(), this.view.lang()];
    const used = new Set(
      this.ranked.slice(0, MAX_LABELS).map((p) => labelImageId(theme, lang, localize(p.name, lang))),
    );
    for (const id of images) if (!used.has(id)) this.map.removeImage(id);
  }

  /** Draws a label when the map first asks for it, from what its id says. */
  private readonly resolveImage = (id: string): void => {
    const label = parseLabelImageId(id);
    if (!label || this.map.hasImage(id)) return;
    const pixelRatio = Math.max(1, Math.round(window.devicePixelRatio || 1));
    const palette = PALETTES[label.theme === 'dark' ? 'dark' : 'light'];
    this.map.addImage(id, renderLabel(label.text, palette, pixelRatio), { pixelRatio });
  };
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
