import { serviceShares, type CorporationShare, type PlanUse, type ProviderCorporation, type ProviderShare } from './provider-shares.js';
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
  /** each 事業所 with its own share */
  providers: (ProviderShare & { share: number })[];
  /** each 法人 (a 事業所 without a recorded 法人 is its own), most plans first: the first is the 紹介率最高法人 */
  corporations: (CorporationShare & { share: number })[];
  /** share of the 紹介率最高法人 (0 without plans) */
  topShare: number;
  /** at or under the threshold but within `concentrationRules.nearMargin` of it */
  near: boolean;
  outcome: ConcentrationOutcome;
  reason?: { reason: ConcentrationReason; recordId: string };
}

/** A provider on the period's plans whose 法人 the office has not recorded (it counts as a 法人 of its own). */
export interface UnrecordedProvider {
  key: string;
  name: string;
  officeNumber?: string;
  serviceCodes: string[];
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
  /** providers of the period's plans without a recorded 法人, each counted as its own 法人 */
  unrecordedProviders: UnrecordedProvider[];
}

/** The threshold and the 正当な理由④ limit: the 判定書 uses `concentrationRules`, the audit rule its pack params. */
export interface ConcentrationSettings {
  threshold: number;
  exemptUpToPlans: number;
}

/**
 * The judgement of one service over a 判定期間, counted by 法人 where the office recorded the 法人
 * of its providers: the one function behind the 判定書 and the audit rule
 * `office.provider-concentration`, so the two cannot disagree. `caseFiles[i]` for `i` of
 * `targets` are counted with {@link planForPeriod}; `uses[].index` is an index into `caseFiles`.
 */
export function serviceConcentration(
  caseFiles: readonly CaseFile[],
  targets: readonly number[],
  code: string,
  period: JudgementPeriod,
  settings: ConcentrationSettings,
  corporations: readonly ProviderCorporation[] = [],
  recorded?: { reason: ConcentrationReason; recordId: string },
): { service: Omit<ServiceConcentration, 'serviceName'>; uses: PlanUse[] } {
  const plans = targets.map((i) => (caseFiles[i] === undefined ? undefined : planForPeriod(caseFiles[i], period)));
  const { planCount, providers, corporations: groups, uses } = serviceShares(plans, code, period, corporations);
  const share = (n: number) => (planCount === 0 ? 0 : n / planCount);
  const topShare = share(groups[0]?.planCount ?? 0);
  const { threshold } = settings;
  let outcome: ConcentrationOutcome = 'below';
  // A recorded 正当な理由 is what the 判定書 states, also for a service placed on few plans.
  if (topShare > threshold) outcome = recorded ? 'justified' : planCount <= settings.exemptUpToPlans ? 'exempt' : 'reduced';
  // Compared in millionths so that 75% is within 5 points of 80%.
  const near = topShare <= threshold && topShare > 0 && Math.round((threshold - topShare) * 1e6) <= Math.round(concentrationRules.nearMargin.value * 1e6);
  return {
    service: {
      serviceCode: code,
      planCount,
      providers: providers.map((p) => ({ ...p, share: share(p.planCount) })),
      corporations: groups.map((c) => ({ ...c, share: share(c.planCount) })),
      topShare,
      near,
      outcome,
      ...(recorded ? { reason: recorded } : {}),
    },
    uses: uses.map((u) => ({ ...u, index: targets[u.index]! })),
  };
}

/**
 * 特定事業所集中減算 of one 判定期間: for every service of the list, the share of each 法人 (and of
 * each 事業所) among the office's plans placing it, the 80% threshold, and the 正当な理由 recorded
 * for it. `corporations`: the 法人 of providers the office recorded.
 */
export function concentrationReport(
  caseFiles: readonly CaseFile[],
  period: JudgementPeriod,
  reasons: readonly { id: string; body: { periodStart: string; serviceCode: string; reason: ConcentrationReason } }[],
  corporations: readonly ProviderCorporation[] = [],
): ConcentrationReport {
  const targets = caseFiles.map((_, i) => i);
  const threshold = concentrationRules.threshold.value;
  const settings = { threshold, exemptUpToPlans: concentrationRules.exemptUpToPlans.value };
  const services = concentrationRules.services.value.map(({ code, name }): ServiceConcentration => {
    const found = reasons.find((r) => r.body.periodStart === period.start && r.body.serviceCode === code);
    const { service } = serviceConcentration(caseFiles, targets, code, period, settings, corporations, found ? { reason: found.body.reason, recordId: found.id } : undefined);
    return { ...service, serviceName: name };
  });
  const unrecorded = new Map<string, UnrecordedProvider>();
  for (const s of services)
    for (const c of s.corporations)
      if (!c.recorded)
        for (const p of c.offices) {
          const entry = unrecorded.get(p.key) ?? { key: p.key, name: p.officeNumber ? p.name.replace(`（${p.officeNumber}）`, '') : p.name, ...(p.officeNumber ? { officeNumber: p.officeNumber } : {}), serviceCodes: [] };
          entry.serviceCodes.push(s.serviceCode);
          unrecorded.set(p.key, entry);
        }
  return {
    period,
    deadline: submissionDeadline(period),
    reduction: reductionPeriod(period),
    threshold,
    services,
    totalPlans: caseFiles.filter((c) => planForPeriod(c, period) !== undefined).length,
    mustSubmit: services.some((s) => s.topShare > threshold),
    reduced: services.some((s) => s.outcome === 'reduced'),
    unrecordedProviders: [...unrecorded.values()],
  };
}
