import { z } from 'zod';
import { assessmentEvidence } from '../../evidence.js';
import { defineRule } from '../../rule.js';
import { dateText, hasText } from '../plan-structure/rule-text.js';

/** The parts of 標準項目2 「これまでの生活と現在の状況」 a care manager needs to know the person. */
const lifeHistoryParts = [
  { key: 'lifeHistory', label: '生活歴' },
  { key: 'valuesAndPreferences', label: '大切にしていること・好み・価値観' },
  { key: 'dailyLifeBefore', label: '以前の暮らし方' },
] as const;

/**
 * 13条6号・3号, 根室市 (生活歴・価値観を含めた全体像のアセスメント): to help the person
 * live as they wish, the assessment records how they have lived, what they value and how
 * their days went before they needed care. One 気づき naming the parts that are blank;
 * 該当なし does not excuse them, since everyone has a life history.
 */
export const lifeHistoryMissingRule = defineRule({
  id: 'assessment.life-history-missing',
  scope: 'case',
  params: z.object({}),
  requires: ['assessment', 'plan'],
  evaluate({ plan, assessment }) {
    if (plan === undefined || assessment === undefined) return [];
    const item = assessment.items.lifeHistory;
    const missing = lifeHistoryParts.filter((part) => !hasText(item?.[part.key]));
    if (missing.length === 0) return [];
    return [
      {
        message:
          `${dateText(assessment.date)}のアセスメントの「これまでの生活と現在の状況」に、${missing.map((p) => p.label).join('・')}が記録されていません。` +
          '本人がどのように暮らしてきたか、何を大切にしてきたかを聴けていますか？本人らしい「したい」を一緒に見つける手がかりになります。',
        evidence: missing.map((part) => assessmentEvidence(assessment, ['items', 'lifeHistory', part.key], `これまでの生活と現在の状況の${part.label}`)),
      },
    ];
  },
});
