import { z } from 'zod';
import { planEvidence } from '../../evidence.js';
import { defineRule, type Observation } from '../../rule.js';
import { longTermGoalLabel, longTermGoalPath, shortTermGoalPath } from './plan-paths.js';
import { hasText, quote } from './rule-text.js';

/**
 * 記載要領 第2表②: 短期目標 lead step by step to the 長期目標. A 長期目標 with text but no
 * 短期目標 with text is reported, one 気づき per goal. The message leaves room for the
 * 記載要領's exception (緊急対応 while the goals cannot be fixed yet).
 */
export const goalWithoutShortTermRule = defineRule({
  id: 'plan.goal-without-short-term',
  scope: 'case',
  params: z.object({}),
  requires: ['plan'],
  evaluate({ plan }) {
    if (plan === undefined) return [];
    return plan.needs.flatMap((need, n) =>
      need.longTermGoals.flatMap((goal, l): Observation[] => {
        // A blank 長期目標 is plan.need-without-goal's concern.
        if (!hasText(goal.text) || goal.shortTermGoals.some((short) => hasText(short.text))) return [];
        const blank = goal.shortTermGoals.findIndex((short) => !hasText(short.text));
        const shortPath = blank >= 0 ? [...shortTermGoalPath(n, l, blank), 'text'] : [...longTermGoalPath(n, l), 'shortTermGoals'];
        const label = longTermGoalLabel(n, l);
        return [
          {
            message:
              `${label}${quote(goal.text)}に短期目標がありません。長期目標に向けて、まずいつまでに何ができるようになればよいかを段階的な目標にしてみませんか？` +
              '（緊急対応中でまだ目標を定められない場合は、その事情を記録しておくと伝わります）',
            evidence: [planEvidence(plan, shortPath, `${label} 短期目標`), planEvidence(plan, [...longTermGoalPath(n, l), 'text'], label, goal.text)],
          },
        ];
      }),
    );
  },
});
