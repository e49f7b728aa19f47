import { z } from 'zod';
import { listAuditedGoals, type GoalRef } from '../../evidence.js';
import { defineRule, type Observation } from '../../rule.js';
import { normalizeForMatch } from '../../text/match-text.js';
import { diceSimilarity } from '../../text/ngrams.js';
import { findServiceAsGoal, type ServiceAsGoal } from '../../text/service-goal.js';
import { excerpt } from '../../text/excerpt.js';

/**
 * Bigram Dice similarity from which a short-term goal is taken to restate one of its own
 * 援助内容 (「歩行練習を行う」 under the line 「歩行練習」). Measured on the exemplary plan, goals
 * and their lines stay below 0.4.
 */
const restatementThreshold = 0.7;

function serviceMessage(goal: GoalRef, found: ServiceAsGoal): string {
  const text = excerpt(goal.text, 40);
  const what =
    found.kind === 'acts'
      ? `「${found.service}」が何をするかが目標になっていて、本人がどうなりたいのかが見えません。`
      : `「${found.service}」を使うこと自体が目標になっているように読めます。`;
  return (
    `${goal.label}『${text}』は、${what}サービスは目標を達成するための手段です。` +
    `${found.service}を通して本人がどんな暮らしを取り戻したい（続けたい）のか、本人の「したい」「できるようになりたい」を目標にしてみませんか？`
  );
}

function restatementMessage(goal: GoalRef, content: string): string {
  return (
    `${goal.label}『${excerpt(goal.text, 40)}』は、援助内容「${excerpt(content, 30)}」とほぼ同じ言葉で、サービスの内容がそのまま目標になっているように読めます。` +
    'そのサービスで本人の暮らしの何が変わるとよいのか（何ができるようになるか）を目標にしてみませんか？'
  );
}

/**
 * 老企第29号 第2表② and 13条3号: a goal states the life the person wants; the service is the
 * means. Fires per goal that makes using a service the goal (デイサービスに通う, ヘルパーを利用
 * する, 福祉用具を使う), names only services, makes the service the actor, or (short-term goals)
 * nearly repeats one of its own 援助内容. A service named as a means in a goal about life
 * (「デイサービスで入浴できる」) is not reported; see findServiceAsGoal for the reading.
 */
export const goalIsServiceRule = defineRule({
  id: 'plan.goal-is-service',
  scope: 'case',
  params: z.object({
    /** Name of the pack lexicon of service names. */
    lexicon: z.string().min(1).default('serviceWords'),
  }),
  requires: ['plan'],
  evaluate(ctx) {
    const { plan, preventionPlan, params } = ctx;
    const words = ctx.lexicon(params.lexicon);
    return listAuditedGoals(plan, preventionPlan).flatMap((located): Observation[] => {
      const { goal } = located;
      if (normalizeForMatch(goal.text) === '') return [];
      const found = findServiceAsGoal(goal.text, words);
      if (found !== undefined) return [{ message: serviceMessage(goal, found), evidence: [located.evidence] }];
      const restated = (located.document === 'care_plan' ? (goal.serviceLines ?? []) : []).find(
        (line) => line.content !== undefined && normalizeForMatch(line.content).length >= 4 && diceSimilarity(goal.text, line.content) >= restatementThreshold,
      );
      return restated?.content !== undefined ? [{ message: restatementMessage(goal, restated.content), evidence: [located.evidence] }] : [];
    });
  },
});
