// Places by name, as people write them: "Свердловская область", "Gyeonggi", "Republic of Korea",
// "Россия". The one place where a name becomes a known place, for the validator and for any
// other feature (a search box, a column-mapping helper): the names of the geodata in every
// language it has, and the common names of countries it spells otherwise.
import { COUNTRY_CODE, normalizeName, type Gazetteer, type KnownPlace } from './gazetteer.js';

/**
 * Names of countries in everyday or official use that the geodata gives otherwise (it has
 * "South Korea" and "Российская Федерация"), by ISO 3166-1 code.
 */
const COUNTRY_NAMES: Readonly<Record<string, readonly string[]>> = {
  KR: ['Republic of Korea', 'Korea', 'Korea, Republic of', 'Корея', 'Южная Корея', '한국', 'Корея Республикасы'],
  KP: ["Democratic People's Republic of Korea", 'КНДР', 'Северная Корея', '북한', '조선'],
  RU: ['Russia', 'Россия', 'РФ', '러시아', 'Ресей Федерациясы'],
  KZ: ['Republic of Kazakhstan', 'Республика Казахстан', 'Қазақстан Республикасы'],
  US: ['USA', 'United States', 'United States of America', 'США', '미국', 'АҚШ'],
  GB: ['UK', 'United Kingdom', 'Great Britain', 'Великобритания', '영국', 'Ұлыбритания'],
  CN: ['China', "People's Republic of China", 'КНР', 'Китай', '중국', 'Қытай'],
  JP: ['Japan', 'Япония', '일본', 'Жапония'],
  DE: ['Germany', 'Германия', '독일', 'Германия'],
  UZ: ['Uzbekistan', 'Узбекистан', '우즈베키스탄', 'Өзбекстан'],
  KG: ['Kyrgyzstan', 'Kyrgyz Republic', 'Киргизия', 'Кыргызстан', '키르기스스탄', 'Қырғызстан'],
  BY: ['Belarus', 'Беларусь', 'Белоруссия', '벨라루스', 'Беларусь'],
  MN: ['Mongolia', 'Монголия', '몽골', 'Моңғолия'],
  VN: ['Vietnam', 'Viet Nam', 'Вьетнам', '베트남', 'Вьетнам'],
};

const COUNTRY_INDEX = new Map<string, string>();
for (const [code, names] of Object.entries(COUNTRY_NAMES)) {
  for (const name of names) COUNTRY_INDEX.set(normalizeName(name), code);
}

/**
 * The known places a name may mean: one when it is unique, several when places share it
 * (then none is chosen), none when nothing of that name is known. Names compare as
 * `normalizeName` does: without case, accents, punctuation or words such as "oblast".
 */
export function placesByName(gazetteer: Gazetteer, name: string): KnownPlace[] {
  const key = normalizeName(name);
  if (!key) return [];
  const code = COUNTRY_INDEX.get(key);
  const country = code ? gazetteer.get(code) : undefined;
  const named = gazetteer.byName(key);
  return country && !named.includes(country) ? [country, ...named] : named;
}

/**
 * The ISO 3166-1 alpha-2 code of a country as a country column writes it: a code, or a name in
 * any language of the geodata ("Austria", "Россия", "Republic of Korea"); undefined when it is
 * no country the geodata knows.
 */
export function countryCodeOf(gazetteer: Gazetteer, written: string): string | undefined {
  if (COUNTRY_CODE.test(written))
    return gazetteer.get(written.toUpperCase())?.shape === 'country' ? written.toUpperCase() : undefined;
  return placesByName(gazetteer, written).find((place) => place.shape === 'country')?.id;
}
