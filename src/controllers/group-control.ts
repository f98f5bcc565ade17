import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { GROUP_BY_VALUES, type GroupBy } from '../data/link-group.js';
import type { DataSet } from '../data/model.js';
import type { Target } from '../data/target.js';
import type { DataView } from '../filters/data-view.js';
import type { FilterState } from '../filters/filters.js';
import type { Thinning } from '../filters/thinning.js';
import { AttributeChecker } from '../attributes.js';
import { OnDemand } from '../load/on-demand.js';
import type { CoopSelectDetail } from '../events.js';
import type { MapBinding, MapData } from './map-binding.js';

// Only pages that group load the grouping (with turf and Flatbush) and the geodata it reads.
const SESSION = new OnDemand(() => import('./group-session.js'));
type GroupSession = import('./group-session.js').GroupSession;

/** A group as `.visibleGroups` lists it. */
export interface VisibleGroup {
  id: string;
  source: string;
  target: string;
  /** Ids of its links. */
  links: string[];
}

interface Host extends ReactiveControllerHost {
  readonly groupBy: string | null;
}

export interface GroupControlOptions {
  /** The data set loaded. */
  view: () => DataView | null;
  /** What is grouped changed: a new set of arcs and places (the keyboard's cursor starts again). */
  onChange: () => void;
}

/** The element's attributes as read: the filters, `top` and `min-weight`, where the geodata is. */
export interface GroupState {
  filters(): FilterState;
  /**
   * Changes exactly when `filters()` does (sectors, years, statuses, types, countries; not with
   * `top` and `min-weight`, which apply to the groups).
   */
  filtersKey(): string;
  thinning(): Thinning;
  readonly geodataBase: string;
  timeoutMs(): number;
}

/**
 * `group-by`: the map draws one arc per pair of countries (or admin-1 regions) instead of one
 * per link. The links the filters show are grouped into a data set of their own (`filters/
 * grouping.ts`), which the map is given as a data set, and which the keyboard, the table, the
 * tooltip and the panel read as they read the data: a change of `group-by` or of the filters
 * costs a data reload of the grouped size. This part is up front and only reads the attribute;
 * the grouping itself (`group-session.ts`) loads the first time `group-by` is set. Until then
 * every target is the data's own.
 */
export class GroupControl implements ReactiveController {
  readonly #host: Host;
  readonly #binding: MapBinding;
  readonly #state: GroupState;
  readonly #options: GroupControlOptions;
  readonly #checker = new AttributeChecker();
  #session: GroupSession | null = null;
  /** The data set as loaded, for a session that starts after it. */
  #original: MapData | null = null;

  constructor(host: Host, binding: MapBinding, state: GroupState, options: GroupControlOptions) {
    this.#host = host;
    this.#binding = binding;
    this.#state = state;
    this.#options = options;
    host.addController(this);
  }

  get groupBy(): GroupBy | null {
    return this.#checker.oneOf('group-by', this.#host.groupBy, GROUP_BY_VALUES, 'no grouping');
  }

  /**
   * What the map should show for a data set just loaded: its groups, once the areas are known
   * (their geodata is loaded here), else the data itself.
   */
  async prepare(data: MapData | null, signal: AbortSignal): Promise<MapData | null> {
    this.#original = data;
    if (!this.#session && (!data || !this.groupBy)) return data;
    const session = await this.#start();
    signal.throwIfAborted();
    return session.prepare(data, signal);
  }

  /** The grouped data set, as the map, the keyboard and the table read it; null without `group-by`. */
  get view(): DataView | null {
    return this.#session?.view ?? null;
  }

  /** The groups drawn (after `top` and `min-weight`), each with the ids of its links. */
  visibleGroups(thinningKey: string): VisibleGroup[] {
    return this.#session?.visibleGroups(thinningKey) ?? [];
  }

  /** A group or area by id (they win over the data's own ids while the map shows them). */
  resolve(id: string | null): Target | null {
    return this.#session?.resolve(id) ?? null;
  }

  /** The data set a target belongs to: the grouped one for a group or an area. */
  datasetOf(target: Target): DataSet | null {
    return this.#session?.datasetOf(target) ?? null;
  }

  /** What `coop-select` calls a target: a group's arc is a `group`, an area a `place`. */
  kindOf(target: Target): CoopSelectDetail['kind'] {
    return this.#session?.kindOf(target) ?? target.kind;
  }

  /**
   * What the map highlights for a target: a link of the data as its group's arc, a place of the
   * data as its area; groups and areas as they are.
   */
  onMap(hover: { target: Target } | null, selection: Target | null): [Target | null, Target | null] {
    return this.#session?.onMap(hover, selection) ?? [hover?.target ?? null, selection];
  }

  /** The map's place indices for places of the data: their areas while grouped, else the same. */
  placesOnMap(indices: readonly number[]): number[] {
    return this.#session?.placesOnMap(indices) ?? [...indices];
  }

  hostUpdated(): void {
    if (this.#session) this.#session.hostUpdated();
    else if (this.groupBy && this.#original && this.#options.view()?.dataset === this.#original.dataset)
      void this.#start().then(() => this.#host.requestUpdate(), swallow);
  }

  hostDisconnected(): void {
    this.#session?.disconnected();
  }

  async #start(): Promise<GroupSession> {
    const { GroupSession } = await SESSION.load();
    if (!this.#session) {
      const options = { ...this.#options, groupBy: () => this.groupBy };
      this.#session = new GroupSession(this.#host, this.#binding, this.#state, options);
      this.#session.adopt(this.#original);
    }
    return this.#session;
  }
}

/** A superseded load: a newer one is under way. */
function swallow(): void {}
