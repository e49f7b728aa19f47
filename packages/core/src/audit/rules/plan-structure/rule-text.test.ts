import { describe, expect, it } from 'vitest';
import { dateText, extendsBeyond, hasDates, hasText, periodText, quote } from './rule-text.js';

describe('rule text helpers', () => {
  it('treats undefined and blanks as no text', () => {
    expect([undefined, '', '  ', '\u3000\n'].map(hasText)).toEqual([false, false, false, false]);
    expect(hasText(' あ ')).toBe(true);
  });

  it('quotes text on one line, cutting it by characters (not UTF-16 units)', () => {
    expect(quote('買物に\n行きたい')).toBe('「買物に 行きたい」');
    expect(quote('𠮷'.repeat(3), 2)).toBe('「𠮷𠮷…」');
    expect(quote(undefined)).toBe('「」');
  });

  it('writes dates in 和暦, and in 西暦 before 明治6年', () => {
    expect(dateText('2025-04-01')).toBe('令和7年4月1日');
    expect(dateText('2019-05-01')).toBe('令和元年5月1日');
    expect(dateText('1872-12-31')).toBe('1872年12月31日');
    expect(periodText({ start: '2025-04-01', end: '2026-03-31' })).toBe('令和7年4月1日～令和8年3月31日');
    expect(periodText({ start: '2025-04-01' })).toBe('令和7年4月1日～');
    expect(periodText({ end: '2026-03-31' })).toBe('～令和8年3月31日');
  });

  it('knows whether a period records any end', () => {
    expect(hasDates(undefined)).toBe(false);
    expect(hasDates({})).toBe(false);
    expect(hasDates({ end: '2026-03-31' })).toBe(true);
  });

  it('compares only recorded ends', () => {
    const outer = { start: '2025-04-01', end: '2026-03-31' };
    expect(extendsBeyond({ start: '2025-04-01', end: '2026-03-31' }, outer)).toBe(false);
    expect(extendsBeyond({ start: '2025-03-31' }, outer)).toBe(true);
    expect(extendsBeyond({ end: '2026-04-01' }, outer)).toBe(true);
    expect(extendsBeyond({ start: '2026-04-01' }, outer)).toBe(true);
    expect(extendsBeyond({ start: '2025-05-01' }, outer)).toBe(false);
    expect(extendsBeyond({ start: '2020-01-01', end: '2030-01-01' }, {})).toBe(false);
    expect(extendsBeyond({}, outer)).toBe(false);
  });
});
