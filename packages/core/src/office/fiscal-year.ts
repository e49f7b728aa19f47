import type { IsoDate } from '../dates/iso-date.js';

/** 年度 (April–March) of a month `YYYY-MM`: the year it starts. */
export function fiscalYearOfMonth(month: string): number {
  const [y = 0, m = 0] = month.split('-').map(Number);
  return m >= 4 ? y : y - 1;
}

/** The first and last day of a 年度 (4月1日〜翌年3月31日). */
export function fiscalYearBounds(fiscalYear: number): { start: IsoDate; end: IsoDate } {
  return { start: `${fiscalYear}-04-01`, end: `${fiscalYear + 1}-03-31` };
}

/** Months from `from` to `to` (both `YYYY-MM`): 1 from September to October, negative when `to` is earlier. */
export function monthsFrom(from: string, to: string): number {
  const [fy = 0, fm = 0] = from.split('-').map(Number);
  const [ty = 0, tm = 0] = to.split('-').map(Number);
  return ty * 12 + tm - (fy * 12 + fm);
}
