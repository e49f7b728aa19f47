import { z } from 'zod';
import type { CarePlan } from '../../../domain/care-plan.schema.js';
import type { PreventionPlan } from '../../../domain/prevention-plan.schema.js';
import { needLabel, planEvidence } from '../../evidence.js';
import { defineRule, type Observation } from '../../rule.js';
import { longTermGoalPath } from './plan-paths.js';
import { preventionIssueLabel } from './prevention-evidence.js';
import { preventionPlanEvidence } from '../../evidence.js';
import { hasText, quote } from './rule-text.js';

function carePlanObservations(plan: CarePlan): Observation[] {
  return plan.needs.flatMap((need, n): Observation[] => {
    if (need.longTermGoals.some((goal) => hasText(goal.text))) return [];
    // A row with nothing in it yet is an unfinished draft line, not a need without a goal.
    if (!hasText(need.text) && need.longTermGoals.length === 0) return [];
    const blank = need.longTermGoals.findIndex((goal) => !hasText(goal.text));
    const goalPath = blank >= 0 ? [...longTermGoalPath(n, blank), 'text'] : ['needs', n, 'longTermGoals'];
    const named = hasText(need.text) ? `${needLabel(n)}${quote(need.text)}` : needLabel(n);
    return [
      {
        message: `${named}に長期目標がありません。この課題が解決したとき、どんな暮らしになっていたいかを本人と話し合い、目標にしてみませんか？`,
        evidence: [
          planEvidence(plan, goalPath, `${needLabel(n)} 長期目標`),
          planEvidence(plan, ['needs', n, 'text'], `${needLabel(n)} 生活全般の解決すべき課題`, need.text),
        ],
      },
    ];
  });
}

function preventionPlanObservations(plan: PreventionPlan): Observation[] {
  return plan.issues.flatMap((issue, i): Observation[] => {
    if (hasText(issue.goal)) return [];
    if (!hasText(issue.overallIssue) && !hasText(issue.proposal) && !hasText(issue.intention)) return [];
    const label = preventionIssueLabel(i);
    const named = hasText(issue.overallIssue) ? `${label}${quote(issue.overallIssue)}` : label;
    return [
      {
        message: `${named}に目標がありません。提案した目標と具体策への本人・家族の意向を踏まえて、一緒に合意した目標を書いてみませんか？`,
        evidence: [
          preventionPlanEvidence(plan, ['issues', i, 'goal'], `${label} 目標`),
          preventionPlanEvidence(plan, ['issues', i, 'overallIssue'], `${label} 総合的課題`, issue.overallIssue),
        ],
      },
    ];
  });
}

/**
 * 13条8号, 記載要領 第2表②: each 生活全般の解決すべき課題 has a 長期目標 (a goal whose text
 * is blank counts as none). The 総合的課題 of a 介護予防 plan (省令37号 30条8号) need a 目標
 * the same way. One 気づき per need.
 */
export const needWithoutGoalRule = defineRule({
  id: 'plan.need-without-goal',
  scope: 'case',
  params: z.object({}),
  requires: ['plan'],
  evaluate({ plan, preventionPlan }) {
    return [
      ...(plan !== undefined ? carePlanObservations(plan) : []),
      ...(preventionPlan !== undefined ? preventionPlanObservations(preventionPlan) : []),
    ];
  },
});
