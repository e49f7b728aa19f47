import { normalizeInlineText } from './normalize-text.js';

/** Offset between a hiragana and its katakana in Unicode (ぁ U+3041 → ァ U+30A1). */
const kanaOffset = 0x60;

/**
 * Converts hiragana to katakana for フリガナ (やまだ はなこ → ヤマダ ハナコ). Half-width
 * katakana becomes full-width through normalization; other characters are left as they are.
 */
export function toKatakana(text: string): string {
  let out = '';
  for (const ch of normalizeInlineText(text)) {
    const code = ch.codePointAt(0) ?? 0;
    // ぁ..ゖ and the iteration marks ゝゞ have katakana counterparts at +0x60.
    const isConvertible = (code >= 0x3041 && code <= 0x3096) || code === 0x309d || code === 0x309e;
    out += isConvertible ? String.fromCodePoint(code + kanaOffset) : ch;
  }
  return out;
}

/** True when `text` consists only of katakana, the long-vowel mark, ・ and spaces. */
export function isKatakanaText(text: string): boolean {
  return /^[\u30A1-\u30FA\u30FC-\u30FE・ \u3000]+$/u.test(text);
}
