import { addMonths, effectAggregateMonths, serviceUsageSchema, type EffectAggregate, type EffectParticipation, type PolicyActivity, type RuleId, type ServiceUsageLine } from '@kizuki/core';
import type { Store } from '../store/store.js';
import { demoInsurers, demoOffice } from './demo-organizations.js';

const insurer = demoInsurers.find((i) => i.id === 'demo-insurer-hitachi')!;
const officeAdmin = { id: 'demo-user-office-admin', name: '鈴木 由美' };

/**
 * DEMO DATA — a fictional series, not counts of any real office. Share of plans on which each theme
 * rule raises a 気づき, before and after the insurer's latest dissemination event (研修・連絡会議):
 * informal support and the person's own words improve after the event, vague goals fall a little,
 * service-as-goal stays flat. A small fixed wobble keeps months apart; everything is deterministic.
 */
const demoSeries: Record<RuleId, { before: number; after: number }> = {
  'plan.no-informal-support': { before: 0.56, after: 0.31 },
  'plan.need-not-own-words': { before: 0.62, after: 0.47 },
  'plan.goal-vague': { before: 0.41, after: 0.33 },
  'plan.goal-is-service': { before: 0.22, after: 0.21 },
} as Record<RuleId, { before: number; after: number }>;
const wobble = [0.02, -0.03, 0.01, 0.03, -0.02, 0, -0.01, 0.02, -0.03, 0.01, 0.03, -0.02];

async function latestDissemination(store: Store, today: string): Promise<string> {
  const records = await store.listRecords({ tenantId: insurer.id, areaInsurerNumber: insurer.insurerNumber! }, { kind: 'policy_activity', scope: 'own' });
  const dates = records.map((r) => r.body as PolicyActivity).filter((a) => a.indicator === 'dissemination' && a.date <= today).map((a) => a.date).sort();
  const latest = dates.at(-1);
  if (latest && latest >= addMonths(today, -(effectAggregateMonths - 3))) return latest;
  // No recent event recorded by the policy demo: record one five months ago, so the chart has a line to compare at.
  const date = `${addMonths(today, -5).slice(0, 7)}-15`;
  const event: PolicyActivity = {
    id: 'demo-act-effect-training',
    indicator: 'dissemination',
    date,
    kind: 'training',
    title: 'ケアマネジメント基本方針 研修会（デモ）',
    audience: '管内の居宅介護支援事業所の介護支援専門員',
    attendance: [{ officeNumber: demoOffice.officeNumber!, officeName: demoOffice.name, careManagers: 2 }],
    materials: '基本方針の解説資料（デモ）',
  };
  await store.createRecord({ tenantId: insurer.id, kind: 'policy_activity', body: event, author: 'demo-user-insurer', authorName: '伊藤 誠' });
  return date;
}

const days = [3, 10, 17, 24];
const usageLine = (id: string, serviceCode: string, serviceName: string, providerName: string, units: number, actualDays: number[]): Partial<ServiceUsageLine> => ({
  id,
  providerOfficeNumber: `08799${serviceCode.slice(0, 2)}001`,
  providerName,
  serviceCode,
  serviceName,
  units,
  plannedDays: days,
  actualDays,
});

/**
 * Last month's 利用票 (予定 and 実績) of two fictional clients, so 給付実績の活用 has something to compare: 高田 キヨ's
 * 通所介護 was provided on half the planned days; 森 保 used 訪問看護, which the plan does not name, and no 福祉用具.
 */
async function seedDemoUsages(store: Store, today: string): Promise<void> {
  const month = addMonths(today, -1).slice(0, 7);
  const clients = await store.listClients(demoOffice.id);
  const usages = [
    { name: '高田 キヨ', lines: [usageLine('u-takada-15', '151121', '通所介護Ⅱ', 'ひなた通所介護（デモ）', 658, [3, 10]), usageLine('u-takada-11', '111211', '身体介護1', 'あさひ訪問介護（デモ）', 244, days)] },
    { name: '森 保', lines: [usageLine('u-mori-15', '151121', '通所介護Ⅱ', 'ひなた通所介護（デモ）', 658, days), usageLine('u-mori-11', '111211', '身体介護1', 'あさひ訪問介護（デモ）', 244, days), usageLine('u-mori-13', '131111', '訪問看護Ⅰ2', 'みさき訪問看護（デモ）', 471, [3, 17])] },
  ];
  for (const { name, lines } of usages) {
    const client = clients.find((c) => c.name === name);
    if (!client) continue;
    const id = `demo-usage-${client.id}-${month}`;
    const body = serviceUsageSchema.parse({ id, month, createdOn: `${month}-01`, lines, confirmedOn: `${month}-01`, confirmedBy: '本人' });
    await store.createDocument(demoOffice.id, { id, clientId: client.id, kind: 'service_usage', body }, 'demo-user-cm');
  }
}

/** The demo office takes part in effect verification and has sent twelve months of (fictional) aggregates. */
export async function seedDemoEffect(store: Store, today: string): Promise<void> {
  await seedDemoUsages(store, today);
  const eventMonth = (await latestDissemination(store, today)).slice(0, 7);
  const participation: EffectParticipation = { insurerOrganizationId: insurer.id, optedIn: true, decidedBy: officeAdmin.name, decidedOn: addMonths(today, -12) };
  const address = { tenantId: demoOffice.id, author: officeAdmin.id, authorName: officeAdmin.name, addresseeTenantId: insurer.id };
  await store.createRecord({ ...address, kind: 'effect_participation', body: participation });
  for (let i = effectAggregateMonths; i >= 1; i--) {
    const month = addMonths(`${today.slice(0, 7)}-01`, -i).slice(0, 7);
    const planCount = 30 + ((i * 7) % 11);
    const ruleCounts: Record<string, number> = {};
    for (const [ruleId, series] of Object.entries(demoSeries)) {
      const rate = (month <= eventMonth ? series.before : series.after) + wobble[i % wobble.length]!;
      ruleCounts[ruleId] = Math.max(0, Math.min(planCount, Math.round(planCount * rate)));
    }
    const body: EffectAggregate = { insurerOrganizationId: insurer.id, month, packId: insurer.policyPackId!, planCount, ruleCounts };
    await store.createRecord({ ...address, kind: 'effect_aggregate', body });
  }
}
