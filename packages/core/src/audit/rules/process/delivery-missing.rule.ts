import { z } from 'zod';
import { defineRule, type Observation } from '../../rule.js';
import { dateText } from '../plan-structure/rule-text.js';
import { inUseStatuses, processPlans, providerText, sameProvider, type ProcessPlan } from './process-plan.js';

function observationsFor(plan: ProcessPlan): Observation[] {
  const consentDate = plan.consent?.date;
  if (consentDate === undefined && !inUseStatuses.includes(plan.status)) return [];
  const since = consentDate !== undefined ? `同意（${dateText(consentDate)}）を得た` : '同意済みの';
  const out: Observation[] = [];
  if (plan.delivery?.toClientOn === undefined) {
    out.push({
      message: `${since}${plan.title}を利用者に交付した日が記録されていません。確定した計画を利用者に渡しましたか？`,
      evidence: [plan.evidence(['delivery', 'toClientOn'], '交付 利用者への交付日')],
    });
  }
  const records = plan.delivery?.toProviders ?? [];
  for (const provider of plan.providers) {
    const index = records.findIndex((r) => sameProvider(provider, r));
    const record = records[index];
    if (record?.deliveredOn !== undefined) continue;
    const where = record === undefined ? plan.evidence(['delivery', 'toProviders'], '交付 事業所への交付') : plan.evidence(['delivery', 'toProviders', index, 'deliveredOn'], `交付 ${record.providerName ?? record.officeNumber ?? ''} 交付日`.trimEnd());
    out.push({
      message: `計画に位置付けた${providerText(provider)}に${plan.title}を交付した記録が見当たりません。担当者に計画を交付し、目標と役割を共有しましたか？`,
      evidence: [plan.evidence(provider.path, provider.label, provider.name ?? provider.officeNumber), where],
    });
  }
  return out;
}

/**
 * 13条11号 / 37号30条11号: a consented plan not delivered to the client, or to a provider of
 * an insured service on it (one 気づき per provider; providers match by 事業所番号 or name).
 */
export const deliveryMissingRule = defineRule({
  id: 'process.delivery-missing',
  scope: 'case',
  params: z.object({}),
  requires: ['plan', 'process'],
  evaluate({ plan, preventionPlan }) {
    return processPlans({ plan, preventionPlan }).flatMap(observationsFor);
  },
});
