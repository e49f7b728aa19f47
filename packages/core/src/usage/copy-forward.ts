import type { ServiceUsage, ServiceUsageLine } from '../domain/service-usage.schema.js';
import { shiftMonth } from './month-calendar.js';
import { carryPlannedDays } from './usage-days.js';

/** What a new month's 利用票 takes from the case file rather than from another month. */
export interface NewUsageContext {
  /** 作成年月日 (today) */
  createdOn: string;
  /** The certification in force for the month (区分支給限度基準額). */
  certificationId: string | undefined;
  /** The 居宅サービス計画 the month carries out. */
  carePlanId: string | undefined;
  /** 前月までの短期入所利用日数 carried from the previous month, when known. */
  shortStayDaysBefore: number | undefined;
}

function header(month: string, context: NewUsageContext): ServiceUsage {
  return {
    id: '',
    month,
    createdOn: context.createdOn,
    ...(context.certificationId ? { certificationId: context.certificationId } : {}),
    ...(context.carePlanId ? { carePlanId: context.carePlanId } : {}),
    ...(context.shortStayDaysBefore !== undefined ? { shortStayDaysBefore: context.shortStayDaysBefore } : {}),
    lines: [],
  };
}

/** An empty 利用票 of `month`: the header only; rows are added by the care manager. */
export function emptyUsage(month: string, context: NewUsageContext): ServiceUsage {
  return header(month, context);
}

/**
 * A new month that starts from an earlier one (前月の内容を引き継ぐ): every row with its 事業所,
 * サービスコード, 単位数 and times; 予定 carried by 曜日 when it was a weekly pattern (毎週月・木),
 * else by date; 実績 and the care manager's assignment of 限度超過 cleared, because they belong to
 * the month that was. The 給付率 is kept; confirmation and notes start blank. Rows get new ids.
 */
export function copyForwardUsage(previous: ServiceUsage, month: string, context: NewUsageContext, newId: () => string): ServiceUsage {
  const lines = previous.lines.map((line): ServiceUsageLine => {
    const { overLimitUnits: _assigned, ...rest } = line;
    return { ...rest, id: newId(), plannedDays: carryPlannedDays(previous.month, month, line.plannedDays), actualDays: [] };
  });
  return {
    ...header(month, context),
    ...(previous.benefitRatePercent !== undefined ? { benefitRatePercent: previous.benefitRatePercent } : {}),
    lines,
  };
}

/** The month a new 利用票 defaults to: the month after today's (利用票 are made before the month starts). */
export function defaultNewMonth(today: string): string {
  return shiftMonth(today.slice(0, 7), 1);
}

/** The month to copy from for `month`: the latest earlier month that has a 利用票. */
export function sourceMonthFor<T extends { month: string }>(usages: readonly T[], month: string): T | undefined {
  return usages.filter((u) => u.month < month).sort((a, b) => b.month.localeCompare(a.month))[0];
}
