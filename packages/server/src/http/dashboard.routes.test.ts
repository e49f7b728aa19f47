import { aCaseFile, anExemplaryCaseFile, type Organization } from '@kizuki/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginThrottle } from '../auth/login-throttle.js';
import { hashPassword } from '../auth/password.js';
import { storeCaseFile } from '../demo/seed-demo.js';
import type { Store } from '../store/store.js';
import { storeBackends } from '../testing/store-backends.js';
import { TestAgent } from '../testing/test-agent.js';
import { createApp } from './app.js';

const insurer: Organization = { id: 'ins-h', kind: 'insurer', name: '架空市', insurerNumber: '089999', policyPackId: 'hitachi' };
const office: Organization = { id: 'office-a', kind: 'care_management_office', name: 'あおぞら居宅介護支援事業所', officeNumber: '0800000001' };
const otherOffice: Organization = { id: 'office-b', kind: 'care_management_office', name: 'みどり居宅介護支援事業所', officeNumber: '0800000002' };
const password = 'correct-password-123';

describe.each(storeBackends())('dashboard API on $name', (backend) => {
  let store: Store;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    store = await backend.open();
    for (const org of [insurer, office, otherOffice]) await store.createOrganization(org);
    const passwordHash = await hashPassword(password);
    await store.createUser({ id: 'u-a', organizationId: office.id, login: 'cm.a', displayName: '青木 花子', role: 'care_manager', passwordHash });
    await store.createUser({ id: 'u-b', organizationId: otherOffice.id, login: 'cm.b', displayName: '緑川 一郎', role: 'care_manager', passwordHash });
    // 青葉: plan in force, last monitoring in June → monitoring due in July.
    await storeCaseFile(store, office.id, anExemplaryCaseFile().build());
    // A draft plan waiting for its meeting and a certification ending in August.
    const draft = aCaseFile()
      .withClient({ id: 'client-draft', insuredNumber: '0000011111', name: '架空 次郎', nameKana: 'カクウ ジロウ' })
      .withCertification({ id: 'cert-draft', validFrom: '2024-09-01', validTo: '2025-08-31' })
      .withAssessment({ id: 'assessment-draft', date: '2025-06-01' })
      .withPlan({ id: 'plan-draft', status: 'draft' })
      .build();
    await storeCaseFile(store, office.id, draft);
    app = createApp({ store, now: () => new Date('2025-07-10T01:00:00Z'), throttle: new LoginThrottle(), trustProxy: true, version: 'test' });
  });
  afterAll(async () => {
    await store.close();
    await backend.cleanup();
  });

  it('refuses a request without a session', async () => {
    const anonymous = new TestAgent(app, password);
    const res = await anonymous.request('GET', '/api/dashboard');
    expect(res.status).toBe(401);
    expect(res.json.error.code).toBe('unauthenticated');
  });

  it("answers what is due across the office's clients today and logs the read", async () => {
    const agent = new TestAgent(app, password);
    expect((await agent.login('cm.a')).status).toBe(200);
    const res = await agent.request('GET', '/api/dashboard');
    expect(res.status).toBe(200);
    expect(res.json.asOf).toBe('2025-07-10');
    expect(res.json.monitoringDue.map((i: { clientId: string }) => i.clientId)).toEqual(['client-1']);
    expect(res.json.certificationsEnding).toEqual([
      expect.objectContaining({ clientId: 'client-draft', name: '架空 次郎', validTo: '2025-08-31', daysLeft: 52, careLevel: '要介護1' }),
    ]);
    expect(res.json.plansWaiting).toEqual([expect.objectContaining({ clientId: 'client-draft', planId: 'plan-draft', waitingFor: 'meeting' })]);
    expect(res.json.findings.every((f: { policyId: string }) => f.policyId === 'hitachi')).toBe(true);
    expect(res.json.unreadableClients).toEqual([]);
    const log = await store.listAccessLog(office.id);
    expect(log.map((e) => e.action)).toContain('dashboard.read');
  });

  it("never shows another office's clients", async () => {
    const other = new TestAgent(app, password);
    expect((await other.login('cm.b')).status).toBe(200);
    const res = await other.request('GET', '/api/dashboard');
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ monitoringDue: [], certificationsEnding: [], plansWaiting: [], reassessmentsDue: [], findings: [] });
  });

  it('is listed in the OpenAPI document', async () => {
    const res = await new TestAgent(app, password).request('GET', '/api/openapi.json');
    expect(Object.keys(res.json.paths)).toContain('/api/dashboard');
  });
});
