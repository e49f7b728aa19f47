import type { Assessment } from '../domain/assessment.schema.js';
import type { CarePlan } from '../domain/care-plan.schema.js';
import type { Need, ServiceLine } from '../domain/care-plan-needs.schema.js';
import type { PreventionPlan } from '../domain/prevention-plan.schema.js';
import type { Evidence } from './finding.js';
import { memoInRun } from './run-memo.js';

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
  /** The 援助内容 under a short-term goal of 第2表 (undefined for other goals). */
  serviceLines?: readonly ServiceLine[] | undefined;
}

/**
 * A goal of 第2表. Most goals raise no 気づき, so the Japanese label (read only for a message)
 * is made when first asked for.
 */
class PlanGoal implements GoalRef {
  #label: string | undefined;
  constructor(
    readonly kind: 'long' | 'short',
    readonly text: string,
    readonly path: Path,
    readonly needIndex: number,
    private readonly longIndex: number,
    private readonly shortIndex: number | undefined,
    readonly serviceLines: readonly ServiceLine[] | undefined,
  ) {}

  get label(): string {
    this.#label ??=
      this.shortIndex === undefined
        ? `${needLabel(this.needIndex)} 長期目標${this.longIndex + 1}`
        : `${needLabel(this.needIndex)} 長期目標${this.longIndex + 1} 短期目標${this.shortIndex + 1}`;
    return this.#label;
  }
}

function goalsOf(needs: readonly Need[]): GoalRef[] {
  const goals: GoalRef[] = [];
  needs.forEach((need, n) =>
    need.longTermGoals.forEach((long, l) => {
      goals.push(new PlanGoal('long', long.text ?? '', ['needs', n, 'longTermGoals', l, 'text'], n, l, undefined, undefined));
      long.shortTermGoals.forEach((short, s) =>
        goals.push(new PlanGoal('short', short.text ?? '', ['needs', n, 'longTermGoals', l, 'shortTermGoals', s, 'text'], n, l, s, short.serviceLines)),
      );
    }),
  );
  return goals;
}

/**
 * The long- and short-term goals of a plan's needs, in order, with paths and Japanese labels.
 * Within an audit run the list is made once per case file (several rules read the goals).
 */
export const listGoals: (needs: readonly Need[]) => readonly GoalRef[] = memoInRun(goalsOf, 'caseFile');

/** A goal with the evidence that points at it, in a care plan or a 介護予防 plan. */
export interface LocatedGoal {
  goal: GoalRef;
  /** The document the goal is written in. */
  document: 'care_plan' | 'prevention_plan';
  /** Evidence pointing at the goal (a new object on each read: made only for a 気づき). */
  readonly evidence: Evidence;
}

class LocatedGoalEntry implements LocatedGoal {
  constructor(
    readonly goal: GoalRef,
    readonly document: 'care_plan' | 'prevention_plan',
    private readonly documentId: string,
    private readonly value: string | undefined,
  ) {}

  get evidence(): Evidence {
    return documentEvidence(this.document, this.documentId, [...this.goal.path], this.goal.label, this.value);
  }
}

function auditedGoalsOf(plan: CarePlan | undefined, preventionPlan: PreventionPlan | undefined): LocatedGoal[] {
  const care = plan === undefined ? [] : listGoals(plan.needs).map((goal) => new LocatedGoalEntry(goal, 'care_plan', plan.id, goal.text));
  const prevention =
    preventionPlan === undefined
      ? []
      : preventionPlan.issues.map((issue, i): LocatedGoal => {
          const goal: GoalRef = { kind: 'long', text: issue.goal ?? '', path: ['issues', i, 'goal'], label: `介護予防計画 課題${i + 1} 目標`, needIndex: i };
          return new LocatedGoalEntry(goal, 'prevention_plan', preventionPlan.id, issue.goal);
        });
  return [...care, ...prevention];
}

/** The audited goals of a case file's plan, by 介護予防 plan (one case file per run scope). */
const auditedGoalsByPrevention = memoInRun((_plan: CarePlan | undefined) => new Map<PreventionPlan | undefined, LocatedGoal[]>(), 'caseFile');

/**
 * Every goal the audit reads as a goal: 第2表's long- and short-term goals, and the 目標 of each
 * 課題 of the 介護予防サービス・支援計画書. Made once per case file within an audit run.
 */
export function listAuditedGoals(plan: CarePlan | undefined, preventionPlan: PreventionPlan | undefined): readonly LocatedGoal[] {
  const byPrevention = auditedGoalsByPrevention(plan);
  let goals = byPrevention.get(preventionPlan);
  if (goals === undefined) {
    goals = auditedGoalsOf(plan, preventionPlan);
    byPrevention.set(preventionPlan, goals);
  }
  return goals;
}
