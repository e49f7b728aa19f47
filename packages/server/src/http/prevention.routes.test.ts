import type { Organization } from '@kizuki/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginThrottle } from '../auth/login-throttle.js';
import { hashPassword } from '../auth/password.js';
import type { Store } from '../store/store.js';
import { storeBackends } from '../testing/store-backends.js';
import { TestAgent } from '../testing/test-agent.js';
import { createApp } from './app.js';

/** Fictional organizations and people only. */
const insurer: Organization = { id: 'ins-s', kind: 'insurer', name: '架空市 介護保険課', insurerNumber: '089990', policyPackId: 'shiojiri' };
const center: Organization = { id: 'center-p', kind: 'community_center', name: 'やまなみ地域包括支援センター', officeNumber: '0800000010', defaultInsurerNumber: '089990' };
const otherCenter: Organization = { id: 'center-q', kind: 'community_center', name: 'うみべ地域包括支援センター', officeNumber: '0800000011' };
const office: Organization = { id: 'office-p', kind: 'care_management_office', name: 'こもれび居宅介護支援事業所', officeNumber: '0800000012' };
const otherOffice: Organization = { id: 'office-q', kind: 'care_management_office', name: 'ゆうやけ居宅介護支援事業所', officeNumber: '0800000013' };
const password = 'correct-password-123';
const person = (id: string, name: string, nameKana: string, insuredNumber: string) => ({ id, insurerNumber: '089990', insuredNumber, name, nameKana });

const firstPlan = {
  status: 'active',
  planKind: 'care_management',
  careLevel: 'business_target',
  planDate: '2025-04-01',
  careManagementType: 'A',
  careManagerName: '森 陽子',
  targetLife: { day: '午前中に畑の世話をする', year: '孫の運動会を見に行く' },
  issues: [{ id: 'i-1', goal: '畑まで休まず歩ける', supportRows: [{ id: 'r-1', selfCareAndInformal: '毎朝ラジオ体操をする' }] }],
};

describe.each(storeBackends())('介護予防支援の委託 API on $name', (backend) => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  const now = new Date('2025-08-10T01:00:00Z');
  let grantId = '';
  let planId = '';

  beforeAll(async () => {
    store = await backend.open();
    for (const org of [insurer, center, otherCenter, office, otherOffice]) await store.createOrganization(org);
    const passwordHash = await hashPassword(password);
    const users = [
      { id: 'u-center', organizationId: center.id, login: 'center.p', displayName: '山本 恵', role: 'center_staff' },
      { id: 'u-center-q', organizationId: otherCenter.id, login: 'center.q', displayName: '海野 進', role: 'center_staff' },
      { id: 'u-cm', organizationId: office.id, login: 'cm.p', displayName: '森 陽子', role: 'care_manager' },
      { id: 'u-cm-q', organizationId: otherOffice.id, login: 'cm.q', displayName: '夕日 健', role: 'care_manager' },
    ] as const;
    for (const user of users) await store.createUser({ ...user, passwordHash });
    for (const [owner, p] of [[center.id, person('c-hana', '野山 ハナ', 'ノヤマ ハナ', '0000055501')], [center.id, person('c-own', '川辺 トメ', 'カワベ トメ', '0000055502')]] as const) {
      await store.createClient(owner, { ...p, body: { ...p, birthDate: '1941-05-05' } }, 'u-center');
    }
    await store.createDocument(center.id, { id: 'own-plan', clientId: 'c-own', kind: 'prevention_plan', body: { id: 'own-plan', status: 'active', planDate: '2025-04-01' } }, 'u-center');
    app = createApp({ store, now: () => now, throttle: new LoginThrottle(), trustProxy: true, version: 'test' });
  });
  afterAll(async () => {
    await store.close();
    await backend.cleanup();
  });

  async function signedIn(login: string): Promise<TestAgent> {
    const agent = new TestAgent(app, password);
    expect((await agent.login(login)).status).toBe(200);
    return agent;
  }
  const planRevision = async () => (await store.getDocument(center.id, planId))?.revision;

  it('the center delegates the client to the office through a grant', async () => {
    const res = await (await signedIn('center.p')).request('POST', '/api/grants', {
      granteeOrganizationId: office.id,
      purpose: 'delegated_prevention',
      reason: '介護予防支援の委託（令和7年度）',
      validUntil: '2026-03-31',
      items: [{ clientId: 'c-hana', kind: 'prevention_plan' }, { clientId: 'c-hana', kind: 'monitoring' }],
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    grantId = res.json.grant.id as string;
    const list = await (await signedIn('cm.p')).request('GET', '/api/prevention/delegated');
    expect(list.json.delegations).toEqual([expect.objectContaining({ grantId, clientId: 'c-hana', centerName: center.name, status: 'no_plan', validUntil: '2026-03-31' })]);
    expect((await (await signedIn('cm.q')).request('GET', '/api/prevention/delegated')).json.delegations).toEqual([]);
  });

  it('the office writes the plan in the center case file; bad input saves nothing', async () => {
    const cm = await signedIn('cm.p');
    const bad = await cm.request('PUT', `/api/prevention/delegated/${grantId}/clients/c-hana/plan`, { plan: { ...firstPlan, planDate: '2025-13-01' } });
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe('validation_failed');
    expect(JSON.stringify(bad.json.error)).toContain('planDate');
    expect(await store.listDocuments(center.id, 'c-hana', 'prevention_plan')).toEqual([]);
    const notObject = await cm.request('PUT', `/api/prevention/delegated/${grantId}/clients/c-hana/plan`, { plan: 'x' });
    expect(notObject.status).toBe(400);
    expect(notObject.json.error.message).toContain('計画（plan）をオブジェクトで指定してください');

    const res = await cm.request('PUT', `/api/prevention/delegated/${grantId}/clients/c-hana/plan`, { plan: firstPlan });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    planId = res.json.plan.id as string;
    expect(res.json.plan).toMatchObject({ revision: 1, body: { delegated: true, careManagementType: 'A', delegatedOffice: { name: office.name } } });
    expect(await planRevision()).toBe(1);
    const ownerLog = await store.listAccessLog(center.id, { action: 'delegation.write' });
    expect(ownerLog.map((e) => e.detail)).toEqual([expect.stringContaining(`grant:${grantId} by:${office.id} prevention_plan:${planId}@1`)]);
  });

  it('the office cannot write the 確認欄', async () => {
    const cm = await signedIn('cm.p');
    const res = await cm.request('PUT', `/api/prevention/delegated/${grantId}/clients/c-hana/plan`, { baseRevision: 1, plan: { ...firstPlan, centerConfirmedOn: '2025-08-01', centerConfirmedBy: '森 陽子' } });
    expect(res.status).toBe(403);
    expect(res.json.error).toMatchObject({ code: 'forbidden', message: expect.stringContaining('地域包括支援センター確認欄') });
    expect(await planRevision()).toBe(1);
    const confirm = await cm.request('POST', `/api/prevention/plans/${planId}/confirmation`, { planRevision: 1, confirmedOn: '2025-08-10', confirmedBy: '森 陽子' });
    expect(confirm.status).toBe(403);
    expect(await planRevision()).toBe(1);
  });

  it('the center counts the case on 委託状況 as awaiting 確認, with monitoring overdue', async () => {
    const res = await (await signedIn('center.p')).request('GET', '/api/prevention/delegations');
    expect(res.status).toBe(200);
    expect(res.json.offices).toEqual([{ officeId: office.id, officeName: office.name, activeCases: 1, awaitingConfirmation: 1, confirmed: 0, monitoringOverdue: 1 }]);
    expect(res.json.cases[0]).toMatchObject({ clientName: '野山 ハナ', status: 'awaiting_confirmation', planRevision: 1, careManagementType: 'A', monitoringOverdue: true });
    expect((await (await signedIn('cm.p')).request('GET', '/api/prevention/delegations')).status).toBe(403);
  });

  it('only the delegating center records the 確認; bad input and stale revisions save nothing', async () => {
    const other = await signedIn('center.q');
    expect((await other.request('POST', `/api/prevention/plans/${planId}/confirmation`, { planRevision: 1, confirmedOn: '2025-08-10', confirmedBy: '海野 進' })).status).toBe(404);

    const centerStaff = await signedIn('center.p');
    const missing = await centerStaff.request('POST', `/api/prevention/plans/${planId}/confirmation`, { planRevision: 1, confirmedOn: '2025-02-30' });
    expect(missing.status).toBe(400);
    expect(missing.json.error.code).toBe('validation_failed');
    expect(JSON.stringify(missing.json.error)).toContain('確認者を入力してください');
    const stale = await centerStaff.request('POST', `/api/prevention/plans/${planId}/confirmation`, { planRevision: 2, confirmedOn: '2025-08-10', confirmedBy: '山本 恵' });
    expect(stale.status).toBe(409);
    expect(stale.json.error.code).toBe('revision_conflict');
    const notDelegated = await centerStaff.request('POST', '/api/prevention/plans/own-plan/confirmation', { planRevision: 1, confirmedOn: '2025-08-10', confirmedBy: '山本 恵' });
    expect(notDelegated.status).toBe(400);
    expect(notDelegated.json.error.message).toContain('委託されていない');
    expect(await planRevision()).toBe(1);

    const ok = await centerStaff.request('POST', `/api/prevention/plans/${planId}/confirmation`, { planRevision: 1, confirmedOn: '2025-08-10', confirmedBy: '山本 恵', opinion: '目標は本人の言葉で書かれています。' });
    expect(ok.status, JSON.stringify(ok.json)).toBe(200);
    expect(ok.json.document).toMatchObject({ revision: 2, body: { centerConfirmedOn: '2025-08-10', centerConfirmedBy: '山本 恵', centerOpinion: '目標は本人の言葉で書かれています。', centerConfirmedRevision: 2 } });
    const overview = await centerStaff.request('GET', '/api/prevention/delegations');
    expect(overview.json.offices[0]).toMatchObject({ awaitingConfirmation: 0, confirmed: 1 });
  });

  it('the office sees the 確認 and its next save keeps it, awaiting 確認 again', async () => {
    const cm = await signedIn('cm.p');
    const file = await cm.request('GET', `/api/prevention/delegated/${grantId}/clients/c-hana`);
    expect(file.json.plan.body).toMatchObject({ centerConfirmedOn: '2025-08-10', centerConfirmedBy: '山本 恵' });
    expect(file.json.delegation.status).toBe('confirmed');
    const res = await cm.request('PUT', `/api/prevention/delegated/${grantId}/clients/c-hana/plan`, { baseRevision: 2, plan: { ...firstPlan, overallPolicy: '畑仕事を続けられるよう、体操を習慣にする' } });
    expect(res.status).toBe(200);
    expect(res.json.plan.body).toMatchObject({ centerConfirmedOn: '2025-08-10', centerConfirmedRevision: 2, overallPolicy: '畑仕事を続けられるよう、体操を習慣にする' });
    const again = await cm.request('GET', `/api/prevention/delegated/${grantId}/clients/c-hana`);
    expect(again.json.delegation.status).toBe('awaiting_confirmation');
    const conflict = await cm.request('PUT', `/api/prevention/delegated/${grantId}/clients/c-hana/plan`, { baseRevision: 2, plan: firstPlan });
    expect(conflict.status).toBe(409);
  });

  it('the office records monitoring the center then sees; bad input saves nothing', async () => {
    const cm = await signedIn('cm.p');
    const path = `/api/prevention/delegated/${grantId}/clients/c-hana/monitorings`;
    const bad = await cm.request('POST', path, { monitoring: { method: 'home_visit' } });
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe('validation_failed');
    expect(JSON.stringify(bad.json.error)).toContain('モニタリング実施日');
    expect(await store.listDocuments(center.id, 'c-hana', 'monitoring')).toEqual([]);
    const ok = await cm.request('POST', path, { monitoring: { date: '2025-08-08', method: 'home_visit', changes: '畑まで休まず歩けた' } });
    expect(ok.status, JSON.stringify(ok.json)).toBe(201);
    expect((await store.listDocuments(center.id, 'c-hana', 'monitoring')).map((d) => (d.body as { changes?: string }).changes)).toEqual(['畑まで休まず歩けた']);
    const overview = await (await signedIn('center.p')).request('GET', '/api/prevention/delegations');
    expect(overview.json.cases[0]).toMatchObject({ lastMonitoringOn: '2025-08-08' });
    const file = await cm.request('GET', `/api/prevention/delegated/${grantId}/clients/c-hana`);
    expect(file.json.monitorings.map((m: { body: { date: string } }) => m.body.date)).toEqual(['2025-08-08']);
  });

  it('a grant pinned to one revision lets the office read, not write', async () => {
    const pinned = await (await signedIn('center.p')).request('POST', '/api/grants', {
      granteeOrganizationId: office.id,
      purpose: 'delegated_prevention',
      reason: '計画の確認のための共有',
      validUntil: '2025-12-31',
      items: [{ clientId: 'c-hana', documentId: planId }],
    });
    expect(pinned.status).toBe(201);
    const cm = await signedIn('cm.p');
    const path = `/api/prevention/delegated/${pinned.json.grant.id as string}/clients/c-hana`;
    expect((await cm.request('GET', path)).status).toBe(200);
    const before = await planRevision();
    const res = await cm.request('PUT', `${path}/plan`, { baseRevision: before, plan: firstPlan });
    expect(res.status).toBe(403);
    expect(res.json.error.message).toContain('書類の種類ごとの共有が必要です');
    expect(await planRevision()).toBe(before);
    expect((await (await signedIn('center.p')).request('POST', `/api/grants/${pinned.json.grant.id as string}/revoke`, { reason: '確認の終了' })).status).toBe(200);
  });

  it('another office and a revoked grant get 404', async () => {
    expect((await (await signedIn('cm.q')).request('GET', `/api/prevention/delegated/${grantId}/clients/c-hana`)).status).toBe(404);
    expect((await (await signedIn('cm.p')).request('GET', `/api/prevention/delegated/${grantId}/clients/c-own`)).status).toBe(404);
    const revoked = await (await signedIn('center.p')).request('POST', `/api/grants/${grantId}/revoke`, { reason: '委託の終了' });
    expect(revoked.status).toBe(200);
    const cm = await signedIn('cm.p');
    const read = await cm.request('GET', `/api/prevention/delegated/${grantId}/clients/c-hana`);
    expect(read.status).toBe(404);
    expect(read.json.error.message).toContain('委託された利用者が見つかりません');
    const before = await planRevision();
    expect((await cm.request('PUT', `/api/prevention/delegated/${grantId}/clients/c-hana/plan`, { baseRevision: before, plan: firstPlan })).status).toBe(404);
    expect(await planRevision()).toBe(before);
    expect((await cm.request('GET', '/api/prevention/delegated')).json.delegations).toEqual([]);
    expect((await (await signedIn('center.p')).request('GET', '/api/prevention/delegations')).json.cases).toEqual([]);
    expect((await (await signedIn('center.p')).request('POST', `/api/prevention/plans/${planId}/confirmation`, { planRevision: before, confirmedOn: '2025-08-10', confirmedBy: '山本 恵' })).status).toBe(400);
  });
});
