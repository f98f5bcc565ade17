import type { DataIssue } from './data/types.js';
import type { YearRange } from './filters/filters.js';

export const COOP_EVENTS = {
  load: 'coop-load',
  error: 'coop-error',
  filterChange: 'coop-filter-change',
  select: 'coop-select',
} as const;

/** A data set was loaded and its arcs are on screen. */
export interface CoopLoadDetail {
  /** Number of links drawn from the data set (after merging repeated relations). */
  links: number;
  /** Number of places they connect. */
  places: number;
  /** Every problem found; the data set was drawn without the rows or values they name. */
  issues: DataIssue[];
}

/** A data set or region file could not be used at all. */
export interface CoopErrorDetail {
  message: string;
  issues: DataIssue[];
}

/** The user changed the sectors, years, link types or countries shown. `null` = all. */
export interface CoopFilterChangeDetail {
  sectors: string[] | null;
  years: YearRange | null;
  /** Link types shown. */
  types: string[] | null;
  /** ISO 3166-1 alpha-2 codes: links with an end in one of them are shown. */
  countries: string[] | null;
}

/**
 * The user selected (or, with `id: null`, cleared) a link or a place; with `group-by`, a group
 * (one arc of `.visibleGroups`) or an area (a country or region, as a place).
 */
export interface CoopSelectDetail {
  kind: 'link' | 'group' | 'place' | null;
  id: string | null;
}

export type CoopLoadEvent = CustomEvent<CoopLoadDetail>;
export type CoopErrorEvent = CustomEvent<CoopErrorDetail>;
export type CoopFilterChangeEvent = CustomEvent<CoopFilterChangeDetail>;
export type CoopSelectEvent = CustomEvent<CoopSelectDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'coop-load': CoopLoadEvent;
    'coop-error': CoopErrorEvent;
    'coop-filter-change': CoopFilterChangeEvent;
    'coop-select': CoopSelectEvent;
  }
}

export function coopEvent<T>(name: string, detail: T): CustomEvent<T> {
  return new CustomEvent<T>(name, { detail, bubbles: true, composed: true });
}

/** `coop-filter-change` for a filter state, as the legend and the timeline send it. */
export function filterChangeEvent(filters: {
  sectors: ReadonlySet<string> | null;
  years: YearRange | null;
  types?: ReadonlySet<string> | null;
  countries?: ReadonlySet<string> | null;
}): CustomEvent<CoopFilterChangeDetail> {
  const list = (set: ReadonlySet<string> | null | undefined) => (set ? [...set] : null);
  return coopEvent(COOP_EVENTS.filterChange, {
    sectors: list(filters.sectors),
    years: filters.years,
    types: list(filters.types),
    countries: list(filters.countries),
  });
}
