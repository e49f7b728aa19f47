import { describe, expect, it } from 'vitest';
import { excerpt } from './excerpt.js';

describe('excerpt', () => {
  it('folds blanks, keeps short text whole and cuts long text with …', () => {
    expect(excerpt('  自分で\n 買物に行きたい ', 20)).toBe('自分で 買物に行きたい');
    expect(excerpt('自分で買物に行きたい', 5)).toBe('自分で買物…');
    expect(excerpt(undefined, 5)).toBe('');
  });

  it('counts a character outside the BMP once', () => {
    expect(excerpt('𠮷田さんの畑', 3)).toBe('𠮷田さ…');
  });
});
