import type { CaseFile, CarePlan, Certification, LongTermGoal, Need, ServiceLine, ServiceLineKind, ShortTermGoal } from '@kizuki/core';
import { currentCertification } from '@kizuki/core';
import { newId } from '../shared/ids.js';

/** A fresh id for a row of the plan (ids only need to be unique inside one plan). */
export function newRowId(): string {
  return newId();
}

export function emptyServiceLine(kind: ServiceLineKind): ServiceLine {
  // ※1: insured services carry 保険給付の対象 ○ unless the care manager says otherwise.
  return kind === 'insured' ? { id: newRowId(), kind, insured: true } : { id: newRowId(), kind, insured: false, informalCategory: 'family' };
}

export function emptyShortTermGoal(): ShortTermGoal {
  return { id: newRowId(), serviceLines: [] };
}

export function emptyLongTermGoal(): LongTermGoal {
  return { id: newRowId(), shortTermGoals: [emptyShortTermGoal()] };
}

export function emptyNeed(): Need {
  return { id: newRowId(), assessmentItems: [], longTermGoals: [emptyLongTermGoal()] };
}

/** Who writes the plan, as printed on 第1表 (居宅サービス計画作成者). */
export interface PlanAuthor {
  userId: string;
  name: string;
}

/** 第1表's 認定 fields copied from a certification (認定日, 有効期間, 要介護状態区分, 審査会の意見). */
export function certificationFields(cert: Certification | undefined): Partial<CarePlan> {
  if (cert === undefined) return { certificationStatus: 'applying' };
  const opinion = [cert.committeeOpinion, cert.serviceTypeDesignation && `サービスの種類の指定: ${cert.serviceTypeDesignation}`]
    .filter((text): text is string => typeof text === 'string' && text !== '')
    .join('\n');
  return {
    certificationStatus: cert.status,
    certificationId: cert.id,
    careLevel: cert.careLevel,
    certifiedOn: cert.certifiedOn,
    certificationValidFrom: cert.validFrom,
    certificationValidTo: cert.validTo,
    committeeOpinion: opinion === '' ? undefined : opinion,
  };
}

/** The certification a new plan starts from: an application in progress after the one in force makes it 申請中. */
export function certificationForNewPlan(caseFile: CaseFile, today: string): Certification | undefined {
  const inForce = currentCertification(caseFile.certifications, today);
  const applying = caseFile.certifications.find((c) => c.status === 'applying' && (c.applicationDate ?? '') >= (inForce?.validFrom ?? ''));
  return applying ?? inForce;
}

function latestAssessmentId(caseFile: CaseFile): string | undefined {
  return [...caseFile.assessments].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))[0]?.id;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * A new 原案 for a client: 認定 copied from the certification, the latest assessment linked,
 * 計画書区分 初回 when the client has no plan yet (継続 otherwise), one empty need to start with.
 */
export function newPlanBody(caseFile: CaseFile, author: PlanAuthor, today: string): CarePlan {
  const first = caseFile.carePlans.map((p) => p.firstPlanDate ?? p.planDate).filter((d): d is string => d !== undefined).sort()[0];
  return withoutUndefined<CarePlan>({
    id: 'new',
    status: 'draft',
    createdOn: today,
    planDate: today,
    firstPlanDate: first ?? today,
    planCategories: caseFile.carePlans.length === 0 ? ['initial'] : ['continuation'],
    ...certificationFields(certificationForNewPlan(caseFile, today)),
    assessmentId: latestAssessmentId(caseFile),
    authorUserId: author.userId,
    authorName: author.name,
    needs: [emptyNeed()],
    weeklySchedule: { createdOn: today, entries: [], dailyActivities: [] },
    individualServicePlans: [],
    acknowledgements: [],
  });
}

/**
 * A revision (計画の変更) of `current`: the same 第1表〜第3表 to edit, as a new 原案 that
 * supersedes it. The process records (meeting, consent, delivery) and acknowledged 気づき stay
 * with the old plan; 認定 and assessment are refreshed to the current ones.
 */
export function revisionBody(current: CarePlan, caseFile: CaseFile, author: PlanAuthor, today: string, reason?: string): CarePlan {
  const copy = structuredClone(current);
  const {
    meetingId: _meeting,
    consent: _consent,
    delivery: _delivery,
    supersededBy: _by,
    supersededOn: _on,
    minorChange: _minor,
    minorChangeNote: _minorNote,
    ...content
  } = copy;
  return withoutUndefined<CarePlan>({
    ...content,
    id: 'new',
    status: 'draft',
    createdOn: today,
    planDate: today,
    firstPlanDate: current.firstPlanDate ?? current.planDate,
    planCategories: ['continuation'],
    ...certificationFields(certificationForNewPlan(caseFile, today)),
    assessmentId: latestAssessmentId(caseFile) ?? current.assessmentId,
    authorUserId: author.userId,
    authorName: author.name,
    weeklySchedule: copy.weeklySchedule && { ...copy.weeklySchedule, createdOn: today },
    individualServicePlans: [],
    acknowledgements: [],
    supersedes: current.id,
    notes: reason,
  });
}
