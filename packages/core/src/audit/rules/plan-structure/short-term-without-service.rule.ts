import { z } from 'zod';
import type { ServiceLine } from '../../../domain/care-plan-needs.schema.js';
import type { CarePlan } from '../../../domain/care-plan.schema.js';
import type { PreventionPlan } from '../../../domain/prevention-plan.schema.js';
import { planEvidence } from '../../evidence.js';
import { defineRule, type Observation } from '../../rule.js';
import { shortTermGoalLabel, shortTermGoalPath } from './plan-paths.js';
import { preventionIssueLabel } from './prevention-evidence.js';
import { preventionPlanEvidence } from '../../evidence.js';
import { hasText, quote } from './rule-text.js';

/** A 援助内容 row counts when it says what is done or who does it. */
function isSupport(line: ServiceLine): boolean {
  return hasText(line.content) || hasText(line.serviceTypeName) || line.serviceTypeCode !== undefined || hasText(line.providerName);
}

function carePlanObservations(plan: CarePlan): Observation[] {
  return plan.needs.flatMap((need, n) =>
    need.longTermGoals.flatMap((goal, l) =>
      goal.shortTermGoals.flatMap((short, s): Observation[] => {
        if (!hasText(short.text) || short.serviceLines.some(isSupport)) return [];
        const path = shortTermGoalPath(n, l, s);
        const blank = short.serviceLines.findIndex((line) => !isSupport(line));
        const linePath = blank >= 0 ? [...path, 'serviceLines', blank, 'content'] : [...path, 'serviceLines'];
        const label = shortTermGoalLabel(n, l, s);
        return [
          {
            message:
              `${label}${quote(short.text)}に援助内容（サービス内容）がありません。` +
              'この目標に向けて、誰が何をするのか（介護保険サービス、家族や地域の支え、本人のセルフケア）を書いてみませんか？',
            evidence: [planEvidence(plan, linePath, `${label} 援助内容`), planEvidence(plan, [...path, 'text'], label, short.text)],
          },
        ];
      }),
    ),
  );
}

function preventionPlanObservations(plan: PreventionPlan): Observation[] {
  return plan.issues.flatMap((issue, i): Observation[] => {
    if (!hasText(issue.goal)) return [];
    const supported = issue.supportRows.some(
      (row) => hasText(row.supportPoints) || hasText(row.selfCareAndInformal) || hasText(row.formalService) || hasText(row.serviceTypeName) || hasText(row.providerName),
    );
    if (supported) return [];
    const label = preventionIssueLabel(i);
    return [
      {
        message: `${label}の目標${quote(issue.goal)}に支援計画がありません。本人のセルフケア、家族や地域の支え、介護保険サービスや総合事業で、誰が何をするのかを書いてみませんか？`,
        evidence: [preventionPlanEvidence(plan, ['issues', i, 'supportRows'], `${label} 支援計画`), preventionPlanEvidence(plan, ['issues', i, 'goal'], `${label} 目標`, issue.goal)],
      },
    ];
  });
}

/**
 * 13条8号 (省令37号 30条8号): each 短期目標 is carried by 援助内容 (insured services,
 * informal support or self-care); a 介護予防 plan's 目標 by its 支援計画. One 気づき per goal.
 */
export const shortTermWithoutServiceRule = defineRule({
  id: 'plan.short-term-without-service',
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
