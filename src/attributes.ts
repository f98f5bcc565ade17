import { parseCountries, parseStatuses, parseYears, type YearRange } from './filters/filters.js';
import { LINK_STATUSES, type LinkStatus } from './data/types.js';

/**
 * Attribute values the element cannot use are not ignored in silence: each gets one console
 * warning that names the attribute, the value and what is used instead, and the element goes on
 * with the default. Warnings are given once per element and value, so a render loop does not
 * repeat them.
 */
export class AttributeChecker {
  readonly #warned = new Set<string>();

  constructor(private readonly tag = 'coop-map') {}

  /** `value` when it is one of `allowed`, else the fallback (null = the default), with a warning. */
  oneOf<T extends string>(
    name: string,
    value: string | null | undefined,
    allowed: readonly T[],
    instead: string,
  ): T | null {
    if (value === null || value === undefined || value === '') return null;
    const lower = value.trim().toLowerCase();
    if ((allowed as readonly string[]).includes(lower)) return lower as T;
    this.#warn(name, value, `it must be ${list(allowed)}; ${instead} is used instead`);
    return null;
  }

  /** The years of a `years` value; an unreadable one warns and shows all years. */
  years(value: string | null | undefined): YearRange | null {
    const range = parseYears(value);
    if (range === null && value !== null && value !== undefined && value.trim() !== '') {
      this.#warn(
        'years',
        value,
        'it must be a year ("2016") or a range ("2015-2020", "2015-", "-2020"); all years are shown',
      );
    }
    return range;
  }

  /** The statuses of a `statuses` value; words that are no status are named in a warning. */
  statuses(value: string | null | undefined): Set<LinkStatus> | null {
    const known = (word: string) => (LINK_STATUSES as readonly string[]).includes(word);
    this.#unknownWords('statuses', value, known, `a status (${list(LINK_STATUSES)})`);
    return parseStatuses(value);
  }

  /** The codes of a `countries` value; words that are no ISO 3166-1 alpha-2 code are named in a warning. */
  countries(value: string | null | undefined): Set<string> | null {
    this.#unknownWords('countries', value, (word) => /^[A-Za-z]{2}$/.test(word), 'a two-letter country code');
    return parseCountries(value);
  }

  /** Warns of the words of a list value that `known` does not take: they are left out. */
  #unknownWords(name: string, value: string | null | undefined, known: (word: string) => boolean, what: string): void {
    const unknown = (value ?? '').split(/[\s,]+/).filter((word) => word && !known(word));
    if (unknown.length === 0) return;
    const verb = unknown.length === 1 ? 'is' : 'are';
    this.#warn(name, value!, `${list(unknown, 'and')} ${verb} not ${what} and ${verb} left out`);
  }

  /**
   * The time limit of a download in milliseconds from a `timeout` in seconds; absent, or a value
   * that is not a positive number, gives `fallback` (a bad value with a warning).
   */
  timeoutMs(value: number | string | null | undefined, fallback: number): number {
    if (value === null || value === undefined || value === '') return fallback;
    const seconds = Number(value);
    if (Number.isFinite(seconds) && seconds > 0) return seconds * 1000;
    if (seconds === Infinity) return Infinity;
    this.#warn('timeout', String(value), `it must be a number of seconds above 0; ${fallback / 1000} s is used`);
    return fallback;
  }

  #warn(name: string, value: string, why: string): void {
    const key = `${name}=${value}`;
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    console.warn(`${this.tag}: ${name}="${value}" cannot be used: ${why}.`);
  }
}

function list(words: readonly string[], conjunction: 'or' | 'and' = 'or'): string {
  const quoted = words.map((w) => `"${w}"`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted.at(-1)}`;
}
