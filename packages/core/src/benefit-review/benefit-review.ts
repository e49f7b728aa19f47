import { auditedPlan } from '../audit/audit-context.js';
import { addMonths, daysBetween, type IsoDate } from '../dates/iso-date.js';
import { findServiceType } from '../domain/codes/service-types.js';
import { listServiceLines } from '../domain/care-plan-needs.schema.js';
import type { CaseFile } from '../domain/document-bodies.js';
import type { ServiceUsage, ServiceUsageLine } from '../domain/service-usage.schema.js';
import { defaultSelectionThresholds } from '../inspection/select-sample.js';
import { limitUnitsForUsage } from '../usage/usage-certification.js';
import { calculateUsageSheet, serviceTypeOf } from '../usage/usage-sheet.js';

/**
 * 給付実績の活用 (塩尻市 5(2), 縦覧点検・医療情報との突合 in the national 介護給付適正化事業): the
 * checks Kizuki can make with the data it keeps. It has no 国保連 給付実績 (介護給付費明細書): it
 * reads the care plan (第2表), the 利用票 (第6表 予定 and 実績 days) and the certification
 * (区分支給限度基準額). Each check names the inputs it needs; a case file without them is reported
 * as not checked, never as fine.
 */
export const benefitInputs = {
  care_plan: '居宅サービス計画（第1表の作成日、第2表の援助内容とサービス種別コード）',
  usage_planned: '利用票（第6表）の予定',
  usage_actual: '利用票（第6表）の実績',
  certification: '要介護認定（区分支給限度基準額）',
} as const;
export type BenefitInput = keyof typeof benefitInputs;

export const benefitChecks = {
  'service-not-in-plan': { label: '計画にないサービスの利用', needs: ['care_plan', 'usage_planned'], detail: '利用票にあるサービス種類が、居宅サービス計画の第2表に位置付けられていません。' },
  'planned-service-unused': { label: '計画にあるが利用のないサービス', needs: ['care_plan', 'usage_planned'], detail: '第2表に位置付けた保険サービスが、直近の利用票にありません。' },
  'actual-below-planned': { label: '予定より実績が少ない', needs: ['usage_planned', 'usage_actual'], detail: '実績の単位数が予定を大きく下回っています（利用の中止・変更が計画に反映されているか）。' },
  'actual-above-planned': { label: '予定にない実績', needs: ['usage_planned', 'usage_actual'], detail: '実績の単位数が予定を上回っています。' },
  'near-limit': { label: '区分支給限度基準額に近い', needs: ['usage_planned', 'certification'], detail: '限度額の対象となる単位数が基準額に近い、または超えています。' },
  'plan-unchanged-long': { label: '長く見直されていない計画', needs: ['care_plan'], detail: '居宅サービス計画の作成（変更）日から長く経っています。' },
} as const satisfies Record<string, { label: string; needs: readonly BenefitInput[]; detail: string }>;
export type BenefitCheckId = keyof typeof benefitChecks;
export const benefitCheckIds = Object.keys(benefitChecks) as BenefitCheckId[];

/**
 * Thresholds of the checks. Local choices, not national figures: the limit share and the months are
 * those the ケアプラン点検 sampling uses, so both screens agree.
 */
export interface BenefitThresholds {
  /** Share of the 区分支給限度基準額 (default: the 点検 sampling's, 0.9). */
  nearLimitShare: number;
  /** Months since the plan's 作成（変更）日 (default: the 点検 sampling's, 12). */
  unchangedMonths: number;
  /** 実績 ÷ 予定 of a line at or below which it is reported (default 0.8: a fifth or more not provided). */
  actualShare: number;
  /** 利用票 months looked at, ending with the month of `asOf` (default 3). */
  months: number;
}
export const defaultBenefitThresholds: BenefitThresholds = { ...defaultSelectionThresholds, actualShare: 0.8, months: 3 };

/** One finding, with the document it is about (the 利用票 month or the plan) so a screen can link to it. */
export interface BenefitFinding {
  check: BenefitCheckId;
  message: string;
  document: { kind: 'care_plan' | 'service_usage'; id: string };
  month?: string;
  serviceTypeCode?: string;
}

/** A check that could not be made on a case file, and the input it lacked. */
export interface BenefitNotChecked {
  check: BenefitCheckId;
  missing: BenefitInput;
}

export interface BenefitReview {
  findings: BenefitFinding[];
  notChecked: BenefitNotChecked[];
}

const serviceTypeLabel = (code: string) => `${findServiceType(code)?.name ?? 'サービス種類'}（${code}）`;
const lineUnits = (line: ServiceUsageLine, days: readonly number[]) => (line.units ?? 0) * days.length * (line.timesPerDay ?? 1);
const percent = (x: number) => `${Math.round(x * 1000) / 10}%`;

/** The review of one case file on `asOf`: every check, each either made or reported as not made. */
export function reviewBenefitData(caseFile: CaseFile, asOf: IsoDate, thresholds: BenefitThresholds = defaultBenefitThresholds): BenefitReview {
  const findings: BenefitFinding[] = [];
  const notChecked: BenefitNotChecked[] = [];
  const skip = (check: BenefitCheckId, missing: BenefitInput) => notChecked.push({ check, missing });
  const { plan } = auditedPlan(caseFile);
  const lastMonth = asOf.slice(0, 7);
  const firstMonth = addMonths(`${lastMonth}-01`, -(thresholds.months - 1)).slice(0, 7);
  const usages: ServiceUsage[] = caseFile.serviceUsages.filter((u) => u.month >= firstMonth && u.month <= lastMonth).sort((a, b) => a.month.localeCompare(b.month));
  const latest = usages.at(-1);

  // Plan against 利用票: service types on one and not the other.
  const planTypes = new Set(
    plan
      ? listServiceLines(plan.needs)
          .filter(({ line }) => line.kind === 'insured' && line.serviceTypeCode)
          .map(({ line }) => line.serviceTypeCode!.toUpperCase())
      : [],
  );
  const planMonth = (plan?.planDate ?? plan?.createdOn ?? '').slice(0, 7);
  const usagesUnderPlan = usages.filter((u) => u.month >= planMonth);
  for (const check of ['service-not-in-plan', 'planned-service-unused'] as const) {
    if (!plan || planTypes.size === 0) skip(check, 'care_plan');
    else if (usagesUnderPlan.length === 0) skip(check, 'usage_planned');
  }
  if (plan && planTypes.size > 0 && usagesUnderPlan.length > 0) {
    for (const usage of usagesUnderPlan) {
      const used = new Set(usage.lines.filter((l) => l.plannedDays.length > 0 || l.actualDays.length > 0).map((l) => serviceTypeOf(l.serviceCode)));
      for (const type of [...used].sort()) {
        if (!planTypes.has(type)) findings.push({ check: 'service-not-in-plan', message: `${usage.month}の利用票に${serviceTypeLabel(type)}がありますが、計画の第2表に位置付けられていません。`, document: { kind: 'service_usage', id: usage.id }, month: usage.month, serviceTypeCode: type });
      }
    }
    const last = usagesUnderPlan.at(-1)!;
    const lastTypes = new Set(last.lines.map((l) => serviceTypeOf(l.serviceCode)));
    for (const type of [...planTypes].sort()) {
      if (!lastTypes.has(type)) findings.push({ check: 'planned-service-unused', message: `計画の第2表にある${serviceTypeLabel(type)}が、${last.month}の利用票にありません。`, document: { kind: 'care_plan', id: plan.id }, month: last.month, serviceTypeCode: type });
    }
  }

  // 予定 against 実績, line by line, in months whose 実績 has been entered.
  const withActual = usages.filter((u) => u.lines.some((l) => l.actualDays.length > 0));
  if (usages.length === 0) for (const check of ['actual-below-planned', 'actual-above-planned'] as const) skip(check, 'usage_planned');
  else if (withActual.length === 0) for (const check of ['actual-below-planned', 'actual-above-planned'] as const) skip(check, 'usage_actual');
  for (const usage of withActual) {
    for (const line of usage.lines) {
      const planned = lineUnits(line, line.plannedDays);
      const actual = lineUnits(line, line.actualDays);
      const name = line.serviceName || serviceTypeLabel(serviceTypeOf(line.serviceCode));
      const where = { document: { kind: 'service_usage' as const, id: usage.id }, month: usage.month, serviceTypeCode: serviceTypeOf(line.serviceCode) };
      if (planned > 0 && actual / planned <= thresholds.actualShare) {
        findings.push({ check: 'actual-below-planned', message: `${usage.month} ${line.providerName ?? ''} ${name}：予定 ${planned}単位に対し実績 ${actual}単位（${percent(actual / planned)}）。`, ...where });
      } else if (actual > planned) {
        findings.push({ check: 'actual-above-planned', message: `${usage.month} ${line.providerName ?? ''} ${name}：予定 ${planned}単位に対し実績 ${actual}単位。`, ...where });
      }
    }
  }

  // 区分支給限度基準額: the latest month's planned units against the limit.
  if (!latest) skip('near-limit', 'usage_planned');
  else {
    const limit = limitUnitsForUsage(caseFile.certifications, latest);
    if (limit === undefined || limit <= 0) skip('near-limit', 'certification');
    else {
      const sheet = calculateUsageSheet(latest, { limitUnits: limit });
      const share = sheet.totals.managedUnits / limit;
      if (share >= thresholds.nearLimitShare) {
        const over = sheet.totals.overLimitUnits > 0 ? `、${sheet.totals.overLimitUnits}単位が基準額を超えています` : '';
        findings.push({ check: 'near-limit', message: `${latest.month}：限度額対象 ${sheet.totals.managedUnits}単位／基準額 ${limit}単位（${percent(share)}）${over}。`, document: { kind: 'service_usage', id: latest.id }, month: latest.month });
      }
    }
  }

  // A plan not changed for long.
  const planDate = plan?.planDate ?? plan?.createdOn;
  if (!plan || !planDate) skip('plan-unchanged-long', 'care_plan');
  else {
    const days = daysBetween(planDate, asOf);
    if (days >= (thresholds.unchangedMonths * 365.25) / 12) {
      findings.push({ check: 'plan-unchanged-long', message: `計画の作成（変更）日 ${planDate} から${Math.floor((days * 12) / 365.25)}か月経っています（目安 ${thresholds.unchangedMonths}か月）。`, document: { kind: 'care_plan', id: plan.id } });
    }
  }
  return { findings, notChecked };
}
