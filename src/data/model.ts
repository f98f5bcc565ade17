import type { ActivityInput, LinkStatus, LocalizedText, SourceInput } from './types.js';

/** A place every link endpoint resolves to. */
export interface Place {
  id: string;
  /** Position in `DataSet.places`; arcs refer to places by this index. */
  index: number;
  name: LocalizedText;
  lon: number;
  lat: number;
  /** `region`, `country`, `city`, `organization`, … */
  kind: string;
  /** Where the shape of the place can be found, when it has one. */
  shape: 'admin1' | 'country' | 'regions' | null;
  /**
   * ISO 3166-1 alpha-2 code of the country the place lies in, where the data says it (a
   * country column) or the country shapes found it (filters/place-countries.ts); absent: see
   * `placeCountry`, which reads it from a code.
   */
  country?: string | null;
}

export interface Sector {
  id: string;
  index: number;
  label: LocalizedText;
  color: string;
  builtin: boolean;
}

export interface Link {
  id: string;
  index: number;
  source: string;
  target: string;
  sourceIndex: number;
  targetIndex: number;
  type: string;
  status: LinkStatus;
  since: number | null;
  until: number | null;
  /** Never empty: a link without sectors has `['unspecified']`. */
  sectors: string[];
  weight: number | null;
  title: LocalizedText | null;
  activities: ActivityInput[];
  sources: SourceInput[];
  note: LocalizedText | null;
  /** Properties beyond the documented ones (CSV columns the format does not name). */
  properties: Record<string, unknown>;
}

export interface DataSet {
  title: LocalizedText | null;
  description: LocalizedText | null;
  sectors: Sector[];
  places: Place[];
  links: Link[];
}
