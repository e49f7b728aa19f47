import { describe, expect, it } from 'vitest';
import { isKatakanaText, toKatakana } from './kana.js';

describe('toKatakana', () => {
  it('converts hiragana, including small kana and ゔ, to katakana', () => {
    expect(toKatakana('やまだ はなこ')).toBe('ヤマダ ハナコ');
    expect(toKatakana('きょうこ ゔぃ')).toBe('キョウコ ヴィ');
  });

  it('converts half-width katakana and leaves katakana and long vowels alone', () => {
    expect(toKatakana('ｱｵﾊﾞ ﾁﾖ')).toBe('アオバ チヨ');
    expect(toKatakana('コーヒー')).toBe('コーヒー');
  });
});

describe('isKatakanaText', () => {
  it('accepts katakana with spaces and ・', () => {
    expect(isKatakanaText('アオバ チヨ')).toBe(true);
    expect(isKatakanaText('ジョン・スミス')).toBe(true);
  });

  it('rejects kanji, hiragana and latin letters', () => {
    expect(isKatakanaText('青葉')).toBe(false);
    expect(isKatakanaText('あおば')).toBe(false);
    expect(isKatakanaText('Aoba')).toBe(false);
    expect(isKatakanaText('')).toBe(false);
  });
});
