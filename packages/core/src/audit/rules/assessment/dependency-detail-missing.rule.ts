import { z } from 'zod';
import type { Assessment } from '../../../domain/assessment.schema.js';
import { adlActivityLabels, assistanceLevelLabels, iadlActivityLabels, type AssistanceLevel } from '../../../domain/assessment-items.js';
import type { Evidence } from '../../finding.js';
import { assessmentEvidence } from '../../evidence.js';
import { defineRule, type Observation } from '../../rule.js';
import { hasText } from '../plan-structure/rule-text.js';

/** One ADL or IADL record, whichever item it belongs to. */
interface ActivityRecord {
  activity: string;
  status?: AssistanceLevel | undefined;
  whatCannotBeDone?: string | undefined;
  whoHelpsNow?: string | undefined;
}

function* activityRecords(assessment: Assessment): Generator<{ item: 'adl' | 'iadl'; index: number; name: string; record: ActivityRecord }> {
  const adl = assessment.items.adl?.activities ?? [];
  for (const [index, record] of adl.entries()) yield { item: 'adl', index, name: `ADL「${adlActivityLabels[record.activity]}」`, record };
  const iadl = assessment.items.iadl?.activities ?? [];
  for (const [index, record] of iadl.entries()) yield { item: 'iadl', index, name: `IADL「${iadlActivityLabels[record.activity]}」`, record };
}

/**
 * 13条6号, 日立市 重点留意事項: when an activity is not 自立, the assessment says concretely
 * what the person cannot do (できないこと) and who supports it now (現在の支援者). One 気づき
 * per activity, pointing at the blank fields. An activity whose level is not recorded is
 * left alone: it cannot be told apart from 自立.
 */
export const dependencyDetailMissingRule = defineRule({
  id: 'assessment.dependency-detail-missing',
  scope: 'case',
  params: z.object({}),
  requires: ['assessment', 'plan'],
  evaluate({ plan, assessment }) {
    if (plan === undefined || assessment === undefined) return [];
    const observations: Observation[] = [];
    for (const { item, index, name, record } of activityRecords(assessment)) {
      if (record.status === undefined || record.status === 'independent') continue;
      const path = ['items', item, 'activities', index];
      const noWhat = !hasText(record.whatCannotBeDone);
      const noWho = !hasText(record.whoHelpsNow);
      if (!noWhat && !noWho) continue;
      const evidence: Evidence[] = [];
      if (noWhat) evidence.push(assessmentEvidence(assessment, [...path, 'whatCannotBeDone'], `${name}のできないこと`));
      if (noWho) evidence.push(assessmentEvidence(assessment, [...path, 'whoHelpsNow'], `${name}の現在の支援者`));
      const what = noWhat && noWho
        ? '具体的に何ができないのか（できないこと）と、それを今だれが支えているのか（現在の支援者）'
        : noWhat ? '具体的に何ができないのか（できないこと）' : '今だれが支えているのか（現在の支援者）';
      observations.push({
        message:
          `${name}は「${assistanceLevelLabels[record.status]}」と記録されていますが、${what}が書かれていません。` +
          'できないことを誰がどう補っているのかが分かると、本人の力と家族の負担、必要な支援が見えてきます。確かめられそうですか？',
        evidence,
      });
    }
    return observations;
  },
});
