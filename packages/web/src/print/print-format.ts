import { formatWareki, isValidIsoDate, type Period } from '@kizuki/core';

/** A date as printed on the forms: 令和7年4月1日; a blank 年月日 to fill in by hand when missing. */
export function printDate(date: string | undefined): string {
  if (date === undefined || !isValidIsoDate(date)) return '　　年　　月　　日';
  try {
    return formatWareki(date);
  } catch {
    return date;
  }
}

/** A short date for narrow columns: R7.4.1 (the text as it is when it is not a date). */
export function shortDate(date: string | undefined): string {
  if (date === undefined) return '';
  if (!isValidIsoDate(date)) return date;
  try {
    return formatWareki(date, { style: 'short' });
  } catch {
    return date;
  }
}

/** A 第2表 期間: R7.4.1～R7.9.30, an open end left blank, and the period as written after it. */
export function printPeriod(period: Partial<Period> | undefined): string {
  if (period === undefined) return '';
  const dates = period.start || period.end ? `${shortDate(period.start)}～${shortDate(period.end)}` : '';
  if (period.text && dates) return `${dates}（${period.text}）`;
  return period.text ?? dates;
}
