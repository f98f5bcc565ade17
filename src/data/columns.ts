// The link columns of the data format, listed once. The CSV reader knows a file's columns by
// these names, the validator keeps every other field of a link in `Link.properties`, and the
// CSV export writes the columns that have a place in its header, so an exported file loads back.
// `properties` holds a link's other fields (in CSV, the other columns).

export interface LinkColumn {
  readonly name: string;
  /** Whether one CSV cell holds it; `activities` and `sources` are lists only JSON can hold. */
  readonly csv: boolean;
  /** Its place in the CSV export's header, from 0; absent when the export leaves it out. */
  readonly exportAt?: number;
}

/**
 * In the order the documentation lists them, which is also the order a mistyped column name is
 * matched against. The export puts the names beside the ids and the coordinates last.
 */
export const LINK_COLUMNS = [
  { name: 'id', csv: true, exportAt: 0 },
  { name: 'source', csv: true, exportAt: 1 },
  { name: 'target', csv: true, exportAt: 2 },
  { name: 'sectors', csv: true, exportAt: 9 },
  { name: 'since', csv: true, exportAt: 7 },
  { name: 'until', csv: true, exportAt: 8 },
  { name: 'status', csv: true, exportAt: 6 },
  { name: 'type', csv: true, exportAt: 5 },
  { name: 'weight', csv: true, exportAt: 10 },
  { name: 'title', csv: true, exportAt: 11 },
  { name: 'url', csv: true, exportAt: 12 },
  { name: 'source_name', csv: true, exportAt: 3 },
  { name: 'target_name', csv: true, exportAt: 4 },
  { name: 'source_lon', csv: true, exportAt: 13 },
  { name: 'source_lat', csv: true, exportAt: 14 },
  { name: 'target_lon', csv: true, exportAt: 15 },
  { name: 'target_lat', csv: true, exportAt: 16 },
  { name: 'source_country', csv: true },
  { name: 'target_country', csv: true },
  { name: 'note', csv: true },
  { name: 'activities', csv: false },
  { name: 'sources', csv: false },
  { name: 'properties', csv: false },
] as const satisfies readonly LinkColumn[];

type Column = (typeof LINK_COLUMNS)[number];
type InCsv = Extract<Column, { csv: true }>;
export type CsvColumn = InCsv['name'];
export type ExportColumn = Extract<Column, { exportAt: number }>['name'];

/** The documented CSV columns. Others are kept as properties of the link. */
export const CSV_COLUMNS: readonly CsvColumn[] = LINK_COLUMNS.filter((c): c is InCsv => c.csv).map((c) => c.name);

/** Every field of a link the format documents, in JSON or in CSV. */
export const LINK_FIELD_NAMES: ReadonlySet<string> = new Set(LINK_COLUMNS.map((c) => c.name));

/** The header of the CSV export. */
export const EXPORT_COLUMNS: readonly ExportColumn[] = LINK_COLUMNS.flatMap((c) => ('exportAt' in c ? [c] : []))
  .sort((a, b) => a.exportAt - b.exportAt)
  .map((c) => c.name);
