// The did-you-mean of sectors and statuses: the same answer as comparing the word with every
// known word in turn, found without doing so.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/data/gazetteer.js';
import { MIN_TYPO_LENGTH, NearWords, TYPO_DISTANCE } from '../../src/data/validate/near-words.js';

/** The plain way: every word compared, the first of the closest kept. */
function closestByScan(word: string, words: readonly string[]): string | undefined {
  if (word.length < MIN_TYPO_LENGTH) return undefined;
  let best: string | undefined;
  let bestDistance = TYPO_DISTANCE + 1;
  for (const candidate of words) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase(), TYPO_DISTANCE);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

describe('NearWords', () => {
  it('finds a word one or two typos away, ignoring case', () => {
    const words = new NearWords(['culture', 'education', 'economy', 'tourism']);
    expect(words.closest('educaton')).toBe('education');
    expect(words.closest('Turism')).toBe('tourism');
    expect(words.closest('ecnomy')).toBe('economy');
    expect(words.closest('cultrue')).toBe('culture');
    expect(words.closest('health')).toBeUndefined();
  });

  it('suggests nothing for words too short to tell a typo from another word', () => {
    expect(new NearWords(['art', 'arts']).closest('ars')).toBeUndefined();
  });

  it('prefers the closer word, then the one added first', () => {
    const words = new NearWords(['youthwork', 'youth work', 'youthwrk']);
    expect(words.closest('youthwrk')).toBe('youthwrk');
    expect(words.closest('youthwor')).toBe('youthwork');
    // One edit from both "youthwork" and "youth work": the first added wins.
    expect(words.closest('youth_work')).toBe('youthwork');
  });

  it('compares long words too', () => {
    const long = 'international cooperation in culture';
    const words = new NearWords([long, 'culture']);
    expect(words.closest('international cooperation in cultre')).toBe(long);
    expect(words.closest('international cooperation in cul')).toBeUndefined();
  });

  it('gives the same answer as comparing the word with each known word in turn', () => {
    const letters = fc.constantFrom('a', 'b', 'c', 'e', 'A', '-', ' ', 'я');
    const word = fc.string({ unit: letters, minLength: 0, maxLength: 9 });
    const longWord = fc.string({ unit: letters, minLength: 22, maxLength: 30 });
    const known = fc.array(fc.oneof(word, longWord), { maxLength: 40 });
    fc.assert(
      fc.property(known, fc.oneof(word, longWord), (words, query) => {
        expect(new NearWords(words).closest(query)).toBe(closestByScan(query, words));
      }),
      { numRuns: 2000 },
    );
  });
});
