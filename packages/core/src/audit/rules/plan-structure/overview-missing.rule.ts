import { z } from 'zod';
import type { CarePlan } from '../../../domain/care-plan.schema.js';
import type { CaseFile } from '../../../domain/document-bodies.js';
import type { PreventionPlan } from '../../../domain/prevention-plan.schema.js';
import { planEvidence } from '../../evidence.js';
import { defineRule, type Observation } from '../../rule.js';
import { preventionPlanEvidence } from '../../evidence.js';
import { hasText } from './rule-text.js';

const paramsSchema = z.object({
  /** Also ask for 課題分析の結果 (the 第1表 heading since the R3 revision of 老企第29号). */
  checkAnalysisResult: z.boolean().default(true),
});
type Params = z.infer<typeof paramsSchema>;

/** What the audit may conclude about a blank 第1表 part, given what the input carries. */
interface OverviewInput {
  params: Params;
  /** Family members are known (家族構成 is part of the input). */
  familyKnown: boolean;
  notEvaluable: (reason: string) => void;
}

function undecided(input: OverviewInput, part: string): void {
  input.notEvaluable(`第1表の意向欄に本人・家族・課題分析の結果のどれか分けられない記載があるため、${part}が書かれているかは評価していません`);
}

function carePlanObservations(plan: CarePlan, caseFile: CaseFile, input: OverviewInput): Observation[] {
  const observations: Observation[] = [];
  const intentions = plan.intentions;
  // Text of another software's 意向 column that no label attributes may hold any blank part; the
  // reason names no text, so a report groups the same reason across clients.
  const unattributed = intentions?.unattributed;
  if (!hasText(intentions?.client)) {
    if (hasText(unattributed)) undecided(input, '本人の意向');
    else
      observations.push({
        message: '第1表に本人の生活に対する意向が書かれていません。本人はこれからどのように暮らしたいと話していますか？できるだけ本人の言葉で残してみませんか？',
        evidence: [planEvidence(plan, ['intentions', 'client'], '第1表 本人の意向')],
      });
  }
  // Without any family recorded there is nobody whose 意向 could be asked.
  if (!hasText(intentions?.family) && !input.familyKnown) input.notEvaluable('入力に家族構成が含まれないため、家族の意向が必要かどうかは評価していません');
  else if (!hasText(intentions?.family) && caseFile.client.familyMembers.length > 0) {
    if (hasText(unattributed)) undecided(input, '家族の意向');
    else
      observations.push({
        message: '第1表に家族の意向が書かれていません。家族は本人の暮らしについてどう考え、どこまで関われそうですか？本人の意向と分けて書いてみませんか？',
        evidence: [planEvidence(plan, ['intentions', 'family'], '第1表 家族の意向')],
      });
  }
  if (input.params.checkAnalysisResult && !hasText(intentions?.analysisResult)) {
    if (hasText(unattributed)) undecided(input, '課題分析の結果');
    else
      observations.push({
        message: '第1表に、意向を踏まえた課題分析の結果が書かれていません。アセスメントから見えた、本人の望む暮らしを妨げている要因と見通しを書いてみませんか？',
        evidence: [planEvidence(plan, ['intentions', 'analysisResult'], '第1表 課題分析の結果')],
      });
  }
  if (!hasText(plan.overallPolicy)) {
    observations.push({
      message: '第1表の「総合的な援助の方針」が空欄です。ケアチーム全体で目指す暮らしと支援の方向、緊急時の対応を、みんなで共有できる言葉で書いてみませんか？',
      evidence: [planEvidence(plan, ['overallPolicy'], '第1表 総合的な援助の方針')],
    });
  }
  return observations;
}

function preventionPlanObservations(plan: PreventionPlan): Observation[] {
  const observations: Observation[] = [];
  const targetLife = [
    { key: 'day', label: '1日', question: '1日の中でどんな過ごし方ができるようになりたいですか？' },
    { key: 'year', label: '1年', question: '1年後にどんな暮らしをしていたいですか？' },
  ] as const;
  for (const { key, label, question } of targetLife) {
    if (hasText(plan.targetLife?.[key])) continue;
    observations.push({
      message: `介護予防サービス・支援計画書の「目標とする生活（${label}）」が空欄です。本人は${question}本人の言葉で書いてみませんか？`,
      evidence: [preventionPlanEvidence(plan, ['targetLife', key], `目標とする生活（${label}）`)],
    });
  }
  if (!hasText(plan.overallPolicy)) {
    observations.push({
      message: '介護予防サービス・支援計画書の「総合的な方針（生活不活発病の改善・予防のポイント）」が空欄です。本人と支援者が共有する方針を書いてみませんか？',
      evidence: [preventionPlanEvidence(plan, ['overallPolicy'], '総合的な方針')],
    });
  }
  return observations;
}

/**
 * 13条8号 (省令37号 30条8号): the plan states the person's and family's 意向 and the
 * 総合的な援助の方針; a 介護予防 plan states 目標とする生活 and 総合的な方針. One 気づき
 * per blank field. The 介護予防 plan is read whenever the case file carries one, even
 * without a 居宅サービス計画.
 */
export const overviewMissingRule = defineRule({
  id: 'plan.overview-missing',
  scope: 'case',
  params: paramsSchema,
  requires: ['client', 'plan'],
  reads: ['family'],
  evaluate({ caseFile, plan, preventionPlan, params, has, notEvaluable }) {
    return [
      ...(plan !== undefined ? carePlanObservations(plan, caseFile, { params, familyKnown: has('family'), notEvaluable }) : []),
      ...(preventionPlan !== undefined ? preventionPlanObservations(preventionPlan) : []),
    ];
  },
});
