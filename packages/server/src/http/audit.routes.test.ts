import { anExemplaryCaseFile, csvCarePlanSample, csvUsageSample, exportCarePlanCsv, exportUsageCsv, zipFiles, type CaseFile, type Organization } from '@kizuki/core';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
const asOf = '2025-07-10';

describe.each(storeBackends())('audit API on $name', (backend) => {
  let store: Store;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    store = await backend.open();
    for (const org of [insurer, office, otherOffice]) await store.createOrganization(org);
    const passwordHash = await hashPassword(password);
    await store.createUser({ id: 'u-a', organizationId: office.id, login: 'cm.a', displayName: '青木 花子', role: 'care_manager', passwordHash });
    await store.createUser({ id: 'u-b', organizationId: otherOffice.id, login: 'cm.b', displayName: '緑川 一郎', role: 'care_manager', passwordHash });
    await storeCaseFile(store, office.id, anExemplaryCaseFile().build());
    const weak = anExemplaryCaseFile().withClient({ insuredNumber: '0000054321' }).withAssessment({ place: { kind: 'hospital' } }).build();
    // Document ids are unique across the deployment: give the second client's documents their own.
    const renamed = JSON.stringify(weak).replace(/"((?:client|cert|plan|assessment|meeting|monitoring|log)-\d+)"/gu, '"weak-$1"');
    await storeCaseFile(store, office.id, JSON.parse(renamed) as CaseFile);
    app = createApp({ store, now: () => new Date('2025-07-10T01:00:00Z'), throttle: new LoginThrottle(), trustProxy: true, version: 'test' });
  });
  afterAll(async () => {
    await store.close();
    await backend.cleanup();
  });

  async function signedIn(login = 'cm.a'): Promise<TestAgent> {
    const agent = new TestAgent(app, password);
    expect((await agent.login(login)).status).toBe(200);
    return agent;
  }

  it('lists the shipped policy packs and serves one resolved', async () => {
    const agent = await signedIn();
    const list = await agent.request('GET', '/api/policies');
    expect(list.json.policies.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining(['national', 'hitachi', 'otaru']));
    const pack = await agent.request('GET', '/api/policies/hitachi');
    expect(pack.json.pack.chain.map((c: { id: string }) => c.id)).toEqual(['hitachi', 'national']);
    const missing = await agent.request('GET', '/api/policies/nowhere');
    expect(missing.status).toBe(404);
    expect(missing.json.error.message).toContain('nowhere');
  });

  it('refuses the policy and audit endpoints without a session', async () => {
    const anonymous = new TestAgent(app, password);
    expect((await anonymous.request('GET', '/api/policies')).status).toBe(401);
    expect((await anonymous.request('POST', '/api/audit', { caseFile: anExemplaryCaseFile().build() })).status).toBe(401);
    expect((await anonymous.request('GET', '/api/clients/client-1/audit')).status).toBe(401);
  });

  it("audits a client under their insurer's pack and logs the read", async () => {
    const agent = await signedIn();
    const res = await agent.request('GET', `/api/clients/weak-client-1/audit?asOf=${asOf}`);
    expect(res.status).toBe(200);
    expect(res.json.policy.id).toBe('hitachi');
    expect(res.json.result.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('assessment.not-at-home');
    const clean = await agent.request('GET', `/api/clients/client-1/audit?asOf=${asOf}`);
    expect(clean.json.result.findings.filter((f: { ruleId: string }) => f.ruleId !== 'plan.uniform-across-clients')).toEqual([]);
    const log = await store.listAccessLog(office.id, { clientId: 'weak-client-1' });
    expect(log.map((e) => e.action)).toContain('case_file.audit');
    expect((await agent.request('GET', '/api/clients/weak-client-1/policy')).json.pack.id).toBe('hitachi');
  });

  it('answers 404 for another tenant and 400-class errors for a bad date', async () => {
    const other = await signedIn('cm.b');
    expect((await other.request('GET', `/api/clients/weak-client-1/audit?asOf=${asOf}`)).status).toBe(404);
    expect((await other.request('GET', '/api/clients/weak-client-1/policy')).status).toBe(404);
    const agent = await signedIn();
    const bad = await agent.request('GET', '/api/clients/weak-client-1/audit?asOf=2025-02-30');
    expect(bad.status).toBe(400);
    expect(bad.json.error.message).toContain('2025-02-30');
  });

  it('audits a posted case file, by default under its insurer pack, in the CLI JSON format', async () => {
    const agent = await signedIn();
    const caseFile = anExemplaryCaseFile().withAssessment({ place: { kind: 'office' } }).build();
    const res = await agent.request('POST', '/api/audit', { caseFile, asOf });
    expect(res.status).toBe(200);
    expect(res.json.policy.id).toBe('hitachi');
    expect(res.json.results[0].client).toMatchObject({ insurerNumber: '089999', insuredNumber: '0000012345' });
    expect(res.json.results[0].findings[0]).toMatchObject({ ruleId: 'assessment.not-at-home', severity: 'standard' });
    expect(res.json.summary.caseFiles).toBe(1);
    const national = await agent.request('POST', '/api/audit', { caseFile, asOf, policy: 'national' });
    expect(national.json.policy.id).toBe('national');
  });

  it('runs ケアプラン点検 on a ZIP of ケアプランデータ連携 CSV without storing anything', async () => {
    const agent = await signedIn();
    const folder = fileURLToPath(new URL('../csv/golden/kyotaku/', import.meta.url));
    const zip = zipFiles(readdirSync(folder).map((name) => ({ name, bytes: readFileSync(join(folder, name)) })));
    const before = (await store.listClients(office.id)).length;
    const res = await agent.request('POST', `/api/audit/csv?asOf=${asOf}&policy=shiojiri`, zip);
    expect(res.status).toBe(200);
    expect(res.json.policy.id).toBe('shiojiri');
    expect(res.json.input.units[0].accepted).toBe(true);
    const notEvaluated = res.json.results[0].notEvaluated.map((n: { ruleId: string }) => n.ruleId);
    expect(notEvaluated).toEqual(expect.arrayContaining(['process.monitoring-overdue', 'plan.medical-service-without-physician', 'plan.welfare-equipment-reason-missing']));
    // 第2表 has no column for 主治医の指示 or 福祉用具が必要な理由: never raised from CSV as if missing.
    const raised = res.json.results.flatMap((r: { findings: Array<{ ruleId: string }> }) => r.findings.map((f) => f.ruleId));
    expect(raised).not.toContain('plan.welfare-equipment-reason-missing');
    expect(raised).not.toContain('plan.medical-service-without-physician');
    expect((await store.listClients(office.id)).length).toBe(before);
    const junk = await agent.request('POST', '/api/audit/csv', new Uint8Array([1, 2, 3, 4]));
    expect(junk.status).toBe(400);
    expect(junk.json.error.message).toMatch(/ZIP|点検できる計画/u);
  });

  it('audits each client once when the ZIP holds the plan (①) and the month’s 利用票 (②) in separate units', async () => {
    const agent = await signedIn();
    const sender = { officeNumber: '0899000043', serviceType: '43' };
    const destination = { officeNumber: '0899000015', serviceType: '15' };
    const zip = zipFiles([
      ...exportCarePlanCsv([csvCarePlanSample()], { sender, destination, timestamp: '20250501093000', onlyRelatedClients: false }).files,
      ...exportUsageCsv([csvUsageSample()], { sender, destination, timestamp: '20250501093100', month: '2025-05' }).files,
    ]);
    const res = await agent.request('POST', `/api/audit/csv?asOf=${asOf}&policy=national`, zip);
    expect(res.status).toBe(200);
    expect(res.json.input.units.map((u: { accepted: boolean }) => u.accepted)).toEqual([true, true]);
    expect(res.json.summary.caseFiles).toBe(1);
    expect(res.json.results.map((r: { client: { insuredNumber: string } }) => r.client.insuredNumber)).toEqual(['0000054321']);
  });

  it('explains what is wrong with a posted case file', async () => {
    const agent = await signedIn();
    const broken = { ...anExemplaryCaseFile().build(), client: { name: '' } };
    const res = await agent.request('POST', '/api/audit', { caseFile: broken, asOf });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('validation_failed');
    expect(res.json.error.details.issues[0].path).toMatch(/^caseFile\.client/u);
    const neither = await agent.request('POST', '/api/audit', { asOf });
    expect(neither.status).toBe(400);
    expect(neither.json.error.message).toContain('caseFile');
  });
});
