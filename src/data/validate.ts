import { LINK_FIELD_NAMES } from './columns.js';
import { COUNTRY_CODE, Gazetteer, SUBDIVISION_CODE, editDistance, namesOf, type KnownPlace } from './gazetteer.js';
import type { DataSet, Link, Place, Sector } from './model.js';
import { isRecord, isUnsafeKey } from './records.js';
import {
  BUILTIN_SECTOR_DEFAULTS,
  COLOR_PATTERN,
  EXTRA_SECTOR_PALETTE,
  UNSPECIFIED_SECTOR_DEFAULTS,
} from './sectors.js';
import { runSteps, runStepsSync, type StepOptions } from './slicer.js';
import {
  BUILTIN_SECTORS,
  LINK_STATUSES,
  UNSPECIFIED_SECTOR,
  type ActivityInput,
  type CooperationDataInput,
  type DataIssue,
  type IssueCode,
  type LinkStatus,
  type LocalizedText,
  type SourceInput,
} from './types.js';

export interface ValidateOptions {
  /** Places known without being declared: bundled regions and countries, features of `regions`. */
  gazetteer?: Gazetteer;
  /** For CSV: the file's row number of each link, so that issues say `row 12, column "target"`. */
  rowNumbers?: readonly number[];
  /** For CSV: the header as written for each field, so that issues name the user's own column. */
  columnLabels?: Readonly<Record<string, string>>;
}

/** The steps are the links: `onProgress` counts links checked, and `signal` stops between two of them. */
export interface AsyncValidateOptions extends ValidateOptions, StepOptions {}

export interface ValidateResult {
  dataset: DataSet;
  issues: DataIssue[];
}

const SECTOR_SEPARATORS = /[;|,]/;
const MIN_YEAR = -9999;
const MAX_YEAR = 9999;
const DEFAULT_TYPE = 'cooperation';
const DEFAULT_STATUS: LinkStatus = 'active';
const SAFE_URL = /^(https?:|mailto:)/i;
/** A word this close to a known sector or status is taken for a typo of it. */
const TYPO_DISTANCE = 2;
/** Shorter words are too easily one typo away from another word to suggest anything. */
const MIN_TYPO_LENGTH = 4;
/**
 * Rows that name a place without an id (name, country, coordinates) mean the same place when
 * their coordinates lie this close. Coordinates given for one town in public data (the centre,
 * the town hall, the municipality) differ by up to about 20 km, while two towns of one name
 * in one country lie farther apart; in the Wikidata sister-city export the gap runs from
 * 19.5 km (one town) to 23.6 km (two towns).
 */
export const SAME_PLACE_KM = 20;
/** Coordinates closer than this are one point written with other precision, not worth a warning. */
const MIN_REPORTED_MOVE_KM = 0.1;
const EARTH_RADIUS_KM = 6371.0088;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

type End = 'source' | 'target';
/** The fields of each end of a link, spelled out once rather than built for every row. */
const END_FIELDS = {
  source: { id: 'source', name: 'source_name', lon: 'source_lon', lat: 'source_lat', country: 'source_country' },
  target: { id: 'target', name: 'target_name', lon: 'target_lon', lat: 'target_lat', country: 'target_country' },
} as const;

/**
 * Checks a parsed data set and resolves it into the model the map draws. Never throws:
 * a bad row is reported and dropped, a bad value is reported and ignored, and everything
 * else is kept. Issues of severity `error` mean something was dropped or ignored.
 */
export function validateDataSet(input: CooperationDataInput, options: ValidateOptions = {}): ValidateResult {
  const validator = new Validator(input, options);
  runStepsSync(validator.linkCount, validator.readLink);
  return validator.finish();
}

/** `validateDataSet`, handing the event loop back every few milliseconds so the page stays responsive. */
export async function validateDataSetAsync(
  input: CooperationDataInput,
  options: AsyncValidateOptions = {},
): Promise<ValidateResult> {
  const validator = new Validator(input, options);
  await runSteps(validator.linkCount, validator.readLink, options);
  return validator.finish();
}

/** A path, built only when an issue needs it: most values are fine, and 25,000 rows make many paths. */
type PathOf = () => string;

/** A place named by a row, and the row and column that named it first. */
interface NamedPlace {
  place: Place;
  index: number;
  field: string;
}

interface Relation {
  link: Link;
  index: number;
}

class Validator {
  private readonly issues: DataIssue[] = [];
  private readonly sectors = new Map<string, Sector>();
  private readonly sectorsByLowerId = new Map<string, Sector>();
  private readonly places = new Map<string, Place>();
  private readonly declaredPlaces = new Set<string>();
  /** Places that rows give by name and coordinates, by name and country; see `namedPlace`. */
  private readonly namedPlaces = new Map<string, NamedPlace[]>();
  private readonly namedAsWritten = new Map<string, Map<string, NamedPlace[]>>();
  private readonly usedPlaces = new Set<Place>();
  /** Places declared with a problem that kept them out, by id, with where they were declared. */
  private readonly leftOutPlaces = new Map<string, string>();
  private readonly reportedMoves = new Set<string>();
  private readonly suggestions = new Map<string, string>();
  private readonly gazetteer: Gazetteer;
  private readonly isCsv: boolean;
  private readonly data: Record<string, unknown>;
  private readonly entries: unknown[];
  private readonly links: Link[] = [];
  private readonly linksById = new Map<string, Relation>();
  private readonly linksByRelation = new Map<Place, Map<Place, Map<string, Relation>>>();

  constructor(
    input: CooperationDataInput,
    private readonly options: ValidateOptions,
  ) {
    this.gazetteer = options.gazetteer ?? new Gazetteer();
    this.isCsv = options.rowNumbers !== undefined;
    this.data = isRecord(input) ? (input as unknown as Record<string, unknown>) : {};
    this.entries = Array.isArray(this.data.links) ? this.data.links : [];
    this.readSectors(this.data.sectors);
    this.readPlaces(this.data.places);
  }

  get linkCount(): number {
    return this.entries.length;
  }

  finish(): ValidateResult {
    const dataset: DataSet = {
      title: this.text(this.data.title, () => 'title'),
      description: this.text(this.data.description, () => 'description'),
      sectors: [...this.sectors.values()],
      places: this.keptPlaces(),
      links: this.links,
    };
    return { dataset, issues: this.issues };
  }

  /**
   * The places declared or used by a kept link. A row dropped after its places were resolved
   * (since after until, a self link) must not leave a lone place on the map.
   */
  private keptPlaces(): Place[] {
    const all = [...this.places.values()];
    const kept = all.filter((place) => this.declaredPlaces.has(place.id) || this.usedPlaces.has(place));
    if (kept.length === all.length) return all;
    kept.forEach((place, i) => (place.index = i));
    for (const link of this.links) {
      link.sourceIndex = this.places.get(link.source)!.index;
      link.targetIndex = this.places.get(link.target)!.index;
    }
    return kept;
  }

  // ---- issues and paths ----

  private report(severity: DataIssue['severity'], code: IssueCode, path: string, message: string): void {
    this.issues.push({ severity, code, path, message });
  }

  /** `links[3].target` for JSON, `row 5, column "target"` for CSV (with the column as the file names it). */
  private linkPath(index: number, field?: string): string {
    const rows = this.options.rowNumbers;
    if (rows) {
      const row = rows[index] ?? index + 2;
      if (!field) return `row ${row}`;
      const column = field.split(/[.[]/)[0]!;
      return `row ${row}, column "${this.options.columnLabels?.[column] ?? column}"`;
    }
    return field ? `links[${index}].${field}` : `links[${index}]`;
  }

  /** The CSV column a missing place would be read from, or the JSON field. */
  private missingEndPath(index: number, end: End): string {
    const labels = this.options.columnLabels;
    if (!this.isCsv || !labels || labels[end] !== undefined) return this.linkPath(index, end);
    return labels[`${end}_name`] !== undefined ? this.linkPath(index, `${end}_name`) : this.linkPath(index);
  }

  // ---- sectors ----

  private readSectors(value: unknown): void {
    for (const id of BUILTIN_SECTORS) this.addSector(id, BUILTIN_SECTOR_DEFAULTS[id]!.label, BUILTIN_SECTOR_DEFAULTS[id]!.color, true);
    this.eachEntry(value, 'sectors', 'sector', (entry, id, path) => {
      const existing = this.sectors.get(id);
      let color = existing?.color;
      if (entry.color !== undefined) {
        if (typeof entry.color === 'string' && COLOR_PATTERN.test(entry.color)) color = entry.color.toLowerCase();
        else this.report('warning', 'bad-color', `${path}.color`, `"${String(entry.color)}" is not a color like "#7a5195"; a color was chosen instead`);
      }
      const label = this.text(entry.label, () => `${path}.label`) ?? existing?.label ?? id;
      if (existing) {
        existing.label = label;
        if (color) existing.color = color;
      } else {
        this.addSector(id, label, color, false);
      }
    });
  }

  /** Calls `read` for each entry of `sectors` or `places` that is an object with a text id; reports the others. */
  private eachEntry(value: unknown, list: 'sectors' | 'places', what: 'sector' | 'place', read: (entry: Record<string, unknown>, id: string, path: string) => void): void {
    if (value === undefined) return;
    if (!Array.isArray(value)) {
      this.report('error', 'wrong-type', list, `expected an array of ${list}; ignored`);
      return;
    }
    value.forEach((entry, i) => {
      const path = `${list}[${i}]`;
      if (!isRecord(entry)) {
        this.report('error', 'wrong-type', path, `expected a ${what} object with an "id"; ignored`);
        return;
      }
      if (typeof entry.id !== 'string' || entry.id.trim() === '') {
        const missing = entry.id === undefined;
        this.report('error', missing ? 'missing-field' : 'wrong-type', `${path}.id`, missing ? `a ${what} needs an "id"; this ${what} is ignored` : `a ${what} "id" must be text; this ${what} is ignored`);
        return;
      }
      read(entry, entry.id.trim(), path);
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
    if (!this.sectorsByLowerId.has(id.toLowerCase())) this.sectorsByLowerId.set(id.toLowerCase(), sector);
    return sector;
  }

  /** The sector an id means: ids compare without case, so "Culture" in a spreadsheet is `culture`. */
  private sectorFor(id: string, path: PathOf): Sector {
    const known = this.sectors.get(id) ?? this.sectorsByLowerId.get(id.toLowerCase());
    if (known) return known;
    if (id === UNSPECIFIED_SECTOR) {
      return this.addSector(UNSPECIFIED_SECTOR, UNSPECIFIED_SECTOR_DEFAULTS.label, UNSPECIFIED_SECTOR_DEFAULTS.color, true);
    }
    const near = closest(id, [...this.sectors.keys()].filter((s) => s !== UNSPECIFIED_SECTOR));
    if (near) {
      this.report('warning', 'unknown-sector', path(), `sector "${id}" is not declared — did you mean "${near}"? It is shown as a sector of its own`);
    } else if (!this.isCsv) {
      // A CSV file cannot declare sectors, so a new word there is a new sector, not a mistake.
      this.report('warning', 'unknown-sector', path(), `sector "${id}" is not declared in "sectors"; it is shown with an automatic color and its id as label`);
    }
    return this.addSector(id, id, undefined, false);
  }

  // ---- places ----

  private readPlaces(value: unknown): void {
    this.eachEntry(value, 'places', 'place', (entry, id, path) => {
      if (this.declaredPlaces.has(id)) {
        this.report('error', 'duplicate-place', `${path}.id`, `place "${id}" is declared twice; the first one is used`);
        return;
      }
      const known = this.gazetteer.get(id);
      const hasLon = entry.lon !== undefined && entry.lon !== null;
      const hasLat = entry.lat !== undefined && entry.lat !== null;
      const name = () => this.text(entry.name, () => `${path}.name`);
      if (!hasLon || !hasLat) {
        if (known) {
          // A declared place without coordinates renames or reclassifies a known region.
          this.declaredPlaces.add(id);
          this.addPlace(id, name() ?? known.name, known.lon, known.lat, stringOr(entry.kind, known.kind), known.shape);
          return;
        }
        this.report('error', 'missing-field', `${path}.${hasLon ? 'lat' : 'lon'}`, `place "${id}" has no coordinates and is not a known region or country; links to it cannot be drawn`);
        this.leftOutPlaces.set(id, path);
        return;
      }
      const lon = this.coordinate(entry.lon, 180, () => `${path}.lon`, 'longitude');
      const lat = this.coordinate(entry.lat, 90, () => `${path}.lat`, 'latitude');
      if (lon === null || lat === null) {
        this.leftOutPlaces.set(id, path);
        return;
      }
      this.declaredPlaces.add(id);
      this.addPlace(id, name() ?? known?.name ?? id, lon, lat, stringOr(entry.kind, known?.kind ?? 'place'), known?.shape ?? null);
    });
  }

  private coordinate(value: unknown, limit: number, path: PathOf, what: string): number | null {
    if (value === undefined || value === null || value === '') {
      this.report('error', 'missing-field', path(), `missing ${what}; both longitude and latitude are needed`);
      return null;
    }
    const n = this.number(value, path, what);
    if (n === null) return null;
    if (n < -limit || n > limit) {
      this.report('error', 'out-of-range', path(), `${what} ${n} is out of range (−${limit} to ${limit})`);
      return null;
    }
    return n;
  }

  /**
   * A coordinate of a link end. The common case (a number, or in CSV a number as text, in
   * range) is read without building the path an issue would need.
   */
  private linkCoordinate(value: unknown, index: number, field: string, limit: number, what: string): number | null {
    const n = typeof value === 'number' ? value : this.isCsv && typeof value === 'string' ? Number(value) : NaN;
    if (Number.isFinite(n) && n >= -limit && n <= limit && (n !== 0 || typeof value === 'number' || (value as string).trim() !== '')) return n;
    return this.coordinate(value, limit, () => this.linkPath(index, field), what);
  }

  private addPlace(id: string, name: LocalizedText, lon: number, lat: number, kind: string, shape: Place['shape']): Place {
    const place: Place = { id, index: this.places.size, name, lon, lat, kind, shape };
    this.places.set(id, place);
    return place;
  }

  /** Resolves a link end to a place, creating it from the gazetteer or from CSV coordinates. */
  private resolveEnd(link: Record<string, unknown>, end: End, index: number): Place | null {
    const f = END_FIELDS[end];
    const raw = link[f.id];
    const nameValue = link[f.name];
    const name = typeof nameValue === 'string' && nameValue.trim() ? nameValue.trim() : undefined;
    const id = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
    const hasCoordinates = link[f.lon] !== undefined || link[f.lat] !== undefined;
    if (!id && name && hasCoordinates) return this.namedPlace(link, end, index, name);
    if (!id && name) {
      this.report('error', 'unknown-place', this.linkPath(index, f.name), `"${name}" has no "${end}" id and no coordinates, so the row is dropped${this.placeHint('', name) || ` — give "${end}" (an ISO code or a place declared in "places") or "${end}_lon" and "${end}_lat"`}`);
      return null;
    }
    if (!id) {
      const missing = raw === undefined || raw === null || raw === '';
      if (missing) this.report('error', 'missing-field', this.missingEndPath(index, end), `missing "${end}": each link needs two places; row dropped`);
      else this.report('error', 'wrong-type', this.linkPath(index, end), `"${end}" must be a place id (text); row dropped`);
      return null;
    }
    const existing = this.places.get(id);
    if (existing && !hasCoordinates) return existing;
    if (hasCoordinates) {
      const lon = this.linkCoordinate(link[f.lon], index, f.lon, 180, 'longitude');
      const lat = this.linkCoordinate(link[f.lat], index, f.lat, 90, 'latitude');
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
    this.report('error', 'unknown-place', this.linkPath(index, end), this.unknownPlaceMessage(id, name));
    return null;
  }

  /**
   * A place a row gives by name and coordinates but no id. It is the same place as an earlier
   * row's when the name (ignoring case) and the country (when given) agree and the coordinates
   * lie within `SAME_PLACE_KM`; then the first coordinates are kept. A place of the same name
   * farther away is another place. Its id is "name, country", with " #2", " #3" for the others.
   */
  private namedPlace(link: Record<string, unknown>, end: End, index: number, name: string): Place | null {
    const f = END_FIELDS[end];
    const lon = this.linkCoordinate(link[f.lon], index, f.lon, 180, 'longitude');
    const lat = this.linkCoordinate(link[f.lat], index, f.lat, 90, 'latitude');
    if (lon === null || lat === null) return null;
    const countryValue = link[f.country];
    const country = typeof countryValue === 'string' || typeof countryValue === 'number' ? String(countryValue).trim() : '';
    const candidates = this.namedCandidates(name, country);
    for (const candidate of candidates) {
      const km = distanceKm(candidate.place, lon, lat);
      if (km > SAME_PLACE_KM) continue;
      if (km >= MIN_REPORTED_MOVE_KM && this.firstMove(candidate.place, lon, lat)) {
        this.report('warning', 'place-moved', this.linkPath(index, f.name), `"${name}" is at ${lat}, ${lon} here and at ${candidate.place.lat}, ${candidate.place.lon} in ${this.linkPath(candidate.index, candidate.field)} (${km.toFixed(1)} km apart); read as one place, at the first coordinates`);
      }
      return candidate.place;
    }
    const place = this.addPlace(this.freePlaceId(country ? `${name}, ${country}` : name), name, lon, lat, 'place', null);
    const first = candidates[0];
    if (first) {
      const km = distanceKm(first.place, lon, lat);
      this.report('warning', 'same-name-other-place', this.linkPath(index, f.name), `"${name}" here is ${Math.round(km)} km from the "${name}" of ${this.linkPath(first.index, first.field)}; read as another place, "${place.id}"`);
    }
    candidates.push({ place, index, field: f.name });
    return place;
  }

  /**
   * The places named so far with this name and country. Looked up by the text as written
   * first: the same spelling comes back on thousands of rows, and folding it each time costs.
   */
  private namedCandidates(name: string, country: string): NamedPlace[] {
    let inCountry = this.namedAsWritten.get(name);
    if (!inCountry) this.namedAsWritten.set(name, (inCountry = new Map()));
    let candidates = inCountry.get(country);
    if (candidates) return candidates;
    const key = `${foldName(name)}\u0000${foldName(country)}`;
    candidates = this.namedPlaces.get(key);
    if (!candidates) this.namedPlaces.set(key, (candidates = []));
    inCountry.set(country, candidates);
    return candidates;
  }

  /** Whether these coordinates of a place are new, so that each is reported once. */
  private firstMove(place: Place, lon: number, lat: number): boolean {
    const key = `${place.id}\u0000${lon}\u0000${lat}`;
    if (this.reportedMoves.has(key)) return false;
    this.reportedMoves.add(key);
    return true;
  }

  /** An id no declared, known or earlier place has. */
  private freePlaceId(base: string): string {
    const free = (id: string) => !this.places.has(id) && !this.gazetteer.get(id);
    if (free(base)) return base;
    let n = 2;
    while (!free(`${base} #${n}`)) n++;
    return `${base} #${n}`;
  }

  private unknownPlaceMessage(id: string, name: string | undefined): string {
    const key = `${id}\u0000${name ?? ''}`;
    let message = this.suggestions.get(key);
    if (message === undefined) {
      const declared = this.leftOutPlaces.get(id);
      message = declared
        ? `place "${id}" is declared at ${declared}, but that declaration was left out (see the issue there); row dropped`
        : `unknown place "${id}"${this.placeHint(id, name)}`;
      this.suggestions.set(key, message);
    }
    return message;
  }

  private placeHint(id: string, name: string | undefined): string {
    const suggestions: KnownPlace[] = id ? this.gazetteer.suggest(id) : [];
    if (suggestions.length === 0 && name) suggestions.push(...this.gazetteer.suggest(name));
    if (suggestions.length > 0) {
      return ` — did you mean ${suggestions.map((s) => `"${s.id}" (${namesOf(s.name)[0] ?? s.id})`).join(' or ')}?`;
    }
    if (id && !SUBDIVISION_CODE.test(id) && !COUNTRY_CODE.test(id)) {
      return ' — use an ISO 3166-2 code such as "RU-IRK", or declare it in "places" with lon and lat';
    }
    return '';
  }

  // ---- links ----

  readonly readLink = (index: number): void => {
    const entry = this.entries[index];
    if (!isRecord(entry)) {
      this.report('error', 'wrong-type', this.linkPath(index), 'expected an object with "source" and "target"; row dropped');
      return;
    }
    const source = this.resolveEnd(entry, 'source', index);
    const target = this.resolveEnd(entry, 'target', index);
    if (!source || !target) return;
    if (source === target) {
      this.report('error', 'self-link', this.linkPath(index, 'target'), `links "${source.id}" to itself; row dropped`);
      return;
    }
    const since = this.year(entry.since, index, 'since');
    const until = this.year(entry.until, index, 'until');
    if (since !== null && until !== null && since > until) {
      this.report('error', 'years-reversed', this.linkPath(index, 'until'), `"since" ${since} is after "until" ${until}; row dropped`);
      return;
    }
    const explicitId = this.linkId(entry.id, index);
    const type = stringOr(entry.type, DEFAULT_TYPE);
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
      title: entry.title === undefined ? null : this.text(entry.title, () => this.linkPath(index, 'title')),
      activities: this.activities(entry.activities, index),
      sources: this.sources(entry, index),
      note: entry.note === undefined ? null : this.text(entry.note, () => this.linkPath(index, 'note')),
      properties: extraProperties(entry),
    };
    const same = explicitId ? this.linksById.get(explicitId) : this.relation(source, target, type);
    if (same) {
      const samePair = (same.link.source === source.id && same.link.target === target.id) || (same.link.source === target.id && same.link.target === source.id);
      if (samePair) {
        mergeInto(same.link, link);
        this.report('warning', 'merged', this.linkPath(index), `same relation as ${this.linkPath(same.index)} (${source.id} ↔ ${target.id}); merged into it`);
        return;
      }
      const renamed = uniqueId(explicitId, this.linksById);
      this.report('error', 'duplicate-id', this.linkPath(index, 'id'), `link id "${explicitId}" is already used by ${this.linkPath(same.index)}; this link is kept as "${renamed}"`);
      link.id = renamed;
    }
    if (!link.id) link.id = uniqueId(`${source.id}~${target.id}${type === DEFAULT_TYPE ? '' : `~${type}`}`, this.linksById);
    link.index = this.links.length;
    this.links.push(link);
    this.usedPlaces.add(source).add(target);
    this.linksById.set(link.id, { link, index });
    if (!explicitId) this.relation(source, target, type, { link, index });
  };

  /**
   * The relation of a pair of places (either way round) and a type, set when `add` is given.
   * Keyed by the place objects rather than by a string of their ids, which 25,000 rows would
   * build and hash twice each.
   */
  private relation(a: Place, b: Place, type: string, add?: Relation): Relation | undefined {
    const [first, second] = a.index < b.index ? [a, b] : [b, a];
    let byPlace = this.linksByRelation.get(first);
    if (!byPlace) this.linksByRelation.set(first, (byPlace = new Map()));
    let byType = byPlace.get(second);
    if (!byType) byPlace.set(second, (byType = new Map()));
    if (add) byType.set(type, add);
    return byType.get(type);
  }

  private linkId(value: unknown, index: number): string {
    if (value === undefined || value === null) return '';
    if (typeof value === 'string' || typeof value === 'number') return String(value).trim();
    this.report('warning', 'wrong-type', this.linkPath(index, 'id'), `a link "id" must be text; ${JSON.stringify(value)} is ignored and an id is made up`);
    return '';
  }

  private status(value: unknown, index: number): LinkStatus {
    if (value === undefined || value === null || value === '') return DEFAULT_STATUS;
    const status = String(value).trim().toLowerCase();
    if ((LINK_STATUSES as readonly string[]).includes(status)) return status as LinkStatus;
    const near = closest(status, LINK_STATUSES);
    const hint = near ? ` — did you mean "${near}"?` : ` (expected ${LINK_STATUSES.join(', ')})`;
    this.report('warning', 'unknown-status', this.linkPath(index, 'status'), `unknown status "${String(value)}", shown as "${DEFAULT_STATUS}"${hint}`);
    return DEFAULT_STATUS;
  }

  private linkSectors(value: unknown, index: number): string[] {
    let list: unknown[] = [];
    if (typeof value === 'string') {
      const words = value.split(SECTOR_SEPARATORS);
      list = words;
      // One cell holds the list in CSV; in JSON a list is an array.
      if (!this.isCsv) this.report('warning', 'wrong-type', this.linkPath(index, 'sectors'), `"sectors" is text; read as the list ${JSON.stringify(words.map((s) => s.trim()).filter(Boolean))}`);
    } else if (Array.isArray(value)) list = value;
    else if (value !== undefined && value !== null) {
      this.report('warning', 'wrong-type', this.linkPath(index, 'sectors'), 'expected a list of sector ids; ignored');
    }
    const ids: string[] = [];
    list.forEach((item, i) => {
      if (typeof item !== 'string') {
        this.report('warning', 'wrong-type', this.linkPath(index, `sectors[${i}]`), `sector ${JSON.stringify(item)} is not a text id; ignored`);
        return;
      }
      const id = item.trim();
      if (!id) return;
      const sector = this.sectorFor(id, () => this.linkPath(index, typeof value === 'string' ? 'sectors' : `sectors[${i}]`));
      if (!ids.includes(sector.id)) ids.push(sector.id);
    });
    if (ids.length === 0) ids.push(this.sectorFor(UNSPECIFIED_SECTOR, () => '').id);
    return ids;
  }

  private year(value: unknown, index: number, field: 'since' | 'until'): number | null {
    if (value === undefined || value === null || value === '') return null;
    const path = () => this.linkPath(index, field);
    const n = this.number(value, path, `"${field}"`);
    if (n === null) return null;
    if (!Number.isInteger(n) || n < MIN_YEAR || n > MAX_YEAR) {
      this.report('error', 'not-a-year', path(), `"${field}" ${String(value)} is not a year; ignored`);
      return null;
    }
    return n;
  }

  private weight(value: unknown, index: number): number | null {
    if (value === undefined || value === null || value === '') return null;
    const path = () => this.linkPath(index, 'weight');
    const n = this.number(value, path, '"weight"');
    if (n === null) return null;
    if (n < 0) {
      this.report('error', 'out-of-range', path(), `"weight" ${n} is negative; ignored`);
      return null;
    }
    return n;
  }

  /** A number, or a number written as text (CSV cells always are; "52,5" with a decimal comma too). */
  private number(value: unknown, path: PathOf, what: string): number | null {
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    if (typeof value === 'string' && value.trim() !== '') {
      const plain = Number(value);
      const n = Number.isFinite(plain) ? plain : Number(value.trim().replace(/^([-+]?\d+),(\d+)$/, '$1.$2'));
      if (Number.isFinite(n)) {
        if (!this.isCsv) this.report('warning', 'number-as-text', path(), `${what} is text ("${value}"); read as the number ${n}`);
        return n;
      }
    }
    this.report('error', 'not-a-number', path(), `${what} ${JSON.stringify(value)} is not a number; ignored`);
    return null;
  }

  private text(value: unknown, path: PathOf): LocalizedText | null {
    if (value === undefined || value === null) return null;
    if (typeof value === 'string') return value;
    if (isRecord(value)) {
      const out: Record<string, string> = {};
      for (const [lang, text] of Object.entries(value)) {
        if (isUnsafeKey(lang)) continue;
        if (typeof text === 'string') out[lang] = text;
        else this.report('warning', 'wrong-type', pathKey(path(), lang), 'expected text; ignored');
      }
      return Object.keys(out).length > 0 ? out : null;
    }
    this.report('warning', 'wrong-type', path(), 'expected text or an object of texts by language; ignored');
    return null;
  }

  private activities(value: unknown, index: number): ActivityInput[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.report('warning', 'wrong-type', this.linkPath(index, 'activities'), 'expected an array of activities; ignored');
      return [];
    }
    const out: ActivityInput[] = [];
    value.forEach((entry, i) => {
      const path = this.linkPath(index, `activities[${i}]`);
      if (!isRecord(entry)) {
        this.report('warning', 'wrong-type', path, 'expected an activity object; ignored');
        return;
      }
      const activity: ActivityInput = {};
      if (entry.year !== undefined && entry.year !== null) {
        const year = this.number(entry.year, () => `${path}.year`, '"year"');
        if (year !== null) activity.year = year;
      }
      if (typeof entry.sector === 'string') activity.sector = this.sectorFor(entry.sector.trim(), () => `${path}.sector`).id;
      else if (entry.sector !== undefined && entry.sector !== null) this.report('warning', 'wrong-type', `${path}.sector`, 'expected a sector id; ignored');
      const title = this.text(entry.title, () => `${path}.title`);
      if (title !== null) activity.title = title;
      const url = this.url(entry.url, () => `${path}.url`);
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
          this.report('warning', 'wrong-type', path, 'expected a source object with a "title"; ignored');
          return;
        }
        const url = this.url(source.url, () => `${path}.url`);
        const title = typeof source.title === 'string' && source.title.trim() ? source.title.trim() : url;
        if (!title) {
          this.report('warning', 'missing-field', `${path}.title`, 'a source needs a "title" or a "url"; ignored');
          return;
        }
        const item: SourceInput = { title };
        if (url) item.url = url;
        if (typeof source.authors === 'string') item.authors = source.authors;
        if (typeof source.year === 'number') item.year = source.year;
        out.push(item);
      });
    } else if (value !== undefined && value !== null) {
      this.report('warning', 'wrong-type', this.linkPath(index, 'sources'), 'expected an array of sources; ignored');
    }
    // CSV: a "url" column is the link's source.
    const url = entry.url === undefined ? undefined : this.url(entry.url, () => this.linkPath(index, 'url'));
    if (url && !out.some((s) => s.url === url)) out.push({ title: url, url });
    return out;
  }

  /** Only http(s) and mailto URLs are kept; `javascript:` and the like never become links. */
  private url(value: unknown, path: PathOf): string | undefined {
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value === 'string' && SAFE_URL.test(value.trim())) return value.trim();
    this.report('warning', 'unsafe-url', path(), `${JSON.stringify(value)} is not an http(s) URL; it is not shown as a link`);
    return undefined;
  }
}

/** `path.key`, or `path["key"]` when the key is not a plain name, so that paths can be read back. */
function pathKey(path: string, key: string): string {
  return IDENTIFIER.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.trim() ? value.trim() : fallback;
}

/** The word of `words` one or two typos away from `word`, if any. */
function closest(word: string, words: readonly string[]): string | undefined {
  if (word.length < MIN_TYPO_LENGTH) return undefined;
  let best: string | undefined;
  let bestDistance = TYPO_DISTANCE + 1;
  for (const candidate of words) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase(), TYPO_DISTANCE);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Names compare without case and with runs of spaces as one. */
function foldName(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function distanceKm(place: { lon: number; lat: number }, lon: number, lat: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat - place.lat) * rad;
  const dLon = (lon - place.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(place.lat * rad) * Math.cos(lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

function uniqueId(base: string, taken: Map<string, unknown>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}#${n}`)) n++;
  return `${base}#${n}`;
}

function extraProperties(entry: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in entry) {
    if (Object.hasOwn(entry, key) && !LINK_FIELD_NAMES.has(key) && !isUnsafeKey(key)) out[key] = entry[key];
  }
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
  for (const [key, value] of Object.entries(extra.properties)) if (!Object.hasOwn(target.properties, key)) target.properties[key] = value;
}
