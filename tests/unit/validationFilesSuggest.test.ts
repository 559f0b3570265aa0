import { describe, expect, it } from 'vitest';
import { closest, didYouMean, levenshtein } from '../../src/lib/validation/suggest.ts';

// The "did you mean" hints of the checker: edit distance, how far a guess may be, and which guess wins a tie.

describe('did you mean', () => {
  it('counts the edits between two words, from either side', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('abc', '')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('same', 'same')).toBe(0);
  });

  it('takes the first of equally close candidates, ignoring case', () => {
    expect(closest('ab', ['ax', 'ay'])).toBe('ax');
    expect(closest('TIP', ['note', 'tip'])).toBe('tip');
  });

  it('guesses within two edits, or a third of a long candidate, and never from nothing', () => {
    expect(closest('abcdefxyz', ['abcdefghi'])).toBe('abcdefghi');
    expect(closest('abc', ['xyz'])).toBeUndefined();
    expect(closest('a', [])).toBeUndefined();
  });

  it('suggests only for text', () => {
    expect(didYouMean('tpi', ['tip', 'note'])).toBe('did you mean `tip`?');
    expect(didYouMean('zzzzzz', ['tip'])).toBeUndefined();
    expect(didYouMean(5, ['5'])).toBeUndefined();
  });
});
