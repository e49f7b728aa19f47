import { monthIndex, monthLabel } from '../audit/rules/process/month-index.js';
import type { MonthSpan } from './dashboard-api.js';

/** A span of months as the 気づき name them: 令和7年7月, or 令和7年7月～令和7年9月. */
export function monthSpanText(span: MonthSpan): string {
  const first = monthLabel(monthIndex(`${span.from}-01`));
  return span.from === span.to ? first : `${first}～${monthLabel(monthIndex(`${span.to}-01`))}`;
}
