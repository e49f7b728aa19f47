import type { Assessment } from '../domain/assessment.schema.js';
import type { CarePlan } from '../domain/care-plan.schema.js';
import type { Certification } from '../domain/certification.schema.js';
import { currentCertification } from '../domain/current-certification.js';
import type { CaseFile } from '../domain/document-bodies.js';
import type { PreventionPlan } from '../domain/prevention-plan.schema.js';
import type { IsoDate } from '../dates/iso-date.js';

function latestBy<T>(items: readonly T[], key: (item: T) => string | undefined): { item: T; index: number } | undefined {
  let best: { item: T; index: number; key: string } | undefined;
  items.forEach((item, index) => {
    const k = key(item) ?? '';
    // Later documents win ties: the list is in the order they were recorded.
    if (best === undefined || k >= best.key) best = { item, index, key: k };
  });
  return best && { item: best.item, index: best.index };
}

/**
 * The plan an audit looks at: the most recent (by 計画作成（変更）日, else 作成年月日) plan that is
 * not superseded. Returns index -1 when there is none.
 */
export function auditedPlan(caseFile: CaseFile): { plan: CarePlan | undefined; index: number } {
  const candidates = caseFile.carePlans.map((plan, index) => ({ plan, index })).filter(({ plan }) => plan.status !== 'superseded');
  const latest = latestBy(candidates, ({ plan }) => plan.planDate ?? plan.createdOn);
  return latest ? latest.item : { plan: undefined, index: -1 };
}

/** The certification a plan is based on (by id), else the one in force on `asOf`. */
export function planCertification(caseFile: CaseFile, plan: CarePlan | undefined, asOf: IsoDate): Certification | undefined {
  const linked = plan?.certificationId ? caseFile.certifications.find((c) => c.id === plan.certificationId) : undefined;
  return linked ?? currentCertification(caseFile.certifications, asOf);
}

/** The assessment a plan is based on (by id), else the most recent one. */
export function planAssessment(caseFile: CaseFile, plan: CarePlan | undefined): Assessment | undefined {
  const linked = plan?.assessmentId ? caseFile.assessments.find((a) => a.id === plan.assessmentId) : undefined;
  return linked ?? latestBy(caseFile.assessments, (a) => a.date)?.item;
}

/** The latest 介護予防サービス・支援計画書 that is not superseded. */
export function currentPreventionPlan(caseFile: CaseFile): PreventionPlan | undefined {
  const live = caseFile.preventionPlans.filter((p) => p.status !== 'superseded');
  return latestBy(live, (p) => p.planDate)?.item;
}
