import { uiLanguage, type Language } from './strings.js';

// The words of the statistics (a place's panel, the data set summary above the table), in the
// element's four languages. They come with the statistics' own chunk, not with the strings every
// page loads. Numbers arrive formatted for the language (see `formatCount`); counts stand beside
// their labels ("Partners: 12"), so that no language needs plural forms here.

export interface StatisticsTexts {
  /** Heading of a place's statistics. */
  heading: string;
  /** Says what is counted: the links the filters show. */
  followsFilters: string;
  /** While the countries of the places are being found. */
  counting: string;
  partners: string;
  links: string;
  places: string;
  countries: string;
  country: string;
  sector: string;
  decade: string;
  partnersByCountry: string;
  linksBySector: string;
  linksByDecade: string;
  /** A decade by its first year: 1990 → "1990s". */
  decadeName: (year: number) => string;
  /** Links without a year they began. */
  noYear: string;
  /** Partners in no country the geodata has (at sea, or beyond its shapes). */
  noCountry: string;
  /** The countries beyond the top ten, summed. */
  otherCountries: (countries: string) => string;
  /** "3rd of 1,204 places by partners"; `rank` and `total` come formatted, `n` is the rank as a number. */
  rank: (rank: string, total: string, n: number) => string;
  /** The place has no link the filters show. */
  noLinksShown: string;
  /** Heading of the data set summary. */
  summary: string;
  /** Caption of the country pairs with most links. */
  topPairs: string;
  /** Header of the pairs' column. */
  pair: string;
}

const ENGLISH_ORDINALS: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

export const STATISTICS_TEXTS: Readonly<Record<Language, StatisticsTexts>> = {
  en: {
    heading: 'Statistics',
    followsFilters: 'Counted over the links the current filters show.',
    counting: 'Counting…',
    partners: 'Partners',
    links: 'Links',
    places: 'Places',
    countries: 'Countries',
    country: 'Country',
    sector: 'Sector',
    decade: 'Decade',
    partnersByCountry: 'Partners by country',
    linksBySector: 'Links by sector',
    linksByDecade: 'Links by decade they began',
    decadeName: (year) => `${year}s`,
    noYear: 'Year not given',
    noCountry: 'Country not found',
    otherCountries: (countries) => `Other countries (${countries})`,
    rank: (rank, total, n) =>
      `${rank}${ENGLISH_ORDINALS[new Intl.PluralRules('en', { type: 'ordinal' }).select(n)] ?? 'th'} ` +
      `of ${total} places by partners`,
    noLinksShown: 'None of its links is shown under the current filters.',
    summary: 'The links shown, in sum',
    topPairs: 'Country pairs with most links',
    pair: 'Countries',
  },
  ru: {
    heading: 'Статистика',
    followsFilters: 'Подсчитано по связям, которые показывают текущие фильтры.',
    counting: 'Подсчёт…',
    partners: 'Партнёры',
    links: 'Связи',
    places: 'Места',
    countries: 'Страны',
    country: 'Страна',
    sector: 'Сфера',
    decade: 'Десятилетие',
    partnersByCountry: 'Партнёры по странам',
    linksBySector: 'Связи по сферам',
    linksByDecade: 'Связи по десятилетию начала',
    decadeName: (year) => `${year}-е`,
    noYear: 'Год не указан',
    noCountry: 'Страна не найдена',
    otherCountries: (countries) => `Другие страны (${countries})`,
    rank: (rank, total) => `${rank}-е место из ${total} по числу партнёров`,
    noLinksShown: 'При текущих фильтрах ни одна из его связей не показана.',
    summary: 'Показанные связи в целом',
    topPairs: 'Пары стран с наибольшим числом связей',
    pair: 'Страны',
  },
  ko: {
    heading: '통계',
    followsFilters: '현재 필터로 표시된 관계를 기준으로 집계했습니다.',
    counting: '집계 중…',
    partners: '파트너',
    links: '관계',
    places: '장소',
    countries: '국가',
    country: '국가',
    sector: '분야',
    decade: '연대',
    partnersByCountry: '국가별 파트너',
    linksBySector: '분야별 관계',
    linksByDecade: '시작 연대별 관계',
    decadeName: (year) => `${year}년대`,
    noYear: '연도 없음',
    noCountry: '국가를 찾을 수 없음',
    otherCountries: (countries) => `기타 국가 (${countries})`,
    rank: (rank, total) => `파트너 수 기준 ${total}곳 중 ${rank}위`,
    noLinksShown: '현재 필터에서는 이 장소의 관계가 표시되지 않습니다.',
    summary: '표시된 관계 요약',
    topPairs: '관계가 가장 많은 국가 쌍',
    pair: '국가',
  },
  kk: {
    heading: 'Статистика',
    followsFilters: 'Ағымдағы сүзгілер көрсететін байланыстар бойынша есептелді.',
    counting: 'Есептелуде…',
    partners: 'Серіктестер',
    links: 'Байланыстар',
    places: 'Орындар',
    countries: 'Елдер',
    country: 'Ел',
    sector: 'Сала',
    decade: 'Онжылдық',
    partnersByCountry: 'Серіктестер елдер бойынша',
    linksBySector: 'Байланыстар салалар бойынша',
    linksByDecade: 'Байланыстар басталған онжылдық бойынша',
    decadeName: (year) => `${year} жылдар`,
    noYear: 'Жылы көрсетілмеген',
    noCountry: 'Ел табылмады',
    otherCountries: (countries) => `Басқа елдер (${countries})`,
    rank: (rank, total) => `Серіктестер саны бойынша ${total} орынның ішінде ${rank}-орын`,
    noLinksShown: 'Ағымдағы сүзгілермен оның бірде-бір байланысы көрсетілмейді.',
    summary: 'Көрсетілген байланыстар жиынтығы',
    topPairs: 'Байланыстары ең көп ел жұптары',
    pair: 'Елдер',
  },
};

export function statisticsTexts(lang: string): StatisticsTexts {
  return STATISTICS_TEXTS[uiLanguage(lang)];
}
