import { z } from 'zod';
import { assessmentEvidence, clientEvidence } from '../../evidence.js';
import { defineRule, type Observation } from '../../rule.js';
import { dateText, hasText } from '../plan-structure/rule-text.js';

/**
 * 13条6号 and 12条 (主治医等との連携): the care manager knows the 主治医 and the person's
 * medical picture. Two 気づき: no 主治医 in 基本情報 (neither doctor nor institution), and an
 * assessment whose 健康状態 holds neither a diagnosis (既往歴・主傷病) nor a medication.
 * 健康状態 marked 該当なし does not excuse the second: everyone certified for care has a
 * 主治医意見書 with 診断名, so "nothing to record" is worth a second look.
 */
export const medicalInfoMissingRule = defineRule({
  id: 'assessment.medical-info-missing',
  scope: 'case',
  params: z.object({}),
  requires: ['client', 'assessment', 'plan'],
  evaluate({ caseFile, plan, assessment }) {
    if (plan === undefined) return [];
    const observations: Observation[] = [];
    const doctor = caseFile.client.primaryDoctor;
    if (!hasText(doctor?.doctorName) && !hasText(doctor?.institution)) {
      observations.push({
        message: '利用者の基本情報に主治医（医師名・医療機関）が記録されていません。主治医はどなたですか？病状や治療の見通し、生活上の留意点を主治医から聴けていますか？',
        evidence: [clientEvidence(['primaryDoctor', 'doctorName'], '主治医の氏名'), clientEvidence(['primaryDoctor', 'institution'], '主治医の医療機関')],
      });
    }
    if (assessment !== undefined) {
      const health = assessment.items.health;
      const diagnosed = (health?.diagnoses ?? []).some((d) => hasText(d.name));
      const medicated = (health?.medications ?? []).some((m) => hasText(m.name));
      if (!diagnosed && !medicated) {
        const marked = health?.notApplicable === true ? '「該当なし」とされ、' : '';
        observations.push({
          message:
            `${dateText(assessment.date)}のアセスメントの健康状態が${marked}既往歴・主傷病も服薬も記録されていません。` +
            '主治医意見書や主治医・医療機関からの情報で、病名、治療と服薬の状況、経過を確かめましたか？',
          evidence: [
            assessmentEvidence(assessment, ['items', 'health', 'diagnoses'], '健康状態の既往歴・主傷病'),
            assessmentEvidence(assessment, ['items', 'health', 'medications'], '健康状態の服薬'),
          ],
        });
      }
    }
    return observations;
  },
});
