import { z } from 'zod';
import { isAssessmentItemRecorded } from '../../../domain/assessment.schema.js';
import { assessmentItems } from '../../../domain/assessment-items.js';
import { assessmentEvidence, planEvidence } from '../../evidence.js';
import { defineRule, type Observation } from '../../rule.js';
import { dateText } from '../plan-structure/rule-text.js';

/**
 * 13条6号 and 老企第29号 別紙4: the assessment behind the plan records each of the 23
 * 課題分析標準項目. An item the care manager looked at and found nothing for is recorded as
 * 該当なし, so only items with no entry at all are reported. A plan with no assessment at
 * all is reported too.
 */
export const itemsIncompleteRule = defineRule({
  id: 'assessment.items-incomplete',
  scope: 'case',
  params: z.object({}),
  requires: ['assessment', 'plan'],
  evaluate({ plan, assessment }) {
    if (plan === undefined) return [];
    if (assessment === undefined) {
      const planDate = plan.planDate ?? plan.createdOn;
      const which = planDate !== undefined ? `${dateText(planDate)}の居宅サービス計画` : 'この居宅サービス計画';
      return [
        {
          message: `${which}のもとになったアセスメントの記録が見当たりません。計画を立てる前に居宅を訪問して課題分析（標準23項目）を行い、その結果を記録できていますか？`,
          evidence: [planEvidence(plan, ['assessmentId'], '計画のもとにしたアセスメント')],
        },
      ];
    }
    const missing = assessmentItems.filter((item) => !isAssessmentItemRecorded(assessment, item.key));
    if (missing.length === 0) return [];
    const names = missing.map((item) => `${item.number} ${item.name}`).join('、');
    const observation: Observation = {
      message:
        `${dateText(assessment.date)}のアセスメントに、課題分析標準項目23項目のうち${missing.length}項目（${names}）の記録がありません。` +
        'これらの項目も把握できましたか？確認して特に記すことがない項目は「該当なし」と残しておくと、確かめたことが伝わります。',
      evidence: missing.map((item) => assessmentEvidence(assessment, ['items', item.key], `課題分析標準項目${item.number} ${item.name}`)),
    };
    return [observation];
  },
});
