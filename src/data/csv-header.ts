// A CSV header as people write it: the documented names in any case and with spaces or dashes
// ("Source Name"), the words of the element's four languages for them ("Источник", "Цель",
// "Сферы"), and a name one or two typos away from a documented one ("Untill"), which is kept as a
// property and reported with the name it may have meant.
import { CSV_COLUMNS, type CsvColumn } from './columns.js';
import { editDistance } from './gazetteer.js';

const DOCUMENTED: ReadonlySet<string> = new Set(CSV_COLUMNS);
/** A header this close to a documented name is taken for a typo of it. */
export const COLUMN_TYPO_DISTANCE = 2;
const MIN_TYPO_LENGTH = 4;

/** Words for the documented columns in ru, ko and kk (and a few English ones), as a header may have them. */
const COLUMN_WORDS: Readonly<Partial<Record<CsvColumn, readonly string[]>>> = {
  id: ['идентификатор', '아이디', 'идентификатор'],
  source: ['источник', 'откуда', '출발지', '출처 지역', 'бастау', 'қайдан'],
  target: ['цель', 'партнёр', 'партнер', 'куда', 'partner', '도착지', '대상', '상대', 'мақсат', 'серіктес', 'қайда'],
  sectors: ['сферы', 'сфера', 'отрасли', 'sector', '분야', 'сала', 'салалар'],
  since: [
    'с',
    'с года',
    'начало',
    'год начала',
    'from year',
    'start',
    '시작',
    '시작 연도',
    'басталуы',
    'басталған жылы',
  ],
  until: ['по', 'до', 'до года', 'окончание', 'год окончания', 'to year', 'end', '종료', '종료 연도', 'аяқталуы'],
  status: ['статус', 'состояние', '상태', 'мәртебе', 'күйі'],
  type: ['тип', 'вид', '유형', 'түрі'],
  weight: ['вес', '가중치', 'салмақ'],
  title: ['название', 'заголовок', '제목', 'атауы', 'тақырып'],
  url: ['ссылка', 'link', '링크', 'сілтеме'],
  source_name: ['название источника', '출발지 이름', 'бастау атауы'],
  target_name: ['название цели', 'название партнёра', '도착지 이름', 'мақсат атауы'],
  note: ['примечание', 'комментарий', '메모', '비고', 'ескерту'],
};

/** A documented column name for a header as people write it: `Source Name`, `source-name` → `source_name`. */
export function canonicalColumn(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

const WORD_INDEX = new Map<string, CsvColumn>();
for (const [column, words] of Object.entries(COLUMN_WORDS) as [CsvColumn, readonly string[]][]) {
  for (const word of words) WORD_INDEX.set(canonicalColumn(word.replaceAll('ё', 'е')), column);
}

/** How a header names a column: documented as written, in other words, or not at all. */
export type HeaderReading = { column: CsvColumn; by: 'name' | 'word' } | { column: null; near: CsvColumn | undefined };

export function readHeader(written: string): HeaderReading {
  const canonical = canonicalColumn(written);
  if (DOCUMENTED.has(canonical)) return { column: canonical as CsvColumn, by: 'name' };
  const word = WORD_INDEX.get(canonical.replaceAll('ё', 'е'));
  if (word) return { column: word, by: 'word' };
  return { column: null, near: nearColumn(canonical) };
}

/** The documented column a header is one or two typos away from, if any. */
function nearColumn(written: string): CsvColumn | undefined {
  const canonical = canonicalColumn(written);
  if (canonical.length < MIN_TYPO_LENGTH) return undefined;
  return CSV_COLUMNS.find((c) => editDistance(canonical, c, COLUMN_TYPO_DISTANCE) <= COLUMN_TYPO_DISTANCE);
}
