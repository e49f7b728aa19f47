import { describe, expect, it } from 'vitest';
import { jaccard, normalizeForShingles, shingleSet } from './shingles.js';

describe('normalizeForShingles', () => {
  it('drops punctuation and spaces, makes digits half-width and folds spelling variants', () => {
    expect(normalizeForShingles('「週２回、 買い物に 出来る」。')).toBe('週2回買物にできる');
  });
});

describe('shingleSet', () => {
  it('hashes overlapping 3-character shingles once each, sorted', () => {
    const set = shingleSet(['あいうあいう']);
    // あいう, いうあ, うあい, (あいう again)
    expect(set.hashes).toHaveLength(3);
    expect([...set.hashes]).toEqual([...set.hashes].sort((a, b) => a - b));
    expect(set.characters).toBe(6);
  });

  it('gives the same set whatever the punctuation and width', () => {
    expect(shingleSet(['自宅周辺を１０分歩ける。']).hashes).toEqual(shingleSet(['自宅周辺を 10分 歩ける']).hashes);
  });

  it('does not make shingles across pieces, so the order of pieces does not matter', () => {
    expect(shingleSet(['買物に行きたい', '歩ける']).hashes).toEqual(shingleSet(['歩ける', '買物に行きたい']).hashes);
    expect(shingleSet(['あい', 'うえ']).hashes).not.toEqual(shingleSet(['あいうえ']).hashes);
  });

  it('keeps a piece shorter than a shingle as one shingle and ignores empty pieces', () => {
    expect(shingleSet(['歩く']).hashes).toHaveLength(1);
    expect(shingleSet(['', '。、 ']).hashes).toHaveLength(0);
    expect(shingleSet([]).characters).toBe(0);
  });

  it('rejects a shingle size that is not a positive integer', () => {
    expect(() => shingleSet(['あいう'], 0)).toThrow(RangeError);
    expect(() => shingleSet(['あいう'], 1.5)).toThrow(RangeError);
  });
});

describe('jaccard', () => {
  it('is |A∩B| / |A∪B| on sorted sets', () => {
    expect(jaccard(Uint32Array.of(1, 2, 3, 4), Uint32Array.of(3, 4, 5, 6))).toBeCloseTo(2 / 6);
    expect(jaccard(Uint32Array.of(1, 2), Uint32Array.of(1, 2))).toBe(1);
    expect(jaccard(Uint32Array.of(1), Uint32Array.of(2))).toBe(0);
    expect(jaccard(new Uint32Array(), new Uint32Array())).toBe(0);
  });

  it('is near 1 for a copied plan with one word changed, and low for different wording', () => {
    const base = shingleSet(['自分で商店街に買物に行けるようになりたい', '杖を使って商店街まで歩いて買物に行ける']).hashes;
    const copy = shingleSet(['自分で商店街に買物に行けるようになりたい', '杖を使って商店街まで歩いて買物へ行ける']).hashes;
    const other = shingleSet(['お風呂に安心して入りたい', '見守りがあれば自宅の浴槽に入れる']).hashes;
    expect(jaccard(base, copy)).toBeGreaterThan(0.8);
    expect(jaccard(base, other)).toBeLessThan(0.1);
  });
});
