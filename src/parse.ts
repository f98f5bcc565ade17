// `coop-map/parse`: reading and checking a cooperation data set without drawing it. The CSV
// reader (with Papa Parse) is imported here statically, so the element's entry point leaves it
// out and loads it only for a CSV data set.
export {
  parseDataText,
  parseDataTextAsync,
  parseColumnMapping,
  type AsyncParseOptions,
  type ColumnMapping,
  type DataFormat,
  type ParseOptions,
  type ParseResult,
} from './data/parse.js';
export { validateDataSet, type ValidateOptions, type ValidateResult } from './data/validate.js';
export { Gazetteer } from './data/gazetteer.js';
export { bundledGazetteer, type BundledGazetteerOptions } from './load/gazetteer-api.js';
