import { z } from 'zod';
import { planEvidence } from '../../evidence.js';
import { defineRule, type Observation } from '../../rule.js';
import { lineTitle, listLineRefs, serviceTypeOfLine } from './plan-lines.js';

/**
 * 13条22号・23号 (37号30条24号・25号): a plan with 福祉用具貸与 (17, 67) or 特定福祉用具販売
 * (41, 44) states why the equipment is needed. One finding per insured line of those types
 * whose 理由 (`reason`) is empty, with evidence at that field. Informal lines (a privately
 * bought cane) are not 福祉用具貸与 and are not checked.
 */
export const welfareEquipmentReasonMissingRule = defineRule({
  id: 'plan.welfare-equipment-reason-missing',
  scope: 'case',
  params: z.object({}),
  // 第2表 of the CSV standard has no column for it: a CSV input leaves this rule not evaluated.
  requires: ['plan', 'lineNotes'],
  evaluate({ plan }) {
    if (plan === undefined) return [];
    return listLineRefs(plan.needs).flatMap((ref): Observation[] => {
      const type = serviceTypeOfLine(ref.line);
      if (type?.welfareEquipment !== true || ref.line.kind === 'informal' || ref.line.reason !== undefined) return [];
      const isSale = type.code === '41' || type.code === '44';
      const item = ref.line.equipment?.name === undefined ? lineTitle(ref.line) : `${type.name}「${ref.line.equipment.name}」`;
      return [
        {
          message:
            `${ref.label}の${item}に、必要な理由が書かれていません。` +
            `本人のどの動作、どの場面のために必要なのか（例: 膝の痛みで屋外歩行が不安定なため、歩行器で商店街まで歩く練習をする）を記載しましょう。` +
            (isSale ? '' : '継続して貸与を受ける必要があるかも、担当者会議などで折にふれて確かめていきませんか？'),
          evidence: [planEvidence(plan, [...ref.path, 'reason'], `${ref.label} 福祉用具が必要な理由`)],
        },
      ];
    });
  },
});
