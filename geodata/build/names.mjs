// Names of regions and countries per language (limits.mjs LANGS): Natural Earth's name fields,
// i18n-iso-countries for countries and territories, the overrides of tables.mjs, and the
// normalisation used to compare a Natural Earth name with the ISO name.

import { createRequire } from 'node:module';
import { CURRENT } from './iso-codes.mjs';
import { LANGS } from './limits.mjs';
import { COUNTRY_NAME_OVERRIDES, NAME_OVERRIDES } from './tables.mjs';

const require = createRequire(import.meta.url);
const i18nCountries = require('i18n-iso-countries');

/** Natural Earth's name field per language (no `kk`: NE has no Kazakh names). */
const NE_NAME_FIELDS = { en: 'name_en', ru: 'name_ru', ko: 'name_ko', zh: 'name_zh', ja: 'name_ja' };

const GENERIC_WORDS =
  /\b(oblysy|oblast|province|provincia|region|county|district|municipality|novads|state|kraj|maakond|sheng|shi)\b/g;

/** A name reduced to its distinctive ASCII letters: no accents, case, spaces or words like "oblast". */
export function normalizeName(name) {
  return String(name ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(GENERIC_WORDS, ' ')
    .replace(/[^a-z]+/g, '');
}

/** The names a Natural Earth feature has, by language; `name` stands in for a missing `name_en`. */
export function neNames(props) {
  const names = {};
  for (const [lang, field] of Object.entries(NE_NAME_FIELDS)) {
    const value = props[field];
    if (typeof value === 'string' && value.trim()) names[lang] = value.trim();
  }
  if (!names.en && typeof props.name === 'string' && props.name.trim()) names.en = props.name.trim();
  return names;
}

let localesRegistered = false;

/** A country's (or territory's) names in every language i18n-iso-countries has, with the short forms. */
export function countryNames(alpha2) {
  // Registered on first use, so that importing this module changes nothing in i18n-iso-countries.
  if (!localesRegistered) {
    for (const lang of LANGS) i18nCountries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
    localesRegistered = true;
  }
  const names = {};
  for (const lang of LANGS) {
    const value = i18nCountries.getName(alpha2, lang);
    if (value) names[lang] = value;
  }
  return { ...names, ...COUNTRY_NAME_OVERRIDES[alpha2] };
}

/**
 * Names of a region and the NE feature they come from (undefined when no single NE feature is
 * the region, so its NE label point is no better than any part's).
 */
export function groupNames(id, members) {
  const iso = CURRENT.get(id);
  const territory = members.find((m) => m.rule.territory)?.rule.territory;
  let names;
  let source;
  if (territory) names = countryNames(territory);
  else if (members.length === 1 && members[0].rule.names !== 'iso') {
    source = members[0];
    names = neNames(source.props);
  } else {
    // Several NE features make this region: borrow the names of one only if it is the region
    // itself (NE also parent-codes children, e.g. Madagascar's regions as provinces).
    source = members
      .filter((m) => m.rule.names !== 'iso' && normalizeName(m.props.name) === normalizeName(iso.name))
      .sort((a, b) => b.area - a.area)[0];
    names = source ? neNames(source.props) : { en: iso.name };
  }
  return { names: { ...names, ...NAME_OVERRIDES[id] }, source };
}

/** CLDR marks a name it has twice with a superscript digit ("Île-de-France²"): not part of the name. */
const CLDR_MARK = /[\u00b2\u00b3\u00b9\u2070-\u2079]+$/u;

/**
 * The names of an ISO 3166-2 subdivision in CLDR (`cldr`, from sources.mjs readCldrSubdivisions),
 * in every language of LANGS it has; English falls back on the ISO name.
 */
export function subdivisionNames(code, cldr) {
  const key = code.replace('-', '').toLowerCase();
  const names = {};
  for (const lang of LANGS) {
    const value = cldr[lang]?.[key];
    if (typeof value === 'string' && value.trim()) names[lang] = value.trim().replace(CLDR_MARK, '');
  }
  names.en ??= CURRENT.get(code).name;
  return { ...names, ...NAME_OVERRIDES[code] };
}
