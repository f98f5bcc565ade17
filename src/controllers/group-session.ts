import type { ReactiveControllerHost } from 'lit';
import { groupOf, type GroupBy, type LinkGroup } from '../data/link-group.js';
import type { DataSet, Link } from '../data/model.js';
import type { Target } from '../data/target.js';
import { DataView } from '../filters/data-view.js';
import { countriesVersion } from '../filters/facets.js';
import { assignAreas, groupLinks, type Areas, type Grouping } from '../filters/grouping.js';
import { geodataLoader } from '../load/geodata.js';
import { loadGroupAreas } from '../load/group-areas.js';
import type { CoopSelectDetail } from '../events.js';
import type { GroupControlOptions, GroupState, VisibleGroup } from './group-control.js';
import type { MapBinding, MapData } from './map-binding.js';

/**
 * The grouping of a data set, loaded with `group-by` (with the grouping, turf and Flatbush) and
 * kept once it has come: see `GroupControl`. The areas (the geodata's shapes, then the area of
 * each place) are found once per data set and `group-by`.
 */
export class GroupSession {
  readonly #host: ReactiveControllerHost;
  readonly #options: GroupControlOptions & { groupBy: () => GroupBy | null };
  readonly #binding: MapBinding;
  readonly #state: GroupState;
  /** The area of each place of a data set, by `group-by` (kept for both: switching back is only a regrouping). */
  #areasOf: { dataset: DataSet; by: Map<GroupBy, { areas: Areas; areaOf: (string | null)[] }> } | null = null;
  #loading: { dataset: DataSet; groupBy: GroupBy; done: Promise<void> } | null = null;
  #grouped: { key: string; grouping: Grouping; view: DataView; byLink: Map<Link, LinkGroup> | null } | null = null;
  /** The data set as loaded, to give the map back when grouping stops. */
  #original: MapData | null = null;
  /** What the map was last given. */
  #shown: DataSet | null = null;
  #abort: AbortController | null = null;
  #drawn: { key: string; groups: VisibleGroup[] } | null = null;
  /** The `group-by` of what the map was last given: a new one fits the view to the new arcs. */
  #shownGroupBy: GroupBy | null = null;

  constructor(
    host: ReactiveControllerHost,
    binding: MapBinding,
    state: GroupState,
    options: GroupControlOptions & { groupBy: () => GroupBy | null },
  ) {
    this.#host = host;
    this.#binding = binding;
    this.#state = state;
    this.#options = options;
  }

  get groupBy(): GroupBy | null {
    return this.#options.groupBy();
  }

  /** The data set the map shows as loaded, ungrouped: the one to group once `group-by` is set. */
  adopt(data: MapData | null): void {
    this.#original = data;
    this.#shown = data?.dataset ?? null;
  }

  /**
   * What the map should show for a data set just loaded: its groups, once the areas are known
   * (their geodata is loaded here), else the data itself.
   */
  async prepare(data: MapData | null, signal: AbortSignal): Promise<MapData | null> {
    this.#original = data;
    this.#grouped = null;
    const groupBy = this.groupBy;
    this.#shownGroupBy = groupBy;
    if (!data || !groupBy) return ((this.#shown = data?.dataset ?? null), data);
    await this.#loadAreas(data.dataset, groupBy, signal);
    const grouped = this.#current();
    this.#shown = grouped?.grouping.dataset ?? data.dataset;
    return grouped ? { dataset: grouped.grouping.dataset, shapes: EMPTY_SHAPES } : data;
  }

  /** The grouped data set, as the map, the keyboard and the table read it; null without `group-by`. */
  get view(): DataView | null {
    return this.#current()?.view ?? null;
  }

  /** The groups drawn (after `top` and `min-weight`), each with the ids of its links. */
  visibleGroups(thinningKey: string): VisibleGroup[] {
    const grouped = this.#current();
    if (!grouped) return [];
    const key = `${grouped.key}|${thinningKey}`;
    if (this.#drawn?.key !== key) {
      const links = grouped.view.drawnLinks(this.#state.filters(), this.#state.thinning(), thinningKey);
      const groups = links.map((link) => groupOf(link)!);
      this.#drawn = {
        key,
        groups: groups.map((g) => ({ id: g.id, source: g.source, target: g.target, links: g.links.map((l) => l.id) })),
      };
    }
    return this.#drawn.groups;
  }

  /** A group or area by id (they win over the data's own ids while the map shows them). */
  resolve(id: string | null): Target | null {
    return this.view?.resolve(id) ?? null;
  }

  /** The data set a target belongs to: the grouped one for a group or an area. */
  datasetOf(target: Target): DataSet | null {
    const dataset = this.#current()?.grouping.dataset;
    if (!dataset) return null;
    const mine =
      target.kind === 'link' ? groupOf(target.link) !== undefined : dataset.places[target.place.index] === target.place;
    return mine ? dataset : null;
  }

  /** What `coop-select` calls a target: a group's arc is a `group`, an area a `place`. */
  kindOf(target: Target): CoopSelectDetail['kind'] {
    return target.kind === 'link' && this.datasetOf(target) ? 'group' : target.kind;
  }

  /**
   * What the map highlights for a target: a link of the data as its group's arc, a place of the
   * data as its area; groups and areas as they are.
   */
  onMap(hover: { target: Target } | null, selection: Target | null): [Target | null, Target | null] {
    return [this.#onMap(hover?.target ?? null), this.#onMap(selection)];
  }

  /** The map's place indices for places of the data: their areas while grouped, else the same. */
  placesOnMap(indices: readonly number[]): number[] {
    const original = this.#original?.dataset;
    if (!this.#current() || !original) return [...indices];
    const areas = indices.map((i) => this.#onMap({ kind: 'place', place: original.places[i]! }));
    return [...new Set(areas.flatMap((area) => (area?.kind === 'place' ? [area.place.index] : [])))];
  }

  #onMap(target: Target | null): Target | null {
    const grouped = this.#current();
    if (!grouped || !target || this.datasetOf(target)) return target;
    if (target.kind === 'link') {
      if (!grouped.byLink) {
        grouped.byLink = new Map();
        for (const group of grouped.grouping.groups) for (const link of group.links) grouped.byLink.set(link, group);
      }
      const group = grouped.byLink.get(target.link);
      return group ? { kind: 'link', link: group.link } : null;
    }
    const area = this.#areas(this.groupBy)?.areaOf[target.place.index] ?? target.place.id;
    return grouped.view.resolve(area);
  }

  hostUpdated(): void {
    const view = this.#options.view();
    const groupBy = this.groupBy;
    if (!view || view.dataset !== this.#original?.dataset) return;
    if (groupBy && !this.#hasAreas(view.dataset, groupBy)) {
      void this.#loadAreas(view.dataset, groupBy).then(() => this.#host.requestUpdate(), swallow);
      return;
    }
    const dataset = this.#current()?.grouping.dataset ?? this.#original.dataset;
    if (dataset === this.#shown) return;
    this.#shown = dataset;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const data = dataset === this.#original.dataset ? this.#original : { dataset, shapes: EMPTY_SHAPES };
    // A filter change keeps the view; a new `group-by` draws other arcs, fitted unless the reader moved the map.
    const regrouped = groupBy !== this.#shownGroupBy;
    this.#shownGroupBy = groupBy;
    this.#options.onChange();
    this.#binding.show(data, abort.signal, regrouped ? 'unless-moved' : false).catch(swallow);
  }

  disconnected(): void {
    this.#abort?.abort();
  }

  /** The grouping of the data set loaded under the filters now, made when they have changed. */
  #current(): { key: string; grouping: Grouping; view: DataView; byLink: Map<Link, LinkGroup> | null } | null {
    const original = this.#original?.dataset;
    const groupBy = this.groupBy;
    const areas = groupBy && this.#areas(groupBy);
    if (!original || !groupBy || !areas || this.#areasOf?.dataset !== original) return null;
    // Places that get their countries from shapes (`countries`) change what the filters show.
    const key = `${groupBy}|${this.#state.filtersKey()}|${countriesVersion(original)}`;
    if (this.#grouped?.key !== key) {
      const grouping = groupLinks(original, areas.areaOf, areas.areas, this.#state.filters());
      this.#grouped = { key, grouping, view: new DataView(grouping.dataset), byLink: null };
    }
    return this.#grouped;
  }

  #hasAreas(dataset: DataSet, groupBy: GroupBy): boolean {
    return this.#areasOf?.dataset === dataset && this.#areasOf.by.has(groupBy);
  }

  #areas(groupBy: GroupBy | null): { areas: Areas; areaOf: (string | null)[] } | undefined {
    return groupBy ? this.#areasOf?.by.get(groupBy) : undefined;
  }

  /** Finds the areas of a data set's places (one search at a time: a newer one wins). */
  #loadAreas(dataset: DataSet, groupBy: GroupBy, signal?: AbortSignal): Promise<void> {
    if (this.#hasAreas(dataset, groupBy)) return Promise.resolve();
    const pending = this.#loading;
    if (pending?.dataset === dataset && pending.groupBy === groupBy) return pending.done;
    const loading: { dataset: DataSet; groupBy: GroupBy; done: Promise<void> } = { dataset, groupBy, done: null! };
    loading.done = (async () => {
      const [base, load] = [this.#state.geodataBase, geodataLoader(this.#state.timeoutMs())];
      // By region, only the countries a point of the data set may fall in have their shapes loaded.
      const areas = await loadGroupAreas(base, dataset, groupBy, load);
      if (loading !== this.#loading) return;
      if (this.#areasOf?.dataset !== dataset) this.#areasOf = { dataset, by: new Map() };
      this.#areasOf.by.set(groupBy, { areas, areaOf: assignAreas(dataset, groupBy, areas) });
      this.#loading = null;
    })();
    this.#loading = loading;
    loading.done.catch(() => loading === this.#loading && (this.#loading = null));
    return signal ? loading.done.then(() => signal.throwIfAborted()) : loading.done;
  }
}

/** A superseded load or show: a newer one is under way. */
function swallow(): void {}

const EMPTY_SHAPES: MapData['shapes'] = new Map();

// `countries` finds the countries of places given only by coordinates with the same area index.
export { findPlaceCountries } from '../filters/place-countries.js';
