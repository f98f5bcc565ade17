// The places of a data set: those it declares, the known regions and countries its links name
// by code (the gazetteer), and those rows give by name and coordinates.
import { COUNTRY_CODE, normalizeName, namesOf, SUBDIVISION_CODE, type Gazetteer } from '../gazetteer.js';
import type { Link, Place } from '../model.js';
import { countryCodeOf, placesByName } from '../place-names.js';
import type { LocalizedText } from '../types.js';
import { stringOr, type FieldReader } from './field-readers.js';
import type { IssueLog } from './issue-log.js';
import { distanceKm, MIN_REPORTED_MOVE_KM, NamedPlaces, samePlace } from './named-places.js';
import { PlaceHints } from './place-hints.js';

export type End = 'source' | 'target';
/** The fields of each end of a link, spelled out once rather than built for every row. */
const END_FIELDS = {
  source: { id: 'source', name: 'source_name', lon: 'source_lon', lat: 'source_lat', country: 'source_country' },
  target: { id: 'target', name: 'target_name', lon: 'target_lon', lat: 'target_lat', country: 'target_country' },
} as const;

export class PlaceResolver {
  private readonly places = new Map<string, Place>();
  private readonly declared = new Set<string>();
  /** Places declared with a problem that kept them out, by id, with where they were declared. */
  private readonly leftOut = new Map<string, string>();
  private readonly named = new NamedPlaces();
  private readonly hints: PlaceHints;
  /** The places a name written for a place means, by the name as written (a file repeats its places). */
  private readonly byName = new Map<string, Place[]>();
  private readonly countryCodes = new Map<string, string | undefined>();

  constructor(
    private readonly log: IssueLog,
    private readonly fields: FieldReader,
    private readonly gazetteer: Gazetteer,
  ) {
    this.hints = new PlaceHints(gazetteer);
  }

  /** Reads the data set's `places`: places of its own, or new names and kinds for known regions. */
  declare(value: unknown): void {
    this.fields.eachEntry(value, 'places', 'place', (entry, id, path) => {
      if (this.declared.has(id)) {
        const message = `place "${id}" is declared twice; the first one is used`;
        this.log.report('error', 'duplicate-place', `${path}.id`, message);
        return;
      }
      const known = this.gazetteer.get(id);
      const hasLon = entry.lon !== undefined && entry.lon !== null;
      const hasLat = entry.lat !== undefined && entry.lat !== null;
      const name = () => this.fields.text(entry.name, () => `${path}.name`);
      if (!hasLon || !hasLat) {
        if (known) {
          // A declared place without coordinates renames or reclassifies a known region.
          this.declared.add(id);
          this.add(id, name() ?? known.name, known.lon, known.lat, stringOr(entry.kind, known.kind), known.shape);
          return;
        }
        const message =
          `place "${id}" has no coordinates and is not a known region or country; ` + 'links to it cannot be drawn';
        this.log.report('error', 'missing-field', `${path}.${hasLon ? 'lat' : 'lon'}`, message);
        this.leftOut.set(id, path);
        return;
      }
      const lon = this.fields.coordinate(entry.lon, 180, () => `${path}.lon`, 'longitude');
      const lat = this.fields.coordinate(entry.lat, 90, () => `${path}.lat`, 'latitude');
      if (lon === null || lat === null) {
        this.leftOut.set(id, path);
        return;
      }
      this.declared.add(id);
      const kind = stringOr(entry.kind, known?.kind ?? 'place');
      this.add(id, name() ?? known?.name ?? id, lon, lat, kind, known?.shape ?? null);
    });
  }

  /** Resolves a link end to a place, creating it from the gazetteer or from CSV coordinates. */
  resolveEnd(link: Record<string, unknown>, end: End, index: number): Place | null {
    const f = END_FIELDS[end];
    const raw = link[f.id];
    const nameValue = link[f.name];
    const name = typeof nameValue === 'string' && nameValue.trim() ? nameValue.trim() : undefined;
    const id = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
    const hasCoordinates = link[f.lon] !== undefined || link[f.lat] !== undefined;
    if (!id && name && hasCoordinates) return this.namedPlace(link, end, index, name);
    if (!id && name) {
      const named = this.placeNamed(name, index, f.name);
      if (named !== undefined) return named;
      const give = ` — give "${end}" (an ISO code or a place declared in "places") or "${end}_lon" and "${end}_lat"`;
      const hint = this.hints.hint('', name) || give;
      const message = `"${name}" has no "${end}" id and no coordinates, so the row is dropped${hint}`;
      this.log.report('error', 'unknown-place', this.log.linkPath(index, f.name), message, { value: name, field: end });
      return null;
    }
    if (!id) {
      const missing = raw === undefined || raw === null || raw === '';
      if (missing) {
        const message = `missing "${end}": each link needs two places; row dropped`;
        this.log.report('error', 'missing-field', this.log.missingEndPath(index, end), message, { field: end });
      } else {
        const message = `"${end}" must be a place id (text); row dropped`;
        this.log.report('error', 'wrong-type', this.log.linkPath(index, end), message);
      }
      return null;
    }
    const existing = this.places.get(id);
    if (existing && !hasCoordinates) return existing;
    if (hasCoordinates) {
      const lon = this.fields.linkCoordinate(link[f.lon], index, f.lon, 180, 'longitude');
      const lat = this.fields.linkCoordinate(link[f.lat], index, f.lat, 90, 'latitude');
      if (lon === null || lat === null) return null;
      if (existing) return existing;
      const known = this.gazetteer.get(id);
      return this.add(id, name ?? known?.name ?? id, lon, lat, known?.kind ?? 'place', known?.shape ?? null);
    }
    const known = this.gazetteer.get(id);
    if (known) {
      return this.places.get(known.id) ?? this.add(known.id, known.name, known.lon, known.lat, known.kind, known.shape);
    }
    const named = this.placeNamed(id, index, f.id);
    if (named !== undefined) return named;
    const { message, params } = this.hints.unknownPlace(id, name, this.leftOut.get(id));
    this.log.report('error', 'unknown-place', this.log.linkPath(index, end), message, params);
    return null;
  }

  /**
   * A place written by its name rather than its code, in any language of the geodata or of the
   * data set's own places: the one place of that name, with a warning that says which it was
   * taken for; null (with an error) when several places have the name; undefined when none has.
   */
  private placeNamed(written: string, index: number, field: string): Place | null | undefined {
    if (SUBDIVISION_CODE.test(written) || COUNTRY_CODE.test(written)) return undefined;
    let found = this.byName.get(written);
    if (!found) {
      const key = normalizeName(written);
      const own = [...this.declared].map((id) => this.places.get(id)!);
      found = own.filter((place) => namesOf(place.name).some((n) => normalizeName(n) === key));
      for (const known of placesByName(this.gazetteer, written)) {
        if (found.some((place) => place.id === known.id)) continue;
        found.push(
          this.places.get(known.id) ?? this.add(known.id, known.name, known.lon, known.lat, known.kind, known.shape),
        );
      }
      this.byName.set(written, found);
    }
    const path = this.log.linkPath(index, field);
    const [place] = found;
    if (!place) return undefined;
    const label = (p: Place) => `"${p.id}" (${namesOf(p.name)[0] ?? p.id})`;
    if (found.length === 1) {
      const message = `"${written}" is a name; read as the place ${label(place)}`;
      this.log.report('warning', 'read-as', path, message, { field, value: written, read: place.id });
      return place;
    }
    const ids = found.map((p) => p.id).join(', ');
    const message =
      `"${written}" is the name of several places (${found.map(label).join(', ')}); ` + 'row dropped — write the code';
    this.log.report('error', 'unknown-place', path, message, { value: written, suggestion: ids });
    return null;
  }

  /**
   * The places declared or used by a kept link, indexed anew when some are left out: a row
   * dropped after its places were resolved (since after until, a self link) must not leave a
   * lone place on the map. The links' place indices follow.
   */
  kept(links: readonly Link[]): Place[] {
    const used = new Set<string>();
    for (const link of links) used.add(link.source).add(link.target);
    const all = [...this.places.values()];
    const kept = all.filter((place) => this.declared.has(place.id) || used.has(place.id));
    if (kept.length === all.length) return all;
    kept.forEach((place, i) => (place.index = i));
    for (const link of links) {
      link.sourceIndex = this.places.get(link.source)!.index;
      link.targetIndex = this.places.get(link.target)!.index;
    }
    return kept;
  }

  /**
   * A place a row gives by name and coordinates but no id. It is the same place as an earlier
   * row's when the name (ignoring case) and the country (when given) agree and the coordinates
   * lie within `SAME_PLACE_KM`; then the first coordinates are kept. A place of the same name
   * farther away is another place. Its id is "name, country", with " #2", " #3" for the others.
   */
  private namedPlace(link: Record<string, unknown>, end: End, index: number, name: string): Place | null {
    const f = END_FIELDS[end];
    const lon = this.fields.linkCoordinate(link[f.lon], index, f.lon, 180, 'longitude');
    const lat = this.fields.linkCoordinate(link[f.lat], index, f.lat, 90, 'latitude');
    if (lon === null || lat === null) return null;
    const countryValue = link[f.country];
    const given = typeof countryValue === 'string' || typeof countryValue === 'number';
    const country = given ? String(countryValue).trim() : '';
    const group = this.named.group(name, country);
    const same = samePlace(group, lon, lat);
    if (same) {
      const { place } = same.named;
      if (same.km >= MIN_REPORTED_MOVE_KM && this.named.firstMove(place, lon, lat)) {
        const first = this.log.linkPath(same.named.index, same.named.field);
        const message =
          `"${name}" is at ${lat}, ${lon} here and at ${place.lat}, ${place.lon} in ${first} ` +
          `(${same.km.toFixed(1)} km apart); read as one place, at the first coordinates`;
        this.log.report('warning', 'place-moved', this.log.linkPath(index, f.name), message);
      }
      return place;
    }
    const place = this.add(this.freeId(country ? `${name}, ${country}` : name), name, lon, lat, 'place', null);
    const code = country ? this.countryCode(country) : undefined;
    if (code) place.country = code;
    const first = group[0];
    if (first) {
      const km = distanceKm(first.place, lon, lat);
      const message =
        `"${name}" here is ${Math.round(km)} km from the "${name}" of ` +
        `${this.log.linkPath(first.index, first.field)}; read as another place, "${place.id}"`;
      this.log.report('warning', 'same-name-other-place', this.log.linkPath(index, f.name), message);
    }
    group.push({ place, index, field: f.name });
    return place;
  }

  /** The code of a country column's value (a file repeats its countries: each is looked up once). */
  private countryCode(written: string): string | undefined {
    if (!this.countryCodes.has(written)) this.countryCodes.set(written, countryCodeOf(this.gazetteer, written));
    return this.countryCodes.get(written);
  }

  /** An id no declared, known or earlier place has. */
  private freeId(base: string): string {
    const free = (id: string) => !this.places.has(id) && !this.gazetteer.get(id);
    if (free(base)) return base;
    let n = 2;
    while (!free(`${base} #${n}`)) n++;
    return `${base} #${n}`;
  }

  private add(id: string, name: LocalizedText, lon: number, lat: number, kind: string, shape: Place['shape']): Place {
    const place: Place = { id, index: this.places.size, name, lon, lat, kind, shape };
    this.places.set(id, place);
    return place;
  }
}
