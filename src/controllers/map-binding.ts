import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FeatureCollection } from 'geojson';
import type { CameraOptions, Map as MaplibreMap } from 'maplibre-gl';
import type { DataSet } from '../data/model.js';
import type { Target } from '../data/target.js';
import { OnDemand } from '../load/on-demand.js';
import type { MapController } from '../map/map-controller.js';
import type { PlaceShapes } from '../map/place-layers.js';
import { abortable } from '../load/abortable.js';
import { highlightOf, sameHighlight } from './highlight.js';
import type { MapData, MapView } from './map-view.js';
import {
  claimContext,
  distanceFromView,
  joinBudget,
  leaveBudget,
  NEAR_VIEW_MARGIN,
  showPicture,
  type BudgetMember,
} from './map-budget.js';
import type { UiParts } from './ui-parts.js';
import { MapEngine } from './map-engine.js';

// The geodata readers (TopoJSON, the region reader) are a chunk of their own, shared with the data
// reader: the basemap's countries load with them.
const GEODATA = new OnDemand(() => import('../load/geodata.js'));

export type { MapData, MapLabels, MapView } from './map-view.js';

interface Host extends ReactiveControllerHost {
  readonly isConnected: boolean;
  readonly hasUpdated: boolean;
}

export interface MapBindingOptions {
  container: () => HTMLElement | null;
  view: () => MapView;
  /** CSS pixels on the right that fitting the view keeps clear (the legend). */
  reservedRight: () => number;
  onPointer: (target: Target | null, point: { x: number; y: number }) => void;
  onClick: (target: Target | null) => void;
  /** The map cannot draw (MapLibre's worker not loaded): says why and what to do. */
  onFatal: (message: string) => void;
  /** No map can be made here (no WebGL 2): the element shows its data without one. */
  onUnavailable: (message: string) => void;
}

/**
 * Binds the element to its map: creates the MapController once the element has rendered its
 * container, destroys it when the element leaves the page and makes a new one when it comes back
 * (moved in the DOM), giving the new map everything the old one showed. It is the one place that
 * passes the element's state to the map.
 */
export class MapBinding implements ReactiveController {
  controller: MapController | null = null;
  /** Why no map can be made here (no WebGL 2), when that is so. */
  unavailable: string | null = null;
  #data: MapData | null = null;
  #applied: MapView | null = null;
  #fatal: Error | null = null;
  /** The view was fitted while the map had no size (inside `display: none`): fit it when it gets one. */
  #fitOnSize = false;
  #resize: ResizeObserver | null = null;
  /** No map now, by the page's budget of WebGL contexts (map-budget.ts): one is made near the view. */
  #parked = false;
  /** The data came while parked or released: the next map fits the view to it. */
  #needsFit = false;
  #intersection: IntersectionObserver | null = null;
  /** The last picture of a map that gave its context up, shown in its place until a new one draws. */
  #picture: HTMLCanvasElement | null = null;
  /** The camera of a map that gave its context up: the next map opens where the reader left it. */
  #camera: CameraOptions | null = null;
  /** Room is being made for this map by the budget: it is made once the other map's context is gone. */
  #claim: Promise<void> | null = null;
  readonly #member: BudgetMember = {
    live: false,
    near: true,
    distance: () => {
      const container = this.#options.container();
      return container ? distanceFromView(container) : Infinity;
    },
    release: () => this.#release(true),
  };
  readonly #failureListeners = new Set<(error: Error) => void>();

  readonly #host: Host;
  readonly #options: MapBindingOptions;
  readonly #engine: MapEngine;

  /** `parts`: the element's, whose updateComplete waits for the map's engine as for them. */
  constructor(host: Host, parts: UiParts, options: MapBindingOptions) {
    this.#host = host;
    this.#options = options;
    this.#engine = new MapEngine(parts, (reason) => this.#cannotDraw(reason));
    host.addController(this);
  }

  get map(): MaplibreMap | null {
    return this.controller?.map ?? null;
  }

  hostConnected(): void {
    this.#engine.get();
    joinBudget(this.#member);
    // Moved in the DOM: the container is still there, rendered, and the update that would
    // create the map may not come.
    if (this.#host.hasUpdated) this.#create();
  }

  hostUpdated(): void {
    if (!this.controller) this.#create();
    else this.#apply(this.#options.view());
  }

  hostDisconnected(): void {
    leaveBudget(this.#member);
    this.#intersection?.disconnect();
    this.#intersection = null;
    this.#parked = false;
    this.#resize?.disconnect();
    this.#resize = null;
    this.controller?.destroy();
    this.controller = null;
    this.#applied = null;
  }

  /**
   * Shows a data set (null clears the map) and resolves once it is drawn, fitted to the view and
   * idle (`fit`: false keeps the view; `'unless-moved'` fits it unless the reader has moved it
   * since the last fit). Rejects when the signal aborts or the map cannot draw.
   */
  async show(data: MapData | null, signal: AbortSignal, fitMode: boolean | 'unless-moved' = true): Promise<void> {
    this.#data = data;
    const controller = await this.#whenCreated(signal);
    // Without a map the data is shown in the table alone; there is nothing to draw or wait for.
    // A map parked by the budget draws it when it comes near the view.
    if (!controller) {
      this.#needsFit = this.#parked && data !== null;
      return;
    }
    const moved = controller.userMoved;
    const fit = fitMode === 'unless-moved' ? !moved : fitMode;
    try {
      controller.setData(data?.dataset ?? EMPTY_DATASET, data?.shapes ?? EMPTY_SHAPES);
      if (!fit) controller.userMoved = moved;
      await this.#guard(controller.whenReady(), signal);
      this.#apply(this.#options.view(), true);
      if (data && fit) controller.fitToData({ reserveRight: this.#options.reservedRight() });
      this.#fitOnSize = data !== null && fit && !hasSize(controller.map.getContainer());
      await this.#guard(controller.whenIdle(), signal);
    } catch (error) {
      if (error !== RELEASED) throw error;
      this.#needsFit = data !== null;
    }
  }

  /** Ids of the links drawn in a rectangle of the map (CSS px; all of it when absent), read back from the GPU. */
  async renderedLinks(box?: { x: number; y: number; width: number; height: number }): Promise<string[]> {
    const controller = this.controller;
    const dataset = this.#data?.dataset;
    if (!controller || !dataset) return [];
    const indices = await controller.linksAt(box?.x ?? 0, box?.y ?? 0, box?.width, box?.height);
    return indices.map((i) => dataset.links[i]!.id);
  }

  /** Resolves when the map has drawn everything it has been given. */
  async whenIdle(): Promise<void> {
    await this.controller?.whenIdle();
  }

  #cannotDraw(reason: string): void {
    this.unavailable = `the map cannot be drawn here: ${reason}`;
    for (const resolve of this.#createdListeners.splice(0)) resolve(null);
    this.#options.onUnavailable(this.unavailable);
  }

  #create(): void {
    if (this.controller || this.#claim || !this.#host.isConnected || this.#fatal || this.unavailable) return;
    const container = this.#options.container();
    const engine = this.#engine.get();
    if (!container || !engine) return;
    this.#watchView(container);
    const claim = claimContext(this.#member);
    if (claim instanceof Promise) {
      this.#claim = claim.then(() => ((this.#claim = null), this.#create()));
      return;
    }
    if (!claim) {
      this.#park();
      return;
    }
    this.#parked = false;
    const view = this.#options.view();
    try {
      this.controller = new engine.MapController({
        container,
        style: view.style,
        theme: view.theme,
        projection: view.projection,
        lang: view.lang,
        countries: GEODATA.load()
          .then((geodata) => geodata.loadCountries(view.geodataBase, undefined, geodata.geodataLoader(view.timeoutMs)))
          .then(
            (file) => file.features as FeatureCollection,
            () => null,
          ),
        onError: (error) => this.#handleMapError(error),
        onContextLost: () => this.#contextLost(),
        onPointer: (target, point) => this.#options.onPointer(target, point),
        onClick: (target) => this.#options.onClick(target),
      });
    } catch (error) {
      this.#cannotDraw((error as Error).message || String(error));
      return;
    }
    this.#applied = view;
    (this.#member as { live: boolean }).live = true;
    this.#watchSize(container);
    if (this.#data) this.controller.setData(this.#data.dataset, this.#data.shapes);
    this.#apply(view, true);
    this.#fitAndShow(this.controller);
    for (const resolve of this.#createdListeners.splice(0)) resolve(this.controller);
  }

  /** A map made after its data came (parked, released) fits it; its last picture goes once it has drawn. */
  #fitAndShow(controller: MapController): void {
    const [fit, picture, camera] = [this.#needsFit && this.#data !== null, this.#picture, this.#camera];
    [this.#needsFit, this.#camera] = [false, null];
    void controller.whenReady().then(async () => {
      if (controller !== this.controller) return;
      if (fit) controller.fitToData({ reserveRight: this.#options.reservedRight() });
      else if (camera) controller.map.jumpTo(camera);
      await controller.whenIdle();
      if (picture === this.#picture) this.#picture?.remove();
    });
  }

  /**
   * A context the browser does not give back within a while (it took it for another map: too many
   * on the page) is given up, so the load ends; a new map is made when the element is near the view.
   */
  #contextLost(): void {
    const controller = this.controller;
    setTimeout(() => {
      if (controller && controller === this.controller && controller.contextLost) void this.#release(false);
    }, CONTEXT_RESTORE_WAIT_MS);
  }

  #park(): void {
    this.#parked = true;
    for (const resolve of this.#createdListeners.splice(0)) resolve(null);
  }

  /** Gives the map's WebGL context up, keeping its last picture (when it can still be read) in its place. */
  async #release(keepPicture: boolean): Promise<void> {
    const controller = this.controller;
    if (!controller || !this.#member.live) return;
    const picture = keepPicture && !controller.contextLost ? await controller.snapshot() : null;
    (this.#member as { live: boolean }).live = false;
    if (controller !== this.controller) return;
    const map = controller.map;
    this.#camera = { center: map.getCenter(), zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
    if (picture) {
      this.#picture?.remove();
      this.#picture = showPicture(controller.map.getContainer(), picture);
    }
    this.#resize?.disconnect();
    this.#resize = null;
    controller.destroy();
    this.controller = null;
    this.#applied = null;
    this.#parked = true;
    for (const reject of [...this.#failureListeners]) reject(RELEASED);
  }

  /** Whether the element is near the view: a map far from it may give its context up to one near it. */
  #watchView(container: HTMLElement): void {
    if (this.#intersection || typeof IntersectionObserver !== 'function') return;
    this.#setNear(distanceFromView(container) <= Math.max(innerWidth, innerHeight));
    this.#intersection = new IntersectionObserver(
      ([entry]) => {
        this.#setNear(entry?.isIntersecting ?? true);
        if (this.#member.near && this.#parked && !this.controller) this.#create();
      },
      { root: container.ownerDocument, rootMargin: NEAR_VIEW_MARGIN },
    );
    this.#intersection.observe(container);
  }

  #setNear(near: boolean): void {
    (this.#member as { near: boolean }).near = near;
  }

  /** A map shown for the first time (after `display: none`) is fitted to its data at its real size. */
  #watchSize(container: HTMLElement): void {
    if (this.#resize || typeof ResizeObserver !== 'function') return;
    this.#resize = new ResizeObserver(() => {
      const controller = this.controller;
      if (!this.#fitOnSize || !controller || !hasSize(container)) return;
      this.#fitOnSize = false;
      if (!controller.userMoved) controller.fitToData({ reserveRight: this.#options.reservedRight() });
    });
    this.#resize.observe(container);
  }

  #apply(view: MapView, force = false): void {
    const controller = this.controller;
    const before = this.#applied;
    if (!controller) return;
    this.#applied = view;
    if (force || before?.filterKey !== view.filterKey) controller.setFilter(view.filters, view.thinning);
    const highlight = highlightOf(view.hover, view.selection);
    if (force || !before || !sameHighlight(highlightOf(before.hover, before.selection), highlight)) {
      controller.setHighlight(highlight);
    }
    if (view.labels && (force || JSON.stringify(before?.labels) !== JSON.stringify(view.labels))) {
      controller.setLabels(view.labels);
    }
    if (!before) return;
    if (before.lang !== view.lang) controller.setLang(view.lang);
    if (before.theme !== view.theme) controller.setTheme(view.theme);
    if (before.style !== view.style) controller.setStyle(view.style);
    if (before.projection !== view.projection) controller.setProjection(view.projection);
  }

  readonly #createdListeners: ((controller: MapController | null) => void)[] = [];

  #whenCreated(signal: AbortSignal): Promise<MapController | null> {
    if (this.controller || this.unavailable || this.#parked) return Promise.resolve(this.controller);
    return this.#guard(new Promise<MapController | null>((resolve) => this.#createdListeners.push(resolve)), signal);
  }

  /** A promise that also rejects when the signal aborts or the map fails for good. */
  #guard<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
    if (this.#fatal) return Promise.reject(this.#fatal);
    let listener: (error: Error) => void = () => {};
    const failed = new Promise<never>((_, reject) => {
      listener = reject;
      this.#failureListeners.add(listener);
    });
    return abortable(Promise.race([promise, failed]), signal).finally(() => this.#failureListeners.delete(listener));
  }

  #handleMapError(error: Error): void {
    // MapLibre reports a worker that could not be loaded as an error event and then never
    // finishes loading its style: without this, the element would say "Drawing the map…" forever.
    if (/worker failed to load/i.test(error.message)) {
      this.#fail(
        new Error(
          "MapLibre's worker (maplibre-gl-worker.mjs) could not be loaded, so the map cannot draw. " +
            'Serve the file beside the script that holds MapLibre, or give its URL with maplibregl.setWorkerUrl() ' +
            '(see the README, "Bundlers").',
        ),
      );
      return;
    }
    console.warn('coop-map:', error.message);
  }

  #fail(error: Error): void {
    if (this.#fatal) return;
    this.#fatal = error;
    for (const reject of [...this.#failureListeners]) reject(error);
    this.#options.onFatal(error.message);
  }
}

/** What a pending wait on a map rejects with when the map gives its context up. */
const RELEASED = new Error('the map gave its WebGL context up');

/** How long a lost context may take to come back before the map gives it up. */
const CONTEXT_RESTORE_WAIT_MS = 1000;

function hasSize(element: HTMLElement): boolean {
  return element.clientWidth > 0 && element.clientHeight > 0;
}

const EMPTY_DATASET: DataSet = { title: null, description: null, sectors: [], places: [], links: [] };
const EMPTY_SHAPES: PlaceShapes = new Map();
