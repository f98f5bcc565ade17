import type { LocalizedText } from '../data/types.js';

export const LANGUAGES = ['en', 'ru', 'ko', 'kk'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Picks the text for a language: exact, then its base language, then English, then any. */
export function localize(text: LocalizedText | null | undefined, lang: string): string {
  if (text === null || text === undefined) return '';
  if (typeof text === 'string') return text;
  const base = lang.split('-')[0]!.toLowerCase();
  return text[lang] ?? text[base] ?? text.en ?? Object.values(text)[0] ?? '';
}

/** The UI language for a requested one: supported as is, else by base language, else English. */
export function uiLanguage(lang: string | null | undefined): Language {
  const base = (lang ?? '').split('-')[0]!.toLowerCase();
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : 'en';
}

export interface UiStrings {
  mapLabel: string;
  legend: string;
  sectors: string;
  status: string;
  statusNames: Record<'active' | 'planned' | 'suspended' | 'ended', string>;
  showAll: string;
  loading: string;
  loadingGeodata: string;
  checking: string;
  drawing: string;
  linksShown: (shown: number, total: number) => string;
  loadFailed: string;
  exportPng: string;
  exportCsv: string;
  issuesFound: (count: number) => string;
  /** Names of the documented link types; other types are shown as written in the data. */
  typeNames: Readonly<Record<string, string>>;
  /** Names of the documented place kinds; other kinds are shown as written in the data. */
  kindNames: Readonly<Record<string, string>>;
  /** A link running since a year, with no end given (a no-break space keeps the year with its words). */
  yearsSince: (year: number) => string;
  /** A link that ended in a year, with no start given. */
  yearsUntil: (year: number) => string;
  /** Links of a place drawn under the filters; the numbers come formatted for the language. */
  placeLinks: (shown: string, total: string) => string;
  closeDetails: string;
  places: string;
  type: string;
  years: string;
  activities: string;
  undated: string;
  sources: string;
  note: string;
  hiddenByFilters: string;
  timeline: string;
  yearFrom: string;
  yearTo: string;
  play: string;
  allYears: string;
  showAllYears: string;
}

export const STRINGS: Readonly<Record<Language, UiStrings>> = {
  en: {
    mapLabel: 'Map of cooperation links',
    legend: 'Legend',
    sectors: 'Sectors',
    status: 'Status',
    statusNames: { active: 'active', planned: 'planned', suspended: 'suspended', ended: 'ended' },
    showAll: 'Show all',
    loading: 'Loading data…',
    loadingGeodata: 'Loading region shapes…',
    checking: 'Checking the data…',
    drawing: 'Drawing the map…',
    linksShown: (shown, total) => `${shown} of ${total} links shown`,
    exportPng: 'PNG image',
    exportCsv: 'CSV of shown links',
    loadFailed: 'The data could not be loaded',
    issuesFound: (count) => `${count} problem${count === 1 ? '' : 's'} in the data`,
    typeNames: {
      twinned: 'twinned',
      agreement: 'agreement',
      membership: 'membership',
      forum: 'forum',
      cooperation: 'cooperation',
      diplomatic: 'diplomatic relations',
    },
    kindNames: { region: 'region', country: 'country', city: 'city', organization: 'organization', place: 'place' },
    yearsSince: (year) => `since\u00a0${year}`,
    yearsUntil: (year) => `until\u00a0${year}`,
    placeLinks: (shown, total) => `Links: ${shown} of ${total} shown`,
    closeDetails: 'Close details',
    places: 'Places',
    type: 'Type',
    years: 'Years',
    activities: 'Activities',
    undated: 'Undated',
    sources: 'Sources',
    note: 'Note',
    hiddenByFilters: 'hidden by the filters',
    timeline: 'Years',
    yearFrom: 'From year',
    yearTo: 'To year',
    play: 'Play through the years',
    allYears: 'All years',
    showAllYears: 'Show all years',
  },
  ru: {
    mapLabel: 'Карта связей сотрудничества',
    legend: 'Легенда',
    sectors: 'Сферы',
    status: 'Статус',
    statusNames: { active: 'действует', planned: 'планируется', suspended: 'приостановлено', ended: 'завершено' },
    showAll: 'Показать все',
    loading: 'Загрузка данных…',
    loadingGeodata: 'Загрузка границ регионов…',
    checking: 'Проверка данных…',
    drawing: 'Отрисовка карты…',
    linksShown: (shown, total) => `Показано связей: ${shown} из ${total}`,
    exportPng: 'Изображение PNG',
    exportCsv: 'CSV показанных связей',
    loadFailed: 'Не удалось загрузить данные',
    issuesFound: (count) => `Проблем в данных: ${count}`,
    typeNames: {
      twinned: 'побратимство',
      agreement: 'соглашение',
      membership: 'членство',
      forum: 'форум',
      cooperation: 'сотрудничество',
      diplomatic: 'дипломатические отношения',
    },
    kindNames: { region: 'регион', country: 'страна', city: 'город', organization: 'организация', place: 'место' },
    yearsSince: (year) => `с\u00a0${year}\u00a0г.`,
    yearsUntil: (year) => `до\u00a0${year}\u00a0г.`,
    placeLinks: (shown, total) => `Связи: показано ${shown} из ${total}`,
    closeDetails: 'Закрыть подробности',
    places: 'Участники',
    type: 'Тип',
    years: 'Годы',
    activities: 'Мероприятия',
    undated: 'Без даты',
    sources: 'Источники',
    note: 'Примечание',
    hiddenByFilters: 'скрыта фильтрами',
    timeline: 'Годы',
    yearFrom: 'Начальный год',
    yearTo: 'Конечный год',
    play: 'Показать по годам',
    allYears: 'Все годы',
    showAllYears: 'Показать все годы',
  },
  ko: {
    mapLabel: '협력 관계 지도',
    legend: '범례',
    sectors: '분야',
    status: '상태',
    statusNames: { active: '진행 중', planned: '계획', suspended: '중단', ended: '종료' },
    showAll: '모두 보기',
    loading: '데이터를 불러오는 중…',
    loadingGeodata: '지역 경계를 불러오는 중…',
    checking: '데이터를 확인하는 중…',
    drawing: '지도를 그리는 중…',
    linksShown: (shown, total) => `관계 ${total}개 중 ${shown}개 표시`,
    exportPng: 'PNG 이미지',
    exportCsv: '표시된 관계 CSV',
    loadFailed: '데이터를 불러오지 못했습니다',
    issuesFound: (count) => `데이터 문제 ${count}건`,
    typeNames: {
      twinned: '자매결연',
      agreement: '협정',
      membership: '회원',
      forum: '포럼',
      cooperation: '협력',
      diplomatic: '외교 관계',
    },
    kindNames: { region: '지역', country: '국가', city: '도시', organization: '기구', place: '장소' },
    yearsSince: (year) => `${year}년부터`,
    yearsUntil: (year) => `${year}년까지`,
    placeLinks: (shown, total) => `관계: ${total}개 중 ${shown}개 표시`,
    closeDetails: '상세 정보 닫기',
    places: '참여 주체',
    type: '유형',
    years: '기간',
    activities: '활동',
    undated: '연도 미상',
    sources: '출처',
    note: '비고',
    hiddenByFilters: '필터로 숨겨짐',
    timeline: '연도',
    yearFrom: '시작 연도',
    yearTo: '종료 연도',
    play: '연도별 재생',
    allYears: '전체 연도',
    showAllYears: '전체 연도 보기',
  },
  kk: {
    mapLabel: 'Ынтымақтастық байланыстарының картасы',
    legend: 'Шартты белгілер',
    sectors: 'Салалар',
    status: 'Мәртебе',
    statusNames: { active: 'белсенді', planned: 'жоспарланған', suspended: 'тоқтатылған', ended: 'аяқталған' },
    showAll: 'Барлығын көрсету',
    loading: 'Деректер жүктелуде…',
    loadingGeodata: 'Аймақ шекаралары жүктелуде…',
    checking: 'Деректер тексерілуде…',
    drawing: 'Карта сызылуда…',
    linksShown: (shown, total) => `${total} байланыстың ${shown} көрсетілген`,
    exportPng: 'PNG сурет',
    exportCsv: 'Көрсетілген байланыстар CSV',
    loadFailed: 'Деректерді жүктеу мүмкін болмады',
    issuesFound: (count) => `Деректердегі мәселелер: ${count}`,
    typeNames: {
      twinned: 'бауырластық',
      agreement: 'келісім',
      membership: 'мүшелік',
      forum: 'форум',
      cooperation: 'ынтымақтастық',
      diplomatic: 'дипломатиялық қатынастар',
    },
    kindNames: { region: 'өңір', country: 'ел', city: 'қала', organization: 'ұйым', place: 'орын' },
    yearsSince: (year) => `${year}\u00a0жылдан бастап`,
    yearsUntil: (year) => `${year}\u00a0жылға дейін`,
    placeLinks: (shown, total) => `Байланыстар: ${total} ішінен ${shown} көрсетілген`,
    closeDetails: 'Толық ақпаратты жабу',
    places: 'Қатысушылар',
    type: 'Түрі',
    years: 'Жылдар',
    activities: 'Іс-шаралар',
    undated: 'Жылы көрсетілмеген',
    sources: 'Дереккөздер',
    note: 'Ескертпе',
    hiddenByFilters: 'сүзгілермен жасырылған',
    timeline: 'Жылдар',
    yearFrom: 'Бастапқы жыл',
    yearTo: 'Соңғы жыл',
    play: 'Жылдар бойынша ойнату',
    allYears: 'Барлық жылдар',
    showAllYears: 'Барлық жылдарды көрсету',
  },
};

/** A link's years or a range of years: `2012–2018`, `2016`, `since 1996`, `until 2018`; null when neither end is known. */
export function formatYearSpan(from: number | null, to: number | null, strings: UiStrings): string | null {
  if (from !== null && to !== null) return from === to ? String(from) : `${from}–${to}`;
  if (from !== null) return strings.yearsSince(from);
  if (to !== null) return strings.yearsUntil(to);
  return null;
}

/** A count written the way the language writes numbers (grouping, digits). */
export function formatCount(value: number, lang: string): string {
  try {
    return new Intl.NumberFormat(lang || 'en').format(value);
  } catch {
    // An unknown or malformed language tag: fall back to English rather than fail the render.
    return new Intl.NumberFormat('en').format(value);
  }
}
