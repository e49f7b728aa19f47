import { addDays, KizukiError, type PreventionPlan } from '@kizuki/core';
import type { Actor, ServiceDeps } from '../services/context.js';
import { createGrant } from '../services/grant.service.js';
import { confirmDelegatedPlan } from '../services/prevention-delegation.service.js';
import { saveDelegatedPlan } from '../services/prevention-office.service.js';
import type { Store } from '../store/store.js';
import { demoCenter, demoOffice } from './demo-organizations.js';

/** Client 18 (清水ハナ): delegated, plan confirmed. Client 20 (青木マサ子): delegated, 原案 awaiting 確認. */
const confirmedClient = { clientId: 'demo-client-18', planId: 'demo-pplan-18-1' };
const awaitingClient = { clientId: 'demo-client-20', planId: 'demo-pplan-20-1' };

async function actorOf(store: Store, tenantId: string, userId: string): Promise<Actor> {
  const user = await store.getUser(tenantId, userId);
  const organization = await store.getOrganization(tenantId);
  if (!user || !organization) throw new KizukiError('internal', `デモの利用者 ${userId} が見つかりません。`);
  return { user, organization, tenantId };
}

/**
 * 介護予防支援の委託 in the demo: the 地域包括支援センター delegates two clients to the demo office
 * through `delegated_prevention` grants. The office's care manager rewrote client 20's 原案 (awaiting
 * the center's 確認); the center has confirmed client 18's plan. Written through the services.
 */
export async function seedDemoPrevention(store: Store, today: string): Promise<void> {
  const deps: ServiceDeps = { store, now: () => new Date(`${addDays(today, -3)}T01:00:00Z`) };
  const staff = await actorOf(store, demoCenter.id, 'demo-user-center');
  const cm = await actorOf(store, demoOffice.id, 'demo-user-cm2');
  const delegate = (clientId: string) =>
    createGrant(deps, staff, {
      granteeOrganizationId: demoOffice.id,
      purpose: 'delegated_prevention',
      reason: '介護予防支援の委託（ひだまり居宅介護支援事業所）',
      validUntil: addDays(today, 300),
      items: (['prevention_plan', 'monitoring', 'basic_checklist'] as const).map((kind) => ({ clientId, kind })),
    });

  await delegate(confirmedClient.clientId);
  const confirmed = await store.getDocument(demoCenter.id, confirmedClient.planId);
  if (!confirmed) throw new KizukiError('internal', 'デモの委託計画（利用者18）が見つかりません。');
  await confirmDelegatedPlan(deps, staff, confirmed.id, { planRevision: confirmed.revision, confirmedOn: addDays(today, -3), confirmedBy: '高橋 さくら', opinion: '委託先の計画を確認しました。モニタリングが途絶えているため、次回訪問の日程を知らせてください。' });

  const grant = await delegate(awaitingClient.clientId);
  const draft = await store.getDocument(demoCenter.id, awaitingClient.planId);
  if (!draft) throw new KizukiError('internal', 'デモの委託計画（利用者20）が見つかりません。');
  const { centerOpinion: _o, centerConfirmedOn: _d, centerConfirmedBy: _b, centerConfirmedRevision: _r, ...body } = draft.body as PreventionPlan;
  await saveDelegatedPlan(deps, cm, grant.id, awaitingClient.clientId, {
    baseRevision: draft.revision,
    plan: {
      ...body,
      careManagerName: '田中 健太',
      delegatedOffice: { name: demoOffice.name, address: '架空県架空市みどり町1-2-3', phone: '000-000-0000' },
      monitoringPlan: 'サービス開始の翌月から3か月ごとに自宅を訪問。月に1回は電話で様子を確認',
      notes: '委託先で原案を作成。担当者会議の日程を調整中（地域包括支援センターの確認待ち）',
    },
  });
}
