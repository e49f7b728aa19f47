import { z } from 'zod';
import type { CarePlan } from '../../../domain/care-plan.schema.js';
import { clientEvidence, planEvidence } from '../../evidence.js';
import { defineRule, type Observation } from '../../rule.js';
import { normalizeForMatch } from '../../text/match-text.js';
import { describePerson, familyHelpers, planHasFamilyRole } from './family-support.js';
import { listLineRefs, serviceTypeOfLine, shortStayCodes } from './plan-lines.js';

/**
 * Words saying what happens when family care stops: a substitute (代替・代わり), the carer's
 * absence or illness (不在・急病・入院・体調不良), or a respite (短期入所・ショートステイ・
 * レスパイト). A bare 緊急時 is not enough: 緊急時の連絡先 is on every 第1表.
 */
const backupWords =
  /代替|代わり|かわり|不在|留守|急病|入院|体調不良|体調を崩|倒れ|できなくな|できない(?:とき|時|場合)|(?:困難|難しい)(?:な)?(?:とき|時|場合)|緊急ショート|短期入所|ショートステイ|レスパイト|冠婚葬祭|出張/u;

function planHasBackup(plan: CarePlan): boolean {
  const lines = listLineRefs(plan.needs);
  if (lines.some(({ line }) => shortStayCodes.has(serviceTypeOfLine(line)?.code ?? ''))) return true;
  const texts = [plan.overallPolicy, plan.emergencyContactsNote, plan.notes, plan.weeklySchedule?.nonWeeklyServices, ...lines.map(({ line }) => line.content)];
  return texts.some((text) => text !== undefined && backupWords.test(normalizeForMatch(text)));
}

/**
 * 13条3号・8号 (the family's situation and wishes shape the plan): two questions.
 * 1. A relative can help (client.familyMembers canHelp, or the assessment's 家族等の状況 shows
 *    them helping or willing) but no 第2表 line gives the family a part.
 * 2. Someone is the 主介護者 but nothing in the plan says what happens if their care stops:
 *    no 短期入所 line and no backup words (代替, 不在, 急病, ショートステイ …) in 総合的な援助の方針,
 *    緊急時の対応, notes, 週単位以外のサービス or any 援助内容.
 */
export const familyRoleMissingRule = defineRule({
  id: 'plan.family-role-missing',
  scope: 'case',
  params: z.object({}),
  requires: ['plan', 'client', 'assessment'],
  evaluate({ plan, caseFile, assessment, preventionPlan }) {
    if (plan === undefined) return [];
    const observations: Observation[] = [];
    const helpers = familyHelpers(caseFile.client, assessment);
    if (helpers.length > 0 && !planHasFamilyRole(plan, preventionPlan)) {
      const who = helpers.map((h) => `${h.who}さん`).join('、');
      const role = helpers.find((h) => h.role !== undefined)?.role;
      observations.push({
        message:
          `${who}は支援できる${role === undefined ? '' : `（${role}）`}と記録されていますが、第2表の援助内容に家族の役割が書かれていません。` +
          '家族の思いや実際にどこまで手伝えるかを本人・家族と確かめたうえで、家族もチームの一員として、目標に向けた役割を計画に位置付けてみてはどうでしょうか？',
        evidence: [...helpers.map((h) => h.evidence), planEvidence(plan, ['needs'], '第2表 援助内容')],
      });
    }
    const carers = caseFile.client.familyMembers
      .map((member, index) => ({ member, index }))
      .filter(({ member }) => member.isMainCaregiver === true);
    if (carers.length > 0 && !planHasBackup(plan)) {
      const who = carers.map(({ member }) => describePerson(member.name, member.relationship)).join('、');
      observations.push({
        message:
          `主介護者の${who}さんが病気や用事で介護できなくなったとき、本人の暮らしはどうなるでしょうか？` +
          '総合的な援助の方針などに、その場合の代わりの支援（短期入所、訪問の追加、ほかの家族や近隣への連絡など）を書いておくと、いざという時にチームが迷わず動けます。',
        evidence: [
          ...carers.map(({ member, index }) => clientEvidence(['familyMembers', index, 'isMainCaregiver'], `家族等 ${member.name} 主介護者`, 'はい')),
          planEvidence(plan, ['overallPolicy'], '第1表 総合的な援助の方針', plan.overallPolicy),
        ],
      });
    }
    return observations;
  },
});
