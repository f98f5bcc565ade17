// The settings and limits of the geodata build, in one place: the build applies and enforces
// them, and tests/unit/geodata.test.ts checks the committed files against the same values.
// Constants only, so importing this module does nothing.

/** Languages of a region's or country's `name`; `en` is always present. */
export const LANGS = ['en', 'ru', 'ko', 'zh', 'ja', 'kk'];

/** Share of vertices kept by mapshaper's weighted Visvalingam simplification (`-simplify`). */
export const ADMIN1_SIMPLIFY = '12%';
export const COUNTRIES_SIMPLIFY = '60%';
/** TopoJSON grid: 1e5 steps across the layer's extent (about 400 m at world extent). */
export const QUANTIZATION = 1e5;

/** Sizes in bytes the written files must stay below; the build fails before writing otherwise. */
/** All per-country admin-1 files together (geodata/admin1/XX.json). */
export const ADMIN1_MAX_BYTES = 2_500_000;
/** One country's admin-1 file: Russia's is the largest. */
export const ADMIN1_COUNTRY_MAX_BYTES = 400_000;
/** geodata/admin1/index.json, the places without their shapes. */
export const ADMIN1_INDEX_MAX_BYTES = 1_000_000;
export const COUNTRIES_MAX_BYTES = 600_000;

/** Decimals of a bounding box in the index, rounded outwards (0.01° is about 1 km). */
export const BBOX_DECIMALS = 2;

/**
 * The countries where ISO 3166-2 has two levels and the build adds the upper one (see upper.mjs):
 * `by` says where a lower region's upper region comes from (ISO's parent code, or a Natural Earth
 * field naming it), `check` the Natural Earth fields it is checked against (a code, a name).
 */
export const UPPER_LEVEL = {
  FR: { by: 'iso-parent', check: { code: 'region_cod', name: 'region' } },
  IT: { by: 'iso-parent', check: { code: 'region_cod', name: 'region' } },
  ES: { by: 'iso-parent', check: { code: 'region_cod', name: 'region' } },
  GB: { by: 'geonunit', check: { code: null, name: 'geonunit' } },
};

/** Upper-level regions the build must write (the tests check that they resolve and draw). */
export const REQUIRED_UPPER_REGIONS = [
  'FR-IDF',
  'FR-ARA',
  'IT-25',
  'ES-CT',
  'ES-MD',
  'GB-SCT',
  'GB-ENG',
  'GB-WLS',
  'GB-NIR',
];

/** Decimals of a label point's longitude and latitude (0.001° is about 100 m). */
export const LABEL_DECIMALS = 3;

/** Ids our seed data and docs use; the build fails without them. */
export const REQUIRED_REGIONS = [
  'RU-IRK',
  'RU-SVE',
  'KR-47',
  'KR-41',
  'KZ-11',
  'KZ-19',
  'KZ-39',
  'KZ-59',
  'KZ-71',
  'KZ-75',
];

/** Country ids outside ISO 3166-1: Kosovo's user-assigned code (see geodata/README.md). */
export const COUNTRY_CODE_EXCEPTIONS = ['XK'];

/** The shape of a code a data file could have written: only such codes become aliases. */
export const ALIAS_CODE_SHAPE = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;
