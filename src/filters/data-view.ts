import type { DataSet, Link } from '../data/model.js';
import type { DataIssue } from '../data/types.js';
import type { Target } from '../data/target.js';
import { countriesVersion } from './facets.js';
import { FilterIndex } from './filter-index.js';
import { visibleLinks, yearExtent, type FilterState } from './filters.js';
import { drawnLinks, linkRanks, placesOfLinks, type LinkRanks, type Thinning } from './thinning.js';

/** What the input had: its rows (CSV) or links (JSON), and how many of them no link shows. */
export interface InputCount {
  entries: number;
  leftOut: number;
  csv: boolean;
}

/** The rows no link shows: neither kept nor merged into another row's link. */
export function inputCount(entries: number, dataset: DataSet, issues: readonly DataIssue[], csv: boolean): InputCount {
  let merged = 0;
  for (const issue of issues) if (issue.code === 'merged') merged++;
  return { entries, leftOut: Math.max(0, entries - dataset.links.length - merged), csv };
}

/**
 * A loaded data set with what the element asks of it many times per second: the filter index,
 * the years it spans, look-ups by id, and the ids shown under a filter state (kept while the
 * state stays the same). Built once per data set.
 */
export class DataView {
  #index: { index: FilterIndex; version: number };
  /** The data's years, for the timeline; null when it names none. */
  readonly extent: [number, number] | null;
  readonly #linksById = new Map<string, number>();
  readonly #placesById = new Map<string, number>();
  #visibleCache: { key: string; ids: readonly string[] } | null = null;
  #drawnCache: { key: string; links: readonly Link[]; places: readonly string[] } | null = null;
  #ranks: LinkRanks | null = null;

  constructor(
    readonly dataset: DataSet,
    readonly input: InputCount = { entries: dataset.links.length, leftOut: 0, csv: false },
  ) {
    this.#index = { index: new FilterIndex(dataset), version: countriesVersion(dataset) };
    this.extent = yearExtent(dataset);
    dataset.links.forEach((link, i) => this.#linksById.set(link.id, i));
    dataset.places.forEach((place, i) => this.#placesById.set(place.id, i));
  }

  /** The filter index, made anew when places have got their countries from shapes (./facets.ts). */
  get index(): FilterIndex {
    const version = countriesVersion(this.dataset);
    if (this.#index.version !== version) this.#index = { index: new FilterIndex(this.dataset), version };
    return this.#index.index;
  }

  /**
   * The link or place an id names. Links are looked up first: a link id and a place id are both
   * the user's words, and a link is the more specific thing to show.
   */
  resolve(id: string | null): Target | null {
    if (id === null) return null;
    const link = this.#linksById.get(id);
    if (link !== undefined) return { kind: 'link', link: this.dataset.links[link]! };
    const place = this.#placesById.get(id);
    return place === undefined ? null : { kind: 'place', place: this.dataset.places[place]! };
  }

  /** Ids of the links a filter state shows, in data order. */
  visibleIds(filters: FilterState, filterKey: string): readonly string[] {
    const key = `${filterKey}|${countriesVersion(this.dataset)}`;
    if (this.#visibleCache?.key !== key) {
      const ids = visibleLinks(this.dataset, filters).map((link) => link.id);
      this.#visibleCache = { key, ids };
    }
    return this.#visibleCache.ids;
  }

  /**
   * What is drawn under a filter state and `top` / `min-weight`: how many links, and the ids of
   * their places (a place shows when one of its links does), in data order.
   */
  drawn(filters: FilterState, thinning: Thinning, key: string): { links: number; places: readonly string[] } {
    const drawn = this.#drawn(filters, thinning, key);
    return { links: drawn.links.length, places: drawn.places };
  }

  /**
   * The links drawn under a filter state and `top` / `min-weight`, in data order: the one set
   * the map, the keyboard's cursor, `.visiblePlaces` and `.visibleGroups` go by.
   */
  drawnLinks(filters: FilterState, thinning: Thinning, key: string): readonly Link[] {
    return this.#drawn(filters, thinning, key).links;
  }

  #drawn(
    filters: FilterState,
    thinning: Thinning,
    filterKey: string,
  ): { links: readonly Link[]; places: readonly string[] } {
    // Places that get their countries from shapes (`countries`) change what the filters show.
    const key = `${filterKey}|${countriesVersion(this.dataset)}`;
    if (this.#drawnCache?.key !== key) {
      this.#ranks ??= linkRanks(this.dataset);
      const { links } = drawnLinks(this.dataset, this.#ranks, filters, thinning);
      const shown = placesOfLinks(links);
      const places = this.dataset.places.filter((p) => shown.has(p.index)).map((p) => p.id);
      this.#drawnCache = { key, links, places };
    }
    return this.#drawnCache;
  }

  countsBySector(filters: FilterState): Map<string, number> {
    return this.index.countBySector(
      filters,
      this.dataset.sectors.map((s) => s.id),
    );
  }
}
