import type { LocalizedText } from '../data/types.js';
import { OnDemand } from '../load/on-demand.js';

export const LANGUAGES = ['en', 'ru', 'ko', 'kk'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Picks the text for a language: exact, then its base language, then English, then any. */
export function localize(text: LocalizedText | null | undefined, lang: string): string {
  return localizeIn(text, lang).text;
}

/**
 * Where a text lacks the reader's language, the languages read next: a Kazakh reader is given
 * the Russian text before the English.
 */
const FALLBACK_LANGUAGES: Readonly<Record<string, readonly string[]>> = { kk: ['ru'] };

/**
 * A text in the language (`ru-RU`, then `ru`), else in the languages read next (kk: Russian),
 * else English, else any it has; and the language it is in (null for a plain string: the data
 * did not say), so that the UI can mark a text that is not in the reader's language (WCAG 3.1.2).
 */
export function localizeIn(
  text: LocalizedText | null | undefined,
  lang: string,
): { text: string; lang: string | null } {
  if (text === null || text === undefined) return { text: '', lang: null };
  if (typeof text === 'string') return { text, lang: null };
  const base = lang.split('-')[0]!.toLowerCase();
  // Own text entries only: a language named "__proto__" or "constructor" must not pick up Object's members.
  const own = (key: string) => (Object.hasOwn(text, key) && typeof text[key] === 'string' ? text[key] : undefined);
  const next = Object.hasOwn(FALLBACK_LANGUAGES, base) ? FALLBACK_LANGUAGES[base]! : [];
  for (const key of [lang, base, ...next, 'en']) {
    const found = own(key);
    if (found !== undefined) return { text: found, lang: key };
  }
  const any = Object.entries(text).find(([, t]) => typeof t === 'string');
  return any ? { text: any[1] as string, lang: any[0] } : { text: '', lang: null };
}

/** The UI language for a requested one: supported as is, else by base language, else English. */
export function uiLanguage(lang: string | null | undefined): Language {
  const base = (lang ?? '').split('-')[0]!.toLowerCase();
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : 'en';
}

export interface UiStrings {
  mapLabel: string;
  legend: string;
  sectors: string;
  status: string;
  statusNames: Record<'active' | 'planned' | 'suspended' | 'ended', string>;
  showAll: string;
  loading: string;
  loadingGeodata: string;
  checking: string;
  drawing: string;
  /** Links shown of all; the numbers come formatted for the language (see `formatCount`). */
  linksShown: (shown: string, total: string) => string;
  loadFailed: string;
  exportPng: string;
  exportCsv: string;
  issuesFound: (count: number) => string;
  /** Names of the documented link types; other types are shown as written in the data. */
  typeNames: Readonly<Record<string, string>>;
  /** Names of the documented place kinds; other kinds are shown as written in the data. */
  kindNames: Readonly<Record<string, string>>;
  /** A link running since a year, with no end given (a no-break space keeps the year with its words). */
  yearsSince: (year: number) => string;
  /** A link that ended in a year, with no start given. */
  yearsUntil: (year: number) => string;
  /** Links of a place drawn under the filters; the numbers come formatted for the language. */
  placeLinks: (shown: string, total: string) => string;
  closeDetails: string;
  places: string;
  type: string;
  years: string;
  activities: string;
  undated: string;
  sources: string;
  note: string;
  hiddenByFilters: string;
  timeline: string;
  yearFrom: string;
  yearTo: string;
  play: string;
  allYears: string;
  showAllYears: string;
  /** What the map is, said with its role (`aria-roledescription`). */
  mapRole: string;
  /** The map's keys in one sentence, read when it takes focus. */
  mapKeysHint: string;
  keysTitle: string;
  /** The keys of the map and what they do, as the `?` key lists them. */
  keys: readonly (readonly [keys: string, action: string])[];
  closeKeys: string;
  /** What the keyboard cursor is on: a place with its kind and the links shown of all its links. */
  cursorPlace: (name: string, kind: string, links: string) => string;
  /** A link under the cursor: its places, what it is, and where it stands among the place's links. */
  cursorLink: (places: string, facts: string, position: string, count: string) => string;
  noPlaceThere: string;
  noLinksHere: string;
  /** The keyboard cursor cannot start: nothing is shown. */
  nothingShown: string;
  view: string;
  viewMap: string;
  viewTable: string;
  /** More rows of the table. */
  showMore: (count: string) => string;
  rowsShown: (shown: string, total: string) => string;
  selectLink: string;
  zoomIn: string;
  zoomOut: string;
  zoomFit: string;
  /** The map cannot be drawn in this browser; the links are in the table. */
  mapUnavailable: string;
  /** MapLibre's button that shows the credits. */
  toggleAttribution: string;
  none: string;
  /** Beside the links shown, when rows of the data could not be drawn at all (problems notice). */
  rowsLeftOut: (count: string) => string;
  // ---- big data sets (#12): top / min-weight, the width key, the search box ----
  /** `top` / `min-weight` drew fewer links than the filters show (numbers formatted). */
  strongestShown: (drawn: string, shown: string) => string;
  /** Heading of the key to the arcs' widths. */
  widthKey: string;
  /** The width key's title when a group's width is its number of links. */
  widthKeyLinks: string;
  /** … when it is its links' summed weight. */
  widthKeySummed: string;
  /** … when no link has a weight and widths show the number of activities. */
  widthKeyActivities: string;
  /** The search box's name. */
  searchLabel: string;
  searchPlaceholder: string;
  /** A result's number of links (formatted). */
  searchLinks: (count: string) => string;
  searchNoResults: string;
  /** Said when the results change (count formatted). */
  searchResults: (count: string) => string;
  /** Said when a place is chosen from the search: its name and number of partners (formatted). */
  searchChosen: (name: string, partners: string) => string;
  // group-by: one arc per pair of countries or regions
  /** A group's links, formatted count. */
  groupLinks: (count: string) => string;
  /** A group's summed weight, formatted. */
  groupWeight: (weight: string) => string;
  /** Heading of the list of a group's links in its panel. */
  groupList: string;
  // types and countries
  linkTypes: string;
  countries: string;
  countriesAll: string;
  /** The country picker's button when some countries are chosen (the count formatted). */
  countriesChosen: (count: string) => string;
  countriesHint: string;
  countriesFinding: string;
}

/** An English count (as formatted) and its noun, plural unless the count is one: "1 link", "12 links". */
export function englishCount(count: string, noun: string): string {
  return `${count} ${noun}${count === '1' ? '' : 's'}`;
}

/** The UI in English: the default and the fallback, always in the bundle. */
export const ENGLISH: UiStrings = {
  mapLabel: 'Map of cooperation links',
  legend: 'Legend',
  sectors: 'Sectors',
  status: 'Status',
  statusNames: { active: 'active', planned: 'planned', suspended: 'suspended', ended: 'ended' },
  showAll: 'Show all',
  loading: 'Loading data…',
  loadingGeodata: 'Loading region shapes…',
  checking: 'Checking the data…',
  drawing: 'Drawing the map…',
  linksShown: (shown, total) => `${shown} of ${total} links shown`,
  exportPng: 'PNG image',
  exportCsv: 'CSV of shown links',
  loadFailed: 'The data could not be loaded',
  issuesFound: (count) => `${count} problem${count === 1 ? '' : 's'} in the data`,
  typeNames: {
    twinned: 'twinned',
    agreement: 'agreement',
    membership: 'membership',
    forum: 'forum',
    cooperation: 'cooperation',
    diplomatic: 'diplomatic relations',
  },
  kindNames: { region: 'region', country: 'country', city: 'city', organization: 'organization', place: 'place' },
  yearsSince: (year) => `since\u00a0${year}`,
  yearsUntil: (year) => `until\u00a0${year}`,
  placeLinks: (shown, total) => `Links: ${shown} of ${total} shown`,
  closeDetails: 'Close details',
  places: 'Places',
  type: 'Type',
  years: 'Years',
  activities: 'Activities',
  undated: 'Undated',
  sources: 'Sources',
  note: 'Note',
  hiddenByFilters: 'hidden by the filters',
  timeline: 'Years',
  yearFrom: 'From year',
  yearTo: 'To year',
  play: 'Play through the years',
  allYears: 'All years',
  showAllYears: 'Show all years',
  mapRole: 'map',
  mapKeysHint:
    'Arrow keys move between places, Page Up and Page Down go through the links of a place, Enter opens ' +
    'the details, Escape goes back, plus and minus zoom, Shift with the arrows pans, question mark lists the keys.',
  keysTitle: 'Keys of the map',
  keys: [
    ['← ↑ → ↓', 'to the nearest place that way'],
    ['Page Up / Page Down', 'through the links of the place'],
    ['Home / End', 'to the best connected place / the least'],
    ['Enter / Space', 'open the details of what is under the cursor'],
    ['Escape', 'back: from a link to its place, from a place out; closes the details'],
    ['+ / −', 'zoom in / out'],
    ['Shift + arrows', 'pan the map'],
    ['?', 'show or hide this list'],
  ],
  closeKeys: 'Close the list of keys',
  cursorPlace: (name, kind, links) => `${name}, ${kind}: ${links}`,
  cursorLink: (places, facts, position, count) => `${places}: ${facts}. Link ${position} of ${count}`,
  noPlaceThere: 'No place further that way',
  noLinksHere: 'No links of this place are shown',
  nothingShown: 'No links are shown under the filters',
  view: 'View',
  viewMap: 'Map',
  viewTable: 'Table',
  showMore: (count) => `Show ${count} more`,
  rowsShown: (shown, total) => `Rows 1–${shown} of ${total}`,
  selectLink: 'Show the details of this link',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomFit: 'Show all places',
  mapUnavailable: 'The map cannot be drawn in this browser (no WebGL 2); the links are listed in the table.',
  toggleAttribution: 'Show or hide the map credits',
  none: 'none',
  rowsLeftOut: (count) => `rows left out: ${count}`,
  strongestShown: (drawn, shown) => `${drawn} strongest of ${shown} shown`,
  widthKey: 'Width: weight',
  widthKeyLinks: 'Width: number of links',
  widthKeySummed: 'Width: summed weight',
  widthKeyActivities: 'Width: number of activities',
  searchLabel: 'Search places',
  searchPlaceholder: 'Search places…',
  searchLinks: (count) => englishCount(count, 'link'),
  searchNoResults: 'No place found',
  searchResults: (count) => `${englishCount(count, 'place')} found; arrow keys to choose`,
  searchChosen: (name, partners) => `${name} selected, ${englishCount(partners, 'partner')} shown`,
  // group-by
  groupLinks: (count) => englishCount(count, 'link'),
  groupWeight: (weight) => `summed weight ${weight}`,
  groupList: 'Links between them',
  // types and countries
  linkTypes: 'Link types',
  countries: 'Countries',
  countriesAll: 'All countries',
  countriesChosen: (count) => `Countries: ${count}`,
  countriesHint: 'Links with an end in a country checked are shown',
  countriesFinding: 'Finding the countries of places…',
};

/**
 * Each language's strings. English is always there; each other language is a chunk of its own
 * that a page loads only when an element speaks it. An import that fails is forgotten, so the
 * next `load()` tries again.
 */
export const UI_STRINGS: Readonly<Record<Language, OnDemand<UiStrings>>> = {
  en: OnDemand.of(ENGLISH),
  ru: new OnDemand(() => import('./strings-ru.js').then((module) => module.strings)),
  ko: new OnDemand(() => import('./strings-ko.js').then((module) => module.strings)),
  kk: new OnDemand(() => import('./strings-kk.js').then((module) => module.strings)),
};

/** Loads a language's strings (English resolves at once). */
export function loadStrings(lang: Language): Promise<UiStrings> {
  return UI_STRINGS[lang].load();
}

/**
 * A link's years or a range of years: `2012–2018`, `2016`, `since 1996`, `until 2018`; null when
 * neither end is known.
 */
export function formatYearSpan(from: number | null, to: number | null, strings: UiStrings): string | null {
  if (from !== null && to !== null) return from === to ? String(from) : `${from}–${to}`;
  if (from !== null) return strings.yearsSince(from);
  if (to !== null) return strings.yearsUntil(to);
  return null;
}

/** A count written the way the language writes numbers (grouping, digits). */
export function formatCount(value: number, lang: string): string {
  try {
    return new Intl.NumberFormat(lang || 'en').format(value);
  } catch {
    // An unknown or malformed language tag: fall back to English rather than fail the render.
    return new Intl.NumberFormat('en').format(value);
  }
}
