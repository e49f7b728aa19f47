import { z } from 'zod';
import { planEvidence } from '../../evidence.js';
import { defineRule, type Observation } from '../../rule.js';
import { longTermGoalLabel, longTermGoalPath, shortTermGoalLabel, shortTermGoalPath } from './plan-paths.js';
import { extendsBeyond, hasDates, periodText } from './rule-text.js';

/**
 * 記載要領 第2表③: a 短期目標 is a step towards its 長期目標, so its 期間 lies within the
 * 長期目標's. Only recorded ends are compared (a period may leave its end open). One 気づき
 * per 短期目標.
 */
export const shortTermExceedsLongTermRule = defineRule({
  id: 'plan.short-term-exceeds-long-term',
  scope: 'case',
  params: z.object({}),
  requires: ['plan'],
  evaluate({ plan }) {
    if (plan === undefined) return [];
    return plan.needs.flatMap((need, n) =>
      need.longTermGoals.flatMap((goal, l) =>
        goal.shortTermGoals.flatMap((short, s): Observation[] => {
          const outer = goal.period;
          const inner = short.period;
          if (!hasDates(outer) || !hasDates(inner) || !extendsBeyond(inner, outer)) return [];
          const label = shortTermGoalLabel(n, l, s);
          return [
            {
              message: `${label}の期間（${periodText(inner)}）が、長期目標の期間（${periodText(outer)}）を超えています。長期目標に向けた段階として、達成の時期を見直してみませんか？`,
              evidence: [
                planEvidence(plan, [...shortTermGoalPath(n, l, s), 'period'], `${label} 期間`, periodText(inner)),
                planEvidence(plan, [...longTermGoalPath(n, l), 'period'], `${longTermGoalLabel(n, l)} 期間`, periodText(outer)),
              ],
            },
          ];
        }),
      ),
    );
  },
});
