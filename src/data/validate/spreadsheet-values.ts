// Values as people write them in a spreadsheet, read as the format means them: a status or a
// type in the words of the element's four languages (at least those it shows itself, which
// tests/unit/spreadsheet-values.test.ts keeps in step with src/i18n/strings-*.ts), and a year
// from a date in the ways spreadsheets write dates. Each reading is reported by the caller.
import type { LinkStatus } from '../types.js';

const STATUS_WORDS: Readonly<Record<LinkStatus, readonly string[]>> = {
  active: ['действует', 'действующее', 'активно', 'активный', '진행 중', '진행중', '유효', 'белсенді', 'қолданыста'],
  planned: ['планируется', 'запланировано', 'в подготовке', '계획', '예정', 'жоспарланған'],
  suspended: ['приостановлено', 'приостановлен', 'заморожено', '중단', '일시 중단', 'тоқтатылған', 'тоқтатылды'],
  ended: ['завершено', 'завершён', 'завершен', 'прекращено', 'закончено', '종료', '만료', 'аяқталған', 'аяқталды'],
};

const TYPE_WORDS: Readonly<Record<string, readonly string[]>> = {
  twinned: ['побратимство', 'побратимы', 'города-побратимы', '자매결연', '자매도시', 'бауырластық', 'twin cities'],
  agreement: ['соглашение', 'договор', '협정', '협약', 'келісім', 'келісімшарт'],
  membership: ['членство', '회원', 'мүшелік'],
  forum: ['форум', '포럼'],
  cooperation: ['сотрудничество', '협력', 'ынтымақтастық'],
  diplomatic: ['дипломатические отношения', '외교 관계', 'дипломатиялық қатынастар'],
};

function index(table: Readonly<Record<string, readonly string[]>>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [value, words] of Object.entries(table)) for (const word of words) out.set(normalWord(word), value);
  return out;
}

const STATUS_INDEX = index(STATUS_WORDS);
const TYPE_INDEX = index(TYPE_WORDS);

/** A word without case, ё, or runs of spaces: "Завершён " and "завершен" are one word. */
export function normalWord(word: string): string {
  return word.trim().toLowerCase().replaceAll('ё', 'е').replace(/\s+/g, ' ');
}

/** The status a word in ru/ko/kk means, if it is one of the known words. */
export function statusFromWord(word: string): LinkStatus | undefined {
  return STATUS_INDEX.get(normalWord(word)) as LinkStatus | undefined;
}

/** The documented type a word in ru/ko/kk means, if it is one of the known words. */
export function typeFromWord(word: string): string | undefined {
  return TYPE_INDEX.get(normalWord(word));
}

/** Excel counts days from 1899-12-30; serial numbers in this range are dates from 1927 to 2173. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const MIN_SERIAL = 10_000;
const MAX_SERIAL = 100_000;

const DATE_PATTERNS: readonly RegExp[] = [
  // 12.05.2012, 12/05/2012, 5/12/2012, 12-05-2012 (day and month either way round: only the year is kept)
  /^\d{1,2}[./-]\d{1,2}[./-](\d{4})\.?$/,
  // 2012-05-12, 2012-05-12T10:00, 2012/05/12, 2012.05.12
  /^(\d{4})[./-]\d{1,2}[./-]\d{1,2}(?:[ T][\d:.]+Z?)?$/,
  // 2012-05, 05.2012
  /^(\d{4})[./-]\d{1,2}$/,
  /^\d{1,2}[./-](\d{4})$/,
  // May 2012, 12 May 2012, май 2012 г., 2012 May
  /^(?:\d{1,2}\s+)?\p{L}+\.?,?\s+(\d{4})(?:\s*(?:г\.?|года?|ж\.?|жыл))?$/u,
  /^(\d{4})\s+\p{L}+\.?$/u,
  // 2012년 5월 12일, 2012 г., 2012 ж.
  /^(\d{4})\s*년(?:\s*\d{1,2}\s*월)?(?:\s*\d{1,2}\s*일)?$/,
  /^(\d{4})\s*(?:г\.?|года?|ж\.?|жыл)$/,
];

/**
 * The year of a date as spreadsheets write it, or of an Excel serial day number (when `serials`:
 * a spreadsheet's cells, where a date may have lost its format; not JSON numbers); undefined
 * when the value is not such a date (a plain year is not: the caller reads it as a number).
 */
export function yearFromDate(value: unknown, serials = true): number | undefined {
  if (typeof value === 'number' || (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim()))) {
    if (!serials) return undefined;
    const serial = Number(value);
    if (serial < MIN_SERIAL || serial >= MAX_SERIAL) return undefined;
    return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS).getUTCFullYear();
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  for (const pattern of DATE_PATTERNS) {
    const match = pattern.exec(text);
    if (match) return Number(match[1]);
  }
  return undefined;
}
