// Readers of the values of a data set: numbers, years, text, URLs, statuses, ids, coordinates,
// a link's sources and activities. Each reports what is wrong with a value at its path and
// gives what can be used of it, or nothing; none of them throws.
import { isRecord, isUnsafeKey } from '../records.js';
import { LINK_STATUSES, type ActivityInput, type LinkStatus, type LocalizedText, type SourceInput } from '../types.js';
import { pathKey, type IssueLog, type PathOf } from './issue-log.js';
import { NearWords } from './near-words.js';
import { statusFromWord, typeFromWord, yearFromDate } from './spreadsheet-values.js';

const MIN_YEAR = -9999;
const MAX_YEAR = 9999;
export const DEFAULT_TYPE = 'cooperation';
const DEFAULT_STATUS: LinkStatus = 'active';
const SAFE_URL = /^(https?:|mailto:)/i;
const NEAR_STATUSES = new NearWords(LINK_STATUSES);

/** The id of the sector an activity names, reporting an unknown one (the sector registry's `sectorFor`). */
export type SectorOf = (id: string, path: PathOf) => string;

export class FieldReader {
  constructor(private readonly log: IssueLog) {}

  /** A number, or a number written as text (CSV cells always are; "52,5" with a decimal comma too). */
  number(value: unknown, path: PathOf, what: string): number | null {
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    if (typeof value === 'string' && value.trim() !== '') {
      const plain = Number(value);
      const n = Number.isFinite(plain) ? plain : Number(value.trim().replace(/^([-+]?\d+),(\d+)$/, '$1.$2'));
      if (Number.isFinite(n)) {
        if (!this.log.isCsv) {
          this.log.report('warning', 'number-as-text', path(), `${what} is text ("${value}"); read as the number ${n}`);
        }
        return n;
      }
    }
    const message = `${what} ${JSON.stringify(value)} is not a number; ignored`;
    this.log.report('error', 'not-a-number', path(), message, {
      field: what.replaceAll('"', ''),
      value: String(value),
    });
    return null;
  }

  text(value: unknown, path: PathOf): LocalizedText | null {
    if (value === undefined || value === null) return null;
    if (typeof value === 'string') return value;
    if (isRecord(value)) {
      const out: Record<string, string> = {};
      for (const [lang, text] of Object.entries(value)) {
        if (isUnsafeKey(lang)) continue;
        if (typeof text === 'string') out[lang] = text;
        else this.log.report('warning', 'wrong-type', pathKey(path(), lang), 'expected text; ignored');
      }
      return Object.keys(out).length > 0 ? out : null;
    }
    this.log.report('warning', 'wrong-type', path(), 'expected text or an object of texts by language; ignored');
    return null;
  }

  /** Only http(s) and mailto URLs are kept; `javascript:` and the like never become links. */
  url(value: unknown, path: PathOf): string | undefined {
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value === 'string' && SAFE_URL.test(value.trim())) return value.trim();
    const message = `${JSON.stringify(value)} is not an http(s) URL; it is not shown as a link`;
    this.log.report('warning', 'unsafe-url', path(), message);
    return undefined;
  }

  coordinate(value: unknown, limit: number, path: PathOf, what: string): number | null {
    if (value === undefined || value === null || value === '') {
      this.log.report('error', 'missing-field', path(), `missing ${what}; both longitude and latitude are needed`);
      return null;
    }
    const n = this.number(value, path, what);
    if (n === null) return null;
    if (n < -limit || n > limit) {
      this.log.report('error', 'out-of-range', path(), `${what} ${n} is out of range (−${limit} to ${limit})`);
      return null;
    }
    return n;
  }

  /**
   * A coordinate of a link end. The common case (a number, or in CSV a number as text, in
   * range) is read without building the path an issue would need.
   */
  linkCoordinate(value: unknown, index: number, field: string, limit: number, what: string): number | null {
    const n = typeof value === 'number' ? value : this.log.isCsv && typeof value === 'string' ? Number(value) : NaN;
    const written = n !== 0 || typeof value === 'number' || (value as string).trim() !== '';
    if (Number.isFinite(n) && n >= -limit && n <= limit && written) return n;
    return this.coordinate(value, limit, () => this.log.linkPath(index, field), what);
  }

  year(value: unknown, index: number, field: 'since' | 'until'): number | null {
    if (value === undefined || value === null || value === '') return null;
    const path = () => this.log.linkPath(index, field);
    const fromDate = yearFromDate(value, this.log.isCsv);
    if (fromDate !== undefined) {
      const message = `"${field}" ${JSON.stringify(value)} is a date; read as the year ${fromDate}`;
      this.log.report('warning', 'read-as', path(), message, { field, value: String(value), read: fromDate });
      return fromDate;
    }
    const n = this.number(value, path, `"${field}"`);
    if (n === null) return null;
    if (!Number.isInteger(n) || n < MIN_YEAR || n > MAX_YEAR) {
      const message = `"${field}" ${String(value)} is not a year; ignored`;
      this.log.report('error', 'not-a-year', path(), message, { field, value: String(value) });
      return null;
    }
    return n;
  }

  weight(value: unknown, index: number): number | null {
    if (value === undefined || value === null || value === '') return null;
    const path = () => this.log.linkPath(index, 'weight');
    const n = this.number(value, path, '"weight"');
    if (n === null) return null;
    if (n < 0) {
      this.log.report('error', 'out-of-range', path(), `"weight" ${n} is negative; ignored`, {
        field: 'weight',
        value: n,
      });
      return null;
    }
    return n;
  }

  status(value: unknown, index: number): LinkStatus {
    if (value === undefined || value === null || value === '') return DEFAULT_STATUS;
    const status = String(value).trim().toLowerCase();
    if ((LINK_STATUSES as readonly string[]).includes(status)) return status as LinkStatus;
    const word = statusFromWord(status);
    if (word) {
      const message = `status "${String(value)}" read as "${word}"`;
      const params = { field: 'status', value: String(value), read: word };
      this.log.report('warning', 'read-as', this.log.linkPath(index, 'status'), message, params);
      return word;
    }
    const near = NEAR_STATUSES.closest(status);
    const hint = near ? ` — did you mean "${near}"?` : ` (expected ${LINK_STATUSES.join(', ')})`;
    const message = `unknown status "${String(value)}", shown as "${DEFAULT_STATUS}"${hint}`;
    const params = { value: String(value), read: DEFAULT_STATUS, ...(near ? { suggestion: near } : {}) };
    this.log.report('warning', 'unknown-status', this.log.linkPath(index, 'status'), message, params);
    return DEFAULT_STATUS;
  }

  /** A link's type: any word, the documented ones also in the words of the element's languages. */
  type(value: unknown, index: number): string {
    const type = stringOr(value, DEFAULT_TYPE);
    const word = type === DEFAULT_TYPE ? undefined : typeFromWord(type);
    if (!word) return type;
    const message = `type "${type}" read as "${word}"`;
    this.log.report('warning', 'read-as', this.log.linkPath(index, 'type'), message, {
      field: 'type',
      value: type,
      read: word,
    });
    return word;
  }

  /** The id a link gives itself, or `''` when it gives none (one is made up when it is kept). */
  linkId(value: unknown, index: number): string {
    if (value === undefined || value === null) return '';
    if (typeof value === 'string' || typeof value === 'number') return String(value).trim();
    const message = `a link "id" must be text; ${JSON.stringify(value)} is ignored and an id is made up`;
    this.log.report('warning', 'wrong-type', this.log.linkPath(index, 'id'), message);
    return '';
  }

  activities(value: unknown, index: number, sectorOf: SectorOf): ActivityInput[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      const message = 'expected an array of activities; ignored';
      this.log.report('warning', 'wrong-type', this.log.linkPath(index, 'activities'), message);
      return [];
    }
    const out: ActivityInput[] = [];
    value.forEach((entry, i) => {
      const path = this.log.linkPath(index, `activities[${i}]`);
      if (!isRecord(entry)) {
        this.log.report('warning', 'wrong-type', path, 'expected an activity object; ignored');
        return;
      }
      const activity: ActivityInput = {};
      if (entry.year !== undefined && entry.year !== null) {
        const year = this.number(entry.year, () => `${path}.year`, '"year"');
        if (year !== null) activity.year = year;
      }
      if (typeof entry.sector === 'string') activity.sector = sectorOf(entry.sector.trim(), () => `${path}.sector`);
      else if (entry.sector !== undefined && entry.sector !== null) {
        this.log.report('warning', 'wrong-type', `${path}.sector`, 'expected a sector id; ignored');
      }
      const title = this.text(entry.title, () => `${path}.title`);
      if (title !== null) activity.title = title;
      const url = this.url(entry.url, () => `${path}.url`);
      if (url) activity.url = url;
      out.push(activity);
    });
    return out;
  }

  /** The sources of a link: its `sources` list, and in CSV its `url` column. */
  sources(entry: Record<string, unknown>, index: number): SourceInput[] {
    const out: SourceInput[] = [];
    const value = entry.sources;
    if (Array.isArray(value)) {
      value.forEach((source, i) => {
        const item = this.source(source, this.log.linkPath(index, `sources[${i}]`));
        if (item) out.push(item);
      });
    } else if (value !== undefined && value !== null) {
      const message = 'expected an array of sources; ignored';
      this.log.report('warning', 'wrong-type', this.log.linkPath(index, 'sources'), message);
    }
    const url = entry.url === undefined ? undefined : this.url(entry.url, () => this.log.linkPath(index, 'url'));
    if (url && !out.some((s) => s.url === url)) out.push({ title: url, url });
    return out;
  }

  /**
   * Calls `read` for each entry of `sectors` or `places` that is an object with a text id; reports the others.
   */
  eachEntry(
    value: unknown,
    list: 'sectors' | 'places',
    what: 'sector' | 'place',
    read: (entry: Record<string, unknown>, id: string, path: string) => void,
  ): void {
    if (value === undefined) return;
    if (!Array.isArray(value)) {
      this.log.report('error', 'wrong-type', list, `expected an array of ${list}; ignored`);
      return;
    }
    value.forEach((entry, i) => {
      const path = `${list}[${i}]`;
      if (!isRecord(entry)) {
        this.log.report('error', 'wrong-type', path, `expected a ${what} object with an "id"; ignored`);
        return;
      }
      if (typeof entry.id !== 'string' || entry.id.trim() === '') {
        const missing = entry.id === undefined;
        const message = missing
          ? `a ${what} needs an "id"; this ${what} is ignored`
          : `a ${what} "id" must be text; this ${what} is ignored`;
        this.log.report('error', missing ? 'missing-field' : 'wrong-type', `${path}.id`, message);
        return;
      }
      read(entry, entry.id.trim(), path);
    });
  }

  private source(source: unknown, path: string): SourceInput | null {
    if (typeof source === 'string') return SAFE_URL.test(source) ? { title: source, url: source } : { title: source };
    if (!isRecord(source)) {
      this.log.report('warning', 'wrong-type', path, 'expected a source object with a "title"; ignored');
      return null;
    }
    const url = this.url(source.url, () => `${path}.url`);
    const title = typeof source.title === 'string' && source.title.trim() ? source.title.trim() : url;
    if (!title) {
      this.log.report('warning', 'missing-field', `${path}.title`, 'a source needs a "title" or a "url"; ignored');
      return null;
    }
    const item: SourceInput = { title };
    if (url) item.url = url;
    if (typeof source.authors === 'string') item.authors = source.authors;
    if (typeof source.year === 'number') item.year = source.year;
    return item;
  }
}

export function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.trim() ? value.trim() : fallback;
}
