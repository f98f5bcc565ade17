import type { DataSet, Link, Place } from '../data/model.js';
import { LINK_STATUSES, type LinkStatus } from '../data/types.js';
import { linkPasses } from './facets.js';
import {
  anySectorShown,
  linkShown,
  visibilityWindow,
  windowYears,
  YEAR_MAX,
  YEAR_MIN,
  yearsMeet,
} from './visibility.js';

/** An inclusive range of years; either end may be open. */
export interface YearRange {
  from: number | null;
  to: number | null;
}

/** What the reader has chosen to see. `null` means "all". */
export interface FilterState {
  sectors: ReadonlySet<string> | null;
  years: YearRange | null;
  statuses: ReadonlySet<LinkStatus> | null;
  /** Link types shown (`twinned`, `agreement`, …); absent or null: all. */
  types?: ReadonlySet<string> | null;
  /** ISO 3166-1 alpha-2 codes: a link shows when either end lies in one of them; absent or null: all. */
  countries?: ReadonlySet<string> | null;
}

export const ALL: FilterState = { sectors: null, years: null, statuses: null, types: null, countries: null };

const LIST_SEPARATOR = /[\s,]+/;
const YEAR_RANGE = /^\s*(\d{1,4})?\s*(?:(-|–|—|\.\.)\s*(\d{1,4})?)?\s*$/;

/**
 * The grammar of a list of sector ids (`sectors`): when the value has a comma, commas separate the
 * ids and each keeps the spaces inside it (`"foreign affairs, culture"`; a single such id is
 * written with a comma after it, `"foreign affairs,"`); otherwise spaces separate them
 * (`"culture education"`). Spaces around an id are not part of it; an id cannot hold a comma.
 * Absent → null (all).
 */
export function parseSectors(value: string | null | undefined): Set<string> | null {
  if (value === null || value === undefined) return null;
  const separator = value.includes(',') ? ',' : /\s+/;
  return new Set(
    value
      .split(separator)
      .map((id) => id.trim())
      .filter(Boolean),
  );
}

/** The `sectors` value of a set of ids, in the grammar `parseSectors` reads: spaces unless an id has one. */
export function formatSectors(sectors: ReadonlySet<string> | null): string | null {
  if (sectors === null) return null;
  const ids = [...sectors];
  if (!ids.some((id) => /\s/.test(id))) return ids.join(' ');
  return ids.length === 1 ? `${ids[0]},` : ids.join(', ');
}

export function parseStatuses(value: string | null | undefined): Set<LinkStatus> | null {
  if (value === null || value === undefined) return null;
  return new Set(
    value.split(LIST_SEPARATOR).filter((s): s is LinkStatus => (LINK_STATUSES as readonly string[]).includes(s)),
  );
}

/** The `countries` of an attribute value: two-letter codes (any case), space- or comma-separated. */
export function parseCountries(value: string | null | undefined): Set<string> | null {
  if (value === null || value === undefined) return null;
  return new Set(
    value
      .split(LIST_SEPARATOR)
      .map((code) => code.toUpperCase())
      .filter((code) => /^[A-Z]{2}$/.test(code)),
  );
}

/** The value of a list attribute (`types`, `countries`) for a set of words, in the grammar of `parseSectors`. */
export const formatList = formatSectors;

/**
 * `"2016"` → 2016–2016; `"2015-2020"`; `"2015-"` → from 2015; `"-2020"` → until 2020;
 * absent or unreadable → null (all time).
 */
export function parseYears(value: string | null | undefined): YearRange | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const match = YEAR_RANGE.exec(value);
  if (!match) return null;
  const [, a, dash, b] = match;
  const from = a !== undefined ? Number(a) : null;
  const to = dash ? (b !== undefined ? Number(b) : null) : from;
  if (from === null && to === null) return null;
  if (from !== null && to !== null && from > to) return { from: to, to: from };
  return { from, to };
}

export function formatYears(years: YearRange | null): string | null {
  if (years === null) return null;
  if (years.from !== null && years.from === years.to) return String(years.from);
  return `${years.from ?? ''}-${years.to ?? ''}`;
}

/** A link is active over [since, until]: no since = since always, no until = still running. */
export function yearsOverlap(link: Pick<Link, 'since' | 'until'>, years: YearRange | null): boolean {
  return yearsMeet(windowYears(years), link.since ?? YEAR_MIN, link.until ?? YEAR_MAX);
}

export function sectorsMatch(link: Pick<Link, 'sectors'>, sectors: ReadonlySet<string> | null): boolean {
  return anySectorShown(sectors, link.sectors);
}

/**
 * Whether a link shows under a filter state (the rule of ./visibility.ts). `countries` needs the
 * data set's places to know the countries of places that are not given by a code.
 */
export function isLinkVisible(link: Link, state: FilterState, places?: readonly Place[]): boolean {
  return linkShown(visibilityWindow(state), state.sectors, link) && linkPasses(link, state, places);
}

export function visibleLinks(dataset: DataSet, state: FilterState): Link[] {
  const window = visibilityWindow(state, dataset);
  return dataset.links.filter((link) => linkShown(window, state.sectors, link));
}

/** The years the data set spans, for the timeline: from the earliest year it names to the latest (or this year). */
export function yearExtent(dataset: DataSet, now = new Date().getFullYear()): [number, number] | null {
  let min = Infinity;
  let max = -Infinity;
  const see = (year: number | null | undefined) => {
    if (typeof year !== 'number') return;
    if (year < min) min = year;
    if (year > max) max = year;
  };
  for (const link of dataset.links) {
    see(link.since);
    see(link.until);
    for (const activity of link.activities) see(activity.year);
    if (link.until === null && link.since !== null) see(Math.max(now, link.since));
  }
  return Number.isFinite(min) ? [min, max] : null;
}
