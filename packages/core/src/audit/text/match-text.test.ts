import { describe, expect, it } from 'vitest';
import { normalizeForMatch, normalizeForParsing, stripTrailingMarks, withNormalizedTextCache } from './match-text.js';

describe('normalizeForMatch', () => {
  it('makes full-width digits half-width and removes every space', () => {
    expect(normalizeForMatch('週２回　デイ サービス\nに通う')).toBe('週2回デイサービスに通う');
  });

  it('folds spelling variants so one lexicon spelling finds the other', () => {
    expect(normalizeForMatch('出来るようになりたい')).toBe('できるようになりたい');
    expect(normalizeForMatch('手摺りと車椅子、買い物')).toBe('手すりと車いす、買物');
  });

  it('returns an empty string for blank text', () => {
    expect(normalizeForMatch(' \u3000\n')).toBe('');
  });
});

describe('normalizeForParsing', () => {
  it('also turns full-width punctuation half-width for numbers and ranges', () => {
    expect(normalizeForParsing('１０日／月（２泊３日）～')).toBe('10日/月(2泊3日)~');
  });
});

describe('stripTrailingMarks', () => {
  it.each([
    ['「また買物に行きたい」。', '「また買物に行きたい'],
    ['行きたい！！', '行きたい'],
    ['行きたい」（本人）', '行きたい'],
    ['行きたい。（長女）」', '行きたい'],
    ['続けたい…', '続けたい'],
  ])('%s → %s', (input, expected) => {
    expect(stripTrailingMarks(input)).toBe(expected);
  });

  it('keeps the long vowel mark, which ends words (ヘルパー)', () => {
    expect(stripTrailingMarks('ヘルパー')).toBe('ヘルパー');
  });

  it('does not strip a long note in brackets that is part of the sentence', () => {
    const text = '商店街に行きたい（膝の痛みが落ち着いたら、長女と一緒に週末に歩いて行く）';
    expect(stripTrailingMarks(text)).toBe(text);
  });
});

describe('withNormalizedTextCache', () => {
  it('gives the same normalization inside a run as outside, nested runs included', () => {
    const texts = ['ＡＢＣ　出来る', '手摺りを使って買い物に行く', '（本人）　１０回'];
    const outside = texts.map(normalizeForMatch);
    const inside = withNormalizedTextCache(() => [...texts.map(normalizeForMatch), ...withNormalizedTextCache(() => texts.map(normalizeForMatch))]);
    expect(inside).toEqual([...outside, ...outside]);
  });

  it('returns what the work returns and lets its error through', () => {
    expect(withNormalizedTextCache(() => 42)).toBe(42);
    expect(() =>
      withNormalizedTextCache(() => {
        throw new Error('失敗');
      }),
    ).toThrow('失敗');
    expect(normalizeForMatch('出来る')).toBe('できる');
  });
});
