import { csvCarePlanSample, exportCarePlanCsv, tokyoDateOf, zipFiles, type Organization } from '@kizuki/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginThrottle } from '../auth/login-throttle.js';
import { hashPassword } from '../auth/password.js';
import { demoPassword } from '../demo/demo-organizations.js';
import { seedDemo } from '../demo/seed-demo.js';
import type { Store } from '../store/store.js';
import { storeBackends } from '../testing/store-backends.js';
import { TestAgent } from '../testing/test-agent.js';
import { createApp } from './app.js';

/** Fictional organizations and people only; the demo (日立市, the demo office) is seeded beside them. */
const otherOffice: Organization = { id: 'office-other', kind: 'care_management_office', name: 'みどり居宅介護支援事業所', officeNumber: '0800000002', defaultInsurerNumber: '089902' };
const now = new Date('2026-07-10T01:00:00Z');
const today = tokyoDateOf(now);

describe.each(storeBackends())('ケアプラン点検 API on $name', (backend) => {
  let store: Store;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    store = await backend.open();
    await seedDemo(store, today);
    await store.createOrganization(otherOffice);
    const passwordHash = await hashPassword(demoPassword);
    await store.createUser({ id: 'u-other-admin', organizationId: otherOffice.id, login: 'admin.other', displayName: '緑川 一郎', role: 'office_admin', passwordHash });
    app = createApp({ store, now: () => now, throttle: new LoginThrottle(), trustProxy: true, version: 'test' });
  }, 90_000);
  afterAll(async () => {
    await store.close();
    await backend.cleanup();
  });

  async function signedIn(login: string): Promise<TestAgent> {
    const agent = new TestAgent(app, demoPassword);
    expect((await agent.login(login)).status).toBe(200);
    return agent;
  }

  async function newCase(insurer: TestAgent, label: string): Promise<{ id: string; revision: number; body: Record<string, unknown> }> {
    const plan = await insurer.request('POST', '/api/records', {
      kind: 'inspection_plan',
      body: { fiscalYear: 2026, title: `テスト点検 ${label}`, offices: [{ officeNumber: '0879900001', officeName: 'ひだまり', organizationId: 'demo-office', planCount: 1, criteria: ['living_support'] }] },
    });
    expect(plan.status, JSON.stringify(plan.json)).toBe(201);
    const body = { inspectionId: plan.json.record.id, officeNumber: '0879900001', officeName: 'ひだまり', officeOrganizationId: 'demo-office', label, criteria: ['living_support'], observations: [] };
    const created = await insurer.request('POST', '/api/records', { kind: 'inspection_case', body });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    return created.json.record;
  }

  const save = (agent: TestAgent, record: { id: string; revision: number }, body: unknown, note?: string) => agent.request('PUT', `/api/records/${record.id}`, { baseRevision: record.revision, body, ...(note ? { note } : {}) });

  it('runs a case from request to closure: proposal, submission by grant, reading, dialogue, sign-off, revision, verification', async () => {
    const insurer = await signedIn('insurer.hitachi');
    const cm = await signedIn('cm.sato');
    const other = await signedIn('admin.other');
    let record = await newCase(insurer, '事例T1');

    // The office sees the request; another office of the area does not.
    expect((await cm.request('GET', `/api/records/${record.id}`)).status).toBe(200);
    expect((await other.request('GET', `/api/records/${record.id}`)).status).toBe(404);
    expect((await other.request('GET', `/api/inspection/cases/${record.id}/proposals`)).status).toBe(404);

    // Proposals are the office's own plans of 日立市's clients, the sample marked.
    const proposals = await cm.request('GET', `/api/inspection/cases/${record.id}/proposals`);
    expect(proposals.status).toBe(200);
    const clientIds = proposals.json.plans.map((p: { clientId: string }) => p.clientId);
    expect(clientIds.length).toBeGreaterThan(0);
    for (const id of clientIds) expect((await store.getClientSummary('demo-office', id))?.insurerNumber).toBe('089902');
    expect(proposals.json.plans.filter((p: { proposedBy?: string }) => p.proposedBy)).toHaveLength(1);
    const clientId = proposals.json.plans[0].clientId as string;

    // Nothing submitted: the insurer cannot read a plan, nor name one it was not given.
    expect((await insurer.request('GET', `/api/inspection/cases/${record.id}/plan`)).status).toBe(404);
    const planDoc = (await store.listDocuments('demo-office', clientId, 'care_plan')).at(-1)!;
    const guessed = await save(insurer, record, { ...record.body, source: { kind: 'grant', grantId: 'no-such-grant', documentId: planDoc.id, revision: planDoc.revision } });
    expect(guessed.status).toBe(400);
    expect(guessed.json.error.code).toBe('validation_failed');

    // The office submits; the grant pins the current revision.
    const submitted = await cm.request('POST', `/api/inspection/cases/${record.id}/submit`, { clientId });
    expect(submitted.status, JSON.stringify(submitted.json)).toBe(201);
    const submission = submitted.json.reply.body.submission;
    expect(submission).toMatchObject({ clientId, grantId: submitted.json.grantId });
    expect((await cm.request('POST', `/api/inspection/cases/${record.id}/submit`, { clientId })).status).toBe(409);

    // The insurer never sees an unsubmitted revision: a later save by the office is not in the grant.
    const doc = (await store.getDocument('demo-office', submission.documentId))!;
    await store.updateDocument('demo-office', doc.id, doc.revision, doc.body, 'demo-user-cm');
    const later = await save(insurer, record, { ...record.body, source: { kind: 'grant', grantId: submission.grantId, documentId: submission.documentId, revision: submission.revision + 1 } });
    expect(later.status).toBe(400);

    const received = await save(insurer, record, { ...record.body, source: { kind: 'grant', grantId: submission.grantId, documentId: submission.documentId, revision: submission.revision } });
    expect(received.status, JSON.stringify(received.json)).toBe(200);
    record = received.json.record;
    const reading = await insurer.request('GET', `/api/inspection/cases/${record.id}/plan`);
    expect(reading.status).toBe(200);
    expect(reading.json.reading.revision).toBe(submission.revision);
    expect(reading.json.reading.packId).toBe('hitachi');
    expect(Array.isArray(reading.json.reading.findings)).toBe(true);
    // The office may not read the insurer's reading.
    expect((await cm.request('GET', `/api/inspection/cases/${record.id}/plan`)).status).toBe(403);

    // Observation; the office answers in writing and signs; the insurer signs: the record locks.
    const observation = { id: 'o1', area: 'care_plan', field: '第2表 短期目標', text: '短期目標が抽象的です。', question: '本人は何をしたいと話していますか。', status: 'open' };
    record = (await save(insurer, record, { ...record.body, observations: [observation] })).json.record;
    const replyId = submitted.json.reply.id as string;
    const reply = (await cm.request('GET', `/api/records/${replyId}`)).json.record;
    const answered = await save(cm, reply, { ...reply.body, answers: [{ observationId: 'o1', answer: '買い物に行きたいと話しています。', change: '目標を書き直します。' }], signOff: { name: '佐藤 みのり', on: today } });
    expect(answered.status, JSON.stringify(answered.json)).toBe(200);
    const signOffs = [{ side: 'insurer', name: '伊藤 誠', on: today }, { side: 'office', name: '佐藤 みのり', on: today }];
    record = (await save(insurer, record, { ...record.body, observations: [{ ...observation, status: 'agreed', change: '目標を書き直す' }], session: { date: today, attendees: [], signOffs } })).json.record;

    const noReason = await save(insurer, record, { ...record.body, observations: [{ ...observation, status: 'closed' }] });
    expect(noReason.status).toBe(400);
    expect(noReason.json.error.details.issues[0].path).toBe('note');

    // The office submits the revised plan (a new grant); the insurer receives it with a reason, verifies, closes.
    const revisedSubmit = await cm.request('POST', `/api/inspection/cases/${record.id}/submit`, { clientId, revised: true });
    expect(revisedSubmit.status, JSON.stringify(revisedSubmit.json)).toBe(201);
    const revisedPlan = revisedSubmit.json.reply.body.revisedPlan;
    expect(revisedPlan.grantId).not.toBe(submission.grantId);
    expect(revisedPlan.revision).toBe(submission.revision + 1);
    record = (await save(insurer, record, { ...record.body, revisedSource: revisedPlan }, '見直した計画を受け取りました')).json.record;
    expect((await insurer.request('GET', `/api/inspection/cases/${record.id}/plan?which=revised`)).json.reading.revision).toBe(revisedPlan.revision);
    const closed = await save(insurer, record, { ...record.body, observations: [{ ...observation, status: 'verified', followUp: '確認しました' }] }, '見直しを確認');
    expect(closed.status).toBe(200);
    const revisions = (await insurer.request('GET', `/api/records/${record.id}/revisions`)).json.revisions;
    expect(revisions.filter((r: { note?: string }) => r.note).map((r: { note: string }) => r.note)).toEqual(['見直した計画を受け取りました', '見直しを確認']);

    // Revoked grant: the reading is gone, and nothing tells why.
    const revoked = await cm.request('POST', `/api/grants/${revisedPlan.grantId}/revoke`, { reason: 'テスト' });
    expect(revoked.status).toBe(200);
    const gone = await insurer.request('GET', `/api/inspection/cases/${record.id}/plan?which=revised`);
    expect(gone.status).toBe(404);
    expect(JSON.stringify(gone.json)).not.toContain(clientId);
  });

  it('refuses a reply to a case addressed to another office, and a request to oneself', async () => {
    const insurer = await signedIn('insurer.hitachi');
    const other = await signedIn('admin.other');
    const record = await newCase(insurer, '事例T2');
    const reply = await other.request('POST', '/api/records', { kind: 'inspection_reply', body: { inspectionCaseId: record.id, insurerOrganizationId: 'demo-insurer-hitachi', answers: [] } });
    expect(reply.status).toBe(400);
    expect((await other.request('POST', `/api/inspection/cases/${record.id}/submit`, { clientId: 'demo-client-02' })).status).toBe(404);
    const self = await insurer.request('POST', '/api/records', { kind: 'inspection_case', body: { ...record.body, officeOrganizationId: 'demo-insurer-hitachi' } });
    expect(self.status).toBe(400);
    expect((await insurer.request('POST', `/api/inspection/cases/${record.id}/submit`, {})).status).toBe(400);
  });

  it('drafts the 総評 without personal data, and refuses to save a 総評 naming a client', async () => {
    const insurer = await signedIn('insurer.hitachi');
    const draft = await insurer.request('GET', '/api/inspection/summary-draft?fiscalYear=2026');
    expect(draft.status).toBe(200);
    expect(draft.json.draft.cases).toBeGreaterThan(0);
    const clients = await store.listClients('demo-office');
    for (const client of clients) expect(draft.json.text).not.toContain(client.name);
    expect(draft.json.text).not.toContain('佐藤 みのり');
    expect((await insurer.request('GET', '/api/inspection/summary-draft?fiscalYear=1999')).status).toBe(400);
    expect((await insurer.request('GET', '/api/inspection/summary-draft?fiscalYear=2030')).status).toBe(404);

    // 高田 キヨ is the client whose plan 日立市 received through a grant in the demo (事例A).
    const named = await insurer.request('POST', '/api/records', { kind: 'inspection_summary', body: { fiscalYear: 2026, title: '総評', sections: [{ heading: '例', text: '高田キヨさんの目標が抽象的でした。' }], status: 'draft' } });
    expect(named.status).toBe(400);
    expect(named.json.error.details.issues[0].path).toBe('sections.0.text');
    const clean = await insurer.request('POST', '/api/records', { kind: 'inspection_summary', body: { fiscalYear: 2026, title: '総評', sections: [{ heading: '例', text: '○○さんの目標が抽象的でした。' }], status: 'draft' } });
    expect(clean.status).toBe(201);
  });

  it('lets an office run a 自己点検 on its own plans without a grant', async () => {
    const admin = await signedIn('office.admin');
    const offices = await admin.request('GET', '/api/inspection/offices');
    expect(offices.json.offices).toEqual([{ organizationId: 'demo-office', kind: 'care_management_office', name: 'ひだまり居宅介護支援事業所（デモ）', officeNumber: '0879900001' }]);
    const plan = await admin.request('POST', '/api/records', { kind: 'inspection_plan', body: { fiscalYear: 2026, title: '自己点検', offices: [{ officeNumber: '0879900001', officeName: 'ひだまり', planCount: 1, criteria: [] }] } });
    const created = await admin.request('POST', '/api/records', { kind: 'inspection_case', body: { inspectionId: plan.json.record.id, officeNumber: '0879900001', label: '自己A', observations: [] } });
    expect(created.status).toBe(201);
    const proposals = await admin.request('GET', `/api/inspection/cases/${created.json.record.id}/proposals`);
    // Every client of the office with a plan, whatever the insurer.
    expect(proposals.json.plans.some((p: { clientId: string }) => p.clientId === 'demo-client-04')).toBe(true);
    const submitted = await admin.request('POST', `/api/inspection/cases/${created.json.record.id}/submit`, { clientId: 'demo-client-04' });
    expect(submitted.status, JSON.stringify(submitted.json)).toBe(201);
    expect(submitted.json.case.body.source.kind).toBe('own');
    expect((await store.listGrantsByOwner('demo-office')).every((g) => g.items.every((i) => i.clientId !== 'demo-client-04'))).toBe(true);
    const reading = await admin.request('GET', `/api/inspection/cases/${created.json.record.id}/plan`);
    expect(reading.status).toBe(200);
    expect(reading.json.reading.clientName).toBe((await store.getClientSummary('demo-office', 'demo-client-04'))!.name);
    // A care manager does not run the inspection's reading.
    const cm = await signedIn('cm.sato');
    expect((await cm.request('GET', `/api/inspection/cases/${created.json.record.id}/plan`)).status).toBe(403);
  });

  it('imports an office\'s CSV into the 点検 case, not into any office\'s records', async () => {
    const insurer = await signedIn('insurer.hitachi');
    const record = await newCase(insurer, '事例CSV');
    const sender = { officeNumber: '0899000043', serviceType: '43' };
    const destination = { officeNumber: '0899000015', serviceType: '15' };
    const zip = zipFiles(exportCarePlanCsv([csvCarePlanSample()], { sender, destination, timestamp: '20250501093000', onlyRelatedClients: false }).files);
    const clientsBefore = (await store.listClients('demo-insurer-hitachi')).length;
    const imported = await insurer.request('POST', `/api/inspection/cases/${record.id}/csv`, zip);
    expect(imported.status, JSON.stringify(imported.json)).toBe(200);
    expect(imported.json.kind).toBe('imported');
    expect(imported.json.record.body.source).toMatchObject({ kind: 'csv', insuredNumber: '0000054321' });
    expect(imported.json.record.body.csvCaseFile.client.insuredNumber).toBe('0000054321');
    expect((await store.listClients('demo-insurer-hitachi')).length).toBe(clientsBefore);
    const reading = await insurer.request('GET', `/api/inspection/cases/${record.id}/plan`);
    expect(reading.status).toBe(200);
    expect(reading.json.reading.findings.length).toBeGreaterThan(0);
    // The office the case is addressed to reads the case, not the insurer's reading.
    const cm = await signedIn('cm.sato');
    expect((await cm.request('GET', `/api/inspection/cases/${record.id}/plan`)).status).toBe(403);
    const missing = await insurer.request('POST', `/api/inspection/cases/${record.id}/csv?insuredNumber=9999999999`, zip);
    expect(missing.status).toBe(404);
    const junk = await insurer.request('POST', `/api/inspection/cases/${record.id}/csv`, new Uint8Array([1, 2, 3]));
    expect(junk.status).toBe(400);
  });
});
