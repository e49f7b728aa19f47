import { describe, expect, it } from 'vitest';
import { printDate, printPeriod, shortDate } from './print-format.js';

describe('print formatting', () => {
  it('prints dates in 和暦, and a blank to fill in when missing', () => {
    expect(printDate('2025-04-01')).toBe('令和7年4月1日');
    expect(printDate('2019-05-01')).toBe('令和元年5月1日');
    expect(printDate(undefined)).toBe('　　年　　月　　日');
    expect(printDate('あした')).toBe('　　年　　月　　日');
  });

  it('prints short dates for narrow columns and leaves other text as written', () => {
    expect(shortDate('2025-09-30')).toBe('R7.9.30');
    expect(shortDate('R7.9')).toBe('R7.9');
    expect(shortDate(undefined)).toBe('');
  });

  it('prints periods with open ends and the period as written', () => {
    expect(printPeriod({ start: '2025-04-01', end: '2025-09-30' })).toBe('R7.4.1～R7.9.30');
    expect(printPeriod({ start: '2025-04-01' })).toBe('R7.4.1～');
    expect(printPeriod({ text: '認定期間中' })).toBe('認定期間中');
    expect(printPeriod({ start: '2025-04-01', end: '2026-03-31', text: '1年' })).toBe('R7.4.1～R8.3.31（1年）');
    expect(printPeriod(undefined)).toBe('');
  });
});
