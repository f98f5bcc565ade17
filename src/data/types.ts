/**
 * The cooperation data set as users write it (JSON) and as the element uses it once resolved.
 * See the "data set" section of the README for the prose version of this contract.
 */

/** Text in one or more languages, keyed by BCP 47 language code (`en`, `ru`, `ko`, `kk`), or plain text. */
export type LocalizedText = string | Readonly<Record<string, string>>;

export type LinkStatus = 'active' | 'planned' | 'suspended' | 'ended';
export const LINK_STATUSES: readonly LinkStatus[] = ['active', 'planned', 'suspended', 'ended'];

/** The built-in sectors; a data set may declare more in `sectors`. */
export const BUILTIN_SECTORS = ['culture', 'education', 'economy', 'tourism'] as const;
/** The sector a link without sectors counts as. */
export const UNSPECIFIED_SECTOR = 'unspecified';

export interface SectorInput {
  id: string;
  label?: LocalizedText;
  color?: string;
}

export interface PlaceInput {
  id: string;
  name?: LocalizedText;
  lon?: number;
  lat?: number;
  /** `region`, `country`, `city`, `organization`, or any other word. */
  kind?: string;
}

export interface ActivityInput {
  year?: number;
  sector?: string;
  title?: LocalizedText;
  url?: string;
}

export interface SourceInput {
  title: string;
  url?: string;
  authors?: string;
  year?: number;
}

export interface LinkInput {
  id?: string;
  source: string;
  target: string;
  /** `twinned`, `agreement`, `membership`, `forum`, or any other word. */
  type?: string;
  status?: LinkStatus;
  since?: number | null;
  until?: number | null;
  sectors?: string[];
  weight?: number;
  title?: LocalizedText;
  activities?: ActivityInput[];
  sources?: SourceInput[];
  note?: LocalizedText;
  /** A source of the link as a URL (the CSV `url` column). */
  url?: string;
  /** A place by name and coordinates instead of an id (the CSV columns of the same names). */
  source_name?: string;
  target_name?: string;
  source_lon?: number | string;
  source_lat?: number | string;
  target_lon?: number | string;
  target_lat?: number | string;
  /** The country of a place given by name, to tell apart places of the same name. */
  source_country?: string;
  target_country?: string;
  /**
   * The data set's own fields of the link, kept as they are in `Link.properties` (a CSV file's
   * other columns land here). A field outside it that the format does not name is kept there too,
   * with an `unknown-field` warning, so that a typo such as `sinc` is seen.
   */
  properties?: Record<string, unknown>;
}

export interface CooperationDataInput {
  title?: LocalizedText;
  description?: LocalizedText;
  sectors?: SectorInput[];
  places?: PlaceInput[];
  links: LinkInput[];
}

/**
 * What kind of problem an issue is, so that tools can group or filter them without reading the
 * message: `missing-field` names where the field should be, every other code names a value
 * that is in the input.
 */
export type IssueCode =
  | 'unreadable'
  | 'too-large'
  | 'encoding'
  | 'csv-syntax'
  | 'column-mapping'
  | 'column-ignored'
  | 'extra-cells'
  | 'missing-field'
  | 'wrong-type'
  | 'unknown-place'
  | 'unknown-sector'
  | 'unknown-status'
  | 'not-a-number'
  | 'number-as-text'
  | 'not-a-year'
  | 'years-reversed'
  | 'out-of-range'
  | 'bad-color'
  | 'unsafe-url'
  | 'duplicate-id'
  | 'duplicate-place'
  | 'self-link'
  | 'merged'
  | 'same-name-other-place'
  | 'place-moved'
  | 'region-file'
  | 'read-as'
  | 'column-near'
  | 'not-text'
  // Unknown fields of a JSON link (LinkInput has no index signature; extra fields go in `properties`).
  | 'unknown-field'
  // Excel workbooks
  | 'no-sheet';

/**
 * The values an issue names, so that a page can say it in its own words: `value` (as written),
 * `field`, `suggestion` (a did-you-mean), `read` (what a value was read as), `first` (the path of
 * an earlier row it refers to).
 */
export type IssueParams = Readonly<Record<string, string | number>>;

/** A problem found in a data set: `path` is `links[3].target` for JSON, `row 12, column "target"` for CSV. */
export interface DataIssue {
  severity: 'error' | 'warning';
  path: string;
  message: string;
  /** The kind of problem; absent only on issues made outside this package. */
  code?: IssueCode;
  /** The values the message names (see IssueParams); `message` stays the English, stable text. */
  params?: IssueParams;
}
