import { describe, expect, it } from 'vitest';
import { characterNgrams, diceSimilarity, ngramCounts } from './ngrams.js';

describe('characterNgrams', () => {
  it('gives overlapping character bigrams without punctuation', () => {
    expect(characterNgrams('歩行、練習')).toEqual(['歩行', '行練', '練習']);
  });

  it('supports other sizes and short texts', () => {
    expect(characterNgrams('買物に行く', 3)).toEqual(['買物に', '物に行', 'に行く']);
    expect(characterNgrams('歩', 2)).toEqual(['歩']);
    expect(characterNgrams('。、', 2)).toEqual([]);
  });

  it('counts surrogate pairs as one character', () => {
    expect(characterNgrams('𠮷野家', 2)).toEqual(['𠮷野', '野家']);
  });

  it('rejects a size that is not a positive integer', () => {
    expect(() => characterNgrams('歩く', 0)).toThrow(RangeError);
    expect(() => characterNgrams('歩く', 1.5)).toThrow(RangeError);
  });
});

describe('ngramCounts', () => {
  it('counts repeated n-grams', () => {
    expect(ngramCounts('ああああ').get('ああ')).toBe(3);
  });
});

describe('diceSimilarity', () => {
  it('is 1 for the same wording, whatever the punctuation and width', () => {
    expect(diceSimilarity('歩行練習を行う', '歩行練習を行う。')).toBe(1);
    expect(diceSimilarity('週２回', '週2回')).toBe(1);
  });

  it('is 0 for unrelated texts and for empty text', () => {
    expect(diceSimilarity('入浴', '買物')).toBe(0);
    expect(diceSimilarity('', '買物')).toBe(0);
  });

  it('is symmetric and between 0 and 1', () => {
    const a = diceSimilarity('下肢筋力訓練・歩行練習', '歩行練習を行う');
    expect(a).toBeCloseTo(diceSimilarity('歩行練習を行う', '下肢筋力訓練・歩行練習'));
    expect(a).toBeGreaterThan(0);
    expect(a).toBeLessThan(1);
  });
});
