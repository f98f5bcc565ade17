// The parsing API in one place, for the package's entry point, the command line and the tests.
// Re-exports only, with no code of its own: package.json declares the sources free of side
// effects, so a bundler takes from each module only what the importer uses, and importing
// parseColumnMapping from here does not bring the CSV reader and Papa Parse along with
// parseDataText. A function defined here would tie them to every importer of this module.
export {
  checkColumnMapping,
  guessFormat,
  MAX_DATA_BYTES,
  parseColumnMapping,
  parseDataTextAsync,
  tooLargeIssue,
  type AsyncParseOptions,
  type ColumnMapping,
  type DataFormat,
  type ParseOptions,
  type ParseResult,
} from './parse-text.js';
export { CSV_COLUMNS } from './columns.js';
export { CSV_CHUNK_CHARS, parseDataText } from './parse-csv.js';
export { isRecord, isUnsafeKey } from './records.js';
