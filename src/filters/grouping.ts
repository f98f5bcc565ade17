import type { KnownPlace } from '../data/gazetteer.js';
import { markGroup, type GroupBy, type LinkGroup } from '../data/link-group.js';
import type { DataSet, Link, Place } from '../data/model.js';
import type { LinkStatus } from '../data/types.js';
import type { AreaIndex } from './area-index.js';
import { visibleLinks, type FilterState } from './filters.js';
import { rankWeight } from './thinning.js';

export { AreaIndex } from './area-index.js';

/** The areas places are grouped into: their shapes (for points) and their names and label points. */
export interface Areas {
  readonly index: AreaIndex;
  readonly known: ReadonlyMap<string, KnownPlace>;
}

/**
 * The area of each place, by place index: a country keeps its code; a region goes to its country
 * (`RU-IRK` → `RU`) or, by region, keeps its code; any other place (a city, an organization, a
 * feature of `regions`) goes to the area whose shape holds its point. Null: in none, the place
 * stays an area of its own.
 */
export function assignAreas(dataset: DataSet, groupBy: GroupBy, areas: Areas): (string | null)[] {
  return dataset.places.map((place) => {
    if (place.shape === 'country') return place.id;
    if (place.shape === 'admin1') return groupBy === 'region' ? place.id : place.id.slice(0, 2).toUpperCase();
    return areas.index.areaAt(place.lon, place.lat);
  });
}

/** The arcs of a grouped map, as a data set of their own, and the groups they draw. */
export interface Grouping {
  /** Places: the areas; links: one per group, in the order of their first link. */
  readonly dataset: DataSet;
  readonly groups: readonly LinkGroup[];
  /** Links the filters show whose two ends lie in one area: no arc can draw them. */
  readonly withinArea: number;
}

export function groupId(source: string, target: string): string {
  return `group:${source}:${target}`;
}

interface Tally {
  areas: [string, string];
  links: Link[];
  weight: number;
  sectors: Map<string, number>;
  types: Map<string, number>;
  statuses: Map<LinkStatus, number>;
  since: number | null;
  until: number | null;
}

/**
 * Groups the links the filters show (filters first, then grouping: a group is what is left of
 * its links) into one arc per pair of areas. An arc's weight is the summed weight of its links
 * (each link's weight, else 1); its sectors are its links' sectors the filters show, most links
 * first, so it fans out as a link with those sectors does; its type and status are its links'
 * most common; its years span theirs. Drawn with the same filters, every group shows.
 */
export function groupLinks(
  dataset: DataSet,
  areaOf: readonly (string | null)[],
  areas: Areas,
  filters: FilterState,
): Grouping {
  const tallies = new Map<string, Tally>();
  let withinArea = 0;
  for (const link of visibleLinks(dataset, filters)) {
    const a = areaOf[link.sourceIndex] ?? link.source;
    const b = areaOf[link.targetIndex] ?? link.target;
    if (a === b) {
      withinArea++;
      continue;
    }
    const pair: [string, string] = a < b ? [a, b] : [b, a];
    const key = groupId(...pair);
    let tally = tallies.get(key);
    if (!tally) {
      const [since, until] = [link.since, link.until];
      tally = {
        areas: pair,
        links: [],
        weight: 0,
        sectors: new Map(),
        types: new Map(),
        statuses: new Map(),
        since,
        until,
      };
      tallies.set(key, tally);
    }
    add(tally, link, filters.sectors);
  }
  const places: Place[] = [];
  const placeIndex = new Map<string, number>();
  const areaPlace = (id: string, from: Place | undefined): number => {
    let index = placeIndex.get(id);
    if (index === undefined) {
      index = places.length;
      placeIndex.set(id, index);
      places.push(areaOfId(id, index, areas.known.get(id), from));
    }
    return index;
  };
  const placeById = new Map(dataset.places.map((p) => [p.id, p]));
  const groups: LinkGroup[] = [];
  for (const [id, tally] of tallies) {
    const [source, target] = tally.areas;
    const sectors = [...tally.sectors].sort((x, y) => y[1] - x[1]);
    const link: Link = {
      id,
      index: groups.length,
      source,
      target,
      sourceIndex: areaPlace(source, placeById.get(source)),
      targetIndex: areaPlace(target, placeById.get(target)),
      type: mostCommon(tally.types),
      status: mostCommon(tally.statuses),
      since: tally.since,
      until: tally.until,
      sectors: sectors.map(([sector]) => sector),
      weight: tally.weight,
      title: null,
      activities: [],
      sources: [],
      note: null,
      properties: {},
    };
    const group: LinkGroup = {
      id,
      source,
      target,
      links: tally.links,
      data: dataset,
      weight: tally.weight,
      sectors,
      link,
    };
    markGroup(group);
    groups.push(group);
  }
  const grouped: DataSet = { ...dataset, places, links: groups.map((g) => g.link) };
  return { dataset: grouped, groups, withinArea };
}

function add(tally: Tally, link: Link, shownSectors: ReadonlySet<string> | null): void {
  tally.links.push(link);
  tally.weight += rankWeight(link);
  for (const sector of link.sectors) {
    if (shownSectors && !shownSectors.has(sector)) continue;
    tally.sectors.set(sector, (tally.sectors.get(sector) ?? 0) + 1);
  }
  tally.types.set(link.type, (tally.types.get(link.type) ?? 0) + 1);
  tally.statuses.set(link.status, (tally.statuses.get(link.status) ?? 0) + 1);
  tally.since = tally.since === null || link.since === null ? null : Math.min(tally.since, link.since);
  tally.until = tally.until === null || link.until === null ? null : Math.max(tally.until, link.until);
}

/** The key counted most (the first of equals), with the map sorted most first in place. */
function mostCommon<T>(counts: Map<T, number>): T {
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  counts.clear();
  for (const [key, n] of sorted) counts.set(key, n);
  return sorted[0]![0];
}

/** An area as a place of the grouped data set: named and placed as the geodata has it, drawn as a point. */
function areaOfId(id: string, index: number, known: KnownPlace | undefined, own: Place | undefined): Place {
  const from = known ?? own;
  if (!from) return { id, index, name: { en: id }, lon: 0, lat: 0, kind: 'region', shape: null };
  return { id, index, name: from.name, lon: from.lon, lat: from.lat, kind: from.kind, shape: null };
}
