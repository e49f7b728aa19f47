import { describe, expect, it } from 'vitest';
import { normalizeCode, normalizeInlineText, normalizeText, toHalfWidth } from './normalize-text.js';

describe('normalizeText', () => {
  it('turns full-width ASCII into half-width and half-width katakana into full-width', () => {
    expect(normalizeText('ＡＢＣ１２３ ｶﾀｶﾅ')).toBe('ABC123 カタカナ');
  });

  it('keeps full-width punctuation and the ideographic space of Japanese prose', () => {
    expect(normalizeText('長女（週末）：買物！　１回／週')).toBe('長女（週末）：買物！　1回／週');
  });

  it('keeps roman numerals, circled numbers, wave dashes and ℃', () => {
    expect(normalizeText('自立度Ⅱａ Ⅲb ①② 4月〜6月 4月～6月 37.5℃…')).toBe('自立度Ⅱa Ⅲb ①② 4月〜6月 4月～6月 37.5℃…');
  });

  it('unifies line endings, drops trailing spaces and control characters, trims', () => {
    expect(normalizeText('  一行目  \r\n二行目\r三行目\u0007\n')).toBe('一行目\n二行目\n三行目');
  });

  it('returns an empty string for whitespace only', () => {
    expect(normalizeText(' \u3000\r\n ')).toBe('');
  });
});

describe('normalizeInlineText', () => {
  it('joins lines and collapses spaces', () => {
    expect(normalizeInlineText('山田　　花子\n様')).toBe('山田 花子 様');
  });
});

describe('normalizeCode', () => {
  it('removes spaces and hyphens and upper-cases letters', () => {
    expect(normalizeCode('ｈ１２３－４５６ ７８９')).toBe('H123456789');
    expect(normalizeCode('317ー0000')).toBe('3170000');
  });
});

describe('toHalfWidth', () => {
  it('converts every full-width character for structured values', () => {
    expect(toHalfWidth(' ２０２５／４／１　０９：３０ ')).toBe('2025/4/1 09:30');
  });
});
