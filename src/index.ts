export { CoopMap } from './coop-map.js';
export * from './events.js';
export type {
  CooperationDataInput,
  LinkInput,
  PlaceInput,
  SectorInput,
  ActivityInput,
  SourceInput,
  DataIssue,
  IssueCode,
  IssueParams,
  LinkStatus,
  LocalizedText,
} from './data/types.js';
export type { DataSet, Link, Place, Sector } from './data/model.js';
export type { ParseOptions, ParseResult, ColumnMapping } from './data/parse.js';
export { validateDataSet, type ValidateOptions, type ValidateResult } from './data/validate.js';
export { Gazetteer } from './data/gazetteer.js';
export { parseSectors, parseYears, isLinkVisible, type FilterState, type YearRange } from './filters/filters.js';
