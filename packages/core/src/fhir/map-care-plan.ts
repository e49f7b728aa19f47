import { assessmentItems } from '../domain/assessment-items.js';
import type { CarePlan } from '../domain/care-plan.schema.js';
import type { LongTermGoal, Need, ShortTermGoal } from '../domain/care-plan-needs.schema.js';
import { careLevelTable } from '../domain/codes/care-level.js';
import { certificationStatusTable, livingSupportReasonTable, planCategoryLabels } from '../domain/codes/plan-codes.js';
import type { WeeklyEntry } from '../domain/weekly-schedule.schema.js';
import { BundleAssembler } from './bundle-assembler.js';
import type { ExportContext } from './export-context.js';
import { codeSystems, extensionUrls, hl7Systems, idSystems } from './fhir-systems.js';
import { concept, defined, fhirPeriod, labelledNote, periodTextNote, text } from './fhir-values.js';
import { serviceLineActivity } from './map-activity.js';
import { careManagerRef, type TeamMember } from './map-care-team.js';
import { certificationKey } from './map-certification.js';
import { planStatusMapping } from './plan-status.js';
import type { FhirAnnotation, FhirReference } from './r4-datatypes.js';
import type { FhirCarePlan, FhirCarePlanActivity, FhirGoal } from './r4-resources.js';

/** Key of a CarePlan (居宅 or 予防) by Kizuki document id. */
export const carePlanKey = (planId: string) => `CarePlan/${planId}`;
/** Key of a Goal of a plan. */
export const goalKey = (planId: string, term: 'long' | 'short' | 'issue', goalId: string) => `Goal/${planId}/${term}/${goalId}`;
/** Key of a need (課題) Condition of a plan. */
export const needKey = (planId: string, needId: string) => `Condition/need/${planId}/${needId}`;

const itemNames = new Map(assessmentItems.map((item) => [item.key, item.name]));

function addNeed(ctx: ExportContext, plan: CarePlan, need: Need): FhirReference {
  return ctx.bundle.add(needKey(plan.id, need.id), {
    resourceType: 'Condition',
    clinicalStatus: concept(hl7Systems.conditionClinical, plan.status === 'superseded' ? 'inactive' : 'active'),
    category: [concept(codeSystems.conditionKind, 'care-need', '生活全般の解決すべき課題（ニーズ）')],
    code: text(need.text) ? { text: text(need.text) } : undefined,
    subject: ctx.patient,
    recordedDate: plan.planDate ?? plan.createdOn,
    evidence: need.assessmentItems.length > 0 ? [{ code: need.assessmentItems.map((key) => concept(codeSystems.assessmentItem, key, itemNames.get(key))) }] : undefined,
  });
}

/** A Goal of a plan; R4 requires a description, so a goal left blank says so. */
export function planGoal(ctx: ExportContext, status: FhirGoal['lifecycleStatus'], kind: { code: string; display: string }, goal: Pick<LongTermGoal, 'text' | 'period'>, addresses: FhirReference | undefined): FhirGoal {
  return {
    resourceType: 'Goal',
    lifecycleStatus: status,
    category: [concept(codeSystems.goalKind, kind.code, kind.display)],
    description: { text: text(goal.text) ?? '（目標未記入）' },
    subject: ctx.patient,
    startDate: goal.period?.start,
    target: goal.period?.end ? [{ dueDate: goal.period.end }] : undefined,
    addresses: defined([addresses]),
    note: defined([periodTextNote('期間', goal.period)]),
  };
}

function addShortTermGoal(ctx: ExportContext, plan: CarePlan, goal: ShortTermGoal, need: FhirReference): FhirReference {
  const resource = planGoal(ctx, planStatusMapping[plan.status].goal, { code: 'short-term', display: '短期目標' }, goal, need);
  return ctx.bundle.add(goalKey(plan.id, 'short', goal.id), resource);
}

function milestone(target: FhirReference) {
  return {
    url: extensionUrls.goalRelationship,
    extension: [
      { url: 'type', valueCodeableConcept: concept(hl7Systems.goalRelationshipType, 'milestone', 'Milestone') },
      { url: 'target', valueReference: target },
    ],
  };
}

function planNotes(plan: CarePlan): FhirAnnotation[] {
  const reason = plan.livingSupportReason?.reason;
  return defined([
    labelledNote('計画書区分', plan.planCategories.map((c) => planCategoryLabels[c]).join('・')),
    labelledNote('認定状況', plan.certificationStatus ? certificationStatusTable[plan.certificationStatus].label : undefined),
    labelledNote('要介護状態区分', plan.careLevel ? careLevelTable[plan.careLevel].label : undefined),
    labelledNote('初回居宅サービス計画作成日', plan.firstPlanDate),
    labelledNote('意向欄の記載（本人・家族・課題分析の結果に分けられていないもの）', plan.intentions?.unattributed),
    labelledNote('利用者の意向', plan.intentions?.client),
    labelledNote('家族の意向', plan.intentions?.family),
    labelledNote('課題分析の結果', plan.intentions?.analysisResult),
    labelledNote('介護認定審査会の意見及びサービスの種類の指定', plan.committeeOpinion),
    labelledNote('緊急時の対応機関・連絡先', plan.emergencyContactsNote),
    labelledNote('生活援助中心型の算定理由', reason ? defined([livingSupportReasonTable[reason].label, text(plan.livingSupportReason?.otherText)]).join('：') : undefined),
    labelledNote('週単位以外のサービス', plan.weeklySchedule?.nonWeeklyServices),
    labelledNote('軽微な変更', plan.minorChange ? defined(['あり', text(plan.minorChangeNote)]).join('：') : undefined),
    labelledNote('説明・同意', plan.consent?.date ? defined([plan.consent.date, text(plan.consent.by), text(plan.consent.relationship)]).join(' ') : undefined),
    labelledNote('利用者への交付日', plan.delivery?.toClientOn),
    labelledNote('備考', plan.notes),
  ]);
}

/**
 * Adds a 居宅サービス計画 as CarePlan with its needs (Condition), 長期目標 and 短期目標 (Goal,
 * the short-term goals as milestones of the long-term one) and 援助内容 (activities). Returns
 * the providers and supporters on the plan, for the CareTeam.
 */
export function addCarePlan(ctx: ExportContext, plan: CarePlan, careTeam: FhirReference | undefined): TeamMember[] {
  const mapping = planStatusMapping[plan.status];
  const slotsByLine = new Map<string, WeeklyEntry[]>();
  for (const slot of plan.weeklySchedule?.entries ?? []) {
    if (slot.serviceLineId) slotsByLine.set(slot.serviceLineId, [...(slotsByLine.get(slot.serviceLineId) ?? []), slot]);
  }
  const needs: FhirReference[] = [];
  const goals: FhirReference[] = [];
  const activities: FhirCarePlanActivity[] = [];
  const members: TeamMember[] = [];
  for (const need of plan.needs) {
    const needRef = addNeed(ctx, plan, need);
    needs.push(needRef);
    for (const longTerm of need.longTermGoals) {
      const longGoal = planGoal(ctx, mapping.goal, { code: 'long-term', display: '長期目標' }, longTerm, needRef);
      const longRef = ctx.bundle.add(goalKey(plan.id, 'long', longTerm.id), longGoal);
      goals.push(longRef);
      for (const shortTerm of longTerm.shortTermGoals) {
        const shortRef = addShortTermGoal(ctx, plan, shortTerm, needRef);
        goals.push(shortRef);
        longGoal.extension = [...(longGoal.extension ?? []), milestone(shortRef)];
        for (const line of shortTerm.serviceLines) {
          const mapped = serviceLineActivity(ctx, line, { status: mapping.activity, need: needRef, goal: shortRef, slots: slotsByLine.get(line.id) ?? [] });
          activities.push(mapped.activity);
          members.push(...mapped.members);
        }
      }
    }
  }
  const replaced = plan.supersedes && ctx.caseFile.carePlans.some((p) => p.id === plan.supersedes) ? { reference: BundleAssembler.fullUrlOf(carePlanKey(plan.supersedes)) } : undefined;
  const certification = plan.certificationId ? ctx.bundle.ref(certificationKey(plan.certificationId)) : undefined;
  const carePlan: FhirCarePlan = {
    resourceType: 'CarePlan',
    identifier: [{ system: idSystems.document('care_plan'), value: plan.id }],
    replaces: defined([replaced]),
    status: mapping.carePlan,
    intent: mapping.intent,
    category: [concept(codeSystems.carePlanKind, 'home-care-plan', '居宅サービス計画')],
    title: '居宅サービス計画',
    description: text(plan.overallPolicy),
    subject: ctx.patient,
    period: fhirPeriod({ start: plan.planDate, end: plan.supersededOn ?? plan.certificationValidTo }),
    created: plan.createdOn ?? plan.planDate,
    author: careManagerRef(ctx, plan.authorUserId, plan.authorName),
    careTeam: defined([careTeam]),
    addresses: needs,
    supportingInfo: defined([certification]),
    goal: goals,
    activity: activities,
    note: planNotes(plan),
  };
  ctx.bundle.add(carePlanKey(plan.id), carePlan);
  return members;
}
