import { toDateParts, type IsoDate } from '../../../dates/iso-date.js';
import { dateText } from '../plan-structure/rule-text.js';

/**
 * Calendar months as integers (year × 12 + month − 1), so "the month after" and "every
 * three months" are plain arithmetic, independent of time zones.
 */
export function monthIndex(date: IsoDate): number {
  const { year, month } = toDateParts(date);
  return year * 12 + month - 1;
}

/** A month as the care manager reads it: 令和7年5月 (西暦 before 明治6年, as dateText does). */
export function monthLabel(index: number): string {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const first = dateText(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`);
  return first.replace(/1日$/u, '');
}

/** A run of months: 令和7年5月, or 令和7年5月～令和7年7月 (3か月). */
export function monthRangeLabel(first: number, last: number): string {
  return first === last ? monthLabel(first) : `${monthLabel(first)}～${monthLabel(last)}（${last - first + 1}か月）`;
}

/** A month index as `YYYY-MM`. */
export function monthOfIndex(index: number): string {
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String(index - year * 12 + 1).padStart(2, '0')}`;
}
