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
  linksShown: (shown: number, total: number) => string;
  loadFailed: string;
  issuesFound: (count: number) => string;
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
    linksShown: (shown, total) => `${shown} of ${total} links shown`,
    loadFailed: 'The data could not be loaded',
    issuesFound: (count) => `${count} problem${count === 1 ? '' : 's'} in the data`,
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
    linksShown: (shown, total) => `Показано связей: ${shown} из ${total}`,
    loadFailed: 'Не удалось загрузить данные',
    issuesFound: (count) => `Проблем в данных: ${count}`,
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
    linksShown: (shown, total) => `관계 ${total}개 중 ${shown}개 표시`,
    loadFailed: '데이터를 불러오지 못했습니다',
    issuesFound: (count) => `데이터 문제 ${count}건`,
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
    linksShown: (shown, total) => `${total} байланыстың ${shown} көрсетілген`,
    loadFailed: 'Деректерді жүктеу мүмкін болмады',
    issuesFound: (count) => `Деректердегі мәселелер: ${count}`,
  },
};
