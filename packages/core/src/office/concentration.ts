import { serviceShares, type ProviderShare } from '../audit/rules/cross-plan/provider-concentration.rule.js';
import { judgementPeriodOf, type JudgementPeriod } from '../audit/rules/cross-plan/judgement-period.js';
import type { CarePlan } from '../domain/care-plan.schema.js';
import type { CaseFile } from '../domain/document-bodies.js';
import { addDays, addMonths, endOfMonth, formatIsoDate, toDateParts, type IsoDate } from '../dates/iso-date.js';
import { concentrationRules, type ConcentrationReason } from './office-rules.js';

export { judgementPeriodOf, type JudgementPeriod };

/** The 判定期間 before the one containing `date`. */
export function previousJudgementPeriod(date: IsoDate): JudgementPeriod {
  return judgementPeriodOf(addDays(judgementPeriodOf(date).start, -1));
}

/** The 判定期間 starting on `start` (YYYY-03-01 or YYYY-09-01). */
export function judgementPeriodStarting(start: IsoDate): JudgementPeriod {
  return judgementPeriodOf(start);
}

/** 判定書の提出期限 of a period (前期 9月15日, 後期 3月15日 of the year the period ends in). */
export function submissionDeadline(period: JudgementPeriod): IsoDate {
  const { year } = toDateParts(period.end);
  const { month, day } = concentrationRules.submissionDeadline.value[period.half];
  return formatIsoDate({ year, month, day });
}

/** 減算適用期間 (data: 前期分 10/1〜3/31, 後期分 4/1〜9/30). */
export function reductionPeriod(period: JudgementPeriod): { start: IsoDate; end: IsoDate } {
  const { startsMonthsAfterEnd, months } = concentrationRules.reductionPeriod.value;
  const start = addMonths(`${period.end.slice(0, 7)}-01`, startsMonthsAfterEnd);
  return { start, end: endOfMonth(addMonths(start, months - 1)) };
}

/** The 判定期間 whose result applies to a month (`YYYY-MM`): the one whose 減算適用期間 contains it. */
export function judgedPeriodForMonth(month: string): JudgementPeriod {
  const { startsMonthsAfterEnd, months } = concentrationRules.reductionPeriod.value;
  // The period judged ended between startsMonthsAfterEnd and startsMonthsAfterEnd + months − 1 months before;
  // the period containing the month that far back ends within that window.
  return judgementPeriodOf(addMonths(`${month}-01`, -(startsMonthsAfterEnd + months - 1)));
}

const agreedStatuses: readonly CarePlan['status'][] = ['consented', 'delivered', 'active', 'superseded'];

/**
 * The plan a case file has for a 判定期間: its latest agreed care plan made by the period's end (a
 * plan still at 原案 or 担当者会議 leaves the one agreed before it in force).
 */
export function planForPeriod(caseFile: CaseFile, period: JudgementPeriod): CarePlan | undefined {
  const made = (p: CarePlan) => p.planDate ?? p.consent?.date ?? p.createdOn;
  const { endedOn } = caseFile.client;
  if (endedOn !== undefined && endedOn < period.start) return undefined;
  return caseFile.carePlans
    .filter((p) => (p.consent?.date !== undefined || agreedStatuses.includes(p.status)) && (made(p) ?? '9999') <= period.end)
    .sort((a, b) => ((made(a) ?? '') < (made(b) ?? '') ? -1 : 1))
    .at(-1);
}

export type ConcentrationOutcome = 'below' | 'exempt' | 'justified' | 'reduced';
export const concentrationOutcomeLabels: Record<ConcentrationOutcome, string> = {
  below: '80%以下',
  exempt: '計画数が少なく判定対象外（正当な理由④）',
  justified: '80%超（正当な理由あり）',
  reduced: '80%超（減算）',
};

export interface ServiceConcentration {
  serviceCode: string;
  serviceName: string;
  planCount: number;
  providers: (ProviderShare & { share: number })[];
  /** share of the most-used provider (0 without plans) */
  topShare: number;
  /** at or under the threshold but within `concentrationRules.nearMargin` of it */
  near: boolean;
  outcome: ConcentrationOutcome;
  reason?: { reason: ConcentrationReason; recordId: string };
}

export interface ConcentrationReport {
  period: JudgementPeriod;
  deadline: IsoDate;
  reduction: { start: IsoDate; end: IsoDate };
  threshold: number;
  services: ServiceConcentration[];
  /** the office's care plans counted for the period (each client's latest agreed plan) */
  totalPlans: number;
  /** some service is over the threshold: the 判定書 goes to the 市町村長 by the deadline */
  mustSubmit: boolean;
  /** 減算 applies in the 減算適用期間 */
  reduced: boolean;
}

/**
 * 特定事業所集中減算 of one 判定期間: for every service of the list, the share of each provider
 * among the office's plans placing it (counted by the audit rule's own function), the 80% threshold,
 * and the 正当な理由 recorded for it.
 */
export function concentrationReport(caseFiles: readonly CaseFile[], period: JudgementPeriod, reasons: readonly { id: string; body: { periodStart: string; serviceCode: string; reason: ConcentrationReason } }[]): ConcentrationReport {
  const plans = caseFiles.map((c) => planForPeriod(c, period));
  const threshold = concentrationRules.threshold.value;
  const services = concentrationRules.services.value.map(({ code, name }): ServiceConcentration => {
    const { planCount, providers } = serviceShares(plans, code, period);
    const withShare = providers.map((p) => ({ ...p, share: planCount === 0 ? 0 : p.planCount / planCount }));
    const topShare = withShare[0]?.share ?? 0;
    const recorded = reasons.find((r) => r.body.periodStart === period.start && r.body.serviceCode === code);
    let outcome: ConcentrationOutcome = 'below';
    // A recorded 正当な理由 is what the 判定書 states, also for a service placed on few plans.
    if (topShare > threshold) outcome = recorded ? 'justified' : planCount <= concentrationRules.exemptUpToPlans.value ? 'exempt' : 'reduced';
    // Compared in millionths so that 75% is within 5 points of 80%.
    const near = topShare <= threshold && topShare > 0 && Math.round((threshold - topShare) * 1e6) <= Math.round(concentrationRules.nearMargin.value * 1e6);
    return { serviceCode: code, serviceName: name, planCount, providers: withShare, topShare, near, outcome, ...(recorded ? { reason: { reason: recorded.body.reason, recordId: recorded.id } } : {}) };
  });
  return {
    period,
    deadline: submissionDeadline(period),
    reduction: reductionPeriod(period),
    threshold,
    services,
    totalPlans: plans.filter((p) => p !== undefined).length,
    mustSubmit: services.some((s) => s.topShare > threshold),
    reduced: services.some((s) => s.outcome === 'reduced'),
  };
}
