import type { Assessment } from '../domain/assessment.schema.js';
import type { CarePlan } from '../domain/care-plan.schema.js';
import type { Need } from '../domain/care-plan-needs.schema.js';
import type { PreventionPlan } from '../domain/prevention-plan.schema.js';
import type { Evidence } from './finding.js';

type Path = (string | number)[];

/** A field of any document of the case file (path inside the document body). */
export function documentEvidence(document: Evidence['document'], documentId: string, path: Path, label: string, value?: string): Evidence {
  return { document, documentId, path, label, ...(value !== undefined ? { value } : {}) };
}

/** A field of the audited care plan (path inside the plan body). */
export function planEvidence(plan: CarePlan, path: Path, label: string, value?: string): Evidence {
  return documentEvidence('care_plan', plan.id, path, label, value);
}

/** A field of a 介護予防サービス・支援計画書. */
export function preventionPlanEvidence(plan: PreventionPlan, path: Path, label: string, value?: string): Evidence {
  return documentEvidence('prevention_plan', plan.id, path, label, value);
}

/** A field of an assessment. */
export function assessmentEvidence(assessment: Assessment, path: Path, label: string, value?: string): Evidence {
  return documentEvidence('assessment', assessment.id, path, label, value);
}

/** A field of the client document (基本情報). */
export function clientEvidence(path: Path, label: string, value?: string): Evidence {
  return { document: 'client', path, label, ...(value !== undefined ? { value } : {}) };
}

/** 1-based label of a need, as the care manager sees it on 第2表: 「課題2」. */
export function needLabel(needIndex: number): string {
  return `第2表 課題${needIndex + 1}`;
}

/** Every goal of a plan with its location, for rules that read goal texts. */
export interface GoalRef {
  kind: 'long' | 'short';
  text: string;
  path: Path;
  label: string;
  needIndex: number;
}

/** The long- and short-term goals of a plan's needs, in order, with paths and Japanese labels. */
export function listGoals(needs: readonly Need[]): GoalRef[] {
  return needs.flatMap((need, n) =>
    need.longTermGoals.flatMap((long, l): GoalRef[] => [
      { kind: 'long', text: long.text ?? '', path: ['needs', n, 'longTermGoals', l, 'text'], label: `${needLabel(n)} 長期目標${l + 1}`, needIndex: n },
      ...long.shortTermGoals.map((short, s): GoalRef => ({
        kind: 'short',
        text: short.text ?? '',
        path: ['needs', n, 'longTermGoals', l, 'shortTermGoals', s, 'text'],
        label: `${needLabel(n)} 長期目標${l + 1} 短期目標${s + 1}`,
        needIndex: n,
      })),
    ]),
  );
}

/** A goal with the evidence that points at it, in a care plan or a 介護予防 plan. */
export interface LocatedGoal {
  goal: GoalRef;
  evidence: Evidence;
}

/**
 * Every goal the audit reads as a goal: 第2表's long- and short-term goals, and the 目標 of each
 * 課題 of the 介護予防サービス・支援計画書.
 */
export function listAuditedGoals(plan: CarePlan | undefined, preventionPlan: PreventionPlan | undefined): LocatedGoal[] {
  const care = plan === undefined ? [] : listGoals(plan.needs).map((goal) => ({ goal, evidence: planEvidence(plan, goal.path, goal.label, goal.text) }));
  const prevention =
    preventionPlan === undefined
      ? []
      : preventionPlan.issues.map((issue, i): LocatedGoal => {
          const goal: GoalRef = { kind: 'long', text: issue.goal ?? '', path: ['issues', i, 'goal'], label: `介護予防計画 課題${i + 1} 目標`, needIndex: i };
          return { goal, evidence: preventionPlanEvidence(preventionPlan, goal.path, goal.label, issue.goal) };
        });
  return [...care, ...prevention];
}
