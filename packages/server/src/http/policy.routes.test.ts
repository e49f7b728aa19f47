import { editPackSource, type Organization, type Severity } from '@kizuki/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginThrottle } from '../auth/login-throttle.js';
import { hashPassword } from '../auth/password.js';
import { demoCaseFiles } from '../demo/demo-case-files.js';
import { storeCaseFile } from '../demo/seed-demo.js';
import type { Store } from '../store/store.js';
import { storeBackends } from '../testing/store-backends.js';
import { TestAgent } from '../testing/test-agent.js';
import { createApp } from './app.js';

/** Fictional organizations and people only. */
const insurer: Organization = { id: 'ins-x', kind: 'insurer', name: '架空市 介護保険課', insurerNumber: '089999', policyPackId: 'hitachi' };
const otherInsurer: Organization = { id: 'ins-y', kind: 'insurer', name: '架空町 福祉課', insurerNumber: '089998', policyPackId: 'otaru' };
const office: Organization = { id: 'office-a', kind: 'care_management_office', name: 'あおぞら居宅介護支援事業所', officeNumber: '0800000001', defaultInsurerNumber: '089999' };
const farOffice: Organization = { id: 'office-z', kind: 'care_management_office', name: 'とおく居宅介護支援事業所', officeNumber: '0800000009', defaultInsurerNumber: '089998' };
const password = 'correct-password-123';
const today = '2025-07-10';

describe.each(storeBackends())('policy publication API on $name', (backend) => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  let clientId = '';

  beforeAll(async () => {
    store = await backend.open();
    for (const org of [insurer, otherInsurer, office, farOffice]) await store.createOrganization(org);
    const passwordHash = await hashPassword(password);
    const users = [
      { id: 'u-cm', organizationId: office.id, login: 'cm.a', displayName: '青木 花子', role: 'care_manager' },
      { id: 'u-cm-z', organizationId: farOffice.id, login: 'cm.z', displayName: '遠野 三郎', role: 'care_manager' },
      { id: 'u-ins', organizationId: insurer.id, login: 'ins.x', displayName: '伊藤 誠', role: 'insurer_staff' },
      { id: 'u-ins-y', organizationId: otherInsurer.id, login: 'ins.y', displayName: '木村 二郎', role: 'insurer_staff' },
    ] as const;
    for (const user of users) await store.createUser({ ...user, passwordHash });
    // The fictional demo plans, as clients of this insurer.
    for (const { tenant, caseFile } of demoCaseFiles(today)) {
      if (tenant === 'office') await storeCaseFile(store, office.id, { ...caseFile, client: { ...caseFile.client, insurerNumber: insurer.insurerNumber! } }, 'u-cm');
    }
    app = createApp({ store, now: () => new Date(`${today}T01:00:00Z`), throttle: new LoginThrottle(), trustProxy: true, version: 'test' });
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

  let publishedId = '';
  let firstId = '';

  it('starts a draft from the bundled pack, previews an edit on sample plans and publishes it, then freezes it', async () => {
    const ins = await signedIn('ins.x');
    const cm = await signedIn('cm.a');
    let finding: { ruleId: string; severity: Severity } | undefined;
    for (const client of await store.listClients(office.id)) {
      const before = (await cm.request('GET', `/api/clients/${client.id}/audit`)).json;
      expect(before.policy.version).toBe('1.0.0');
      finding = before.result.findings[0];
      clientId = client.id;
      if (finding) break;
    }
    if (!finding) throw new Error('no demo plan has a 気づき');
    const severity: Severity = finding.severity === 'question' ? 'standard' : 'question';

    const start = await ins.request('GET', '/api/policy/start?from=bundled');
    expect(start.status).toBe(200);
    expect(start.json).toMatchObject({ packId: 'hitachi', from: 'bundled', basedOn: 'hitachi@1.0.0', version: '1.1.0' });
    const v100 = { packId: 'hitachi', version: '1.0.0', basedOn: '', changeNote: '初版', source: editPackSource(start.json.source, [{ path: ['version'], value: '1.0.0' }]), status: 'published', publishedOn: '2025-04-01' };
    const first = await ins.request('POST', '/api/records', { kind: 'policy_version', body: v100 });
    expect(first.status, JSON.stringify(first.json)).toBe(201);
    firstId = first.json.record.id;

    const source = editPackSource(start.json.source, [
      { path: ['version'], value: '1.1.0' },
      { path: ['rules', finding.ruleId, 'severity'], value: severity },
    ]);
    const preview = await ins.request('POST', '/api/policy/preview', { source, version: '1.1.0' });
    expect(preview.status, JSON.stringify(preview.json)).toBe(200);
    expect(preview.json.against).toMatchObject({ version: '1.0.0', recordId: firstId });
    expect(preview.json.lines.join('\n')).toContain(finding.ruleId);
    expect(preview.json.preview.reweighted).toBeGreaterThan(0);
    expect(preview.json.sample.count).toBeGreaterThan(0);

    const bad = await ins.request('POST', '/api/policy/preview', { source: editPackSource(source, [{ path: ['rules', finding.ruleId, 'severity'], value: 'loud' }]) });
    expect(bad.status).toBe(400);
    expect(bad.json.error.details.issues[0].path).toBe(`rules.${finding.ruleId}.severity`);
    expect(bad.json.error.message).toContain('severity');

    const draft = { packId: 'hitachi', version: '1.1.0', basedOn: 'hitachi@1.0.0', changeNote: '重みを変更', source, status: 'draft' };
    const created = await ins.request('POST', '/api/records', { kind: 'policy_version', body: draft });
    expect(created.status).toBe(201);
    publishedId = created.json.record.id;
    expect((await cm.request('GET', `/api/policy/versions/${publishedId}`)).status).toBe(404);

    const duplicate = await ins.request('POST', '/api/records', { kind: 'policy_version', body: draft });
    expect(duplicate.status).toBe(400);
    expect(duplicate.json.error.details.issues[0].path).toBe('version');

    const published = await ins.request('PUT', `/api/records/${publishedId}`, { baseRevision: 1, body: { ...draft, status: 'published', publishedOn: today } });
    expect(published.status).toBe(200);
    const frozen = await ins.request('PUT', `/api/records/${publishedId}`, { baseRevision: 2, body: { ...draft, status: 'published', publishedOn: today, changeNote: '書き換え' } });
    expect(frozen.status).toBe(409);

    // The audit of the insurer's client now uses 1.1.0 and its new weight.
    const after = (await cm.request('GET', `/api/clients/${clientId}/audit`)).json;
    expect(after.policy.version).toBe('1.1.0');
    const reweighted = after.result.findings.filter((f: { ruleId: string }) => f.ruleId === finding.ruleId);
    expect(reweighted.length).toBeGreaterThan(0);
    for (const f of reweighted) expect(f.severity).toBe(severity);
    expect((await cm.request('GET', `/api/clients/${clientId}/policy`)).json.pack.version).toBe('1.1.0');
    const next = await ins.request('GET', '/api/policy/start?from=latest');
    expect(next.json).toMatchObject({ from: 'latest', basedOn: 'hitachi@1.1.0', version: '1.2.0' });
  });

  it('lets offices of the area read and compare published versions, and nobody else', async () => {
    const cm = await signedIn('cm.a');
    const view = await cm.request('GET', `/api/policy/versions/${publishedId}`);
    expect(view.status).toBe(200);
    expect(view.json.pack).toMatchObject({ id: 'hitachi', version: '1.1.0' });
    const diff = await cm.request('GET', `/api/policy/diff?from=${firstId}&to=${publishedId}`);
    expect(diff.status).toBe(200);
    expect(diff.json.diff.rules).toHaveLength(1);
    expect(diff.json.lines[0]).toContain('重み');
    for (const login of ['cm.z', 'ins.y']) {
      const other = await signedIn(login);
      expect((await other.request('GET', `/api/policy/versions/${publishedId}`)).status, login).toBe(404);
      expect((await other.request('GET', `/api/policy/diff?from=${firstId}&to=${publishedId}`)).status, login).toBe(404);
      expect((await other.request('GET', `/api/records/${publishedId}`)).status, login).toBe(404);
    }
    expect((await cm.request('GET', '/api/policy/diff?from=' + firstId)).status).toBe(400);
  });

  it('refuses publication, preview and drafts to offices, and another insurer’s pack', async () => {
    const cm = await signedIn('cm.a');
    const draft = { packId: 'hitachi', version: '1.5.0', basedOn: '', changeNote: '事業所が作る', source: 'id: hitachi\n', status: 'published', publishedOn: today };
    const before = (await store.listRecords({ tenantId: insurer.id }, { kind: 'policy_version', scope: 'own' })).length;
    expect((await cm.request('POST', '/api/records', { kind: 'policy_version', body: draft })).status).toBe(403);
    expect((await cm.request('POST', '/api/policy/preview', { source: 'id: hitachi\n' })).status).toBe(403);
    expect((await cm.request('GET', '/api/policy/start')).status).toBe(403);
    const otherPack = await (await signedIn('ins.y')).request('POST', '/api/records', { kind: 'policy_version', body: { ...draft, status: 'draft' } });
    expect(otherPack.status).toBe(400);
    expect(otherPack.json.error.details.issues[0].path).toBe('packId');
    expect((await store.listRecords({ tenantId: insurer.id }, { kind: 'policy_version', scope: 'own' })).length).toBe(before);
  });

  it('shows an office’s acknowledgement to its insurer and to no other insurer', async () => {
    const cm = await signedIn('cm.a');
    const ack = { insurerOrganizationId: insurer.id, packId: 'hitachi', version: '1.1.0', readBy: '青木 花子', readOn: today };
    const created = await cm.request('POST', '/api/records', { kind: 'policy_acknowledgement', body: ack });
    expect(created.status).toBe(201);
    const received = (await (await signedIn('ins.x')).request('GET', '/api/records?kind=policy_acknowledgement&scope=received')).json.records;
    expect(received.map((r: { id: string }) => r.id)).toContain(created.json.record.id);
    const ins2 = await signedIn('ins.y');
    expect((await ins2.request('GET', '/api/records?kind=policy_acknowledgement')).json.records).toEqual([]);
    expect((await ins2.request('GET', `/api/records/${created.json.record.id}`)).status).toBe(404);
  });
});
