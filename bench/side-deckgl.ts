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
import type { GroupBy } from '../src/data/link-group.ts';
import { basemapStyle } from '../src/map/basemap.ts';
import { defaultGeodataBase, loadCountries } from '../src/load/geodata.ts';
import { ARC_SEGMENTS } from '../src/map/arc-shaders.ts';
import { modelArcData, OPEN_YEAR, SECTORS, toArcData, type ArcDatum } from './arc-data.ts';
import { FrameClock, mapSettled, type FrameTiming } from './frame-clock.ts';
import { countInstances, sizeContainer, type Camera, type FilterChoice, type Side } from './side.ts';

const LAYER_ID = 'bench-arcs';

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
    getWidth: (d) => d.width,
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

export async function mountDeckgl(parent: HTMLElement, camera: Camera | null, groupBy: GroupBy | null): Promise<Side> {
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
  return new DeckglSide(map, overlay, groupBy);
}

class DeckglSide implements Side {
  readonly name = 'deck.gl' as const;
  readonly clock: FrameClock;
  private data: ArcDatum[] = [];
  private choice: FilterChoice = { sectors: null, years: null };

  /** With `group-by`: the model of the data set, made before the clock (coop-map's validation, not deck.gl's work). */
  private model: import('../src/data/model.ts').DataSet | null = null;
  /** Loaded only with `group-by`, so that the other pages hold no grouping code. */
  private grouping: typeof import('./grouped.ts') | null = null;
  private regrouper: import('./grouped.ts').Regrouper | null = null;

  constructor(
    readonly map: MaplibreMap,
    private readonly overlay: MapboxOverlay,
    private readonly groupBy: GroupBy | null,
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

  drawnInstances(): number {
    return this.data.length;
  }

  async prepare(data: CooperationDataInput): Promise<void> {
    if (!this.groupBy) return;
    // The model the library groups; the areas (the shapes' index, each place's area) are found
    // inside the clock, as coop-map does.
    this.grouping = await import('./grouped.ts');
    this.model = this.grouping.toModel(data);
  }

  /** With `group-by`, the arcs of the links the filters show, grouped by the library's grouping. */
  private async arcs(data: CooperationDataInput): Promise<ArcDatum[]> {
    if (!this.groupBy) return toArcData(data);
    if (!this.regrouper) {
      const { loadGroupAreas, Regrouper } = this.grouping!;
      const areas = await loadGroupAreas(defaultGeodataBase(), this.model!, this.groupBy);
      this.regrouper = new Regrouper(this.model!, this.groupBy, areas);
    }
    return modelArcData(this.regrouper.group(this.choice).dataset);
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
    this.data = await this.arcs(data);
    const firstFrame = await this.show(inspect);
    return { t0, firstFrame, settled: await idle };
  }

  async filter(choice: FilterChoice) {
    const t0 = performance.now();
    this.choice = choice;
    // Grouped: the filters apply to the links before grouping, so every change is new arcs.
    if (this.regrouper) this.data = modelArcData(this.regrouper.group(choice).dataset);
    return { t0, ...(await this.show()) };
  }
}
