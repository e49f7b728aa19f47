import { aCaseFile, sessionAnswerSchema, type Organization } from '@kizuki/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginThrottle } from '../auth/login-throttle.js';
import { hashPassword } from '../auth/password.js';
import type { Store } from '../store/store.js';
import { storeBackends } from '../testing/store-backends.js';
import { createApp } from './app.js';
import { TestAgent as Agent } from '../testing/test-agent.js';

const officeA: Organization = { id: 'office-a', kind: 'care_management_office', name: 'あおぞら居宅介護支援事業所', officeNumber: '0800000001' };
const officeB: Organization = { id: 'office-b', kind: 'care_management_office', name: 'みどり居宅介護支援事業所', officeNumber: '0800000002' };
const password = 'correct-password-123';

const clientInput = () => {
  const { client } = aCaseFile().build();
  const { id: _id, ...rest } = client;
  return rest;
};

describe.each(storeBackends())('HTTP API on $name', (backend) => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  let now = new Date('2025-06-10T01:00:00Z');

  beforeAll(async () => {
    store = await backend.open();
    await store.createOrganization(officeA);
    await store.createOrganization(officeB);
    const passwordHash = await hashPassword(password);
    await store.createUser({ id: 'u-a', organizationId: officeA.id, login: 'cm.a', displayName: '青木 花子', role: 'care_manager', passwordHash });
    await store.createUser({ id: 'u-a2', organizationId: officeA.id, login: 'cm.a2', displayName: '青山 次郎', role: 'care_manager', passwordHash });
    await store.createUser({ id: 'u-locked', organizationId: officeA.id, login: 'cm.locked', displayName: '錠 三郎', role: 'care_manager', passwordHash });
    await store.createUser({ id: 'u-b', organizationId: officeB.id, login: 'cm.b', displayName: '緑川 一郎', role: 'care_manager', passwordHash });
    await store.createUser({ id: 'u-admin-a', organizationId: officeA.id, login: 'admin.a', displayName: '管理 太郎', role: 'office_admin', passwordHash });
    app = createApp({ store, now: () => now, throttle: new LoginThrottle({ maxFailures: 3 }), trustProxy: true, version: 'test' });
  });
  afterAll(async () => {
    await store.close();
    await backend.cleanup();
  });

  it('answers health and the OpenAPI document without login', async () => {
    const agent = new Agent(app);
    expect((await agent.request('GET', '/api/health')).json).toMatchObject({ status: 'ok', backend: backend.name });
    const openapi = await agent.request('GET', '/api/openapi.json');
    expect(openapi.json.openapi).toBe('3.1.0');
    expect(openapi.json.paths['/api/clients/{clientId}/documents/{documentId}'].put).toBeDefined();
    expect(openapi.json.components.schemas.Document_care_plan.type).toBe('object');
  });

  it('sends a Content-Security-Policy that allows scripts only from the app itself: no eval, no inline script', async () => {
    const policy = (await app.request('/api/health')).headers.get('Content-Security-Policy') ?? '';
    const scripts = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
    expect(scripts).toBe("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
  });

  it('refuses unauthenticated requests with 401 and a Japanese message', async () => {
    const res = await new Agent(app).request('GET', '/api/clients');
    expect(res.status).toBe(401);
    expect(res.json.error).toMatchObject({ code: 'unauthenticated' });
    expect(res.json.error.message).toContain('ログイン');
  });

  it('logs in with an HttpOnly SameSite cookie and refuses a wrong password', async () => {
    const agent = new Agent(app);
    const bad = await agent.login('cm.a', 'wrong-password-xx');
    expect(bad.status).toBe(401);
    expect(bad.json.error.code).toBe('invalid_credentials');
    const res = await agent.login('cm.a');
    expect(res.status).toBe(200);
    expect(res.json.user).toEqual({ id: 'u-a', login: 'cm.a', displayName: '青木 花子', role: 'care_manager' });
    expect(res.json.user.passwordHash).toBeUndefined();
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).not.toContain('Secure');
    const me = (await agent.request('GET', '/api/auth/me')).json;
    expect(me.organization.name).toBe(officeA.name);
    // Both answers are core's SessionAnswer exactly: no other field of the account leaves the server.
    expect(sessionAnswerSchema.parse(res.json)).toEqual(res.json);
    expect(sessionAnswerSchema.parse(me)).toEqual({ ...res.json, csrfToken: me.csrfToken });
  });

  it('marks the cookie Secure behind https', async () => {
    const agent = new Agent(app);
    const res = await agent.request('POST', '/api/auth/login', { login: 'cm.a', password }, { 'x-forwarded-proto': 'https' });
    expect(res.headers.get('set-cookie')).toContain('Secure');
  });

  it('throttles repeated failed logins with 429', async () => {
    const agent = new Agent(app);
    for (let i = 0; i < 3; i++) expect((await agent.login('cm.locked', 'nope-nope-nope')).status).toBe(401);
    const locked = await agent.login('cm.locked');
    expect(locked.status).toBe(429);
    // The lock is on the login name: the right password from elsewhere is refused too, other names are not.
    expect((await new Agent(app).login('cm.locked')).status).toBe(429);
    expect((await agent.login('cm.a')).status).toBe(200);
    expect(locked.headers.get('retry-after')).toBeTruthy();
    expect(locked.json.error.message).toContain('一時的にログインを制限');
  });

  it('requires the CSRF token and a same-origin request for changes', async () => {
    const agent = new Agent(app);
    await agent.login('cm.a');
    const noToken = await agent.request('POST', '/api/clients', clientInput(), { 'x-csrf-token': '' });
    expect(noToken.status).toBe(403);
    expect(noToken.json.error.code).toBe('csrf_failed');
    const crossSite = await agent.request('POST', '/api/clients', clientInput(), { origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    expect((await agent.request('GET', '/api/clients')).json.clients).toEqual([]);
  });

  describe('case files', () => {
    const a = () => new Agent(app);
    let agentA: Agent;
    let clientId: string;

    beforeAll(async () => {
      agentA = a();
      await agentA.login('cm.a');
      const created = await agentA.request('POST', '/api/clients', clientInput());
      expect(created.status).toBe(201);
      clientId = created.json.document.id;
    });

    it('answers bad input with field errors in Japanese and saves nothing', async () => {
      const bad = await agentA.request('POST', '/api/clients', { ...clientInput(), insuredNumber: '12-34', nameKana: 'abc' });
      expect(bad.status).toBe(400);
      expect(bad.json.error.code).toBe('validation_failed');
      const paths = bad.json.error.details.issues.map((i: { path: string }) => i.path);
      expect(paths).toEqual(expect.arrayContaining(['insuredNumber', 'nameKana']));
      expect(bad.json.error.details.issues[0].message).toMatch(/[ぁ-んァ-ン一-龥]/);
      expect((await agentA.request('GET', '/api/clients')).json.clients).toHaveLength(1);
      const notJson = await agentA.request('POST', '/api/clients', '{"name":');
      expect(notJson.status).toBe(400);
      expect(notJson.json.error.message).toContain('JSON');
    });

    it('refuses a duplicate 被保険者番号 with 409', async () => {
      const dup = await agentA.request('POST', '/api/clients', clientInput());
      expect(dup.status).toBe(409);
      expect(dup.json.error.code).toBe('already_exists');
    });

    it("hides another tenant's client: 404 that reveals nothing", async () => {
      const agentB = a();
      await agentB.login('cm.b');
      const res = await agentB.request('GET', `/api/clients/${clientId}`);
      expect(res.status).toBe(404);
      expect(res.json.error.code).toBe('not_found');
      expect(JSON.stringify(res.json)).not.toContain(clientId);
      const missing = await agentB.request('GET', '/api/clients/does-not-exist');
      expect(missing.json).toEqual(res.json);
      expect((await agentB.request('GET', '/api/clients')).json.clients).toEqual([]);
      const write = await agentB.request('POST', `/api/clients/${clientId}/documents`, { kind: 'support_log_entry', body: { date: '2025-06-10', content: '侵入' } });
      expect(write.status).toBe(404);
    });

    it('versions documents, refuses a stale revision with 409 and loses nothing', async () => {
      const created = await agentA.request('POST', `/api/clients/${clientId}/documents`, {
        kind: 'support_log_entry',
        body: { date: '2025-06-10', kind: 'phone', content: '長女より電話。入浴時のふらつきについて相談あり。' },
      });
      expect(created.status).toBe(201);
      const docId = created.json.document.id;
      expect(created.json.document.revision).toBe(1);
      const path = `/api/clients/${clientId}/documents/${docId}`;

      const agentA2 = a();
      await agentA2.login('cm.a2');
      const first = await agentA.request('PUT', path, { baseRevision: 1, body: { ...created.json.document.body, content: '版2: 佐藤さんの記録' } });
      expect(first.status).toBe(200);
      expect(first.json.document.revision).toBe(2);
      const stale = await agentA2.request('PUT', path, { baseRevision: 1, body: { ...created.json.document.body, content: '版2?: 青山さんの記録' } });
      expect(stale.status).toBe(409);
      expect(stale.json.error.code).toBe('revision_conflict');
      expect(stale.json.error.details.current.revision).toBe(2);
      expect(stale.json.error.details.current.body.content).toBe('版2: 佐藤さんの記録');

      const history = await agentA.request('GET', `${path}/revisions`);
      expect(history.json.revisions.map((r: { revision: number; author: string }) => [r.revision, r.author])).toEqual([
        [1, 'u-a'],
        [2, 'u-a'],
      ]);
      const v1 = await agentA.request('GET', `${path}/revisions/1`);
      expect(v1.json.document.body.content).toContain('長女より電話');
      expect((await agentA.request('GET', `${path}/revisions/9`)).status).toBe(404);
      expect((await agentA.request('GET', `${path}/revisions/abc`)).status).toBe(400);
    });

    it('lists clients with the certification in force', async () => {
      await agentA.request('POST', `/api/clients/${clientId}/documents`, {
        kind: 'certification',
        body: { status: 'certified', careLevel: 'care_2', validFrom: '2025-04-01', validTo: '2026-03-31' },
      });
      const list = await agentA.request('GET', '/api/clients');
      expect(list.json.clients[0]).toMatchObject({ id: clientId, careLevel: '要介護2', certificationValidTo: '2026-03-31' });
      const client = (await agentA.request('GET', `/api/clients/${clientId}`)).json.client;
      expect((await agentA.request('GET', `/api/clients?q=${encodeURIComponent(client.insuredNumber)}`)).json.clients).toHaveLength(1);
      expect((await agentA.request('GET', '/api/clients?q=存在しない名前')).json.clients).toHaveLength(0);
    });

    it('answers the client list as it is after every change, though the list is kept between requests', async () => {
      const made = await agentA.request('POST', '/api/clients', { insurerNumber: '089999', insuredNumber: '0000000555', name: '一覧 花子', nameKana: 'イチラン ハナコ', birthDate: '1940-01-01' });
      expect(made.status).toBe(201);
      const id = made.json.document.clientId as string;
      type Row = { id: string; name: string; careLevel?: string; certificationValidTo?: string };
      const row = async (agent = agentA) => ((await agent.request('GET', '/api/clients')).json.clients as Row[]).find((c) => c.id === id);
      expect(await row()).toMatchObject({ name: '一覧 花子' });
      expect((await row())?.careLevel).toBeUndefined();
      // In force until the day of `now` in Japan (2025-06-10).
      const certification = await agentA.request('POST', `/api/clients/${id}/documents`, {
        kind: 'certification',
        body: { status: 'certified', careLevel: 'care_1', validFrom: '2025-04-01', validTo: '2025-06-10' },
      });
      expect(await row()).toMatchObject({ careLevel: '要介護1', certificationValidTo: '2025-06-10' });
      await agentA.request('PUT', `/api/clients/${id}/documents/${certification.json.document.id}`, {
        baseRevision: 1,
        body: { ...certification.json.document.body, careLevel: 'care_3' },
      });
      expect(await row()).toMatchObject({ careLevel: '要介護3' });
      const client = (await agentA.request('GET', `/api/clients/${id}`)).json.documents.find((d: { kind: string }) => d.kind === 'client');
      const renamed = await agentA.request('PUT', `/api/clients/${id}/documents/${client.id}`, { baseRevision: client.revision, body: { ...client.body, name: '改名 花子' } });
      expect(renamed.status).toBe(200);
      expect((await row())?.name).toBe('改名 花子');
      await agentA.request('POST', `/api/clients/${id}/documents`, {
        kind: 'certification',
        body: { status: 'certified', careLevel: 'care_4', validFrom: '2025-06-11', validTo: '2026-06-10' },
      });
      expect(await row()).toMatchObject({ careLevel: '要介護3' });
      const before = now;
      try {
        // 00:30 the next day in Japan: the renewed certification is in force, from the same documents.
        now = new Date('2025-06-10T15:30:00Z');
        const later = a();
        await later.login('cm.a');
        expect(await row(later)).toMatchObject({ careLevel: '要介護4', certificationValidTo: '2026-06-10' });
      } finally {
        now = before;
      }
      expect(await row()).toMatchObject({ careLevel: '要介護3' });
    });

    it('records every read of a case file in the access log', async () => {
      now = new Date('2025-06-10T01:20:00Z');
      await agentA.request('GET', `/api/clients/${clientId}`);
      const admin = a();
      await admin.login('admin.a');
      const log = await admin.request('GET', `/api/admin/access-log?clientId=${clientId}`);
      expect(log.status).toBe(200);
      expect(log.json.entries).toEqual(
        expect.arrayContaining([expect.objectContaining({ userId: 'u-a', clientId, action: 'case_file.read', at: '2025-06-10T01:20:00.000Z' })]),
      );
      expect((await agentA.request('GET', '/api/admin/access-log')).status).toBe(403);
      // Names resolved, the chain checked, filters by day (Japan), user and action.
      const entry = (log.json.entries as { action: string; userName?: string; seq?: number }[]).find((e) => e.action === 'case_file.read');
      expect(entry?.userName).toBeTruthy();
      expect(entry?.seq).toBeGreaterThan(0);
      expect(log.json.chain.broken).toBeUndefined();
      expect(log.json.chain.checked).toBeGreaterThan(0);
      const sameDay = await admin.request('GET', `/api/admin/access-log?from=2025-06-10&to=2025-06-10&userId=u-a&action=case_file.read`);
      // 2025-06-10T01:20Z is 10:20 on 10 June in Japan.
      expect(sameDay.json.entries.length).toBeGreaterThan(0);
      expect((await admin.request('GET', `/api/admin/access-log?from=2025-06-11&userId=u-a&action=case_file.read`)).json.entries).toEqual([]);
      const reversed = await admin.request('GET', '/api/admin/access-log?from=2025-06-11&to=2025-06-10');
      expect(reversed.status).toBe(400);
      expect(reversed.json.error.details.issues[0].path).toBe('to');
      const csv = await admin.request('GET', `/api/admin/access-log.csv?clientId=${clientId}`);
      expect(csv.status).toBe(200);
      expect(csv.text.replace(/^\uFEFF/u, '')).toMatch(/^番号,日時（UTC）/u);
      expect(csv.headers.get('content-type')).toContain('text/csv');
      expect(csv.text).toContain('case_file.read,ケースファイルの閲覧');
      expect((await admin.request('GET', '/api/admin/access-log?action=access_log.export')).json.entries.length).toBe(1);
    });
  });

  it('logs out and the session stops working', async () => {
    const agent = new Agent(app);
    await agent.login('cm.a');
    expect((await agent.request('POST', '/api/auth/logout')).status).toBe(204);
    expect((await agent.request('GET', '/api/auth/me')).status).toBe(401);
  });

  it('ends a session after 30 idle minutes, and 12 hours after sign-in however busy', async () => {
    const idle = new Agent(app);
    now = new Date('2025-06-12T00:00:00Z');
    await idle.login('cm.a');
    now = new Date('2025-06-12T00:29:00Z');
    expect((await idle.request('GET', '/api/auth/me')).status).toBe(200);
    now = new Date('2025-06-12T00:59:01Z');
    expect((await idle.request('GET', '/api/auth/me')).status).toBe(401);

    const busy = new Agent(app);
    now = new Date('2025-06-13T00:00:00Z');
    await busy.login('cm.a');
    for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
      now = new Date(Date.parse('2025-06-13T00:00:00Z') + minutes * 60_000);
      expect((await busy.request('GET', '/api/auth/me')).status).toBe(200);
    }
    now = new Date('2025-06-13T12:00:00Z');
    expect((await busy.request('GET', '/api/auth/me')).status).toBe(401);
  });

  it('changes the password: the current one is checked, the rules apply, other devices are signed out', async () => {
    now = new Date('2025-06-14T00:00:00Z');
    const here = new Agent(app);
    const elsewhere = new Agent(app);
    await here.login('cm.a');
    await elsewhere.login('cm.a');
    const wrong = await here.request('POST', '/api/auth/password', { currentPassword: 'not-the-password', newPassword: 'another-password-456' });
    expect(wrong.status).toBe(400);
    expect(wrong.json.error.details.issues[0].path).toBe('currentPassword');
    const weak = await here.request('POST', '/api/auth/password', { currentPassword: 'correct-password-123', newPassword: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.json.error.details.issues[0].path).toBe('newPassword');
    expect((await elsewhere.request('GET', '/api/auth/me')).status).toBe(200);

    expect((await here.request('POST', '/api/auth/password', { currentPassword: 'correct-password-123', newPassword: 'another-password-456' })).status).toBe(204);
    expect((await here.request('GET', '/api/auth/me')).status).toBe(200);
    expect((await elsewhere.request('GET', '/api/auth/me')).status).toBe(401);
    expect((await new Agent(app).login('cm.a', 'correct-password-123')).status).toBe(401);
    const fresh = new Agent(app);
    expect((await fresh.login('cm.a', 'another-password-456')).status).toBe(200);
    // Back to the password the other tests use.
    expect((await fresh.request('POST', '/api/auth/password', { currentPassword: 'another-password-456', newPassword: 'correct-password-123' })).status).toBe(204);
  });

  it('signs out every device of the user at once', async () => {
    now = new Date('2025-06-15T00:00:00Z');
    const a1 = new Agent(app);
    const a2 = new Agent(app);
    const other = new Agent(app);
    await a1.login('cm.a');
    await a2.login('cm.a');
    await other.login('admin.a');
    const res = await a1.request('POST', '/api/auth/logout-all');
    expect(res.status).toBe(200);
    expect(res.json.ended).toBeGreaterThanOrEqual(2);
    expect((await a1.request('GET', '/api/auth/me')).status).toBe(401);
    expect((await a2.request('GET', '/api/auth/me')).status).toBe(401);
    expect((await other.request('GET', '/api/auth/me')).status).toBe(200);
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await new Agent(app).request('GET', '/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.json.error.message).toContain('/api/nothing-here');
  });
});
