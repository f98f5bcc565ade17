import type * as Engine from '../map/map-controller.js';
import { OnDemand } from '../load/on-demand.js';
import type { UiParts } from './ui-parts.js';

/**
 * The map's engine (the MapController, its layers, the arcs' shaders and images, the labels) is
 * a chunk of its own, asked for as the element connects: it comes while the data set and its
 * reader do, which the first frame of arcs waits for anyway.
 */
const ENGINE = new OnDemand(() => import('../map/map-controller.js'));

/** The engine for one element's MapBinding. */
export class MapEngine {
  #loading = false;

  constructor(
    private readonly parts: UiParts,
    /** The engine could not be loaded: no map can be made. */
    private readonly onFailure: (reason: string) => void,
  ) {}

  /**
   * The engine once it has come; until then undefined, and it is asked for through the element's
   * parts: the element's updateComplete waits for it, and the update it brings makes the map.
   */
  get(): typeof Engine | undefined {
    if (ENGINE.value || this.#loading) return ENGINE.value;
    this.#loading = true;
    this.parts.get(ENGINE);
    ENGINE.load().then(
      () => (this.#loading = false),
      (error: unknown) => {
        this.#loading = false;
        this.onFailure(`its code could not be loaded (${(error as Error).message || String(error)})`);
      },
    );
    return undefined;
  }
}
