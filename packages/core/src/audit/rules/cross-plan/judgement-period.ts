import { endOfMonth, formatIsoDate, toDateParts, type IsoDate } from '../../../dates/iso-date.js';
import { concentrationRules } from '../../../office/office-rules.js';

/** A 特定事業所集中減算 判定期間: 前期 (3/1–8/31) or 後期 (9/1–end of February). */
export interface JudgementPeriod {
  half: 'first' | 'second';
  start: IsoDate;
  end: IsoDate;
}

/**
 * The 判定期間 containing `date` (告示95号 第83号, 留意事項通知): 前期 3月1日～8月末日, 後期
 * 9月1日～翌年2月末日. January and February belong to the 後期 that began the previous
 * September; the 後期 ends on 2/29 in a leap year.
 */
export function judgementPeriodOf(date: IsoDate): JudgementPeriod {
  const { year, month } = toDateParts(date);
  const { first, second } = concentrationRules.periodStartMonths.value;
  if (month >= first && month < second) return { half: 'first', start: formatIsoDate({ year, month: first, day: 1 }), end: endOfMonth(formatIsoDate({ year, month: second - 1, day: 1 })) };
  const startYear = month >= second ? year : year - 1;
  // The last 後期 the calendar can hold ends with year 9999.
  const end = startYear + 1 > 9999 ? '9999-12-31' : endOfMonth(formatIsoDate({ year: startYear + 1, month: first - 1, day: 1 }));
  return { half: 'second', start: formatIsoDate({ year: startYear, month: second, day: 1 }), end };
}
