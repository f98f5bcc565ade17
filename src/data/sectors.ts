import type { LocalizedText } from './types.js';

/**
 * Colors of the built-in sectors, chosen for the map they are drawn on (tests/unit/palette.test.ts):
 * each at 3:1 or more against the land and the sea of both themes (WCAG 1.4.11), and each pair,
 * with the grey of "unspecified", at least 10 apart (CIEDE2000) in normal vision and as people
 * with deuteranopia, protanopia and tritanopia see them. Hue keeps its meaning across versions:
 * culture pink, education blue, economy orange, tourism green.
 */
export const BUILTIN_SECTOR_DEFAULTS: Readonly<Record<string, { color: string; label: LocalizedText }>> = {
  culture: { color: '#c94fa2', label: { en: 'Culture', ru: 'Культура', ko: '문화', kk: 'Мәдениет' } },
  education: { color: '#4e6aff', label: { en: 'Education', ru: 'Образование', ko: '교육', kk: 'Білім беру' } },
  economy: { color: '#d45700', label: { en: 'Economy', ru: 'Экономика', ko: '경제', kk: 'Экономика' } },
  tourism: { color: '#398b50', label: { en: 'Tourism', ru: 'Туризм', ko: '관광', kk: 'Туризм' } },
};

export const UNSPECIFIED_SECTOR_DEFAULTS = {
  color: '#7c7c7c',
  label: { en: 'Unspecified', ru: 'Не указано', ko: '미지정', kk: 'Көрсетілмеген' } as LocalizedText,
};

/** Colors given in turn to sectors a data set adds without a color: each at 3:1 on both maps too. */
export const EXTRA_SECTOR_PALETTE = [
  '#937c00',
  '#ff074c',
  '#008a8e',
  '#a6695f',
  '#8371a5',
  '#0085bd',
  '#b532ff',
  '#777c52',
  '#957756',
  '#638700',
] as const;

export const COLOR_PATTERN = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
