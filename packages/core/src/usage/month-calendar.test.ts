import { describe, expect, it } from 'vitest';
import { monthDays, monthOf, parseMonth, shiftMonth, warekiMonth, weekdayOf } from './month-calendar.js';

describe('month calendar of a 利用票', () => {
  it('lays out April 2025 from Tuesday the 1st to Wednesday the 30th, 土日 marked', () => {
    const days = monthDays('2025-04');
    expect(days).toHaveLength(30);
    expect(days[0]).toEqual({ day: 1, weekday: 2, weekdayLabel: '火', weekend: undefined, label: '4月1日（火）' });
    expect(days[2]?.label).toBe('4月3日（木）');
    expect(days.filter((d) => d.weekend === 'saturday').map((d) => d.day)).toEqual([5, 12, 19, 26]);
    expect(days.filter((d) => d.weekend === 'sunday').map((d) => d.day)).toEqual([6, 13, 20, 27]);
    expect(days.at(-1)).toMatchObject({ day: 30, weekdayLabel: '水' });
  });

  it('knows the length of every month, leap years included', () => {
    expect(monthDays('2024-02')).toHaveLength(29);
    expect(monthDays('2025-02')).toHaveLength(28);
    expect(monthDays('2100-02')).toHaveLength(28);
    expect(monthDays('2000-02')).toHaveLength(29);
    expect(monthDays('2025-12')).toHaveLength(31);
    expect(monthDays('2025-12').at(-1)?.label).toBe('12月31日（水）');
  });

  it('gives no days for text that is not a month', () => {
    for (const bad of [undefined, '', '2025-13', '2025-4', '令和7年4月', '2025-04-01']) expect(monthDays(bad)).toEqual([]);
    expect(parseMonth('2025-00')).toBeUndefined();
    expect(parseMonth('2025-10')).toEqual({ year: 2025, month: 10 });
  });

  it('finds the weekday of dates before and after 1970', () => {
    expect(weekdayOf('1970-01-01')).toBe(4);
    expect(weekdayOf('1969-12-28')).toBe(7);
    expect(weekdayOf('2025-04-07')).toBe(1);
  });

  it('moves across years and names months in 和暦', () => {
    expect(shiftMonth('2025-12', 1)).toBe('2026-01');
    expect(shiftMonth('2025-01', -1)).toBe('2024-12');
    expect(shiftMonth('2025-04', -16)).toBe('2023-12');
    expect(() => shiftMonth('2025/04', 1)).toThrow(RangeError);
    expect(monthOf('2025-04-15')).toBe('2025-04');
    expect(warekiMonth('2025-04')).toBe('令和7年4月');
    expect(warekiMonth('2019-05')).toBe('令和元年5月');
    expect(warekiMonth('2019-04')).toBe('平成31年4月');
    expect(warekiMonth('2025-4')).toBe('2025-4');
    expect(warekiMonth('1800-01')).toBe('1800-01');
  });
});
