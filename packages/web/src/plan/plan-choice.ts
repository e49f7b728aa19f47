import { auditedPlan, type CarePlan, type CaseFile, type Monitoring } from '@kizuki/core';

/** Plans newest first (by 計画作成（変更）日, then 作成年月日; later records first on ties). */
export function plansNewestFirst(plans: readonly CarePlan[]): CarePlan[] {
  const key = (p: CarePlan) => p.planDate ?? p.createdOn ?? '';
  return plans
    .map((plan, index) => ({ plan, index }))
    .sort((a, b) => (key(a.plan) < key(b.plan) ? 1 : key(a.plan) > key(b.plan) ? -1 : b.index - a.index))
    .map(({ plan }) => plan);
}

/** The plan to open first: the one the audit looks at (latest not superseded), else the newest. */
export function defaultPlanId(caseFile: CaseFile): string | undefined {
  return auditedPlan(caseFile).plan?.id ?? plansNewestFirst(caseFile.carePlans)[0]?.id;
}

/** A monitoring that asks for a plan revision (計画の見直し), with the plan it would revise. */
export interface RevisionStart {
  monitoring: Monitoring;
  plan: CarePlan;
}

/**
 * Monitorings that decided to revise the plan (計画変更 / 計画の見直しを開始) whose plan is still
 * live and has no revision yet: each can start the next plan.
 */
export function pendingRevisions(caseFile: CaseFile): RevisionStart[] {
  const current = auditedPlan(caseFile).plan;
  return caseFile.monitorings
    .filter((m) => m.startsPlanRevision === true || m.nextAction === 'revise_plan')
    .flatMap((monitoring): RevisionStart[] => {
      const plan = caseFile.carePlans.find((p) => p.id === monitoring.planId) ?? current;
      if (plan === undefined || plan.status === 'superseded') return [];
      if (caseFile.carePlans.some((p) => p.supersedes === plan.id)) return [];
      return [{ monitoring, plan }];
    })
    .sort((a, b) => (a.monitoring.date < b.monitoring.date ? 1 : -1));
}
