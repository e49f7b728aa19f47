import { z } from 'zod';
import { planEvidence } from '../../evidence.js';
import { defineRule, type Observation } from '../../rule.js';
import { normalizeForMatch } from '../../text/match-text.js';
import { lineTitle, listLineRefs, serviceTypeOfLine } from './plan-lines.js';

/** Nursing in a 定期巡回・随時対応型 or 看護小規模多機能型 line, which makes it a 医療サービス. */
const nursingWords = /看護|訪問看護|医療|処置|バイタル|褥瘡|点滴|吸引|カテーテル|インスリン|ストーマ|服薬管理/u;

/**
 * 13条19号・20号 (37号30条21号・22号): 医療サービス (訪問看護 13・63, 訪問リハ 14・64, 通所リハ
 * 16・66, 居宅療養管理指導 31・34, 短期入所療養介護 22・23・2A・25・26・2B; 定期巡回 76 and
 * 看多機 77・79 when they include nursing) are placed only on the 主治の医師等's instruction.
 * One finding per such line without `physicianInstruction`, with evidence at that field.
 */
export const medicalServiceWithoutPhysicianRule = defineRule({
  id: 'plan.medical-service-without-physician',
  scope: 'case',
  params: z.object({}),
  // 第2表 of the CSV standard has no column for it: a CSV input leaves this rule not evaluated.
  requires: ['plan', 'lineNotes'],
  evaluate({ plan }) {
    if (plan === undefined) return [];
    return listLineRefs(plan.needs).flatMap((ref): Observation[] => {
      const type = serviceTypeOfLine(ref.line);
      if (type?.medical === undefined || ref.line.kind === 'informal' || ref.line.physicianInstruction !== undefined) return [];
      if (type.medical === 'when_nursing' && !nursingWords.test(normalizeForMatch(ref.line.content ?? ''))) return [];
      const provider = ref.line.providerName === undefined ? '' : `（${ref.line.providerName}）`;
      return [
        {
          message:
            `${ref.label}の${lineTitle(ref.line)}${provider}は医療サービスですが、主治の医師等の指示の記録がありません。` +
            'いつ、どの医師から、どんな指示や留意事項を受けたのかを記載しておきましょう。計画を作成したら主治医にも交付し、医療との連携を確かめていきませんか？',
          evidence: [planEvidence(plan, [...ref.path, 'physicianInstruction'], `${ref.label} 主治の医師等の指示`)],
        },
      ];
    });
  },
});
