import { auditedPlan, currentPreventionPlan } from '../audit/audit-context.js';
import { ruleParams } from '../audit/rule-params.js';
import { certificationExpiringRule, renewalUnderWay } from '../audit/rules/process/certification-expiring.rule.js';
import { meetingExempt, meetingMissingRule, renewalMeetingMissing, type MeetingParams } from '../audit/rules/process/meeting-missing.rule.js';
import { monitoringOverdueRule } from '../audit/rules/process/monitoring-overdue.rule.js';
import { monitoringStanding, plannedMonitoringMissed, type MonitoringParams } from '../audit/rules/process/monitoring-rhythm.js';
import { monthIndex, monthOfIndex } from '../audit/rules/process/month-index.js';
import { fromCarePlan, fromPreventionPlan, type ProcessPlan } from '../audit/rules/process/process-plan.js';
import { addDays, daysBetween, type IsoDate } from '../dates/iso-date.js';
import type { Certification } from '../domain/certification.schema.js';
import { careLevelTable } from '../domain/codes/care-level.js';
import { currentCertification } from '../domain/current-certification.js';
import type { CaseFile } from '../domain/document-bodies.js';
import type { PlanStatus } from '../domain/plan-lifecycle.schema.js';
import type { ResolvedPolicyPack } from '../policy/resolve-policy-pack.js';
import type { CertificationEndingItem, DashboardClientRef, MonitoringDueItem, MonthSpan, PlanWaitingItem, ReassessmentDueItem } from './dashboard-api.js';

/** The pack settings the due items follow: the params of the audit rules that check the same things. */
export interface DueRhythm {
  monitoring: MonitoringParams;
  /** process.certification-expiring daysBefore */
  certificationDays: number;
  meeting: MeetingParams;
}

/** The due-item settings of a pack (the rules' defaults where the pack switches a rule off). */
export function dueRhythmOf(pack: ResolvedPolicyPack): DueRhythm {
  return {
    monitoring: ruleParams(pack, monitoringOverdueRule),
    certificationDays: ruleParams(pack, certificationExpiringRule).daysBefore,
    meeting: ruleParams(pack, meetingMissingRule),
  };
}

/** The client an item is about. */
export function dashboardClientRef(caseFile: CaseFile): DashboardClientRef {
  return { clientId: caseFile.client.id, name: caseFile.client.name, nameKana: caseFile.client.nameKana };
}

const latestDate = (dates: readonly (string | undefined)[]): IsoDate | undefined =>
  dates.filter((d): d is string => d !== undefined).sort().at(-1);

const span = (first: number, last: number): MonthSpan => ({ from: monthOfIndex(first), to: monthOfIndex(last) });

/**
 * モニタリング due on `asOf` under the pack's rhythm, for the plan the audit looks at: the
 * running period with nothing recorded yet, and the earlier periods process.monitoring-overdue
 * raises as missed. Nothing while the client is in hospital, in a facility or ended.
 */
export function monitoringDueItems(caseFile: CaseFile, asOf: IsoDate, rhythm: DueRhythm): MonitoringDueItem[] {
  if (caseFile.client.status && caseFile.client.status !== 'active') return [];
  const standing = monitoringStanding(caseFile, { plan: auditedPlan(caseFile).plan, preventionPlan: currentPreventionPlan(caseFile) }, asOf, rhythm.monitoring);
  if (standing === undefined) return [];
  const { plan } = standing;
  const last = latestDate(caseFile.monitorings.map((m) => m.date).filter((d) => d <= asOf));
  const base = {
    ...dashboardClientRef(caseFile),
    planKind: plan.document,
    planId: plan.id,
    ...(plan.careManagementType ? { careManagementType: plan.careManagementType } : {}),
    ...(last ? { lastMonitoringDate: last } : {}),
  };
  if (standing.kind === 'planned') {
    const due = !standing.done && monthIndex(standing.plannedOn) <= monthIndex(asOf);
    return due ? [{ ...base, plannedOn: standing.plannedOn, missed: plannedMonitoringMissed(standing) ? [span(monthIndex(standing.plannedOn), monthIndex(standing.plannedOn))] : [] }] : [];
  }
  const { current, visits, interval } = standing;
  const now = monthIndex(asOf);
  let recorded = false;
  for (let month = current.firstMonth; month <= now; month += 1) recorded ||= visits.get(month)?.any ?? false;
  const dueNow = now >= current.firstMonth && now <= standing.lastMonth + 1 && !recorded;
  const missed = standing.gaps.filter((g) => g.kind === 'missing').map((g) => span(g.firstMonth, g.lastMonth));
  if (!dueNow && missed.length === 0) return [];
  return [{ ...base, intervalMonths: interval, ...(dueNow ? { due: span(current.firstMonth, current.lastMonth) } : {}), missed }];
}

/** 認定有効期間 ending within the pack's window (process.certification-expiring daysBefore), or already ended. */
export function certificationEndingItems(caseFile: CaseFile, asOf: IsoDate, rhythm: DueRhythm): CertificationEndingItem[] {
  if (caseFile.client.status === 'ended') return [];
  const current = currentCertification(caseFile.certifications, asOf);
  const validTo = current?.validTo;
  if (current === undefined || validTo === undefined) return [];
  const daysLeft = daysBetween(asOf, validTo);
  if (daysLeft > rhythm.certificationDays) return [];
  // A later certification already decided: nothing to do.
  if (caseFile.certifications.some((c) => c.status === 'certified' && c.validFrom !== undefined && c.validFrom > validTo)) return [];
  return [
    {
      ...dashboardClientRef(caseFile),
      certificationId: current.id,
      ...(current.careLevel ? { careLevel: careLevelTable[current.careLevel].label } : {}),
      validTo,
      daysLeft,
      windowDays: rhythm.certificationDays,
      renewalApplied: caseFile.certifications.some((c) => c.status === 'applying'),
      renewalUnderWay: renewalUnderWay(caseFile, current, addDays(validTo, -rhythm.certificationDays)),
    },
  ];
}

const waitingByStatus: Partial<Record<PlanStatus, PlanWaitingItem['waitingFor']>> = { draft: 'meeting', meeting_held: 'consent', consented: 'delivery' };

/**
 * Plans waiting for the next step. A draft waits for a サービス担当者会議 unless process.meeting-missing
 * exempts it (軽微な変更, or a 介護予防ケアマネジメント 類型 the pack names); the care plan the audit
 * looks at waits for one after a 更新認定 or 区分変更認定 that no meeting followed.
 */
export function planWaitingItems(caseFile: CaseFile, asOf: IsoDate, rhythm: DueRhythm): PlanWaitingItem[] {
  const items: PlanWaitingItem[] = [];
  const add = (plan: ProcessPlan, planDate: IsoDate | undefined) => {
    let waitingFor = waitingByStatus[plan.status];
    if (!waitingFor) return;
    if (waitingFor === 'meeting' && meetingExempt(plan, rhythm.meeting)) waitingFor = 'consent';
    items.push({ ...dashboardClientRef(caseFile), planKind: plan.document, planId: plan.id, status: plan.status, waitingFor, ...(planDate ? { planDate } : {}) });
  };
  caseFile.carePlans.forEach((plan) => add(fromCarePlan(plan), plan.planDate));
  caseFile.preventionPlans.forEach((plan) => add(fromPreventionPlan(plan), plan.planDate));
  const { plan } = auditedPlan(caseFile);
  // A draft already waiting for its own meeting answers the renewal too.
  if (plan !== undefined && caseFile.client.status !== 'ended' && !items.some((i) => i.planId === plan.id && i.waitingFor === 'meeting')) {
    const cert = renewalMeetingMissing(caseFile, fromCarePlan(plan), asOf);
    if (cert !== undefined) {
      items.push({ ...dashboardClientRef(caseFile), planKind: 'care_plan', planId: plan.id, status: plan.status, waitingFor: 'renewal_meeting', ...(plan.planDate ? { planDate: plan.planDate } : {}), certifiedOn: cert.certifiedOn });
    }
  }
  return items;
}

function certificationStart(cert: Certification): IsoDate | undefined {
  return cert.applicationDate ?? cert.certifiedOn ?? cert.validFrom;
}

/** 再アセスメント: the certification in force started after the latest assessment. */
export function reassessmentDueItems(caseFile: CaseFile, asOf: IsoDate): ReassessmentDueItem[] {
  if (caseFile.client.status === 'ended') return [];
  const current = currentCertification(caseFile.certifications, asOf);
  if (!current) return [];
  const reason = current.applicationKind ?? 'new';
  const since = certificationStart(current);
  const last = latestDate(caseFile.assessments.map((a) => a.date));
  const covered = last !== undefined && (since === undefined || last >= since);
  if (covered) return [];
  // A first certification is only due when there is no assessment at all.
  if (reason === 'new' && last !== undefined) return [];
  return [{ ...dashboardClientRef(caseFile), certificationId: current.id, reason, ...(since ? { since } : {}), ...(last ? { lastAssessmentDate: last } : {}) }];
}
