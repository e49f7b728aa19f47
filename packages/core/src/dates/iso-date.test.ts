import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  ageOn,
  compareDates,
  dateOfReachingAge,
  daysBetween,
  endOfMonth,
  fromDayNumber,
  isValidIsoDate,
  periodContains,
  periodsOverlap,
  periodWithin,
  startOfMonth,
  toDayNumber,
} from './iso-date.js';

describe('isValidIsoDate', () => {
  it('accepts real days including leap days', () => {
    expect(isValidIsoDate('2025-04-01')).toBe(true);
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2000-02-29')).toBe(true);
  });

  it('rejects impossible days and other shapes', () => {
    for (const bad of ['2025-02-29', '1900-02-29', '2025-02-30', '2025-13-01', '2025-00-10', '2025-4-1', '20250401', '', 'x']) {
      expect(isValidIsoDate(bad), bad).toBe(false);
    }
    expect(isValidIsoDate(20250401)).toBe(false);
  });
});

describe('day arithmetic', () => {
  it('matches Date.UTC for every day 1900–2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2100-12-31') }), (n) => {
        const iso = fromDayNumber(n);
        expect(new Date(n * 86_400_000).toISOString().slice(0, 10)).toBe(iso);
        expect(toDayNumber(iso)).toBe(n);
      }),
    );
  });

  it('adds days across month, year and leap boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(daysBetween('2025-04-01', '2026-03-31')).toBe(364);
    expect(daysBetween('2026-03-31', '2025-04-01')).toBe(-364);
  });

  it('adds months clamping to the end of month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-04-01', 12)).toBe('2026-04-01');
    expect(addMonths('2025-03-15', -3)).toBe('2024-12-15');
  });

  it('compares dates and rejects invalid ones', () => {
    expect(compareDates('2025-04-01', '2025-04-02')).toBeLessThan(0);
    expect(compareDates('2025-04-02', '2025-04-01')).toBeGreaterThan(0);
    expect(compareDates('2025-04-01', '2025-04-01')).toBe(0);
    expect(() => compareDates('2025-02-30', '2025-04-01')).toThrow(RangeError);
  });

  it('finds the month bounds', () => {
    expect(startOfMonth('2025-04-17')).toBe('2025-04-01');
    expect(endOfMonth('2024-02-10')).toBe('2024-02-29');
    expect(endOfMonth('2025-02-10')).toBe('2025-02-28');
  });
});

describe('ageOn', () => {
  it('counts completed years by birthday', () => {
    expect(ageOn('1940-06-15', '2025-06-14')).toBe(84);
    expect(ageOn('1940-06-15', '2025-06-15')).toBe(85);
  });

  it('makes a 2/29 birth a year older on 3/1 in common years', () => {
    expect(ageOn('2000-02-29', '2001-02-28')).toBe(0);
    expect(ageOn('2000-02-29', '2001-03-01')).toBe(1);
    expect(ageOn('2000-02-29', '2004-02-29')).toBe(4);
  });

  it('gives the legal day of reaching an age (the day before the birthday)', () => {
    expect(dateOfReachingAge('1960-04-01', 65)).toBe('2025-03-31');
    expect(dateOfReachingAge('1960-01-01', 65)).toBe('2024-12-31');
    expect(dateOfReachingAge('1960-02-29', 65)).toBe('2025-02-28');
    expect(dateOfReachingAge('1960-02-29', 64)).toBe('2024-02-28');
  });
});

describe('periods', () => {
  const year = { start: '2025-04-01', end: '2026-03-31' };

  it('contains dates inclusively and treats missing ends as open', () => {
    expect(periodContains(year, '2025-04-01')).toBe(true);
    expect(periodContains(year, '2026-03-31')).toBe(true);
    expect(periodContains(year, '2026-04-01')).toBe(false);
    expect(periodContains({ start: '2025-04-01' }, '2099-01-01')).toBe(true);
  });

  it('checks that one period lies within another', () => {
    expect(periodWithin({ start: '2025-04-01', end: '2025-09-30' }, year)).toBe(true);
    expect(periodWithin({ start: '2025-03-31', end: '2025-09-30' }, year)).toBe(false);
    expect(periodWithin({ start: '2025-04-01', end: '2026-04-30' }, year)).toBe(false);
    expect(periodWithin({ start: '2025-04-01' }, year)).toBe(false);
    expect(periodWithin({ start: '2025-04-01' }, { start: '2025-01-01' })).toBe(true);
  });

  it('detects overlap', () => {
    expect(periodsOverlap(year, { start: '2026-03-31', end: '2026-09-30' })).toBe(true);
    expect(periodsOverlap(year, { start: '2026-04-01', end: '2026-09-30' })).toBe(false);
    expect(periodsOverlap({}, year)).toBe(true);
  });
});
