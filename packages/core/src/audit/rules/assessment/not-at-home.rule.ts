import { z } from 'zod';
import { assessmentPlaceLabels } from '../../../domain/assessment.schema.js';
import { assessmentEvidence } from '../../evidence.js';
import { defineRule, type Observation } from '../../rule.js';

/**
 * 13条7号: the assessment is made at the client's home, interviewing the client (and family)
 * face to face. Looks at the assessment the plan is based on.
 */
export const notAtHomeRule = defineRule({
  id: 'assessment.not-at-home',
  scope: 'case',
  params: z.object({}),
  requires: ['assessment'],
  evaluate({ assessment }) {
    if (assessment === undefined) return [];
    const observations: Observation[] = [];
    const place = assessment.place?.kind;
    if (place !== 'home') {
      const where = place === undefined ? '実施場所が記録されていません' : `実施場所は「${assessmentPlaceLabels[place]}」です`;
      observations.push({
        message: `${assessment.date} のアセスメントは、${where}。利用者の居宅を訪問して、暮らしの場で本人と家族に面接できましたか？`,
        evidence: [assessmentEvidence(assessment, ['place', 'kind'], 'アセスメントの実施場所', place === undefined ? undefined : assessmentPlaceLabels[place])],
      });
    }
    if (!assessment.interviewees.some((i) => i.kind === 'client')) {
      observations.push({
        message: `${assessment.date} のアセスメントで本人に面接した記録がありません。本人の思いや意向を、本人から直接聴けましたか？`,
        evidence: [assessmentEvidence(assessment, ['interviewees'], 'アセスメントで面接した相手')],
      });
    }
    return observations;
  },
});
