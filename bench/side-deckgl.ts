// Side B: deck.gl's ArcLayer through MapboxOverlay (interleaved) on a MapLibre map with the
// element's offline basemap, written the way deck.gl documents it: an array of objects with
// accessors, DataFilterExtension for the filters, a new layer instance with the same id on every
// change. Like coop-map, it draws one instance per link and sector: the sector is the instance's
// filter category, [since, until] its two filter values.
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MaplibreMap } from 'maplibre-gl';
import { MapboxOverlay } from '@deck.gl/mapbox';
import { ArcLayer } from '@deck.gl/layers';
import { DataFilterExtension, type DataFilterExtensionProps } from '@deck.gl/extensions';
import type { CooperationDataInput } from '../src/data/types.ts';
import { BUILTIN_SECTOR_DEFAULTS, UNSPECIFIED_SECTOR_DEFAULTS } from '../src/data/sectors.ts';
import { basemapStyle } from '../src/map/basemap.ts';
import { defaultGeodataBase, loadCountries } from '../src/load/geodata.ts';
import { WIDTH_DEFAULT_PX } from '../src/geometry/widths.ts';
import { ARC_SEGMENTS } from '../src/map/arc-shaders.ts';
import { FrameClock, mapSettled, type FrameTiming } from './frame-clock.ts';
import { countInstances, sizeContainer, type Camera, type FilterChoice, type Side } from './side.ts';

/** The order coop-map gives the sectors of these data sets: the built-ins, then `unspecified`. */
const SECTORS = [...Object.keys(BUILTIN_SECTOR_DEFAULTS), 'unspecified'];
const SECTOR_COLORS = [
  ...Object.values(BUILTIN_SECTOR_DEFAULTS).map((s) => s.color),
  UNSPECIFIED_SECTOR_DEFAULTS.color,
].map(rgb);
/** Opacity coop-map gives an arc by status: full for active and planned, faded for the others. */
const STATUS_ALPHA: Record<string, number> = { active: 0.9, planned: 0.9, suspended: 0.45, ended: 0.45 };
/** Stand-ins for an open `since` or `until`, as coop-map uses. */
const OPEN_YEAR = 1e6;
const LAYER_ID = 'bench-arcs';

interface ArcDatum {
  source: [number, number];
  target: [number, number];
  sector: number;
  years: [number, number];
  color: [number, number, number, number];
}

function rgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** The data set as deck.gl wants it: one object per link and sector, with both ends' coordinates. */
export function toArcData(data: CooperationDataInput): ArcDatum[] {
  const positions = new Map<string, [number, number]>();
  for (const place of data.places ?? []) positions.set(place.id, [place.lon!, place.lat!]);
  const arcs: ArcDatum[] = [];
  for (const link of data.links) {
    const source = positions.get(link.source);
    const target = positions.get(link.target);
    if (!source || !target) continue;
    const years: [number, number] = [link.since ?? -OPEN_YEAR, link.until ?? OPEN_YEAR];
    const alpha = Math.round(255 * (STATUS_ALPHA[link.status ?? 'active'] ?? 0.9));
    const sectors = link.sectors?.length ? link.sectors : ['unspecified'];
    for (const id of sectors) {
      const sector = Math.max(0, SECTORS.indexOf(id));
      arcs.push({ source, target, sector, years, color: [...SECTOR_COLORS[sector]!, alpha] });
    }
  }
  return arcs;
}

function filterProps(choice: FilterChoice) {
  const categories = choice.sectors ? choice.sectors.map((id) => SECTORS.indexOf(id)) : SECTORS.map((_, i) => i);
  const [from, to] = choice.years ?? [-OPEN_YEAR, OPEN_YEAR];
  return {
    filterCategories: categories,
    // A link shows when [since, until] overlaps [from, to]: since ≤ to and until ≥ from.
    filterRange: [
      [-OPEN_YEAR, to],
      [from, OPEN_YEAR],
    ] as [number, number][],
  };
}

const filterExtension = new DataFilterExtension({ filterSize: 2, categorySize: 1 });

function arcLayer(data: ArcDatum[], choice: FilterChoice) {
  return new ArcLayer<ArcDatum, DataFilterExtensionProps<ArcDatum>>({
    id: LAYER_ID,
    data,
    greatCircle: true,
    // The same number of vertices per arc as coop-map's strip: (ARC_SEGMENTS + 1) × 2.
    numSegments: ARC_SEGMENTS + 1,
    widthUnits: 'pixels',
    getWidth: WIDTH_DEFAULT_PX,
    getSourcePosition: (d) => d.source,
    getTargetPosition: (d) => d.target,
    getSourceColor: (d) => d.color,
    getTargetColor: (d) => d.color,
    extensions: [filterExtension],
    getFilterValue: (d) => d.years,
    getFilterCategory: (d) => d.sector,
    ...filterProps(choice),
  });
}

/**
 * deck.gl 9.4's interleaved mode reads `map.transform` (the canvas height, to scale MapLibre's
 * near and far planes). MapLibre 6 keeps the transform on an inner camera object, so `map.transform`
 * is undefined and deck.gl throws on every frame; give it the camera's transform to read.
 */
function exposeTransform(map: MaplibreMap): void {
  if ((map as unknown as { transform?: unknown }).transform) return;
  const camera = (map as unknown as { _camera?: { transform?: unknown; _transform?: unknown } })._camera;
  if (!camera) throw new Error('deck.gl needs map.transform, and this MapLibre has no camera to take it from');
  Object.defineProperty(map, 'transform', { get: () => camera.transform ?? camera._transform, configurable: true });
}

export async function mountDeckgl(parent: HTMLElement, camera: Camera | null): Promise<Side> {
  const container = document.createElement('div');
  sizeContainer(container);
  parent.append(container);
  const countries = await loadCountries(defaultGeodataBase());
  const map = new MaplibreMap({
    container,
    style: basemapStyle('light', countries.features),
    center: camera?.center ?? [100, 50],
    zoom: camera?.zoom ?? 1.5,
    attributionControl: { compact: true, customAttribution: 'Natural Earth' },
    renderWorldCopies: true,
    fadeDuration: 0,
  });
  await new Promise((resolve) => map.once('load', resolve));
  exposeTransform(map);
  const overlay = new MapboxOverlay({ interleaved: true, layers: [] });
  map.addControl(overlay);
  await mapSettled(map);
  return new DeckglSide(map, overlay);
}

class DeckglSide implements Side {
  readonly name = 'deck.gl' as const;
  readonly clock: FrameClock;
  private data: ArcDatum[] = [];
  private choice: FilterChoice = { sectors: null, years: null };

  constructor(
    readonly map: MaplibreMap,
    private readonly overlay: MapboxOverlay,
  ) {
    this.clock = new FrameClock(map);
  }

  /** The ArcLayer deck.gl has resolved and will draw (it updates layers synchronously in setProps). */
  private get drawnLayer(): { props: object; isLoaded: boolean } | undefined {
    const deck = (
      this.overlay as unknown as {
        _deck?: { layerManager?: { getLayers(): { id: string; props: object; isLoaded: boolean }[] } };
      }
    )._deck;
    return deck?.layerManager?.getLayers().find((layer) => layer.id === LAYER_ID);
  }

  instanceCount(data: CooperationDataInput): number {
    return countInstances(data);
  }

  private show(inspect?: () => void): Promise<FrameTiming> {
    const layer = arcLayer(this.data, this.choice);
    const frame = this.clock.nextFrame(() => {
      const drawn = this.drawnLayer;
      return drawn !== undefined && drawn.isLoaded && drawn.props === layer.props;
    }, inspect);
    this.overlay.setProps({ layers: [layer] });
    return frame;
  }

  async assign(data: CooperationDataInput, inspect?: () => void) {
    // Settled: the map's first `idle` after the arcs were handed over (nothing else renders meanwhile).
    const idle = new Promise<number>((resolve) => this.map.once('idle', () => resolve(performance.now())));
    const t0 = performance.now();
    this.data = toArcData(data);
    const firstFrame = await this.show(inspect);
    return { t0, firstFrame, settled: await idle };
  }

  async filter(choice: FilterChoice) {
    const t0 = performance.now();
    this.choice = choice;
    return { t0, ...(await this.show()) };
  }
}
