import type { LocalizedText } from './types.js';

/** A place the element knows without the data set declaring it: a region, a country, a feature of `regions`. */
export interface KnownPlace {
  id: string;
  name: LocalizedText;
  lon: number;
  lat: number;
  kind: string;
  shape: 'admin1' | 'country' | 'regions';
}

/** The ISO 3166-2 shape of a subdivision code: `RU-IRK`, `KR-47`, `KZ-11`. */
export const SUBDIVISION_CODE = /^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$/;
/** The ISO 3166-1 alpha-2 shape of a country code. */
export const COUNTRY_CODE = /^[A-Za-z]{2}$/;
/** Anything that looks meant as a code, for suggestions (a mistyped code may be too long). */
const CODE_LIKE = /^[A-Za-z]{2}(-[A-Za-z0-9]{1,6})?$/;

const MAX_SUGGESTIONS = 3;
const MAX_CODE_DISTANCE = 2;
const MAX_NAME_DISTANCE = 3;

/** Words that say what kind of region a name is, dropped when comparing names. */
const REGION_WORDS =
  /\b(oblast|oblysy|region|province|krai|kray|republic|of|the|do|city|область|край|республика|регион|город|облысы|облыстық|도|시)\b/gu;

export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-‐‑–—'’`".,()]/g, ' ')
    .replace(REGION_WORDS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function namesOf(name: LocalizedText): string[] {
  return typeof name === 'string' ? [name] : Object.values(name).filter((n): n is string => typeof n === 'string');
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** The places with the best (lowest) score, by id. */
function closestOf(scored: [number, KnownPlace][]): KnownPlace[] {
  let best = Infinity;
  for (const [score] of scored) if (score < best) best = score;
  return scored
    .filter(([score]) => score === best)
    .map(([, place]) => place)
    .sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Looks places up by id (case-insensitive, outdated codes through aliases) and suggests
 * what an unknown id may have meant, by code and by name in any language.
 */
export class Gazetteer {
  private readonly byId = new Map<string, KnownPlace>();
  private readonly aliases = new Map<string, string>();
  private nameIndex: Map<string, KnownPlace[]> | null = null;

  add(places: Iterable<KnownPlace>): this {
    for (const place of places) this.byId.set(place.id.toUpperCase(), place);
    this.nameIndex = null;
    return this;
  }

  addAliases(aliases: Readonly<Record<string, string>>): this {
    for (const [from, to] of Object.entries(aliases)) this.aliases.set(from.toUpperCase(), to.toUpperCase());
    return this;
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): KnownPlace | undefined {
    const key = id.trim().toUpperCase();
    return this.byId.get(key) ?? this.byId.get(this.aliases.get(key) ?? '');
  }

  /** Up to three known places an unknown id or name may have meant, best first. */
  suggest(query: string): KnownPlace[] {
    const found: KnownPlace[] = [];
    const push = (place: KnownPlace | undefined) => {
      if (place && !found.includes(place) && found.length < MAX_SUGGESTIONS) found.push(place);
    };
    const trimmed = query.trim();
    const upper = trimmed.toUpperCase();
    if (CODE_LIKE.test(trimmed)) {
      const scored: [number, KnownPlace][] = [];
      const country = upper.slice(0, 2);
      for (const [id, place] of this.byId) {
        if (id.slice(0, 2) !== country && !COUNTRY_CODE.test(trimmed)) continue;
        const d = editDistance(upper, id, MAX_CODE_DISTANCE);
        if (d <= MAX_CODE_DISTANCE) scored.push([d, place]);
      }
      for (const place of closestOf(scored)) push(place);
      // A code one typo away is what was meant; names that happen to look alike would only distract.
      if (found.length > 0) return found;
    }
    const wanted = normalizeName(trimmed);
    if (wanted) {
      const index = this.names();
      for (const place of index.get(wanted) ?? []) push(place);
      if (found.length === 0) {
        const scored: [number, KnownPlace][] = [];
        const limit = Math.min(MAX_NAME_DISTANCE, Math.floor(wanted.length / 3));
        for (const [name, places] of index) {
          if (name.startsWith(wanted) && wanted.length >= 4) {
            for (const place of places) scored.push([0.5, place]);
            continue;
          }
          const d = editDistance(wanted, name, limit);
          if (d <= limit) for (const place of places) scored.push([d, place]);
        }
        for (const place of closestOf(scored)) push(place);
      }
    }
    return found;
  }

  /** The places of exactly this name in some language, compared as `normalizeName` does (see place-names.ts). */
  byName(name: string): KnownPlace[] {
    return [...(this.names().get(normalizeName(name)) ?? [])];
  }

  private names(): Map<string, KnownPlace[]> {
    if (this.nameIndex) return this.nameIndex;
    const index = new Map<string, KnownPlace[]>();
    for (const place of this.byId.values()) {
      for (const name of namesOf(place.name)) {
        const key = normalizeName(name);
        if (!key) continue;
        const list = index.get(key);
        if (!list) index.set(key, [place]);
        else if (!list.includes(place)) list.push(place);
      }
    }
    this.nameIndex = index;
    return index;
  }
}
