import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isNfkcStable, normalizeCode, normalizeInlineText, normalizeText, toHalfWidth } from './normalize-text.js';

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

describe('normalizeText on text that is already normal', () => {
  /** The normalization without the shortcut for text already normal. */
  function reference(text: string): string {
    const protectedChars = /[^\u2160-\u217F\u2460-\u24FF\u2776-\u2793\u301C\u3000\u2026\u2103\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF5E]+/gu;
    // eslint-disable-next-line no-control-regex -- as normalizeText
    const unified = text.replace(/\r\n?/gu, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/gu, '');
    return unified
      .replace(protectedChars, (run) => run.normalize('NFKC'))
      .split('\n')
      .map((line) => line.replace(/[ \t]+$/u, ''))
      .join('\n')
      .trim();
  }
  // Characters on both sides of the shortcut's edge: kana that compose (か + ゛), half-width
  // katakana, full-width letters, the ideographic space, compatibility kanji, control characters.
  const alphabet = [...'aZ09 \n\t\r、。「」『』かがはぱアガヷヺーー一鿿・ｱﾞﾟＡ１（）　\u3099\u309A\u309B\uF900\u2160①～〜…℃\u0001\u007F\u00A0'];

  it('gives what the full normalization gives, on generated mixtures of those characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 24 }), (chars) => {
        const text = chars.join('');
        expect(normalizeText(text)).toBe(reference(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('says a text is NFKC-stable only when NFKC leaves it as it is', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 24 }), (chars) => {
        const text = chars.join('');
        if (isNfkcStable(text)) expect(text.normalize('NFKC')).toBe(text);
      }),
      { numRuns: 5000 },
    );
    expect(isNfkcStable('自宅の浴室で週2回入浴できる')).toBe(true);
    expect(isNfkcStable('週２回')).toBe(false);
    expect(isNfkcStable('か\u3099')).toBe(false);
  });

  it('returns everyday care record text as it is', () => {
    for (const text of ['自宅の浴室で週2回入浴できる', 'デイサービスで「体操」に参加する。\n家族と外出する', 'ADL: 杖歩行']) expect(normalizeText(text)).toBe(text);
    expect(normalizeText('か\u3099')).toBe('が');
    expect(normalizeText('ｶﾞｲﾄﾞ ')).toBe('ガイド');
  });
});
