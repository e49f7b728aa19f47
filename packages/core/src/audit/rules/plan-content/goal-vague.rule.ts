import { z } from 'zod';
import { listAuditedGoals, type GoalRef } from '../../evidence.js';
import { defineRule, type Observation } from '../../rule.js';
import { judgeGoalVagueness, type GoalVagueness } from '../../text/goal-vagueness.js';
import { excerpt } from '../../text/excerpt.js';

function message(goal: GoalRef, judged: GoalVagueness): string {
  const text = excerpt(goal.text, 40);
  if (judged.reason === 'vague-words') {
    const words = judged.vagueWords.map((w) => `「${w}」`).join('');
    return (
      `${goal.label}『${text}』は、どんな暮らしができたら達成といえるでしょうか。${words}は受け止め方が人によって違う言葉です。` +
      'どこで、何を、どのくらいできたらよいのか、場所や回数など本人と一緒に確かめられる形にしてみませんか？'
    );
  }
  return (
    `${goal.label}『${text}』からは、具体的な活動・場所・回数や量が読み取れません。` +
    '本人が「できた」と実感できる場面（どこまで歩くか、週に何回か、何を作るか など）を書き加えると、モニタリングで本人と一緒に達成を確かめやすくなりませんか？'
  );
}

/**
 * 老企第29号 第2表②: goals are written in concrete terms anyone can understand, not abstract
 * words. One finding per long- or short-term goal that is built on a vague word of the pack's
 * lexicon (params.lexicon, 安心・現状維持 …) without enough concreteness, or that names no
 * activity, place, amount or frequency at all (see judgeGoalVagueness). Blank goals are left
 * to the structure rules. The 目標 of a 介護予防 plan's 課題 are read the same way.
 */
export const goalVagueRule = defineRule({
  id: 'plan.goal-vague',
  scope: 'case',
  params: z.object({
    /** Name of the pack lexicon of vague words. */
    lexicon: z.string().min(1).default('vagueWords'),
  }),
  requires: ['plan'],
  evaluate(ctx) {
    const { plan, preventionPlan, params } = ctx;
    const words = ctx.lexicon(params.lexicon);
    return listAuditedGoals(plan, preventionPlan).flatMap((located): Observation[] => {
      const judged = judgeGoalVagueness(located.goal.text, words);
      if (judged.reason === undefined) return [];
      return [{ message: message(located.goal, judged), evidence: [located.evidence] }];
    });
  },
});
