// The kept links, one per relation: a row that repeats a relation (the same pair of places,
// either way round, and the same type) is merged into the first, and a link id used twice is
// made unique.
import type { Link, Place } from '../model.js';
import { UNSPECIFIED_SECTOR } from '../types.js';
import { DEFAULT_TYPE } from './field-readers.js';
import type { IssueLog } from './issue-log.js';

interface Relation {
  link: Link;
  index: number;
}

export class Relations {
  readonly links: Link[] = [];
  private readonly byId = new Map<string, Relation>();
  private readonly byPair = new Map<Place, Map<Place, Map<string, Relation>>>();

  constructor(private readonly log: IssueLog) {}

  /**
   * Keeps the link read from row `index`, or merges it into the relation it repeats. A link
   * with its own id repeats only one with that id; one without an id is given one.
   */
  add(link: Link, index: number, source: Place, target: Place): void {
    const explicitId = link.id;
    const same = explicitId ? this.byId.get(explicitId) : this.relation(source, target, link.type);
    if (same) {
      const samePair =
        (same.link.source === source.id && same.link.target === target.id) ||
        (same.link.source === target.id && same.link.target === source.id);
      if (samePair) {
        mergeInto(same.link, link);
        const first = this.log.linkPath(same.index);
        const message = `same relation as ${first} (${source.id} ↔ ${target.id}); merged into it`;
        this.log.report('warning', 'merged', this.log.linkPath(index), message, { first });
        return;
      }
      const renamed = uniqueId(explicitId, this.byId);
      const first = this.log.linkPath(same.index);
      const message = `link id "${explicitId}" is already used by ${first}; this link is kept as "${renamed}"`;
      const params = { value: explicitId, read: renamed, first };
      this.log.report('error', 'duplicate-id', this.log.linkPath(index, 'id'), message, params);
      link.id = renamed;
    }
    if (!link.id) {
      const type = link.type === DEFAULT_TYPE ? '' : `~${link.type}`;
      link.id = uniqueId(`${source.id}~${target.id}${type}`, this.byId);
    }
    link.index = this.links.length;
    this.links.push(link);
    this.byId.set(link.id, { link, index });
    if (!explicitId) this.relation(source, target, link.type, { link, index });
  }

  /**
   * The relation of a pair of places (either way round) and a type, set when `add` is given.
   * Keyed by the place objects rather than by a string of their ids, which 25,000 rows would
   * build and hash twice each.
   */
  private relation(a: Place, b: Place, type: string, add?: Relation): Relation | undefined {
    const [first, second] = a.index < b.index ? [a, b] : [b, a];
    let byPlace = this.byPair.get(first);
    if (!byPlace) this.byPair.set(first, (byPlace = new Map()));
    let byType = byPlace.get(second);
    if (!byType) byPlace.set(second, (byType = new Map()));
    if (add) byType.set(type, add);
    return byType.get(type);
  }
}

/** `base`, or `base#2`, `base#3`… when it is taken. */
export function uniqueId(base: string, taken: ReadonlyMap<string, unknown>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}#${n}`)) n++;
  return `${base}#${n}`;
}

/** Folds a repeated relation into its first occurrence: sectors, activities and sources united, years widened. */
export function mergeInto(target: Link, extra: Link): void {
  const realSectors = (sectors: string[]) => sectors.filter((s) => s !== UNSPECIFIED_SECTOR);
  const sectors = [...new Set([...realSectors(target.sectors), ...realSectors(extra.sectors)])];
  target.sectors = sectors.length > 0 ? sectors : [UNSPECIFIED_SECTOR];
  target.activities = [...target.activities, ...extra.activities];
  for (const source of extra.sources) {
    if (!target.sources.some((s) => s.title === source.title && s.url === source.url)) target.sources.push(source);
  }
  if (extra.since !== null && (target.since === null || extra.since < target.since)) target.since = extra.since;
  if (target.until !== null && (extra.until === null || extra.until > target.until)) target.until = extra.until;
  if (extra.weight !== null) target.weight = Math.max(target.weight ?? 0, extra.weight);
  target.title ??= extra.title;
  target.note ??= extra.note;
  for (const [key, value] of Object.entries(extra.properties)) {
    if (!Object.hasOwn(target.properties, key)) target.properties[key] = value;
  }
}
