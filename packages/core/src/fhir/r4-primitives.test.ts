import { describe, expect, it } from 'vitest';
import { r4PrimitivePatterns as r4 } from './r4-primitives.js';

describe('R4 primitive patterns read with XML Schema spaces', () => {
  it('accepts any character in a string, the ideographic and other Unicode spaces included', () => {
    for (const text of ['課題　食事', '課題\u1680!', '本人「家にいたい」\n長女\t見守る']) expect(r4.string.test(text), JSON.stringify(text)).toBe(true);
    expect(r4.string.test('')).toBe(false);
  });

  it('splits a code and a uri only at space, tab, CR and LF', () => {
    expect(r4.code.test('care-need')).toBe(true);
    expect(r4.code.test('要介護\u30001')).toBe(true);
    expect(r4.code.test('a  b')).toBe(false);
    expect(r4.code.test(' a')).toBe(false);
    expect(r4.uri.test('https://kizuki.example/fhir')).toBe(true);
    expect(r4.uri.test('https://kizuki.example/a b')).toBe(false);
  });
});
