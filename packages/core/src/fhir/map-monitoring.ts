import {
  goalAchievementLabels,
  monitoringMethodLabels,
  monitoringNextActionLabels,
  type GoalAchievement,
  type Monitoring,
  type MonitoringMethod,
  type satisfactionLevels,
} from '../domain/monitoring.schema.js';
import type { ExportContext } from './export-context.js';
import { codeSystems, hl7Systems, idSystems } from './fhir-systems.js';
import { concept, defined, labelledNote, text } from './fhir-values.js';
import { careManagerRef } from './map-care-team.js';
import { carePlanKey, goalKey } from './map-care-plan.js';
import type { FhirCodeableConcept, FhirCoding, FhirReference } from './r4-datatypes.js';
import type { FhirEncounter, FhirGoal, FhirObservation } from './r4-resources.js';

/** Encounter.class by 実施方法: 居宅訪問 = home health, テレビ電話装置等 = virtual, その他 = field. */
const encounterClass: Record<MonitoringMethod, FhirCoding> = {
  home_visit: { system: hl7Systems.actCode, code: 'HH', display: 'home health' },
  online: { system: hl7Systems.actCode, code: 'VR', display: 'virtual' },
  other: { system: hl7Systems.actCode, code: 'FLD', display: 'field' },
};

/** 目標の達成度 in HL7 goal-achievement: 一部達成 is still being sought (in-progress). */
const hl7Achievement: Record<GoalAchievement, [code: string, display: string]> = {
  achieved: ['achieved', 'Achieved'],
  partly: ['in-progress', 'In Progress'],
  not_achieved: ['not-achieved', 'Not Achieved'],
};

const satisfactionLabels: Record<(typeof satisfactionLevels)[number], string> = { satisfied: '満足', somewhat: 'やや満足', dissatisfied: '不満' };

/** 目標の達成度 as a CodeableConcept: Kizuki's code with the Japanese label, and HL7's. */
export function achievementConcept(achievement: GoalAchievement): FhirCodeableConcept {
  const [code, display] = hl7Achievement[achievement];
  return {
    coding: [
      { system: codeSystems.goalAchievement, code: achievement, display: goalAchievementLabels[achievement] },
      { system: hl7Systems.goalAchievement, code, display },
    ],
    text: goalAchievementLabels[achievement],
  };
}

const obsCode = (code: string, display: string) => concept(codeSystems.observation, code, display);

function summaryComponents(m: Monitoring): FhirObservation['component'] {
  const component = (code: string, display: string, value: Partial<Pick<FhirObservation, 'valueString' | 'valueBoolean' | 'valueCodeableConcept'>>) =>
    Object.values(value).some((v) => v !== undefined) ? { code: obsCode(code, display), ...value } : undefined;
  const choice = (system: string, code: string | undefined, labels: Record<string, string>) => (code ? concept(system, code, labels[code], labels[code]) : undefined);
  return defined([
    component('interviewees', '面接した相手', { valueString: text(m.interviewees) }),
    component('service-status', 'サービスの実施状況', { valueString: text(m.serviceStatus) }),
    component('client-satisfaction', '本人の満足度', { valueCodeableConcept: choice(codeSystems.satisfaction, m.clientSatisfaction, satisfactionLabels) }),
    component('client-satisfaction-note', '本人の満足度（内容）', { valueString: text(m.clientSatisfactionNote) }),
    component('family-satisfaction', '家族の満足度', { valueCodeableConcept: choice(codeSystems.satisfaction, m.familySatisfaction, satisfactionLabels) }),
    component('family-satisfaction-note', '家族の満足度（内容）', { valueString: text(m.familySatisfactionNote) }),
    component('changes', '心身の状態・生活の変化', { valueString: text(m.changes) }),
    component('next-action', '今後の対応', { valueCodeableConcept: choice(codeSystems.nextAction, m.nextAction, monitoringNextActionLabels) }),
    component('starts-plan-revision', '計画変更の開始', { valueBoolean: m.startsPlanRevision }),
  ]);
}

/**
 * A モニタリング as an Encounter (the visit), an Observation of its findings, and one
 * Observation per evaluated short-term goal (focus = the Goal), which also becomes the Goal's
 * achievementStatus when it is the latest. Evaluations of goals not in the plan are left out.
 */
export function addMonitoring(ctx: ExportContext, m: Monitoring): void {
  const performer = careManagerRef(ctx, m.authorUserId);
  const plan = m.planId ? ctx.bundle.ref(carePlanKey(m.planId)) : undefined;
  const encounter: FhirEncounter = {
    resourceType: 'Encounter',
    identifier: [{ system: idSystems.document('monitoring'), value: m.id }],
    status: 'finished',
    class: encounterClass[m.method],
    type: [{ ...concept(codeSystems.encounterType, 'monitoring', 'モニタリング'), text: defined([`モニタリング（${monitoringMethodLabels[m.method]}）`, text(m.methodNote)]).join(' ') }],
    subject: ctx.patient,
    participant: defined([performer]).map((individual) => ({ individual })),
    period: { start: m.date },
    serviceProvider: ctx.office,
  };
  const encounterRef = ctx.bundle.add(`Encounter/monitoring/${m.id}`, encounter);
  const common = { subject: ctx.patient, encounter: encounterRef, basedOn: defined([plan]), effectiveDateTime: m.date, performer: defined([performer]) };
  ctx.bundle.add(`Observation/monitoring/${m.id}`, {
    resourceType: 'Observation',
    status: 'final',
    code: obsCode('monitoring', 'モニタリング'),
    ...common,
    component: summaryComponents(m),
    note: defined([labelledNote('備考', m.notes)]),
  });
  for (const evaluation of m.goalEvaluations) {
    const goalKeyOf = m.planId ? [goalKey(m.planId, 'short', evaluation.shortTermGoalId), goalKey(m.planId, 'issue', evaluation.shortTermGoalId)].find((k) => ctx.bundle.has(k)) : undefined;
    if (!goalKeyOf) continue;
    const value = evaluation.achievement ? achievementConcept(evaluation.achievement) : undefined;
    const ref = ctx.bundle.add(`Observation/goal-evaluation/${m.id}/${evaluation.shortTermGoalId}`, {
      resourceType: 'Observation',
      status: 'final',
      code: obsCode('goal-achievement', '目標の達成度'),
      focus: defined([ctx.bundle.ref(goalKeyOf)]),
      ...common,
      valueCodeableConcept: value,
      note: defined([text(evaluation.comment) ? { text: text(evaluation.comment) ?? '' } : undefined]),
    });
    linkEvaluation(ctx.bundle.get<FhirGoal>(goalKeyOf, 'Goal'), ref, value, m.date);
  }
}

const latestEvaluationDate = new WeakMap<FhirGoal, string>();

function linkEvaluation(goal: FhirGoal | undefined, observation: FhirReference, value: FhirCodeableConcept | undefined, date: string): void {
  if (!goal) return;
  goal.outcomeReference = [...(goal.outcomeReference ?? []), observation];
  const latest = latestEvaluationDate.get(goal);
  if (value && (latest === undefined || date >= latest)) {
    goal.achievementStatus = value;
    latestEvaluationDate.set(goal, date);
  }
}
