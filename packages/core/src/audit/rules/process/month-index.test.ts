import { describe, expect, it } from 'vitest';
import { monthIndex, monthLabel, monthRangeLabel } from './month-index.js';

describe('month index', () => {
  it('counts months across years', () => {
    expect(monthIndex('2025-01-31') - monthIndex('2024-12-01')).toBe(1);
    expect(monthIndex('2025-04-01')).toBe(monthIndex('2025-04-30'));
  });

  it('labels months in 和暦, including 元年 and pre-和暦 dates', () => {
    expect(monthLabel(monthIndex('2025-05-10'))).toBe('令和7年5月');
    expect(monthLabel(monthIndex('2019-05-01'))).toBe('令和元年5月');
    expect(monthLabel(monthIndex('2019-04-01'))).toBe('平成31年4月');
    expect(monthLabel(monthIndex('1800-11-01'))).toBe('1800年11月');
  });

  it('labels a run of months with its length', () => {
    expect(monthRangeLabel(monthIndex('2025-05-01'), monthIndex('2025-05-01'))).toBe('令和7年5月');
    expect(monthRangeLabel(monthIndex('2025-11-01'), monthIndex('2026-01-01'))).toBe('令和7年11月～令和8年1月（3か月）');
  });
});
