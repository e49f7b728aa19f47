import type { Organization } from '@kizuki/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginThrottle } from '../auth/login-throttle.js';
import { hashPassword } from '../auth/password.js';
import type { Store } from '../store/store.js';
import { storeBackends } from '../testing/store-backends.js';
import { TestAgent } from '../testing/test-agent.js';
import { createApp } from './app.js';

/** Fictional organizations and people only. */
const insurer: Organization = { id: 'ins-x', kind: 'insurer', name: '架空市 介護保険課', insurerNumber: '089999', policyPackId: 'hitachi' };
const otherInsurer: Organization = { id: 'ins-y', kind: 'insurer', name: '架空町 福祉課', insurerNumber: '089998' };
const office: Organization = { id: 'office-a', kind: 'care_management_office', name: 'あおぞら居宅介護支援事業所', officeNumber: '0800000001' };
const otherOffice: Organization = { id: 'office-b', kind: 'care_management_office', name: 'みどり居宅介護支援事業所', officeNumber: '0800000002' };
const center: Organization = { id: 'center-c', kind: 'community_center', name: 'みなと地域包括支援センター', officeNumber: '0800000003' };
const password = 'correct-password-123';
const client = { insurerNumber: '089999', insuredNumber: '0000012345', name: '青葉 チヨ', nameKana: 'アオバ チヨ' };

describe.each(storeBackends())('grants and shared documents API on $name', (backend) => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  let now = new Date('2025-07-10T01:00:00Z');

  beforeAll(async () => {
    store = await backend.open();
    for (const org of [insurer, otherInsurer, office, otherOffice, center]) await store.createOrganization(org);
    const passwordHash = await hashPassword(password);
    const users = [
      { id: 'u-cm', organizationId: office.id, login: 'cm.a', displayName: '青木 花子', role: 'care_manager' },
      { id: 'u-admin', organizationId: office.id, login: 'admin.a', displayName: '鈴木 一子', role: 'office_admin' },
      { id: 'u-cm-b', organizationId: otherOffice.id, login: 'cm.b', displayName: '緑川 一郎', role: 'care_manager' },
      { id: 'u-ins', organizationId: insurer.id, login: 'ins.x', displayName: '伊藤 誠', role: 'insurer_staff' },
      { id: 'u-ins-y', organizationId: otherInsurer.id, login: 'ins.y', displayName: '木村 二郎', role: 'insurer_staff' },
      { id: 'u-center', organizationId: center.id, login: 'center.c', displayName: '高橋 さくら', role: 'center_staff' },
    ] as const;
    for (const user of users) await store.createUser({ ...user, passwordHash });
    await store.createClient(office.id, { id: 'c-aoba', ...client, body: { id: 'c-aoba', ...client, birthDate: '1940-04-01' } }, 'u-cm');
    await store.createClient(office.id, { id: 'c-other', ...client, insurerNumber: '089998', insuredNumber: '0000099999', name: '架空 次郎', nameKana: 'カクウ ジロウ', body: {} }, 'u-cm');
    await store.createDocument(office.id, { id: 'plan-1', clientId: 'c-aoba', kind: 'care_plan', body: { id: 'plan-1', v: 1 } }, 'u-cm');
    await store.updateDocument(office.id, 'plan-1', 1, { id: 'plan-1', v: 2 }, 'u-cm');
    await store.createDocument(office.id, { id: 'mon-1', clientId: 'c-aoba', kind: 'monitoring', body: { id: 'mon-1' } }, 'u-cm');
    await store.createDocument(office.id, { id: 'plan-other', clientId: 'c-other', kind: 'care_plan', body: { id: 'plan-other' } }, 'u-cm');
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

  const inspectionBody = (patch: Record<string, unknown> = {}) => ({
    granteeOrganizationId: insurer.id,
    purpose: 'care_plan_inspection',
    reason: '令和7年度 ケアプラン点検の提出',
    validUntil: '2025-08-31',
    items: [{ clientId: 'c-aoba', documentId: 'c-aoba' }, { clientId: 'c-aoba', documentId: 'plan-1' }],
    ...patch,
  });

  async function share(patch: Record<string, unknown> = {}): Promise<string> {
    const res = await (await signedIn('cm.a')).request('POST', '/api/grants', inspectionBody(patch));
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    return res.json.grant.id as string;
  }

  const grantCount = async () => (await store.listGrantsByOwner(office.id)).length;

  it('shares the current revision with the insurer, which reads exactly that, logged on both sides', async () => {
    const cm = await signedIn('cm.a');
    const created = await cm.request('POST', '/api/grants', inspectionBody());
    expect(created.status).toBe(201);
    const grant = created.json.grant;
    expect(grant).toMatchObject({ ownerOrganizationId: office.id, granteeOrganizationId: insurer.id, purpose: 'care_plan_inspection', createdBy: 'u-cm' });
    // Until the end of 31 August in Japan.
    expect(grant.validUntil).toBe('2025-08-31T15:00:00.000Z');
    expect(grant.items.map((i: { documentId: string; revision: number }) => [i.documentId, i.revision])).toEqual([['c-aoba', 1], ['plan-1', 2]]);

    const ins = await signedIn('ins.x');
    const listed = await ins.request('GET', '/api/shared');
    expect(listed.status).toBe(200);
    const received = listed.json.grants.find((g: { id: string }) => g.id === grant.id);
    expect(received).toMatchObject({ ownerName: office.name, purpose: 'care_plan_inspection', reason: '令和7年度 ケアプラン点検の提出' });
    expect(received.items[1]).toMatchObject({ kind: 'care_plan', documentId: 'plan-1', revision: 2, client: { name: '青葉 チヨ', insuredNumber: '0000012345' } });

    const read = await ins.request('GET', `/api/shared/${grant.id}/documents/plan-1`);
    expect(read.status).toBe(200);
    expect(read.json.document).toMatchObject({ id: 'plan-1', kind: 'care_plan', revision: 2, body: { v: 2 } });

    const ownerLog = await store.listAccessLog(office.id, { clientId: 'c-aoba' });
    expect(ownerLog.find((e) => e.action === 'grant.create')).toMatchObject({ userId: 'u-cm', detail: expect.stringContaining(`grant:${grant.id} to:${insurer.id}`) });
    expect(ownerLog.find((e) => e.action === 'grant.read')).toMatchObject({ userId: 'u-ins', detail: `grant:${grant.id} by:${insurer.id} care_plan:plan-1@2` });
    const granteeLog = await store.listAccessLog(insurer.id);
    expect(granteeLog.find((e) => e.action === 'grant.receive')?.detail).toContain(`grant:${grant.id} from:${office.id}`);
    expect(granteeLog.find((e) => e.action === 'shared.read')).toMatchObject({ userId: 'u-ins', clientId: null, detail: expect.stringContaining('care_plan:plan-1@2') });
  });

  it('never shows a revision saved after the submission', async () => {
    const grantId = await share();
    const current = await store.getDocument(office.id, 'plan-1');
    await store.updateDocument(office.id, 'plan-1', current!.revision, { id: 'plan-1', v: 'unsubmitted' }, 'u-cm');
    const ins = await signedIn('ins.x');
    const read = await ins.request('GET', `/api/shared/${grantId}/documents/plan-1`);
    expect(read.json.document.revision).toBe(current!.revision);
    expect(read.json.document.body.v).not.toBe('unsubmitted');
    const newer = await ins.request('GET', `/api/shared/${grantId}/documents/plan-1?revision=${current!.revision + 1}`);
    expect(newer.status).toBe(404);
  });

  it('answers 404 revealing nothing without a grant, for other documents, for another grantee and for an unknown grant', async () => {
    const grantId = await share();
    const ins = await signedIn('ins.x');
    const expected = { code: 'not_found', message: '共有された書類が見つかりません（共有が取り消されたか、期限が過ぎた可能性があります）。' };
    for (const path of [`/api/shared/${grantId}/documents/mon-1`, `/api/shared/${grantId}/documents/plan-other`, '/api/shared/no-such-grant/documents/plan-1']) {
      const res = await ins.request('GET', path);
      expect(res.status, path).toBe(404);
      expect(res.json.error).toEqual(expected);
    }
    for (const login of ['ins.y', 'cm.b', 'center.c']) {
      const other = await signedIn(login);
      const res = await other.request('GET', `/api/shared/${grantId}/documents/plan-1`);
      expect(res.status, login).toBe(404);
      expect(res.json.error).toEqual(expected);
      expect((await other.request('GET', '/api/shared')).json.grants, login).toEqual([]);
    }
    // The owner itself reads its documents through its case files, not as a grantee.
    expect((await (await signedIn('cm.a')).request('GET', `/api/shared/${grantId}/documents/plan-1`)).status).toBe(404);
  });

  it('answers 404 once the grant has expired', async () => {
    const grantId = await share({ validUntil: '2025-07-10' });
    const ins = await signedIn('ins.x');
    expect((await ins.request('GET', `/api/shared/${grantId}/documents/plan-1`)).status).toBe(200);
    const saved = now;
    now = new Date('2025-07-10T15:00:00Z');
    try {
      // A new session at the later time (the first one would have gone idle).
      const ins = await signedIn('ins.x');
      const res = await ins.request('GET', `/api/shared/${grantId}/documents/plan-1`);
      expect(res.status).toBe(404);
      expect((await ins.request('GET', '/api/shared')).json.grants.map((g: { id: string }) => g.id)).not.toContain(grantId);
    } finally {
      now = saved;
    }
  });

  it('revokes: the grantee gets 404 and the grant leaves its list; a second revocation is refused', async () => {
    const grantId = await share();
    const ins = await signedIn('ins.x');
    expect((await ins.request('GET', `/api/shared/${grantId}/documents/plan-1`)).status).toBe(200);
    const admin = await signedIn('admin.a');
    const revoked = await admin.request('POST', `/api/grants/${grantId}/revoke`, { reason: '提出する計画を誤ったため' });
    expect(revoked.status).toBe(200);
    expect(revoked.json.grant).toMatchObject({ revokedBy: 'u-admin', revokeReason: '提出する計画を誤ったため' });
    expect((await ins.request('GET', `/api/shared/${grantId}/documents/plan-1`)).status).toBe(404);
    expect((await ins.request('GET', '/api/shared')).json.grants.map((g: { id: string }) => g.id)).not.toContain(grantId);
    const again = await admin.request('POST', `/api/grants/${grantId}/revoke`, { reason: 'もう一度' });
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe('conflict');
    expect(again.json.error.message).toContain('すでに取り消されています');
    expect((await store.listAccessLog(office.id, { clientId: 'c-aoba' })).some((e) => e.action === 'grant.revoke' && e.detail === `grant:${grantId} to:${insurer.id}`)).toBe(true);
    expect((await store.listAccessLog(insurer.id)).some((e) => e.action === 'grant.revoked' && e.detail === `grant:${grantId} from:${office.id}`)).toBe(true);
  });

  it("does not let another office list or revoke the office's grants", async () => {
    const grantId = await share();
    const other = await signedIn('cm.b');
    expect((await other.request('GET', '/api/grants')).json.grants).toEqual([]);
    const res = await other.request('POST', `/api/grants/${grantId}/revoke`, { reason: '横から取り消す' });
    expect(res.status).toBe(404);
    expect(res.json.error.code).toBe('not_found');
    expect((await store.getGrant(office.id, grantId))?.revokedAt).toBeUndefined();
    const mine = await (await signedIn('cm.a')).request('GET', '/api/grants');
    expect(mine.json.grants.find((g: { id: string }) => g.id === grantId)).toMatchObject({ granteeName: insurer.name });
  });

  it('lets only the owning roles share and revoke, and refuses without CSRF token or session', async () => {
    const before = await grantCount();
    const ins = await signedIn('ins.x');
    const forbidden = await ins.request('POST', '/api/grants', inspectionBody());
    expect(forbidden.status).toBe(403);
    expect(forbidden.json.error.code).toBe('forbidden');
    expect((await ins.request('GET', '/api/grants')).status).toBe(403);
    const cm = await signedIn('cm.a');
    const noCsrf = await cm.request('POST', '/api/grants', inspectionBody(), { 'x-csrf-token': 'wrong' });
    expect(noCsrf.status).toBe(403);
    expect(noCsrf.json.error.code).toBe('csrf_failed');
    const anonymous = await new TestAgent(app, password).request('GET', '/api/shared');
    expect(anonymous.status).toBe(401);
    expect(await grantCount()).toBe(before);
  });

  it('refuses bad bodies in Japanese and saves nothing', async () => {
    const before = await grantCount();
    const cm = await signedIn('cm.a');
    const cases: [unknown, number, string, string][] = [
      [{}, 400, 'validation_failed', '共有'],
      [inspectionBody({ reason: '' }), 400, 'validation_failed', '共有の理由を入力してください'],
      [inspectionBody({ purpose: 'sightseeing' }), 400, 'validation_failed', '共有の目的'],
      [inspectionBody({ items: [] }), 400, 'validation_failed', '1つ以上'],
      [inspectionBody({ validUntil: '2025-02-30' }), 400, 'validation_failed', ''],
      [inspectionBody({ validUntil: '2025-07-09' }), 400, 'bad_request', '過去の日付'],
      [inspectionBody({ validUntil: '2027-07-09' }), 400, 'bad_request', '366日後'],
      [inspectionBody({ granteeOrganizationId: 'nowhere' }), 404, 'not_found', '共有先の組織が見つかりません'],
      [inspectionBody({ granteeOrganizationId: otherInsurer.id }), 400, 'bad_request', '利用者の保険者に限ります'],
      [inspectionBody({ granteeOrganizationId: otherOffice.id }), 400, 'bad_request', '共有先にできません'],
      [inspectionBody({ purpose: 'delegated_prevention', granteeOrganizationId: otherOffice.id }), 400, 'bad_request', '地域包括支援センターと居宅介護支援事業所の間'],
      [inspectionBody({ items: [{ clientId: 'c-aoba', documentId: 'plan-1' }, { clientId: 'c-aoba', documentId: 'plan-other' }] }), 404, 'not_found', '2件目'],
      [inspectionBody({ items: [{ clientId: 'c-aoba', documentId: 'plan-1', revision: 99 }] }), 400, 'bad_request', 'まだありません'],
      [inspectionBody({ items: [{ clientId: 'c-aoba', kind: 'care_plan' }] }), 400, 'bad_request', '書類と版を指定'],
      [inspectionBody({ items: [{ clientId: 'c-aoba' }] }), 400, 'validation_failed', 'どちらか一方'],
      [inspectionBody({ items: [{ clientId: 'c-other', documentId: 'plan-other' }] }), 400, 'bad_request', '089998'],
    ];
    for (const [body, status, code, text] of cases) {
      const res = await cm.request('POST', '/api/grants', body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.json.error.code, JSON.stringify(body)).toBe(code);
      expect(res.json.error.message, JSON.stringify(body)).toMatch(/[ぁ-んァ-ヶ一-龠]/u);
      expect(res.json.error.message, JSON.stringify(body)).toContain(text);
    }
    const notJson = await cm.request('POST', '/api/grants', 'not json');
    expect(notJson.json.error.code).toBe('bad_request');
    const grantId = await share();
    const noReason = await cm.request('POST', `/api/grants/${grantId}/revoke`, { reason: '  ' });
    expect(noReason.status).toBe(400);
    expect(noReason.json.error.message).toContain('取り消しの理由を入力してください');
    expect(await grantCount()).toBe(before + 1);
    expect((await store.getGrant(office.id, grantId))?.revokedAt).toBeUndefined();
  });

  it('delegates prevention support from the center: the office follows the case, without a pinned revision', async () => {
    await store.createClient(center.id, { id: 'c-yobo', ...client, insuredNumber: '0000054321', name: '港 ハナ', nameKana: 'ミナト ハナ', body: {} }, 'u-center');
    await store.createDocument(center.id, { id: 'pp-1', clientId: 'c-yobo', kind: 'prevention_plan', body: { v: 1 } }, 'u-center');
    const staff = await signedIn('center.c');
    const res = await staff.request('POST', '/api/grants', {
      granteeOrganizationId: office.id,
      purpose: 'delegated_prevention',
      reason: '介護予防支援の委託（令和7年度）',
      validUntil: '2026-03-31',
      items: [{ clientId: 'c-yobo', kind: 'prevention_plan' }],
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    await store.updateDocument(center.id, 'pp-1', 1, { v: 2 }, 'u-center');
    const cm = await signedIn('cm.a');
    const read = await cm.request('GET', `/api/shared/${res.json.grant.id}/documents/pp-1`);
    expect(read.json.document).toMatchObject({ revision: 2, body: { v: 2 } });
    expect((await cm.request('GET', `/api/shared/${res.json.grant.id}/documents/pp-1?revision=1`)).json.document.body).toEqual({ v: 1 });
  });

  it('hides the client name from a 地域ケア会議 and lists candidates by purpose', async () => {
    const grantId = await share({ purpose: 'community_care_meeting', granteeOrganizationId: center.id, validUntil: '2025-08-01', items: [{ clientId: 'c-aoba', documentId: 'plan-1' }] });
    const staff = await signedIn('center.c');
    const received = (await staff.request('GET', '/api/shared')).json.grants.find((g: { id: string }) => g.id === grantId);
    expect(received.items[0].client).toBeUndefined();
    expect(received.createdBy).toBe('');
    const cm = await signedIn('cm.a');
    const inspection = await cm.request('GET', '/api/grants/candidates?purpose=care_plan_inspection&clientId=c-aoba');
    expect(inspection.json.organizations).toEqual([{ id: insurer.id, kind: 'insurer', name: insurer.name, insurerNumber: '089999' }]);
    const meeting = await cm.request('GET', '/api/grants/candidates?purpose=community_care_meeting');
    expect(meeting.json.organizations.map((o: { id: string }) => o.id).sort()).toEqual([center.id, insurer.id, otherInsurer.id].sort());
    expect((await cm.request('GET', '/api/grants/candidates?purpose=x')).status).toBe(400);
  });

  it('is listed in the OpenAPI document', async () => {
    const res = await new TestAgent(app, password).request('GET', '/api/openapi.json');
    expect(Object.keys(res.json.paths)).toEqual(expect.arrayContaining(['/api/grants', '/api/grants/{grantId}/revoke', '/api/shared', '/api/shared/{grantId}/documents/{documentId}']));
  });
});
