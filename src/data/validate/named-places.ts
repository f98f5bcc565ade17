// Places that rows give by name and coordinates but no id (as in the Wikidata export): which
// rows mean one place, by name, country and distance.
import type { Place } from '../model.js';

/**
 * Rows that name a place without an id (name, country, coordinates) mean the same place when
 * their coordinates lie this close. Coordinates given for one town in public data (the centre,
 * the town hall, the municipality) differ by up to about 20 km, while two towns of one name
 * in one country lie farther apart; in the Wikidata sister-city export the gap runs from
 * 19.5 km (one town) to 23.6 km (two towns).
 */
export const SAME_PLACE_KM = 20;
/** Coordinates closer than this are one point written with other precision, not worth a warning. */
export const MIN_REPORTED_MOVE_KM = 0.1;
const EARTH_RADIUS_KM = 6371.0088;

/** A place named by a row, and the row and column that named it first. */
export interface NamedPlace {
  place: Place;
  index: number;
  field: string;
}

/**
 * The places named so far, in groups of one name (ignoring case and runs of spaces) and one
 * country. A group holds the places of that name in the order they came; a row means the first
 * of them within SAME_PLACE_KM, or a new one.
 */
export class NamedPlaces {
  private readonly groups = new Map<string, NamedPlace[]>();
  private readonly asWritten = new Map<string, Map<string, NamedPlace[]>>();
  private readonly reportedMoves = new Set<string>();

  /**
   * The group of this name and country, empty at first; the caller adds to it. Looked up by the
   * text as written first: the same spelling comes back on thousands of rows, and folding it
   * each time costs.
   */
  group(name: string, country: string): NamedPlace[] {
    let inCountry = this.asWritten.get(name);
    if (!inCountry) this.asWritten.set(name, (inCountry = new Map()));
    let group = inCountry.get(country);
    if (group) return group;
    const key = `${foldName(name)}\u0000${foldName(country)}`;
    group = this.groups.get(key);
    if (!group) this.groups.set(key, (group = []));
    inCountry.set(country, group);
    return group;
  }

  /** Whether these coordinates of a place are new, so that each is reported once. */
  firstMove(place: Place, lon: number, lat: number): boolean {
    const key = `${place.id}\u0000${lon}\u0000${lat}`;
    if (this.reportedMoves.has(key)) return false;
    this.reportedMoves.add(key);
    return true;
  }
}

/** The first place of a group within SAME_PLACE_KM of the coordinates, and how far it is. */
export function samePlace(
  group: readonly NamedPlace[],
  lon: number,
  lat: number,
): { named: NamedPlace; km: number } | null {
  for (const named of group) {
    const km = distanceKm(named.place, lon, lat);
    if (km <= SAME_PLACE_KM) return { named, km };
  }
  return null;
}

/** Names compare without case and with runs of spaces as one. */
export function foldName(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The great-circle distance (haversine) from a place to a point, in kilometres. */
export function distanceKm(place: { lon: number; lat: number }, lon: number, lat: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat - place.lat) * rad;
  const dLon = (lon - place.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(place.lat * rad) * Math.cos(lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
