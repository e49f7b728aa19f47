import { daysInMonth, formatIsoDate, toDayNumber } from '../dates/iso-date.js';
import { toWareki } from '../dates/wareki.js';
import { weekdayLabels } from '../domain/weekly-schedule.schema.js';

/** One day of a 利用票 month as the calendar grid shows it. */
export interface CalendarDay {
  day: number;
  /** 曜日 1 = 月 … 7 = 日 (as in the CSV and 第3表). */
  weekday: number;
  /** 月, 火 … */
  weekdayLabel: string;
  /** 土日 are marked on the grid. */
  weekend: 'saturday' | 'sunday' | undefined;
  /** 「4月3日（木）」: the name of the day for screen readers and titles. */
  label: string;
}

/** 対象年月 `YYYY-MM` as numbers, or undefined when it is not a month. */
export function parseMonth(month: string | undefined): { year: number; month: number } | undefined {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/u.exec(month ?? '');
  return m ? { year: Number(m[1]), month: Number(m[2]) } : undefined;
}

/** The `YYYY-MM` of a date (`2025-04-15` → `2025-04`). */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The month `offset` months after `month` (negative: before). */
export function shiftMonth(month: string, offset: number): string {
  const parts = parseMonth(month);
  if (!parts) throw new RangeError(`Not a YYYY-MM month: ${month}`);
  const index = parts.year * 12 + parts.month - 1 + offset;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String(index - year * 12 + 1).padStart(2, '0')}`;
}

/** 曜日 (1 = 月 … 7 = 日) of an ISO date; 1970-01-01 (day 0) was a Thursday. */
export function weekdayOf(date: string): number {
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** The days 1…n of a month with their 曜日; empty for text that is not a month. */
export function monthDays(month: string | undefined): CalendarDay[] {
  const parts = parseMonth(month);
  if (!parts) return [];
  const first = weekdayOf(formatIsoDate({ ...parts, day: 1 }));
  return Array.from({ length: daysInMonth(parts.year, parts.month) }, (_, i) => {
    const weekday = ((first - 1 + i) % 7) + 1;
    const weekdayLabel = weekdayLabels[weekday] ?? '';
    return {
      day: i + 1,
      weekday,
      weekdayLabel,
      weekend: weekday === 6 ? 'saturday' : weekday === 7 ? 'sunday' : undefined,
      label: `${parts.month}月${i + 1}日（${weekdayLabel}）`,
    };
  });
}

/** 対象年月 in 和暦: `2025-04` → 令和7年4月 (the text as it is when it is not a month). */
export function warekiMonth(month: string | undefined): string {
  const parts = parseMonth(month);
  if (!parts) return month ?? '';
  try {
    const { era, year } = toWareki(formatIsoDate({ ...parts, day: 1 }));
    return `${era.name}${year === 1 ? '元' : year}年${parts.month}月`;
  } catch {
    // Before 明治6年: no 和暦; show the month as typed.
    return month ?? '';
  }
}
