import { exemplaryCaseFile, type Organization } from '@kizuki/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginThrottle } from '../auth/login-throttle.js';
import { hashPassword } from '../auth/password.js';
import { storeCaseFile } from '../demo/seed-demo.js';
import type { Store } from '../store/store.js';
import { storeBackends } from '../testing/store-backends.js';
import { TestAgent } from '../testing/test-agent.js';
import { createApp } from './app.js';

/** Fictional organizations and people only. */
const insurer: Organization = { id: 'ins-x', kind: 'insurer', name: '架空市 介護保険課', insurerNumber: '089999', policyPackId: 'hitachi' };
const otherInsurer: Organization = { id: 'ins-y', kind: 'insurer', name: '架空町 福祉課', insurerNumber: '089998', policyPackId: 'otaru' };
const office: Organization = { id: 'office-a', kind: 'care_management_office', name: 'あおぞら居宅介護支援事業所', officeNumber: '0800000001', defaultInsurerNumber: '089999' };
const password = 'correct-password-123';

describe.each(storeBackends())('effect verification and benefit review API on $name', (backend) => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  const now = new Date('2025-07-10T01:00:00Z');
  const caseFile = exemplaryCaseFile();

  beforeAll(async () => {
    store = await backend.open();
    for (const org of [insurer, otherInsurer, office]) await store.createOrganization(org);
    const passwordHash = await hashPassword(password);
    const users = [
      { id: 'u-cm', organizationId: office.id, login: 'cm.a', displayName: '青木 花子', role: 'care_manager' },
      { id: 'u-admin', organizationId: office.id, login: 'admin.a', displayName: '鈴木 一子', role: 'office_admin' },
      { id: 'u-ins', organizationId: insurer.id, login: 'ins.x', displayName: '伊藤 誠', role: 'insurer_staff' },
      { id: 'u-ins-y', organizationId: otherInsurer.id, login: 'ins.y', displayName: '木村 二郎', role: 'insurer_staff' },
    ] as const;
    for (const user of users) await store.createUser({ ...user, passwordHash });
    await storeCaseFile(store, office.id, caseFile, 'u-cm');
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

  it('lets only the office admin opt in, and sends nothing before the office opts in', async () => {
    const cm = await signedIn('cm.a');
    expect((await cm.request('PUT', '/api/effect/participation', { optedIn: true })).status).toBe(403);
    expect((await cm.request('GET', '/api/effect/aggregates')).status).toBe(403);
    const admin = await signedIn('admin.a');
    const preview = await admin.request('GET', '/api/effect/aggregates');
    expect(preview.status).toBe(200);
    expect(preview.json.insurer.organizationId).toBe(insurer.id);
    expect(preview.json.participation).toBeUndefined();
    expect(preview.json.months.map((m: { month: string }) => m.month)).toEqual(['2025-04']);
    const body = preview.json.months[0].body;
    // Counts only: no name, number or text of the client or the plan.
    expect(Object.keys(body).sort()).toEqual(['insurerOrganizationId', 'month', 'packId', 'planCount', 'ruleCounts'].concat(body.rulePlans ? ['rulePlans'] : []).sort());
    expect(JSON.stringify(body)).not.toContain(caseFile.client.name);
    const refused = await admin.request('POST', '/api/effect/aggregates/send');
    expect(refused.status).toBe(409);
    expect(await store.listRecords({ tenantId: office.id }, { kind: 'effect_aggregate', scope: 'own' })).toHaveLength(0);
    expect((await admin.request('PUT', '/api/effect/participation', { optedIn: 'はい' })).status).toBe(400);
  });

  it('sends monthly aggregates addressed to its own insurer only, and refreshes without duplicating', async () => {
    const admin = await signedIn('admin.a');
    expect((await admin.request('PUT', '/api/effect/participation', { optedIn: true })).status).toBe(200);
    const sent = await admin.request('POST', '/api/effect/aggregates/send');
    expect(sent.json).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect((await admin.request('POST', '/api/effect/aggregates/send')).json).toEqual({ created: 0, updated: 0, unchanged: 1 });

    const ins = await signedIn('ins.x');
    const received = await ins.request('GET', '/api/records?kind=effect_aggregate&scope=received');
    expect(received.json.records).toHaveLength(1);
    const report = await ins.request('GET', '/api/effect/report');
    expect(report.status).toBe(200);
    expect(report.json.aggregates).toMatchObject({ records: 1, offices: 1 });
    expect(report.json.offices).toEqual([{ officeNumber: office.officeNumber, name: office.name, organizationId: office.id }]);
    expect(report.json.aggregates.counts.every((c: { officeNumber: string; month: string }) => c.officeNumber === office.officeNumber && c.month === '2025-04')).toBe(true);

    const other = await signedIn('ins.y');
    expect((await other.request('GET', '/api/records?kind=effect_aggregate&scope=all')).json.records).toHaveLength(0);
    expect((await other.request('GET', `/api/records/${received.json.records[0].id}`)).status).toBe(404);
    const otherReport = await other.request('GET', '/api/effect/report');
    expect(otherReport.json.aggregates).toMatchObject({ records: 0, counts: [] });
    expect(otherReport.json.offices).toEqual([]);
    expect((await (await signedIn('cm.a')).request('GET', '/api/effect/report')).status).toBe(403);
  });

  it('counts plans submitted for 点検 through a live grant, and stops when the grant is revoked', async () => {
    const cm = await signedIn('cm.a');
    const plan = caseFile.carePlans[0]!;
    const grant = await cm.request('POST', '/api/grants', {
      granteeOrganizationId: insurer.id,
      purpose: 'care_plan_inspection',
      reason: '令和7年度 ケアプラン点検の提出',
      validUntil: '2025-08-31',
      items: [
        { clientId: caseFile.client.id, documentId: caseFile.client.id },
        { clientId: caseFile.client.id, documentId: plan.id },
      ],
    });
    expect(grant.status, JSON.stringify(grant.json)).toBe(201);
    const ins = await signedIn('ins.x');
    const report = await ins.request('GET', '/api/effect/report');
    expect(report.json.submitted).toMatchObject({ plans: 1, grants: 1, csvPlans: 0, notAudited: 0 });
    expect(report.json.submitted.counts.length).toBeGreaterThan(0);
    expect((await (await signedIn('ins.y')).request('GET', '/api/effect/report')).json.submitted.plans).toBe(0);

    // The benefit review of the insurer reads the same grant: no 利用票 shared, so those checks are not made.
    const review = await ins.request('GET', '/api/effect/benefit-review?asOf=2025-07-10');
    expect(review.status).toBe(200);
    expect(review.json.scope).toBe('insurer');
    expect(review.json.plans).toHaveLength(1);
    expect(review.json.plans[0].source).toMatchObject({ kind: 'shared', grantId: grant.json.grant.id });
    expect(review.json.plans[0].review.notChecked).toContainEqual({ check: 'near-limit', missing: 'usage_planned' });

    const revoked = await cm.request('POST', `/api/grants/${grant.json.grant.id}/revoke`, { reason: 'テストのため' });
    expect(revoked.status, JSON.stringify(revoked.json)).toBe(200);
    expect((await ins.request('GET', '/api/effect/report')).json.submitted.plans).toBe(0);
    expect((await ins.request('GET', '/api/effect/benefit-review')).json.plans).toHaveLength(0);
  });

  it('reviews the office its own plans, each finding naming the document to open', async () => {
    const cm = await signedIn('cm.a');
    const review = await cm.request('GET', '/api/effect/benefit-review?asOf=2026-07-10');
    expect(review.status).toBe(200);
    expect(review.json.scope).toBe('office');
    expect(review.json.plans).toHaveLength(1);
    const findings = review.json.plans[0].review.findings as { check: string; document: { kind: string; id: string } }[];
    // A year and more after the plan's date, it is reported as long unchanged, linking to the plan.
    expect(findings).toContainEqual(expect.objectContaining({ check: 'plan-unchanged-long', document: { kind: 'care_plan', id: caseFile.carePlans[0]!.id } }));
    expect((await cm.request('GET', '/api/effect/benefit-review?asOf=2025-13-01')).status).toBe(400);
  });

  it('stops sending after opting out, and keeps what was sent', async () => {
    const admin = await signedIn('admin.a');
    expect((await admin.request('PUT', '/api/effect/participation', { optedIn: false })).status).toBe(200);
    expect((await admin.request('POST', '/api/effect/aggregates/send')).status).toBe(409);
    const preview = await admin.request('GET', '/api/effect/aggregates');
    expect(preview.json.participation.body.optedIn).toBe(false);
    expect(preview.json.months[0].sent).toBeDefined();
    const ins = await signedIn('ins.x');
    expect((await ins.request('GET', '/api/records?kind=effect_participation&scope=received')).json.records[0].body.optedIn).toBe(false);
    expect((await ins.request('GET', '/api/records?kind=effect_aggregate&scope=received')).json.records).toHaveLength(1);
  });
});
