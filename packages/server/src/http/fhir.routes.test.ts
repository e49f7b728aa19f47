import { anExemplaryCaseFile, toFhirBundle, type Organization } from '@kizuki/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginThrottle } from '../auth/login-throttle.js';
import { hashPassword } from '../auth/password.js';
import { storeCaseFile } from '../demo/seed-demo.js';
import type { Store } from '../store/store.js';
import { storeBackends } from '../testing/store-backends.js';
import { TestAgent } from '../testing/test-agent.js';
import { createApp } from './app.js';

const office: Organization = { id: 'office-a', kind: 'care_management_office', name: 'あおぞら居宅介護支援事業所', officeNumber: '0800000001' };
const otherOffice: Organization = { id: 'office-b', kind: 'care_management_office', name: 'みどり居宅介護支援事業所', officeNumber: '0800000002' };
const password = 'correct-password-123';
const now = '2025-07-10T01:00:00.000Z';

describe.each(storeBackends())('FHIR export API on $name', (backend) => {
  let store: Store;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    store = await backend.open();
    for (const org of [office, otherOffice]) await store.createOrganization(org);
    const passwordHash = await hashPassword(password);
    // The exemplary client's care manager is user-cm-1: the Bundle names them from the account.
    await store.createUser({ id: 'user-cm-1', organizationId: office.id, login: 'cm.a', displayName: '青木 花子', role: 'care_manager', passwordHash });
    await store.createUser({ id: 'u-b', organizationId: otherOffice.id, login: 'cm.b', displayName: '緑川 一郎', role: 'care_manager', passwordHash });
    await storeCaseFile(store, office.id, anExemplaryCaseFile().build());
    app = createApp({ store, now: () => new Date(now), throttle: new LoginThrottle(), trustProxy: true, version: 'test' });
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

  it('refuses the export without a session', async () => {
    const res = await new TestAgent(app, password).request('GET', '/api/clients/client-1/fhir');
    expect(res.status).toBe(401);
    expect(res.json.error.code).toBe('unauthenticated');
  });

  it('returns the case file as a FHIR R4 Bundle in application/fhir+json', async () => {
    const agent = await signedIn('cm.a');
    const res = await agent.request('GET', '/api/clients/client-1/fhir');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.json).toMatchObject({ resourceType: 'Bundle', type: 'collection', timestamp: now });
    const patient = res.json.entry[0].resource;
    expect(patient.identifier[0]).toMatchObject({ system: 'https://kizuki.example/fhir/IdSystem/ltci-member', value: '089999:0000012345' });
    expect(patient.name[0].text).toBe('青葉 チヨ');
    const byType = (type: string) => res.json.entry.map((e: any) => e.resource).filter((r: any) => r.resourceType === type);
    expect(byType('Organization').map((o: any) => o.name)).toContain('あおぞら居宅介護支援事業所');
    expect(byType('Practitioner').map((p: any) => p.name?.[0]?.text)).toContain('青木 花子');
    // Exactly what the core converter gives for the stored case file and the caller's office.
    const expected = toFhirBundle(anExemplaryCaseFile().build(), { timestamp: now, organization: office, userNames: { 'user-cm-1': '青木 花子' } });
    expect(res.json).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it("logs the export in the access log of the client's tenant", async () => {
    const before = (await store.listAccessLog(office.id, { clientId: 'client-1' })).filter((e) => e.action === 'case_file.export').length;
    const agent = await signedIn('cm.a');
    expect((await agent.request('GET', '/api/clients/client-1/fhir')).status).toBe(200);
    const after = await store.listAccessLog(office.id, { clientId: 'client-1' });
    expect(after.filter((e) => e.action === 'case_file.export')).toHaveLength(before + 1);
    expect(after.find((e) => e.action === 'case_file.export')).toMatchObject({ userId: 'user-cm-1', at: now });
  });

  it("answers 404 for another tenant's client and for an unknown client, logging nothing for them", async () => {
    const other = await signedIn('cm.b');
    const res = await other.request('GET', '/api/clients/client-1/fhir');
    expect(res.status).toBe(404);
    expect(res.json.error.message).toBe('利用者が見つかりません。');
    expect(await store.listAccessLog(otherOffice.id, { clientId: 'client-1' })).toEqual([]);
    const agent = await signedIn('cm.a');
    expect((await agent.request('GET', '/api/clients/nobody/fhir')).status).toBe(404);
  });
});
