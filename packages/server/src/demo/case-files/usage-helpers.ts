import { daysInMonth, type CarePlan, type ServiceUsage, type ServiceUsageLine } from '@kizuki/core';
import type { DemoCalendar, DemoIds } from './helpers.js';
import type { DemoProvider } from './providers.js';

/**
 * Demo サービス利用票 (第6表) of this month. サービスコード and 単位数 are plausible examples for
 * the demo, not taken from the サービスコード表; 事業所番号 are the demo providers'.
 */

/** Days of the month `offset` months from this one that fall on `weekdays` (1 = 月 … 7 = 日). */
export function weekdaysOf(cal: DemoCalendar, offset: number, weekdays: readonly number[]): number[] {
  const first = cal.month(offset);
  const [year, month] = first.split('-').map(Number);
  const days: number[] = [];
  for (let day = 1; day <= daysInMonth(year ?? 0, month ?? 0); day++) {
    const weekday = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day)).getUTCDay() || 7;
    if (weekdays.includes(weekday)) days.push(day);
  }
  return days;
}

/** Every day of the month `offset` months from this one. */
export function everyDayOf(cal: DemoCalendar, offset: number): number[] {
  return weekdaysOf(cal, offset, [1, 2, 3, 4, 5, 6, 7]);
}

export type UsageLineSpec = Omit<ServiceUsageLine, 'id' | 'providerOfficeNumber' | 'providerName' | 'actualDays'>;

/** One 第6表 line of `provider`. */
export function usageLine(ids: DemoIds, provider: DemoProvider, spec: UsageLineSpec): ServiceUsageLine {
  return { id: ids.next('usage-line'), providerOfficeNumber: provider.officeNumber, providerName: provider.name, actualDays: [], ...spec };
}

export interface UsageSpec {
  plan: CarePlan;
  lines: ServiceUsageLine[];
  /** 前月までの短期入所利用日数 */
  shortStayDaysBefore?: number;
  benefitRatePercent?: number;
  confirmedBy: string;
  notes?: string;
}

/** This month's 利用票, made on the 25th of last month and confirmed on the 28th. */
export function thisMonthUsage(ids: DemoIds, cal: DemoCalendar, spec: UsageSpec): ServiceUsage {
  return {
    id: ids.next('usage'),
    month: cal.thisMonth.slice(0, 7),
    createdOn: cal.day(-1, 25),
    carePlanId: spec.plan.id,
    certificationId: spec.plan.certificationId,
    shortStayDaysBefore: spec.shortStayDaysBefore,
    benefitRatePercent: spec.benefitRatePercent,
    lines: spec.lines,
    confirmedOn: cal.day(-1, 28),
    confirmedBy: spec.confirmedBy,
    notes: spec.notes,
  };
}
