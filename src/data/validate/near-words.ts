// "Did you mean" for sectors and statuses: the known word one or two typos away from a word.
// A data set may bring thousands of sectors, each new one looked up against all known before
// it; comparing it with each of them made such a file take minutes. The words are indexed
// instead by what remains of them with up to two letters deleted: two words within two edits
// (insertions, deletions, substitutions) always share such a remainder, and two within one
// edit share one left by at most one deletion from each. So only words that share a remainder
// with the looked-up word are compared with it, and of those, when no word is one edit away,
// only as many as it takes to find the first two edits away. Long words would leave too many
// remainders (a 100-letter word about 5,000), and sector ids that long are rare: they are
// compared one by one.
import { editDistance } from '../gazetteer.js';

/** A word this close to a known word is taken for a typo of it. */
export const TYPO_DISTANCE = 2;
/** Shorter words are too easily one typo away from another word to suggest anything. */
export const MIN_TYPO_LENGTH = 4;
/** Words up to this long are indexed by their remainders (at most 301 of them); longer ones are listed. */
const MAX_INDEXED_LENGTH = 24;

/** A word found for another, by its index among the added words (lower came first). */
interface Found {
  index: number;
  distance: number;
}

export class NearWords {
  private readonly words: string[] = [];
  private readonly lowered: string[] = [];
  /** Remainder → the words that leave it with at most one deletion, in the order they were added. */
  private readonly near = new Map<string, number[]>();
  /** Remainder → the words that leave it with two deletions, in the order they were added. */
  private readonly far = new Map<string, number[]>();
  /** The words longer than MAX_INDEXED_LENGTH. */
  private readonly long: number[] = [];

  constructor(words: Iterable<string> = []) {
    for (const word of words) this.add(word);
  }

  add(word: string): void {
    const index = this.words.length;
    const lower = word.toLowerCase();
    this.words.push(word);
    this.lowered.push(lower);
    if (lower.length > MAX_INDEXED_LENGTH) {
      this.long.push(index);
      return;
    }
    const [near, far] = remainders(lower);
    for (const remainder of near) append(this.near, remainder, index);
    for (const remainder of far) append(this.far, remainder, index);
  }

  /**
   * The added word fewest edits (at most TYPO_DISTANCE, ignoring case) away from `word`, the
   * first added of equally close ones: what comparing `word` with each word in turn would give.
   */
  closest(word: string): string | undefined {
    if (word.length < MIN_TYPO_LENGTH) return undefined;
    const lower = word.toLowerCase();
    let best: Found | null = null;
    for (const index of this.long) best = closer(best, this.compare(lower, index));
    // An indexed word is within reach only of a word at most TYPO_DISTANCE letters longer.
    if (lower.length <= MAX_INDEXED_LENGTH + TYPO_DISTANCE) best = closer(best, this.closestIndexed(lower));
    return best ? this.words[best.index] : undefined;
  }

  private closestIndexed(lower: string): Found | null {
    const [near, far] = remainders(lower);
    // Every word one edit away (or the same) shares a remainder of the near kind: compare them all.
    let best: Found | null = null;
    const compared = new Set<number>();
    for (const remainder of near) {
      for (const index of this.near.get(remainder) ?? []) {
        if (compared.has(index)) continue;
        compared.add(index);
        best = closer(best, this.compare(lower, index));
      }
    }
    if (best && best.distance < TYPO_DISTANCE) return best;
    // Otherwise the answer is the first word two edits away: walk the candidates in the order
    // the words were added (each list is in that order) and stop at the first that is.
    const lists: number[][] = [];
    for (const remainder of [...near, ...far]) {
      const nearList = this.near.get(remainder);
      const farList = this.far.get(remainder);
      if (nearList) lists.push(nearList);
      if (farList) lists.push(farList);
    }
    const at = lists.map(() => 0);
    for (;;) {
      let next = -1;
      for (let l = 0; l < lists.length; l++) {
        const index = lists[l]![at[l]!];
        if (index !== undefined && (next < 0 || index < next)) next = index;
      }
      if (next < 0) return null;
      for (let l = 0; l < lists.length; l++) if (lists[l]![at[l]!] === next) at[l]!++;
      const found = this.compare(lower, next);
      if (found) return found;
    }
  }

  private compare(lower: string, index: number): Found | null {
    const distance = editDistance(lower, this.lowered[index]!, TYPO_DISTANCE);
    return distance <= TYPO_DISTANCE ? { index, distance } : null;
  }
}

/** The closer of two, the first added of equals. */
function closer(a: Found | null, b: Found | null): Found | null {
  if (!a || !b) return a ?? b;
  return b.distance < a.distance || (b.distance === a.distance && b.index < a.index) ? b : a;
}

function append(map: Map<string, number[]>, key: string, index: number): void {
  const list = map.get(key);
  if (list) {
    // A word may leave one remainder in several ways; it is listed once.
    if (list[list.length - 1] !== index) list.push(index);
  } else map.set(key, [index]);
}

/** What is left of a word with at most one letter deleted, and with two, each once. */
function remainders(word: string): [Set<string>, Set<string>] {
  const near = new Set<string>([word]);
  for (let i = 0; i < word.length; i++) near.add(word.slice(0, i) + word.slice(i + 1));
  const far = new Set<string>();
  for (const w of near) {
    if (w.length !== word.length - 1) continue;
    for (let i = 0; i < w.length; i++) far.add(w.slice(0, i) + w.slice(i + 1));
  }
  return [near, far];
}
