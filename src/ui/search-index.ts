import type { DataSet, Place } from '../data/model.js';
import { localize } from '../i18n/strings.js';

/**
 * The place search, loaded on first use. Names are folded for matching: Unicode NFD with the
 * combining marks taken away, lower case, and the few Latin letters NFD does not take apart
 * (ł, ø, æ, œ, ß, đ, ı) spelled plainly, so "lodz" finds Łódź and "MUNCHEN" München. (Not
 * Intl.Collator: it compares whole strings and cannot say where a name starts with the query.)
 * Every name of a place is searched: each language of its name in the data or the geodata, and
 * its id. Results that begin with the query come first, then those with a word that does, then
 * any other match; of equals, the place with more links first.
 */

export interface SearchResult {
  place: Place;
  /** The name in the element's language. */
  name: string;
  /** Its country, as far as the data says (ISO prefix of a region code, or the country the id names). */
  country: string | null;
  /** Links of the place in the data set. */
  links: number;
}

const PLAIN: Record<string, string> = { ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ı: 'i', ð: 'd', þ: 'th' };

/** A name as the search compares it: without accents, case or the marks NFD leaves. */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[łøæœßđıðþ]/g, (c) => PLAIN[c] ?? c)
    .trim();
}

interface Entry {
  place: Place;
  /** Folded names, each with a space before it so that a word start is " " + query. */
  names: string[];
  links: number;
}

const REGION_CODE = /^([A-Z]{2})(?:-[A-Z0-9]{1,3})?$/;

/** The country of a place: the ISO code its id starts with, or what follows the last comma of its id. */
export function placeCountry(place: Place, lang: string): string | null {
  const code = REGION_CODE.exec(place.id)?.[1];
  if (code) {
    try {
      return new Intl.DisplayNames([lang, 'en'], { type: 'region' }).of(code) ?? code;
    } catch {
      return code;
    }
  }
  const comma = place.id.lastIndexOf(', ');
  return comma > 0 ? place.id.slice(comma + 2) : null;
}

export class PlaceSearch {
  readonly #entries: Entry[];

  constructor(dataset: DataSet) {
    const links = new Uint32Array(dataset.places.length);
    for (const link of dataset.links) {
      links[link.sourceIndex]!++;
      links[link.targetIndex]!++;
    }
    this.#entries = dataset.places.map((place) => {
      const all = typeof place.name === 'string' ? [place.name] : Object.values(place.name);
      const names = [...new Set([...all, place.id].map((name) => ' ' + foldName(name).replace(/[\s,()-]+/g, ' ')))];
      return { place, names, links: links[place.index]! };
    });
  }

  /** Places whose names match a query, best first, at most `limit`. */
  find(query: string, lang: string, limit = 8): SearchResult[] {
    const q = foldName(query).replace(/[\s,()-]+/g, ' ');
    if (!q) return [];
    const scored: { entry: Entry; score: number }[] = [];
    for (const entry of this.#entries) {
      let score = 0;
      for (const name of entry.names) {
        if (name.startsWith(' ' + q)) score = Math.max(score, 3);
        else if (name.includes(' ' + q)) score = Math.max(score, 2);
        else if (name.includes(q)) score = Math.max(score, 1);
      }
      if (score > 0) scored.push({ entry, score });
    }
    scored.sort(
      (a, b) => b.score - a.score || b.entry.links - a.entry.links || a.entry.place.index - b.entry.place.index,
    );
    return scored.slice(0, limit).map(({ entry }) => ({
      place: entry.place,
      name: localize(entry.place.name, lang) || entry.place.id,
      country: placeCountry(entry.place, lang),
      links: entry.links,
    }));
  }
}
