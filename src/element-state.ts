import { AttributeChecker } from './attributes.js';
import { mapLabels } from './controllers/access.js';
import type { MapView } from './controllers/map-binding.js';
import type { Target } from './data/target.js';
import type { UiStrings } from './i18n/strings.js';
import type { MediaPreferences } from './controllers/media-preferences.js';
import { parseSectors, type FilterState } from './filters/filters.js';
import { DEFAULT_TIMEOUT_MS } from './data/limits.js';
import { parseLimit, type Thinning } from './filters/thinning.js';
import { defaultGeodataBase } from './load/geodata-base.js';
import type { Theme } from './map/basemap.js';
import type { ViewName } from './ui/toolbar.js';

const THEMES: readonly Theme[] = ['light', 'dark'];
export const PROJECTIONS = ['mercator', 'globe'] as const;
export type Projection = (typeof PROJECTIONS)[number];
const VIEWS: readonly ViewName[] = ['map', 'table'];

/** The element's attributes that this reads. */
export interface AttributeSource {
  readonly lang: string;
  readonly geodataBase: string | null;
  readonly sectors: string | null;
  readonly years: string | null;
  readonly statuses: string | null;
  readonly types?: string | null;
  readonly countries?: string | null;
  readonly top?: string | number | null;
  readonly minWeight?: string | number | null;
  readonly theme: string | null;
  readonly projection: string | null;
  readonly view: string | null;
  readonly timeout: number | null;
  closest?(selectors: string): Element | null;
}

/**
 * What the element's attributes mean once read: the language (the element's, else the nearest
 * ancestor's, else the page's), the filters, theme, projection and view, each falling back to
 * its default with one console warning when a value cannot be used.
 */
export class ElementState {
  readonly #host: AttributeSource;
  readonly #media: MediaPreferences;
  readonly #checker = new AttributeChecker();
  /** Bumped when what the filters show changed without an attribute (places got their countries). */
  #epoch = 0;

  constructor(host: AttributeSource, media: MediaPreferences) {
    this.#host = host;
    this.#media = media;
  }

  get language(): string {
    const host = this.#host;
    // `closest` is missing where the element is rendered outside a browser (server rendering).
    const inherited = typeof host.closest === 'function' ? host.closest('[lang]')?.getAttribute('lang') : null;
    return host.lang || inherited || globalThis.document?.documentElement.lang || 'en';
  }

  get geodataBase(): string {
    // No document where the element is rendered outside a browser (server rendering).
    const page = globalThis.document?.baseURI;
    return this.#host.geodataBase ? new URL(this.#host.geodataBase, page).href : defaultGeodataBase();
  }

  /** How long each download waits for the server (`timeout`, in seconds), in milliseconds. */
  timeoutMs(): number {
    return this.#checker.timeoutMs(this.#host.timeout, DEFAULT_TIMEOUT_MS);
  }

  filters(): FilterState {
    const host = this.#host;
    return {
      sectors: parseSectors(host.sectors),
      years: this.#checker.years(host.years),
      statuses: this.#checker.statuses(host.statuses),
      types: parseSectors(host.types),
      countries: this.#checker.countries(host.countries),
    };
  }

  /** `top` and `min-weight`: what is drawn of the links the filters show. */
  thinning(): Thinning {
    return { top: parseLimit(this.#host.top), minWeight: parseLimit(this.#host.minWeight) };
  }

  /** Changes exactly when `filters()` does. */
  filtersKey(): string {
    const host = this.#host;
    return `${host.sectors}|${host.years}|${host.statuses}|${host.types}|${host.countries}|${this.#epoch}`;
  }

  /** What the filters show changed though no attribute did (the places' countries were found). */
  refilter(): void {
    this.#epoch++;
  }

  /** Changes exactly when `filters()` or `thinning()` does. */
  filterKey(): string {
    return `${this.filtersKey()}|${this.#host.top}|${this.#host.minWeight}`;
  }

  /** What the map shows besides the data, as the attributes say, with what is hovered and selected. */
  mapView(style: MapView['style'], hover: Target | null, selection: Target | null, strings?: UiStrings): MapView {
    const [theme, projection, lang, geodataBase] = [this.theme(), this.projection(), this.language, this.geodataBase];
    const [filters, thinning, filterKey] = [this.filters(), this.thinning(), this.filterKey()];
    const [labels, timeoutMs] = [strings ? mapLabels(strings) : null, this.timeoutMs()];
    return {
      style,
      theme,
      projection,
      lang,
      geodataBase,
      timeoutMs,
      filters,
      thinning,
      filterKey,
      hover,
      selection,
      labels,
    };
  }

  theme(): Theme {
    const theme = this.#checker.oneOf('theme', this.#host.theme, THEMES, "the reader's color scheme");
    return theme ?? (this.#media.prefersDark ? 'dark' : 'light');
  }

  projection(): Projection {
    return this.#checker.oneOf('projection', this.#host.projection, PROJECTIONS, '"mercator"') ?? 'mercator';
  }

  /** The view shown: the table where no map can be drawn. */
  viewName(mapAvailable: boolean): ViewName {
    if (!mapAvailable) return 'table';
    return this.#checker.oneOf('view', this.#host.view, VIEWS, '"map"') ?? 'map';
  }
}
