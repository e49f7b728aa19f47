import { z } from 'zod';
import type { CarePlan } from '../../../domain/care-plan.schema.js';
import { planEvidence } from '../../evidence.js';
import type { Evidence } from '../../finding.js';
import { defineRule } from '../../rule.js';
import { normalizeForMatch } from '../../text/match-text.js';
import { listLineRefs, serviceTypeOfLine, type LineRef } from './plan-lines.js';
import { excerpt } from '../../text/excerpt.js';

/** 生活援助 tasks (老計第10号 2): housework done for the client. */
const livingSupportWords = /生活援助|家事|掃除|清掃|洗濯|調理|料理|買物|買い出し|ごみ出し|ゴミ出し|布団干し|ベッドメイク|衣類の整理|配膳|下膳|薬の受け取り/u;
/**
 * 身体介護 (老計第10号 1), including 1-6 自立生活支援・重度化防止のための見守り的援助 (housework
 * done together with the client): such a line is not 生活援助中心型 and needs no 算定理由.
 */
const bodilyCareWords = /身体介護|介助|一緒に|共に|ともに|同行|付き添い|見守り的援助|自立生活支援/u;

function isLivingSupportCentred(ref: LineRef): boolean {
  const content = ref.line.content === undefined ? '' : normalizeForMatch(ref.line.content);
  if (/生活援助/u.test(content)) return true;
  return livingSupportWords.test(content) && !bodilyCareWords.test(content);
}

/** The 訪問介護 lines of a plan centred on 生活援助 (what needs a 算定理由; also a ケアプラン点検 selection criterion). */
export function livingSupportLines(plan: Pick<CarePlan, 'needs'>): LineRef[] {
  return listLineRefs(plan.needs).filter((ref) => serviceTypeOfLine(ref.line)?.code === '11' && ref.line.kind !== 'informal' && isLivingSupportCentred(ref));
}

function reasonGap(plan: CarePlan): { detail: string; evidence: Evidence } | undefined {
  const recorded = plan.livingSupportReason;
  // A reason written only as text (another software leaving the code blank) is still a recorded reason.
  if (recorded?.reason === undefined && recorded?.otherText === undefined) {
    return { detail: '第1表に生活援助中心型の算定理由が記載されていません', evidence: planEvidence(plan, ['livingSupportReason', 'reason'], '第1表 生活援助中心型の算定理由') };
  }
  if (recorded.reason === 'other' && recorded.otherText === undefined) {
    return { detail: '第1表の生活援助中心型の算定理由は「その他」ですが、その内容が書かれていません', evidence: planEvidence(plan, ['livingSupportReason', 'otherText'], '第1表 生活援助中心型の算定理由（その他）') };
  }
  return undefined;
}

/**
 * 老企第29号 第1表 (生活援助中心型の算定理由), 13条18号の2: a plan with 訪問介護 (サービス種類
 * 11) centred on 生活援助 (掃除・洗濯・調理・買物 …) records why (一人暮らし、家族等が障害・疾病等、
 * その他 with its text). Lines of housework done together with the client (見守り的援助) are
 * 身体介護 and are not counted. One finding per plan, with evidence at the reason and at each line.
 */
export const livelihoodReasonMissingRule = defineRule({
  id: 'plan.livelihood-reason-missing',
  scope: 'case',
  params: z.object({}),
  requires: ['plan'],
  evaluate({ plan }) {
    if (plan === undefined) return [];
    const lines = livingSupportLines(plan);
    const gap = lines.length > 0 ? reasonGap(plan) : undefined;
    if (gap === undefined) return [];
    const first = lines[0]!;
    const more = lines.length > 1 ? `ほか${lines.length - 1}件` : '';
    return [
      {
        message:
          `訪問介護「${excerpt(first.line.content ?? '', 30)}」${more}は生活援助（掃除・洗濯・調理・買物など）を中心とした内容に見えますが、${gap.detail}。` +
          '一人暮らしか、同居の家族等に障害や疾病などがあって家事ができないのかなど、本人と家族の状況から生活援助が必要な理由を記載しましょう。',
        evidence: [gap.evidence, ...lines.map((ref) => planEvidence(plan, [...ref.path, 'content'], `${ref.label} サービス内容`, ref.line.content))],
      },
    ];
  },
});
