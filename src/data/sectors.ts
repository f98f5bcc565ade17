import type { LocalizedText } from './types.js';

/**
 * Colors of the built-in sectors: the Okabe–Ito palette, told apart by people with the common
 * forms of color blindness, and readable on both the light and the dark basemap.
 */
export const BUILTIN_SECTOR_DEFAULTS: Readonly<Record<string, { color: string; label: LocalizedText }>> = {
  culture: { color: '#cc79a7', label: { en: 'Culture', ru: 'Культура', ko: '문화', kk: 'Мәдениет' } },
  education: { color: '#0072b2', label: { en: 'Education', ru: 'Образование', ko: '교육', kk: 'Білім беру' } },
  economy: { color: '#e69f00', label: { en: 'Economy', ru: 'Экономика', ko: '경제', kk: 'Экономика' } },
  tourism: { color: '#009e73', label: { en: 'Tourism', ru: 'Туризм', ko: '관광', kk: 'Туризм' } },
};

export const UNSPECIFIED_SECTOR_DEFAULTS = {
  color: '#8a8f98',
  label: { en: 'Unspecified', ru: 'Не указано', ko: '미지정', kk: 'Көрсетілмеген' } as LocalizedText,
};

/** Colors given in turn to sectors a data set adds without a color. */
export const EXTRA_SECTOR_PALETTE = [
  '#d55e00',
  '#56b4e9',
  '#7a5195',
  '#8c6d31',
  '#3d5a80',
  '#b5179e',
  '#588157',
  '#c44536',
  '#5e548e',
  '#2a9d8f',
] as const;

export const COLOR_PATTERN = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
