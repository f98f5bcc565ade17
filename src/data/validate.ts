import { COUNTRY_CODE, Gazetteer, SUBDIVISION_CODE, namesOf } from './gazetteer.js';
import type { DataSet, Link, Place, Sector } from './model.js';
import { isRecord } from './parse.js';
import {
  BUILTIN_SECTOR_DEFAULTS,
  COLOR_PATTERN,
  EXTRA_SECTOR_PALETTE,
  UNSPECIFIED_SECTOR_DEFAULTS,
} from './sectors.js';
import {
  BUILTIN_SECTORS,
  LINK_STATUSES,
  UNSPECIFIED_SECTOR,
  type ActivityInput,
  type CooperationDataInput,
  type DataIssue,
  type LinkStatus,
  type LocalizedText,
  type SourceInput,
} from './types.js';

export interface ValidateOptions {
  /** Places known without being declared: bundled regions and countries, features of `regions`. */
  gazetteer?: Gazetteer;
  /** For CSV: the file's row number of each link, so that issues say `row 12, column "target"`. */
  rowNumbers?: readonly number[];
}

export interface ValidateResult {
  dataset: DataSet;
  issues: DataIssue[];
}

/** Link fields the format documents; every other field is kept in `Link.properties`. */
const LINK_FIELDS = new Set([
  'id', 'source', 'target', 'type', 'status', 'since', 'until', 'sectors', 'weight', 'title', 'activities',
  'sources', 'note', 'url', 'source_name', 'target_name', 'source_lon', 'source_lat', 'target_lon', 'target_lat',
]);
const SECTOR_SEPARATORS = /[;|,]/;
const MIN_YEAR = -9999;
const MAX_YEAR = 9999;
const DEFAULT_TYPE = 'cooperation';
const DEFAULT_STATUS: LinkStatus = 'active';
const SAFE_URL = /^(https?:|mailto:)/i;

/** Place ids a data set refers to that it does not declare itself (to decide which geodata to load). */
export function undeclaredPlaceIds(data: CooperationDataInput): Set<string> {
  const declared = new Set((Array.isArray(data.places) ? data.places : []).map((p) => (isRecord(p) ? String(p.id) : '')));
  const ids = new Set<string>();
  for (const link of Array.isArray(data.links) ? data.links : []) {
    if (!isRecord(link)) continue;
    for (const end of ['source', 'target'] as const) {
      const id = link[end];
      if (typeof id === 'string' && !declared.has(id) && link[`${end}_lon`] === undefined) ids.add(id.trim());
    }
  }
  return ids;
}

export function needsSubdivisions(data: CooperationDataInput): boolean {
  for (const id of undeclaredPlaceIds(data)) if (SUBDIVISION_CODE.test(id)) return true;
  return false;
}

/**
 * Checks a parsed data set and resolves it into the model the map draws. Never throws:
 * a bad row is reported and dropped, a bad value is reported and ignored, and everything
 * else is kept. Issues of severity `error` mean something was dropped or ignored.
 */
export function validateDataSet(input: CooperationDataInput, options: ValidateOptions = {}): ValidateResult {
  return new Validator(input, options).run();
}

class Validator {
  private readonly issues: DataIssue[] = [];
  private readonly sectors = new Map<string, Sector>();
  private readonly places = new Map<string, Place>();
  private readonly declaredPlaces = new Map<string, Record<string, unknown>>();
  private readonly gazetteer: Gazetteer;
  private readonly isCsv: boolean;

  constructor(
    private readonly input: CooperationDataInput,
    private readonly options: ValidateOptions,
  ) {
    this.gazetteer = options.gazetteer ?? new Gazetteer();
    this.isCsv = options.rowNumbers !== undefined;
  }

  run(): ValidateResult {
    const data: Record<string, unknown> = isRecord(this.input) ? (this.input as unknown as Record<string, unknown>) : {};
    this.readSectors(data.sectors);
    this.readPlaces(data.places);
    const links = this.readLinks(Array.isArray(data.links) ? data.links : []);
    const dataset: DataSet = {
      title: this.text(data.title, 'title'),
      description: this.text(data.description, 'description'),
      sectors: [...this.sectors.values()],
      places: [...this.places.values()],
      links,
    };
    return { dataset, issues: this.issues };
  }

  // ---- issues and paths ----

  private report(severity: DataIssue['severity'], path: string, message: string): void {
    this.issues.push({ severity, path, message });
  }

  /** `links[3].target` for JSON, `row 5, column "target"` for CSV. */
  private linkPath(index: number, field?: string): string {
    const rows = this.options.rowNumbers;
    if (rows) {
      const row = rows[index] ?? index + 2;
      return field ? `row ${row}, column "${field.split(/[.[]/)[0]}"` : `row ${row}`;
    }
    return field ? `links[${index}].${field}` : `links[${index}]`;
  }

  // ---- sectors ----

  private readSectors(value: unknown): void {
    for (const id of BUILTIN_SECTORS) this.addSector(id, BUILTIN_SECTOR_DEFAULTS[id]!.label, BUILTIN_SECTOR_DEFAULTS[id]!.color, true);
    if (value === undefined) return;
    if (!Array.isArray(value)) {
      this.report('error', 'sectors', 'expected an array of sectors; ignored');
      return;
    }
    value.forEach((entry, i) => {
      const path = `sectors[${i}]`;
      if (!isRecord(entry) || typeof entry.id !== 'string' || entry.id.trim() === '') {
        this.report('error', `${path}.id`, 'a sector needs an "id"; ignored');
        return;
      }
      const id = entry.id.trim();
      const existing = this.sectors.get(id);
      let color = existing?.color;
      if (entry.color !== undefined) {
        if (typeof entry.color === 'string' && COLOR_PATTERN.test(entry.color)) color = entry.color.toLowerCase();
        else this.report('warning', `${path}.color`, `"${String(entry.color)}" is not a color like "#7a5195"; a color was chosen instead`);
      }
      const label = this.text(entry.label, `${path}.label`) ?? existing?.label ?? id;
      if (existing) {
        existing.label = label;
        if (color) existing.color = color;
      } else {
        this.addSector(id, label, color, false);
      }
    });
  }

  private addSector(id: string, label: LocalizedText, color: string | undefined, builtin: boolean): Sector {
    const extras = [...this.sectors.values()].filter((s) => !s.builtin).length;
    const sector: Sector = {
      id,
      index: this.sectors.size,
      label,
      color: color ?? EXTRA_SECTOR_PALETTE[extras % EXTRA_SECTOR_PALETTE.length]!,
      builtin,
    };
    this.sectors.set(id, sector);
    return sector;
  }

  private sectorFor(id: string, path: string): Sector {
    const known = this.sectors.get(id);
    if (known) return known;
    if (id === UNSPECIFIED_SECTOR) {
      return this.addSector(UNSPECIFIED_SECTOR, UNSPECIFIED_SECTOR_DEFAULTS.label, UNSPECIFIED_SECTOR_DEFAULTS.color, true);
    }
    if (!this.isCsv) {
      this.report('warning', path, `sector "${id}" is not declared in "sectors"; it is shown with an automatic color and its id as label`);
    }
    return this.addSector(id, id, undefined, false);
  }

  // ---- places ----

  private readPlaces(value: unknown): void {
    if (value === undefined) return;
    if (!Array.isArray(value)) {
      this.report('error', 'places', 'expected an array of places; ignored');
      return;
    }
    value.forEach((entry, i) => {
      const path = `places[${i}]`;
      if (!isRecord(entry) || typeof entry.id !== 'string' || entry.id.trim() === '') {
        this.report('error', `${path}.id`, 'a place needs an "id"; this place is ignored');
        return;
      }
      const id = entry.id.trim();
      if (this.declaredPlaces.has(id)) {
        this.report('error', `${path}.id`, `place "${id}" is declared twice; the first one is used`);
        return;
      }
      const known = this.gazetteer.get(id);
      const hasLon = entry.lon !== undefined && entry.lon !== null;
      const hasLat = entry.lat !== undefined && entry.lat !== null;
      if (!hasLon || !hasLat) {
        if (known) {
          // A declared place without coordinates renames or reclassifies a known region.
          this.declaredPlaces.set(id, entry);
          this.addPlace(id, this.text(entry.name, `${path}.name`) ?? known.name, known.lon, known.lat, stringOr(entry.kind, known.kind), known.shape);
          return;
        }
        this.report('error', `${path}.${hasLon ? 'lat' : 'lon'}`, `place "${id}" has no coordinates and is not a known region or country; links to it cannot be drawn`);
        return;
      }
      const lon = this.coordinate(entry.lon, 180, `${path}.lon`, 'longitude');
      const lat = this.coordinate(entry.lat, 90, `${path}.lat`, 'latitude');
      if (lon === null || lat === null) return;
      this.declaredPlaces.set(id, entry);
      this.addPlace(id, this.text(entry.name, `${path}.name`) ?? known?.name ?? id, lon, lat, stringOr(entry.kind, known?.kind ?? 'place'), known?.shape ?? null);
    });
  }

  private coordinate(value: unknown, limit: number, path: string, what: string): number | null {
    const n = this.number(value, path, what);
    if (n === null) return null;
    if (n < -limit || n > limit) {
      this.report('error', path, `${what} ${n} is out of range (−${limit} to ${limit})`);
      return null;
    }
    return n;
  }

  private addPlace(id: string, name: LocalizedText, lon: number, lat: number, kind: string, shape: Place['shape']): Place {
    const place: Place = { id, index: this.places.size, name, lon, lat, kind, shape };
    this.places.set(id, place);
    return place;
  }

  /** Resolves a link end to a place, creating it from the gazetteer or from CSV coordinates. */
  private resolveEnd(link: Record<string, unknown>, end: 'source' | 'target', index: number): Place | null {
    const raw = link[end];
    const nameValue = link[`${end}_name`];
    const name = typeof nameValue === 'string' && nameValue.trim() ? nameValue.trim() : undefined;
    let id = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
    const hasCoordinates = link[`${end}_lon`] !== undefined || link[`${end}_lat`] !== undefined;
    if (!id && name && hasCoordinates) id = name;
    if (!id) {
      this.report('error', this.linkPath(index, end), `missing "${end}": each link needs two places; row dropped`);
      return null;
    }
    const existing = this.places.get(id);
    if (existing && !hasCoordinates) return existing;
    if (hasCoordinates) {
      const lon = this.coordinate(link[`${end}_lon`], 180, this.linkPath(index, `${end}_lon`), 'longitude');
      const lat = this.coordinate(link[`${end}_lat`], 90, this.linkPath(index, `${end}_lat`), 'latitude');
      if (lon === null || lat === null) return null;
      if (existing) return existing;
      const known = this.gazetteer.get(id);
      return this.addPlace(id, name ?? known?.name ?? id, lon, lat, known?.kind ?? 'place', known?.shape ?? null);
    }
    const known = this.gazetteer.get(id);
    if (known) {
      const canonical = this.places.get(known.id);
      if (canonical) return canonical;
      return this.addPlace(known.id, known.name, known.lon, known.lat, known.kind, known.shape);
    }
    this.report('error', this.linkPath(index, end), this.unknownPlaceMessage(id, name));
    return null;
  }

  private unknownPlaceMessage(id: string, name: string | undefined): string {
    const suggestions = this.gazetteer.suggest(id);
    if (suggestions.length === 0 && name) suggestions.push(...this.gazetteer.suggest(name));
    let hint = '';
    if (suggestions.length > 0) {
      hint = ` — did you mean ${suggestions.map((s) => `"${s.id}" (${namesOf(s.name)[0] ?? s.id})`).join(' or ')}?`;
    } else if (!SUBDIVISION_CODE.test(id) && !COUNTRY_CODE.test(id)) {
      hint = ' — use an ISO 3166-2 code such as "RU-IRK", or declare it in "places" with lon and lat';
    }
    return `unknown place "${id}"${hint}`;
  }

  // ---- links ----

  private readLinks(entries: unknown[]): Link[] {
    const links: Link[] = [];
    const byId = new Map<string, { link: Link; index: number }>();
    const byRelation = new Map<string, { link: Link; index: number }>();
    entries.forEach((entry, index) => {
      if (!isRecord(entry)) {
        this.report('error', this.linkPath(index), 'expected an object with "source" and "target"; row dropped');
        return;
      }
      const source = this.resolveEnd(entry, 'source', index);
      const target = this.resolveEnd(entry, 'target', index);
      if (!source || !target) return;
      if (source === target) {
        this.report('error', this.linkPath(index, 'target'), `links "${source.id}" to itself; row dropped`);
        return;
      }
      const since = this.year(entry.since, index, 'since');
      const until = this.year(entry.until, index, 'until');
      if (since !== null && until !== null && since > until) {
        this.report('error', this.linkPath(index, 'until'), `"since" ${since} is after "until" ${until}; row dropped`);
        return;
      }
      const explicitId = typeof entry.id === 'string' || typeof entry.id === 'number' ? String(entry.id).trim() : '';
      const type = stringOr(entry.type, DEFAULT_TYPE).trim() || DEFAULT_TYPE;
      const link: Link = {
        id: explicitId,
        index: -1,
        source: source.id,
        target: target.id,
        sourceIndex: source.index,
        targetIndex: target.index,
        type,
        status: this.status(entry.status, index),
        since,
        until,
        sectors: this.linkSectors(entry.sectors, index),
        weight: this.weight(entry.weight, index),
        title: this.text(entry.title, this.linkPath(index, 'title')),
        activities: this.activities(entry.activities, index),
        sources: this.sources(entry, index),
        note: this.text(entry.note, this.linkPath(index, 'note')),
        properties: extraProperties(entry),
      };
      const pair = [source.id, target.id].sort().join('\u0000');
      const relationKey = explicitId ? `id\u0000${explicitId}` : `pair\u0000${pair}\u0000${type}`;
      const same = explicitId ? byId.get(explicitId) : byRelation.get(relationKey);
      if (same) {
        const samePair = [same.link.source, same.link.target].sort().join('\u0000') === pair;
        if (samePair) {
          mergeInto(same.link, link);
          this.report('warning', this.linkPath(index), `same relation as ${this.linkPath(same.index)} (${source.id} ↔ ${target.id}); merged into it`);
          return;
        }
        const renamed = uniqueId(explicitId, byId);
        this.report('error', this.linkPath(index, 'id'), `link id "${explicitId}" is already used by ${this.linkPath(same.index)}; this link is kept as "${renamed}"`);
        link.id = renamed;
      }
      if (!link.id) link.id = uniqueId(`${source.id}~${target.id}${type === DEFAULT_TYPE ? '' : `~${type}`}`, byId);
      link.index = links.length;
      links.push(link);
      byId.set(link.id, { link, index });
      if (!explicitId) byRelation.set(relationKey, { link, index });
    });
    return links;
  }

  private status(value: unknown, index: number): LinkStatus {
    if (value === undefined || value === null || value === '') return DEFAULT_STATUS;
    const status = String(value).trim().toLowerCase();
    if ((LINK_STATUSES as readonly string[]).includes(status)) return status as LinkStatus;
    this.report('warning', this.linkPath(index, 'status'), `unknown status "${String(value)}" (expected ${LINK_STATUSES.join(', ')}); shown as "${DEFAULT_STATUS}"`);
    return DEFAULT_STATUS;
  }

  private linkSectors(value: unknown, index: number): string[] {
    let list: unknown[] = [];
    if (typeof value === 'string') list = value.split(SECTOR_SEPARATORS);
    else if (Array.isArray(value)) list = value;
    else if (value !== undefined && value !== null) {
      this.report('warning', this.linkPath(index, 'sectors'), 'expected a list of sector ids; ignored');
    }
    const ids: string[] = [];
    list.forEach((item, i) => {
      if (typeof item !== 'string') {
        this.report('warning', this.linkPath(index, `sectors[${i}]`), `sector ${JSON.stringify(item)} is not a text id; ignored`);
        return;
      }
      const id = item.trim();
      if (!id) return;
      const sector = this.sectorFor(id, this.linkPath(index, typeof value === 'string' ? 'sectors' : `sectors[${i}]`));
      if (!ids.includes(sector.id)) ids.push(sector.id);
    });
    if (ids.length === 0) ids.push(this.sectorFor(UNSPECIFIED_SECTOR, '').id);
    return ids;
  }

  private year(value: unknown, index: number, field: 'since' | 'until'): number | null {
    if (value === undefined || value === null || value === '') return null;
    const path = this.linkPath(index, field);
    const n = this.number(value, path, `"${field}"`);
    if (n === null) return null;
    if (!Number.isInteger(n) || n < MIN_YEAR || n > MAX_YEAR) {
      this.report('error', path, `"${field}" ${String(value)} is not a year; ignored`);
      return null;
    }
    return n;
  }

  private weight(value: unknown, index: number): number | null {
    if (value === undefined || value === null || value === '') return null;
    const path = this.linkPath(index, 'weight');
    const n = this.number(value, path, '"weight"');
    if (n === null) return null;
    if (n < 0) {
      this.report('error', path, `"weight" ${n} is negative; ignored`);
      return null;
    }
    return n;
  }

  /** A number, or a number written as text (CSV cells always are); anything else is reported. */
  private number(value: unknown, path: string, what: string): number | null {
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    if (typeof value === 'string' && value.trim() !== '') {
      const n = Number(value.trim().replace(/^(-?\d+),(\d+)$/, '$1.$2'));
      if (Number.isFinite(n)) {
        if (!this.isCsv) this.report('warning', path, `${what} is text ("${value}"); read as the number ${n}`);
        return n;
      }
    }
    this.report('error', path, `${what} ${JSON.stringify(value)} is not a number; ignored`);
    return null;
  }

  private text(value: unknown, path: string): LocalizedText | null {
    if (value === undefined || value === null) return null;
    if (typeof value === 'string') return value;
    if (isRecord(value)) {
      const out: Record<string, string> = {};
      for (const [lang, text] of Object.entries(value)) {
        if (typeof text === 'string') out[lang] = text;
        else this.report('warning', `${path}.${lang}`, 'expected text; ignored');
      }
      return Object.keys(out).length > 0 ? out : null;
    }
    this.report('warning', path, 'expected text or an object of texts by language; ignored');
    return null;
  }

  private activities(value: unknown, index: number): ActivityInput[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.report('warning', this.linkPath(index, 'activities'), 'expected an array of activities; ignored');
      return [];
    }
    const out: ActivityInput[] = [];
    value.forEach((entry, i) => {
      const path = this.linkPath(index, `activities[${i}]`);
      if (!isRecord(entry)) {
        this.report('warning', path, 'expected an activity object; ignored');
        return;
      }
      const activity: ActivityInput = {};
      if (entry.year !== undefined && entry.year !== null) {
        const year = this.number(entry.year, `${path}.year`, '"year"');
        if (year !== null) activity.year = year;
      }
      if (typeof entry.sector === 'string') activity.sector = this.sectorFor(entry.sector.trim(), `${path}.sector`).id;
      const title = this.text(entry.title, `${path}.title`);
      if (title !== null) activity.title = title;
      const url = this.url(entry.url, `${path}.url`);
      if (url) activity.url = url;
      out.push(activity);
    });
    return out;
  }

  private sources(entry: Record<string, unknown>, index: number): SourceInput[] {
    const out: SourceInput[] = [];
    const value = entry.sources;
    if (Array.isArray(value)) {
      value.forEach((source, i) => {
        const path = this.linkPath(index, `sources[${i}]`);
        if (typeof source === 'string') {
          out.push(SAFE_URL.test(source) ? { title: source, url: source } : { title: source });
          return;
        }
        if (!isRecord(source)) {
          this.report('warning', path, 'expected a source object with a "title"; ignored');
          return;
        }
        const url = this.url(source.url, `${path}.url`);
        const title = typeof source.title === 'string' && source.title.trim() ? source.title.trim() : url;
        if (!title) {
          this.report('warning', `${path}.title`, 'a source needs a "title" or a "url"; ignored');
          return;
        }
        const item: SourceInput = { title };
        if (url) item.url = url;
        if (typeof source.authors === 'string') item.authors = source.authors;
        if (typeof source.year === 'number') item.year = source.year;
        out.push(item);
      });
    } else if (value !== undefined && value !== null) {
      this.report('warning', this.linkPath(index, 'sources'), 'expected an array of sources; ignored');
    }
    // CSV: a "url" column is the link's source.
    const url = this.url(entry.url, this.linkPath(index, 'url'));
    if (url && !out.some((s) => s.url === url)) out.push({ title: url, url });
    return out;
  }

  /** Only http(s) and mailto URLs are kept; `javascript:` and the like never become links. */
  private url(value: unknown, path: string): string | undefined {
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value === 'string' && SAFE_URL.test(value.trim())) return value.trim();
    this.report('warning', path, `${JSON.stringify(value)} is not an http(s) URL; it is not shown as a link`);
    return undefined;
  }
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.trim() ? value.trim() : fallback;
}

function uniqueId(base: string, taken: Map<string, unknown>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}#${n}`)) n++;
  return `${base}#${n}`;
}

function extraProperties(entry: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entry)) if (!LINK_FIELDS.has(key)) out[key] = value;
  return out;
}

/** Folds a repeated relation into its first occurrence: sectors, activities and sources united, years widened. */
function mergeInto(target: Link, extra: Link): void {
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
  for (const [key, value] of Object.entries(extra.properties)) if (!(key in target.properties)) target.properties[key] = value;
}
