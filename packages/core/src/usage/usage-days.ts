import { monthDays } from './month-calendar.js';

/** Days of a month sorted, without duplicates (as the schema keeps 予定 and 実績). */
export function sortedDays(days: Iterable<number>): number[] {
  return [...new Set(days)].sort((a, b) => a - b);
}

/** Turns one day of 予定 or 実績 on or off. */
export function toggleDay(days: readonly number[], day: number): number[] {
  return days.includes(day) ? days.filter((d) => d !== day) : sortedDays([...days, day]);
}

/** Every day of `month` that falls on one of `weekdays` (1 = 月 … 7 = 日): 毎週月・木 → 3, 6, 10, 13 … */
export function daysOnWeekdays(month: string, weekdays: readonly number[]): number[] {
  return monthDays(month)
    .filter((d) => weekdays.includes(d.weekday))
    .map((d) => d.day);
}

/**
 * The 曜日 of a weekly pattern: when `days` are exactly every Monday and Thursday of `month`,
 * [1, 4]; undefined when the days are not whole weeks (月1回, 第2・第4水曜, a few odd days) or empty.
 */
export function weeklyPattern(month: string, days: readonly number[]): number[] | undefined {
  const calendar = monthDays(month);
  if (calendar.length === 0 || days.length === 0) return undefined;
  const chosen = new Set(days);
  const weekdays = sortedDays(calendar.filter((d) => chosen.has(d.day)).map((d) => d.weekday));
  const expected = daysOnWeekdays(month, weekdays);
  return expected.length === chosen.size && expected.every((day) => chosen.has(day)) ? weekdays : undefined;
}

/** 予定 carried into another month: a weekly pattern by 曜日, other days by date (dropping 31日 in a 30-day month). */
export function carryPlannedDays(fromMonth: string, toMonth: string, days: readonly number[]): number[] {
  const pattern = weeklyPattern(fromMonth, days);
  if (pattern) return daysOnWeekdays(toMonth, pattern);
  const last = monthDays(toMonth).length;
  return sortedDays(days.filter((day) => day <= last));
}
