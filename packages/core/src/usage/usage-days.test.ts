import { describe, expect, it } from 'vitest';
import { carryPlannedDays, daysOnWeekdays, sortedDays, toggleDay, weeklyPattern } from './usage-days.js';

describe('days of 予定 and 実績', () => {
  it('toggles a day on (kept sorted) and off again', () => {
    expect(toggleDay([10, 3], 7)).toEqual([3, 7, 10]);
    expect(toggleDay([3, 7, 10], 7)).toEqual([3, 10]);
    expect(toggleDay([], 1)).toEqual([1]);
    expect(sortedDays([5, 1, 5, 3])).toEqual([1, 3, 5]);
  });

  it('fills 予定 by weekday: 毎週月・木 of April 2025', () => {
    expect(daysOnWeekdays('2025-04', [1, 4])).toEqual([3, 7, 10, 14, 17, 21, 24, 28]);
    expect(daysOnWeekdays('2025-04', [7])).toEqual([6, 13, 20, 27]);
    expect(daysOnWeekdays('2025-04', [])).toEqual([]);
    expect(daysOnWeekdays('not a month', [1])).toEqual([]);
  });

  it('recognizes a weekly pattern only when every such weekday is chosen', () => {
    expect(weeklyPattern('2025-04', [3, 7, 10, 14, 17, 21, 24, 28])).toEqual([1, 4]);
    // One Thursday missing (a holiday off): not a whole weekly pattern.
    expect(weeklyPattern('2025-04', [3, 7, 10, 14, 21, 24, 28])).toBeUndefined();
    // 第2・第4水曜
    expect(weeklyPattern('2025-04', [9, 23])).toBeUndefined();
    expect(weeklyPattern('2025-04', [])).toBeUndefined();
  });

  it('carries a weekly pattern into the next month by weekday, other days by date', () => {
    // April 2025 Mondays and Thursdays → May 2025 Mondays and Thursdays (May 1st is a Thursday).
    expect(carryPlannedDays('2025-04', '2025-05', [3, 7, 10, 14, 17, 21, 24, 28])).toEqual([1, 5, 8, 12, 15, 19, 22, 26, 29]);
    expect(carryPlannedDays('2025-01', '2025-02', [15, 30, 31])).toEqual([15]);
    expect(carryPlannedDays('2025-01', '2025-02', [])).toEqual([]);
  });
});
