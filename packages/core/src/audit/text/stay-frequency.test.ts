import { describe, expect, it } from 'vitest';
import { estimateStayDays, kanjiNumeralsToDigits, parseStayFrequency } from './stay-frequency.js';

describe('kanjiNumeralsToDigits', () => {
  it('converts simple numbers and leaves other kanji alone', () => {
    expect(kanjiNumeralsToDigits('二泊三日を月二回')).toBe('2泊3日を月2回');
    expect(kanjiNumeralsToDigits('月十五日、二十日')).toBe('月15日、20日');
    expect(kanjiNumeralsToDigits('一人で')).toBe('1人で');
    expect(kanjiNumeralsToDigits('十十')).toBe('十十');
  });
});

describe('parseStayFrequency', () => {
  it.each([
    ['月10日', 10, 'month'],
    ['月１０日', 10, 'month'],
    ['毎月20日', 20, 'month'],
    ['月に15日程度', 15, 'month'],
    ['10日/月', 10, 'month'],
    ['毎月1日〜10日', 10, 'month'],
    ['3か月に15日', 5, 'month'],
    ['月に1週間', 7, 'month'],
    ['週2日', 2, 'week'],
    ['毎週3日', 3, 'week'],
    ['2泊3日を月2回', 6, 'month'],
    ['月2回（2泊3日）', 6, 'month'],
    ['二泊三日×月二回', 6, 'month'],
    ['月1回（5日間）', 5, 'month'],
    ['週1回1泊2日', 2, 'week'],
    ['隔週で2泊', 1.5, 'week'],
    ['3か月に1回、6泊7日', 7 / 3, 'month'],
    ['毎日', 1, 'day'],
    ['連日（ロングステイ）', 1, 'day'],
    ['1泊2日/月2回', 4, 'month'],
    ['毎月2泊3日を2回', 6, 'month'],
    ['２泊３日　月２回', 6, 'month'],
  ])('%s → %s days a %s', (text, days, unit) => {
    const parsed = parseStayFrequency(text);
    expect(parsed?.unit).toBe(unit);
    expect(parsed?.daysPerUnit).toBeCloseTo(days);
    expect(parsed?.reading.length).toBeGreaterThan(0);
  });

  it('explains a combined frequency', () => {
    expect(parseStayFrequency('2泊3日を月2回')?.reading).toBe('2泊3日×月2回＝月6日');
  });

  it.each(['月2回', '週1回', '必要時', '随時', '介護者の体調不良時', '4月10日', '週2〜3日', '', '月40日', '週9日'])('does not guess from 「%s」', (text) => {
    expect(parseStayFrequency(text)).toBeUndefined();
  });
});

describe('estimateStayDays', () => {
  it('spreads the rate over the period and never exceeds it', () => {
    expect(estimateStayDays({ daysPerUnit: 10, unit: 'month', reading: '月10日' }, 365)).toBe(120);
    expect(estimateStayDays({ daysPerUnit: 2, unit: 'week', reading: '週2日' }, 182)).toBe(52);
    expect(estimateStayDays({ daysPerUnit: 1, unit: 'day', reading: '毎日' }, 30)).toBe(30);
    expect(estimateStayDays({ daysPerUnit: 31, unit: 'month', reading: '月31日' }, 31)).toBe(31);
    expect(estimateStayDays({ daysPerUnit: 10, unit: 'month', reading: '月10日' }, 0)).toBe(0);
  });
});
