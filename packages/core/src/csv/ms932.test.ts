import { describe, expect, it } from 'vitest';
import { decodeMs932, encodeMs932, isMs932Text } from './ms932.js';
import { toMs932Text } from './ms932-convert.js';
import { ms932EncodeTable, unmapped } from './ms932-table.js';

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join(' ');

describe('MS932 encoding', () => {
  it('encodes every character the decoder yields back to bytes that decode to it', () => {
    const table = ms932EncodeTable();
    let count = 0;
    for (let unit = 0; unit < 0x10000; unit++) {
      if (table[unit] === unmapped) continue;
      count++;
      const ch = String.fromCharCode(unit);
      expect(decodeMs932(encodeMs932(ch))).toBe(ch);
    }
    // JIS X 0208 + NEC row 13 + IBM extensions + half-width katakana + ASCII, as Windows has them.
    expect(count).toBeGreaterThan(7400);
    expect(count).toBeLessThan(7600); // no 外字 (the 1,880 user-defined codes decode to the private use area)
  });

  it('writes the byte pairs Windows writes', () => {
    expect(hex(encodeMs932('あ漢ｱ'))).toBe('82 a0 8a bf b1');
    expect(hex(encodeMs932('～'))).toBe('81 60');
    expect(hex(encodeMs932('Ⅰ'))).toBe('87 54'); // NEC row 13, not IBM 0xFA4A
    expect(hex(encodeMs932('∵'))).toBe('81 e6');
    expect(hex(encodeMs932('纊'))).toBe('fa 5c'); // IBM extension, not the NEC-selected 0xED40
    expect(hex(encodeMs932('髙﨑'))).toBe('fb fc fa b1');
    expect(hex(encodeMs932('\\~'))).toBe('5c 7e');
  });

  it('refuses, naming the character, instead of writing ?', () => {
    expect(() => encodeMs932('a〜b')).toThrow('「〜」（U+301C）');
    expect(() => encodeMs932('😀')).toThrow('Shift_JIS（MS932）で表せない文字');
    expect(() => encodeMs932('\uE000')).toThrow(); // 外字 (user-defined area) is not allowed
    expect(isMs932Text('青葉 チヨ')).toBe(true);
    expect(isMs932Text('𠮷野')).toBe(false);
  });

  it('decodes malformed bytes as U+FFFD for the reader to report', () => {
    expect(decodeMs932(new Uint8Array([0x82, 0xa0, 0x80, 0xfd]))).toBe('あ\uFFFD\uFFFD');
  });
});

describe('toMs932Text', () => {
  it('keeps MS932 text as it is, with no conversions', () => {
    expect(toMs932Text('「また買物に行きたい」①㈱～')).toEqual({ text: '「また買物に行きたい」①㈱～', conversions: [] });
  });

  it('replaces characters outside MS932 by valid ones and reports each', () => {
    const { text, conversions } = toMs932Text('R7.4.1〜R7.9.30 𠮷田 café ㋿ ½ 😀 − —');
    expect(isMs932Text(text)).toBe(true);
    expect(text).toBe('R7.4.1～R7.9.30 吉田 cafe 令和 1⁄2 〓 － ―'.replace('1⁄2', '〓'));
    expect(conversions).toEqual([
      { original: '〜', replacement: '～' },
      { original: '𠮷', replacement: '吉' },
      { original: 'é', replacement: 'e' },
      { original: '㋿', replacement: '令和' },
      { original: '½', replacement: '〓' },
      { original: '😀', replacement: '〓' },
      { original: '−', replacement: '－' },
      { original: '—', replacement: '―' },
    ]);
  });

  it('composes decomposed kana and drops variation selectors', () => {
    expect(toMs932Text('か\u3099').text).toBe('が');
    expect(toMs932Text('葛\u{E0100}城').conversions).toEqual([{ original: '\u{E0100}', replacement: '〓' }]);
    expect(toMs932Text('e\u0301').text).toBe('e');
  });
});
