import { editPackSource, type Organization } from '@kizuki/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginThrottle } from '../auth/login-throttle.js';
import { hashPassword } from '../auth/password.js';
import { bundledSource } from '../services/policy-versions.service.js';
import type { Store } from '../store/store.js';
import { storeBackends } from '../testing/store-backends.js';
import { TestAgent } from '../testing/test-agent.js';
import { createApp } from './app.js';

/** Fictional organizations and people only. */
const insurer: Organization = { id: 'ins-x', kind: 'insurer', name: '架空市 介護保険課', insurerNumber: '089999', policyPackId: 'hitachi' };
const otherInsurer: Organization = { id: 'ins-y', kind: 'insurer', name: '架空町 福祉課', insurerNumber: '089998' };
const office: Organization = { id: 'office-a', kind: 'care_management_office', name: 'あおぞら居宅介護支援事業所', officeNumber: '0800000001', defaultInsurerNumber: '089999' };
const otherOffice: Organization = { id: 'office-b', kind: 'care_management_office', name: 'みどり居宅介護支援事業所', officeNumber: '0800000002', defaultInsurerNumber: '089999' };
const farOffice: Organization = { id: 'office-z', kind: 'care_management_office', name: 'とおく居宅介護支援事業所', officeNumber: '0800000009', defaultInsurerNumber: '089998' };
const password = 'correct-password-123';

const activity = { indicator: 'discussion', id: 'act-1', date: '2025-05-20', title: '介護保険運営協議会', participants: '委員12名', minutes: '基本方針の案を協議した', decisions: '案のとおり' };
const inspectionCase = {
  inspectionId: 'insp-2025',
  officeNumber: office.officeNumber,
  officeName: office.name,
  careManagerName: '',
  label: '事例A',
  observations: [],
  officeOrganizationId: office.id,
};

describe.each(storeBackends())('organization records API on $name', (backend) => {
  let store: Store;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    store = await backend.open();
    for (const org of [insurer, otherInsurer, office, otherOffice, farOffice]) await store.createOrganization(org);
    const passwordHash = await hashPassword(password);
    const users = [
      { id: 'u-cm', organizationId: office.id, login: 'cm.a', displayName: '青木 花子', role: 'care_manager' },
      { id: 'u-admin', organizationId: office.id, login: 'admin.a', displayName: '鈴木 一子', role: 'office_admin' },
      { id: 'u-cm-b', organizationId: otherOffice.id, login: 'cm.b', displayName: '緑川 一郎', role: 'care_manager' },
      { id: 'u-cm-z', organizationId: farOffice.id, login: 'cm.z', displayName: '遠野 三郎', role: 'care_manager' },
      { id: 'u-ins', organizationId: insurer.id, login: 'ins.x', displayName: '伊藤 誠', role: 'insurer_staff' },
      { id: 'u-ins-y', organizationId: otherInsurer.id, login: 'ins.y', displayName: '木村 二郎', role: 'insurer_staff' },
    ] as const;
    for (const user of users) await store.createUser({ ...user, passwordHash });
    app = createApp({ store, now: () => new Date('2025-07-10T01:00:00Z'), throttle: new LoginThrottle(), trustProxy: true, version: 'test' });
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

  const recordCount = async (tenantId: string, kind: string) => (await store.listRecords({ tenantId }, { kind, scope: 'own' })).length;

  it('keeps an own record private, with optimistic saves, history and access log entries', async () => {
    const ins = await signedIn('ins.x');
    const created = await ins.request('POST', '/api/records', { kind: 'policy_activity', body: activity });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const id = created.json.record.id as string;
    expect(created.json.record).toMatchObject({ kind: 'policy_activity', ownerOrganizationId: insurer.id, revision: 1, authorName: '伊藤 誠' });

    const saved = await ins.request('PUT', `/api/records/${id}`, { baseRevision: 1, body: { ...activity, decisions: '一部修正のうえ承認' } });
    expect(saved.status).toBe(200);
    expect(saved.json.record.revision).toBe(2);
    const stale = await ins.request('PUT', `/api/records/${id}`, { baseRevision: 1, body: activity });
    expect(stale.status).toBe(409);
    expect(stale.json.error.code).toBe('conflict');
    expect((await ins.request('GET', `/api/records/${id}/revisions`)).json.revisions.map((r: { revision: number }) => r.revision)).toEqual([1, 2]);
    expect((await ins.request('GET', `/api/records/${id}/revisions/1`)).json.record.body.decisions).toBe('案のとおり');

    // Nobody else reads it, not even an office of the area: 404 revealing nothing.
    for (const login of ['cm.a', 'ins.y', 'cm.b']) {
      const other = await signedIn(login);
      const read = await other.request('GET', `/api/records/${id}`);
      expect(read.status, login).toBe(404);
      expect(JSON.stringify(read.json)).not.toContain('介護保険運営協議会');
      expect((await other.request('GET', `/api/records/${id}/revisions`)).status).toBe(404);
      expect((await other.request('GET', '/api/records?kind=policy_activity')).json.records).toEqual([]);
    }
    const log = await store.listAccessLog(insurer.id);
    expect(log.map((e) => e.action)).toEqual(expect.arrayContaining(['record.create', 'record.update', 'record.read']));
  });

  it('refuses bad input with a located Japanese error and saves nothing', async () => {
    const ins = await signedIn('ins.x');
    const before = await recordCount(insurer.id, 'policy_activity');
    const bad = await ins.request('POST', '/api/records', { kind: 'policy_activity', body: { ...activity, date: '2025-13-40' } });
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe('validation_failed');
    expect(bad.json.error.details.issues[0].path).toBe('body.date');
    const unknownKind = await ins.request('POST', '/api/records', { kind: 'no_such_kind', body: {} });
    expect(unknownKind.status).toBe(400);
    expect(unknownKind.json.error.details.issues[0].path).toBe('kind');
    expect(await recordCount(insurer.id, 'policy_activity')).toBe(before);
    expect((await ins.request('GET', '/api/records?kind=policy_activity&scope=mine')).status).toBe(400);
  });

  it('lets only the keeper kinds and writer roles record a kind', async () => {
    // An office cannot record an insurer's 指標 activity; a care manager cannot send effect aggregates.
    const cm = await signedIn('cm.a');
    const refused = await cm.request('POST', '/api/records', { kind: 'policy_activity', body: activity });
    expect(refused.status).toBe(403);
    expect(refused.json.error.code).toBe('forbidden');
    const aggregate = { insurerOrganizationId: insurer.id, month: '2025-06', packId: 'hitachi', planCount: 10, ruleCounts: { 'plan.goal-vague': 2 } };
    expect((await cm.request('POST', '/api/records', { kind: 'effect_aggregate', body: aggregate })).status).toBe(403);
    const admin = await signedIn('admin.a');
    expect((await admin.request('POST', '/api/records', { kind: 'effect_aggregate', body: aggregate })).status).toBe(201);
  });

  it('shows an addressed record to its addressee only, who can read but not save it', async () => {
    const ins = await signedIn('ins.x');
    const created = await ins.request('POST', '/api/records', { kind: 'inspection_case', body: inspectionCase });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const id = created.json.record.id as string;
    expect(created.json.record.addresseeOrganizationId).toBe(office.id);

    const cm = await signedIn('cm.a');
    const read = await cm.request('GET', `/api/records/${id}`);
    expect(read.status).toBe(200);
    expect(read.json.record.body.label).toBe('事例A');
    expect((await cm.request('GET', '/api/records?kind=inspection_case&scope=received')).json.records.map((r: { id: string }) => r.id)).toEqual([id]);
    const admin = await signedIn('admin.a');
    expect((await admin.request('PUT', `/api/records/${id}`, { baseRevision: 1, body: inspectionCase })).status).toBe(404);
    for (const login of ['cm.b', 'ins.y', 'cm.z']) expect((await (await signedIn(login)).request('GET', `/api/records/${id}`)).status, login).toBe(404);
    // The read is logged in both organizations.
    expect((await store.listAccessLog(office.id)).some((e) => e.action === 'record.read' && e.detail?.includes(id))).toBe(true);
    expect((await store.listAccessLog(insurer.id)).some((e) => e.action === 'record.read' && e.detail?.includes(office.name))).toBe(true);
    // The address is fixed at creation.
    const moved = await ins.request('PUT', `/api/records/${id}`, { baseRevision: 1, body: { ...inspectionCase, officeOrganizationId: otherOffice.id } });
    expect(moved.status).toBe(400);
  });

  it('asks a reason to change a signed-off record and keeps it in the history', async () => {
    const ins = await signedIn('ins.x');
    const signed = {
      ...inspectionCase,
      label: '事例B',
      session: {
        date: '2025-07-01',
        attendees: [],
        signOffs: [
          { side: 'insurer', name: '伊藤 誠', on: '2025-07-01' },
          { side: 'office', name: '青木 花子', on: '2025-07-01' },
        ],
      },
    };
    const id = (await ins.request('POST', '/api/records', { kind: 'inspection_case', body: signed })).json.record.id as string;
    const withoutReason = await ins.request('PUT', `/api/records/${id}`, { baseRevision: 1, body: { ...signed, sharedInOffice: '追記' } });
    expect(withoutReason.status).toBe(400);
    expect(withoutReason.json.error.details.issues[0].path).toBe('note');
    const withReason = await ins.request('PUT', `/api/records/${id}`, { baseRevision: 1, body: { ...signed, sharedInOffice: '追記' }, note: '面談記録の誤記を訂正' });
    expect(withReason.status).toBe(200);
    const history = (await ins.request('GET', `/api/records/${id}/revisions`)).json.revisions;
    expect(history[1]).toMatchObject({ revision: 2, note: '面談記録の誤記を訂正', authorName: '伊藤 誠' });
  });

  it('shares a published version with the offices of its area only, and freezes it', async () => {
    const ins = await signedIn('ins.x');
    const draft = { packId: 'hitachi', version: '1.1.0', basedOn: 'hitachi@1.0.0', changeNote: '目標の表現の例を追加', source: editPackSource(bundledSource('hitachi'), [{ path: ['version'], value: '1.1.0' }]), status: 'draft' };
    const createdDraft = await ins.request('POST', '/api/records', { kind: 'policy_version', body: draft });
    expect(createdDraft.status, JSON.stringify(createdDraft.json)).toBe(201);
    const id = createdDraft.json.record.id as string;
    const cm = await signedIn('cm.a');
    expect((await cm.request('GET', `/api/records/${id}`)).status).toBe(404);
    const published = await ins.request('PUT', `/api/records/${id}`, { baseRevision: 1, body: { ...draft, status: 'published', publishedOn: '2025-07-10' } });
    expect(published.status).toBe(200);
    expect(published.json.record.areaInsurerNumber).toBe('089999');
    for (const login of ['cm.a', 'cm.b']) expect((await (await signedIn(login)).request('GET', `/api/records/${id}`)).status, login).toBe(200);
    for (const login of ['cm.z', 'ins.y']) expect((await (await signedIn(login)).request('GET', `/api/records/${id}`)).status, login).toBe(404);
    const frozen = await ins.request('PUT', `/api/records/${id}`, { baseRevision: 2, body: { ...draft, changeNote: '書き換え' } });
    expect(frozen.status).toBe(409);
    expect(frozen.json.error.message).toContain('変更できません');
  });

  it('lists the offices of the insurer area to insurer staff only', async () => {
    const offices = (await (await signedIn('ins.x')).request('GET', '/api/area/offices')).json.offices;
    expect(offices.map((o: { organizationId: string }) => o.organizationId)).toEqual([office.id, otherOffice.id]);
    expect((await (await signedIn('ins.y')).request('GET', '/api/area/offices')).json.offices.map((o: { organizationId: string }) => o.organizationId)).toEqual([farOffice.id]);
    expect((await (await signedIn('cm.a')).request('GET', '/api/area/offices')).status).toBe(403);
  });

  it('answers 401 without a session and 403 without the CSRF token', async () => {
    const anonymous = new TestAgent(app, password);
    expect((await anonymous.request('GET', '/api/records?kind=policy_activity')).status).toBe(401);
    const ins = await signedIn('ins.x');
    ins.csrf = '';
    const noCsrf = await ins.request('POST', '/api/records', { kind: 'policy_activity', body: activity });
    expect(noCsrf.status).toBe(403);
    expect(noCsrf.json.error.code).toBe('csrf_failed');
  });
});
