import { describe, expect, it } from 'vitest';
import { findLexiconWords, matchEnding } from './lexicon-match.js';

describe('findLexiconWords', () => {
  it('finds every occurrence in text order', () => {
    const hits = findLexiconWords('安心して、安全に、安心できる', ['安心', '安全に']);
    expect(hits.map((h) => [h.word, h.index])).toEqual([
      ['安心', 0],
      ['安全に', 5],
      ['安心', 9],
    ]);
  });

  it('prefers the longer word and never overlaps', () => {
    const hits = findLexiconWords('訪問リハビリと訪問介護', ['訪問', '訪問リハビリ', '訪問介護']);
    expect(hits.map((h) => h.word)).toEqual(['訪問リハビリ', '訪問介護']);
  });

  it('matches across full-width/half-width and spaces', () => {
    expect(findLexiconWords('デイ　サービス', ['デイサービス'])).toHaveLength(1);
    expect(findLexiconWords('ＡＤＬ向上', ['ADL'])).toHaveLength(1);
  });

  it('ignores blank lexicon words and returns nothing for an empty lexicon', () => {
    expect(findLexiconWords('安心して暮らす', ['', '  '])).toEqual([]);
    expect(findLexiconWords('安心して暮らす', [])).toEqual([]);
  });
});

describe('matchEnding', () => {
  const endings = ['したい', 'できるようになりたい', 'なりたい'];

  it('returns the longest ending the text ends with', () => {
    expect(matchEnding('自分で歩けるようになりたい', endings)).toBe('なりたい');
    expect(matchEnding('一人で入浴できるようになりたい', endings)).toBe('できるようになりたい');
  });

  it('ignores closing quotes, punctuation and a trailing note', () => {
    expect(matchEnding('「畑仕事がしたい」。（本人）', endings)).toBe('したい');
  });

  it('is undefined when no ending matches or the text is blank', () => {
    expect(matchEnding('歩行が不安定', endings)).toBeUndefined();
    expect(matchEnding('', endings)).toBeUndefined();
    expect(matchEnding('したいことがない', endings)).toBeUndefined();
  });
});
