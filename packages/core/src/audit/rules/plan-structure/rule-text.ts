/**
 * Small text and period helpers shared by the assessment and plan-structure rules, so their
 * 気づき quote records and show dates the same way.
 */
import { compareDates, type DatePeriod, type IsoDate } from '../../../dates/iso-date.js';
import { earliestWarekiDate } from '../../../dates/eras.js';
import { formatWareki } from '../../../dates/wareki.js';
import { excerpt } from '../../text/excerpt.js';

/** True when a recorded text holds something other than blanks (schemas store blanks as undefined). */
export function hasText(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}

/** A recorded text for quoting in a message, cut after `max` characters: 「自分で買物に…」. */
export function quote(text: string | undefined, max = 20): string {
  return `「${excerpt(text, max)}」`;
}

/**
 * A date as the care manager reads it on the forms: 令和7年4月1日. Schema-valid dates before
 * 明治6年 have no 和暦, so they are shown in 西暦 rather than making the rule throw.
 */
export function dateText(date: IsoDate): string {
  if (date < earliestWarekiDate) {
    const [year, month, day] = date.split('-').map(Number);
    return `${year}年${month}月${day}日`;
  }
  return formatWareki(date);
}

/** A period as written on 第2表: 令和7年4月1日～令和8年3月31日 (an open end stays blank). */
export function periodText(period: DatePeriod): string {
  return `${period.start !== undefined ? dateText(period.start) : ''}～${period.end !== undefined ? dateText(period.end) : ''}`;
}

/** True when the period records at least one of its ends. */
export function hasDates(period: DatePeriod | undefined): period is DatePeriod {
  return period?.start !== undefined || period?.end !== undefined;
}

/**
 * True when a recorded end of `inner` falls outside the recorded ends of `outer`. Open ends
 * are not judged: 記載要領 allows a period with only its start when the end cannot be fixed.
 */
export function extendsBeyond(inner: DatePeriod, outer: DatePeriod): boolean {
  return (inner.start !== undefined && outside(inner.start, outer)) || (inner.end !== undefined && outside(inner.end, outer));
}

function outside(date: IsoDate, outer: DatePeriod): boolean {
  return (outer.start !== undefined && compareDates(date, outer.start) < 0) || (outer.end !== undefined && compareDates(date, outer.end) > 0);
}
