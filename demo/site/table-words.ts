// The problems table's own words (its headings and buttons), in the four languages the element
// speaks; what each problem says comes from the element's problem texts.
import type { Language } from '../../src/i18n/strings.js';

export interface TableWords {
  summary: (leftOut: string, toCheck: string, links: string) => string;
  noProblems: string;
  where: string;
  kind: string;
  wrong: string;
  todo: string;
  row: string;
  showRow: (row: string) => string;
  showLink: string;
  rowOfFile: (where: string, row: string) => string;
  column: string;
  cell: string;
  unnamedColumn: (n: string) => string;
  thisCell: string;
}

export const TABLE_WORDS: Record<Language, TableWords> = {
  en: {
    summary: (e, c, l) => `${e} left out, ${c} to check; ${l} links on the map.`,
    noProblems: 'No problems: every row of the file is on the map.',
    where: 'Where',
    kind: 'Kind',
    wrong: 'What is wrong',
    todo: 'What to do',
    row: 'Row',
    showRow: (n) => `Show row ${n}`,
    showLink: 'Show link',
    rowOfFile: (where, n) => `${where}: row ${n} of the file`,
    column: 'Column',
    cell: 'Cell',
    unnamedColumn: (n) => `(column ${n})`,
    thisCell: '← this cell',
  },
  ru: {
    summary: (e, c, l) => `Пропущено: ${e}, проверить: ${c}; связей на карте: ${l}.`,
    noProblems: 'Проблем нет: все строки файла на карте.',
    where: 'Где',
    kind: 'Вид',
    wrong: 'Что не так',
    todo: 'Что сделать',
    row: 'Строка',
    showRow: (n) => `Показать строку ${n}`,
    showLink: 'Показать связь',
    rowOfFile: (where, n) => `${where}: строка ${n} файла`,
    column: 'Столбец',
    cell: 'Ячейка',
    unnamedColumn: (n) => `(столбец ${n})`,
    thisCell: '← эта ячейка',
  },
  ko: {
    summary: (e, c, l) => `제외 ${e}건, 확인 ${c}건; 지도의 관계 ${l}개.`,
    noProblems: '문제 없음: 파일의 모든 행이 지도에 있습니다.',
    where: '위치',
    kind: '종류',
    wrong: '문제',
    todo: '할 일',
    row: '행',
    showRow: (n) => `${n}행 보기`,
    showLink: '관계 보기',
    rowOfFile: (where, n) => `${where}: 파일의 ${n}행`,
    column: '열',
    cell: '셀',
    unnamedColumn: (n) => `(${n}열)`,
    thisCell: '← 이 셀',
  },
  kk: {
    summary: (e, c, l) => `Шығарылды: ${e}, тексеру керек: ${c}; картадағы байланыстар: ${l}.`,
    noProblems: 'Мәселе жоқ: файлдың барлық жолы картада.',
    where: 'Қай жерде',
    kind: 'Түрі',
    wrong: 'Не дұрыс емес',
    todo: 'Не істеу керек',
    row: 'Жол',
    showRow: (n) => `${n}-жолды көрсету`,
    showLink: 'Байланысты көрсету',
    rowOfFile: (where, n) => `${where}: файлдың ${n}-жолы`,
    column: 'Баған',
    cell: 'Ұяшық',
    unnamedColumn: (n) => `(${n}-баған)`,
    thisCell: '← осы ұяшық',
  },
};
