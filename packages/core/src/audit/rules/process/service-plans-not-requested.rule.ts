import { z } from 'zod';
import { defineRule, type Observation } from '../../rule.js';
import { fromCarePlan, inUseStatuses, providerText, sameProvider } from './process-plan.js';

/**
 * 13条12号: every provider of an insured service on a consented plan is asked for its 個別サービス
 * 計画 (訪問介護計画 …). Services whose providers keep no such plan under the 指定居宅サービス等
 * 基準 (居宅療養管理指導) are left out by `exemptServices`.
 */
export const servicePlansNotRequestedRule = defineRule({
  id: 'process.service-plans-not-requested',
  scope: 'case',
  params: z.object({
    /** サービス種類コード of services without a 個別サービス計画 (31 居宅療養管理指導, 34 介護予防居宅療養管理指導). */
    exemptServices: z.array(z.string({ error: 'サービス種類コードを文字で指定してください' })).default(['31', '34']),
  }),
  requires: ['plan', 'process'],
  evaluate({ plan, params }) {
    if (plan === undefined || (plan.consent?.date === undefined && !inUseStatuses.includes(plan.status))) return [];
    const exempt = new Set(params.exemptServices);
    const target = fromCarePlan(plan);
    const out: Observation[] = [];
    for (const provider of target.providers) {
      // A provider is left out only when every line it carries is an exempt service.
      if (provider.serviceCodes.every((code) => exempt.has(code))) continue;
      const index = plan.individualServicePlans.findIndex((r) => sameProvider(provider, r));
      const record = plan.individualServicePlans[index];
      if (record?.requestedOn !== undefined) continue;
      out.push({
        message: `計画に位置付けた${providerText(provider)}に、個別サービス計画の提出を求めた記録が見当たりません。事業所の計画を受け取り、居宅サービス計画と目標がつながっているか確かめませんか？`,
        evidence: [
          target.evidence(provider.path, provider.label, provider.name ?? provider.officeNumber),
          record === undefined ? target.evidence(['individualServicePlans'], '個別サービス計画の提出依頼') : target.evidence(['individualServicePlans', index, 'requestedOn'], '個別サービス計画 提出依頼日'),
        ],
      });
    }
    return out;
  },
});
