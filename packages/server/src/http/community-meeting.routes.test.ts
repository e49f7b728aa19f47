import type { Organization } from '@kizuki/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginThrottle } from '../auth/login-throttle.js';
import { hashPassword } from '../auth/password.js';
import { demoCaseFiles } from '../demo/demo-case-files.js';
import { storeCaseFile } from '../demo/seed-demo.js';
import type { Store } from '../store/store.js';
import { storeBackends } from '../testing/store-backends.js';
import { TestAgent } from '../testing/test-agent.js';
import { createApp } from './app.js';

/** Fictional organizations and people only; the client is the demo's fictional client 01 (小松 ハル). */
const insurer: Organization = { id: 'ins-x', kind: 'insurer', name: '架空市 介護保険課', insurerNumber: '089999' };
const office: Organization = { id: 'office-a', kind: 'care_management_office', name: 'あおぞら居宅介護支援事業所', officeNumber: '0800000001', defaultInsurerNumber: '089999' };
const otherOffice: Organization = { id: 'office-b', kind: 'care_management_office', name: 'ひまわり居宅介護支援事業所', officeNumber: '0800000002', defaultInsurerNumber: '089999' };
const center: Organization = { id: 'center-c', kind: 'community_center', name: 'みなと地域包括支援センター', officeNumber: '0800000003', defaultInsurerNumber: '089999' };
const otherCenter: Organization = { id: 'center-d', kind: 'community_center', name: 'やまて地域包括支援センター', officeNumber: '0800000004', defaultInsurerNumber: '089999' };
const password = 'correct-password-123';
const today = '2025-07-10';
const demo = demoCaseFiles(today)[0]!.caseFile;
const clientId = demo.client.id;
const personal = ['小松', 'ハル', 'コマツ', '5900000101', '1943', 'みずほ町中村', '佐々木', '藤田', '村上', '0187-00-0101'];

const presentation = { clientId, meetingOrganizationId: center.id, area: '北部圏域', questions: '冬場に畑とサロンへの外出をどう続けるか助言がほしい', validUntil: '2025-08-31', meetingNote: '7月の地域ケア個別会議' };

describe.each(storeBackends())('地域ケア会議 API on $name', (backend) => {
  let store: Store;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    store = await backend.open();
    for (const org of [insurer, office, otherOffice, center, otherCenter]) await store.createOrganization(org);
    const passwordHash = await hashPassword(password);
    const users = [
      { id: 'u-cm', organizationId: office.id, login: 'cm.a', displayName: '青木 花子', role: 'care_manager' },
      { id: 'u-cm-b', organizationId: otherOffice.id, login: 'cm.b', displayName: '遠藤 三郎', role: 'care_manager' },
      { id: 'u-ins', organizationId: insurer.id, login: 'ins.x', displayName: '伊藤 誠', role: 'insurer_staff' },
      { id: 'u-center', organizationId: center.id, login: 'center.c', displayName: '高橋 さくら', role: 'center_staff' },
      { id: 'u-center-d', organizationId: otherCenter.id, login: 'center.d', displayName: '森 由紀', role: 'center_staff' },
    ] as const;
    for (const user of users) await store.createUser({ ...user, passwordHash });
    await storeCaseFile(store, office.id, demo, 'u-cm');
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
  const counts = async () => ({
    grants: (await store.listGrantsByOwner(office.id)).length,
    presentations: (await store.listRecords({ tenantId: office.id }, { kind: 'community_care_presentation', scope: 'own' })).length,
    meetings: (await store.listRecords({ tenantId: center.id }, { kind: 'community_care_meeting', scope: 'own' })).length,
    supportLog: (await store.listDocuments(office.id, clientId, 'support_log_entry')).length,
  });

  let presentationId = '';
  let sheet: Record<string, unknown> = {};
  let meetingId = '';

  it('a care manager presents a case: a grant of purpose 地域ケア会議 and a pseudonymized sheet', async () => {
    const cm = await signedIn('cm.a');
    const res = await cm.request('POST', '/api/community-meetings/presentations', presentation);
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    expect(res.json.grant.purpose).toBe('community_care_meeting');
    expect(res.json.grant.granteeOrganizationId).toBe(center.id);
    expect(res.json.grant.items.map((i: { documentId: string }) => i.documentId).sort()).toEqual(res.json.presentation.body.sheet.sources.map((s: { documentId: string }) => s.documentId).sort());
    sheet = res.json.presentation.body.sheet;
    presentationId = res.json.presentation.id;
    expect(sheet.label).toBe('K.H.さん');
    expect(sheet.ageBand).toBe('75to84');
    expect((sheet.issues as string[]).length).toBeGreaterThan(0);
    const text = JSON.stringify(sheet);
    for (const word of personal) expect(text, word).not.toContain(word);
  });

  it('the 包括 lists and reads the case through the grant; an organization without a grant gets 404', async () => {
    const centerAgent = await signedIn('center.c');
    const list = await centerAgent.request('GET', '/api/community-meetings/received');
    expect(list.status).toBe(200);
    expect(list.json.presentations).toHaveLength(1);
    expect(list.json.presentations[0].ownerName).toBe(office.name);
    expect(JSON.stringify(list.json)).not.toContain(clientId);
    const read = await centerAgent.request('GET', `/api/community-meetings/received/${office.id}/${presentationId}`);
    expect(read.status).toBe(200);
    expect(read.json.presentation.sheet).toEqual(sheet);
    for (const login of ['center.d', 'ins.x']) {
      const agent = await signedIn(login);
      expect((await agent.request('GET', '/api/community-meetings/received')).json.presentations).toEqual([]);
      const denied = await agent.request('GET', `/api/community-meetings/received/${office.id}/${presentationId}`);
      expect(denied.status).toBe(404);
      expect(JSON.stringify(denied.json)).not.toContain('K.H.');
    }
    const log = await store.listAccessLog(office.id);
    expect(log.some((e) => e.action === 'grant.read' && e.clientId === clientId)).toBe(true);
  });

  it('bad input is refused with a stable code and a Japanese message, and nothing is saved', async () => {
    const cm = await signedIn('cm.a');
    const before = await counts();
    const leak = await cm.request('POST', '/api/community-meetings/presentations', { ...presentation, questions: '番号 5900-000-101 の方の外出支援' });
    expect(leak.status).toBe(400);
    expect(leak.json.error.code).toBe('validation_failed');
    expect(leak.json.error.message).toContain('被保険者番号');
    const missing = await cm.request('POST', '/api/community-meetings/presentations', { ...presentation, area: '' });
    expect(missing.status).toBe(400);
    expect(missing.json.error.code).toBe('validation_failed');
    expect(missing.json.error.message).toContain('日常生活圏域');
    const tooLate = await cm.request('POST', '/api/community-meetings/presentations', { ...presentation, validUntil: '2026-07-10' });
    expect(tooLate.status).toBe(400);
    expect(tooLate.json.error.message).toContain('共有の期限');
    const centerAgent = await signedIn('center.c');
    const tampered = await centerAgent.request('POST', '/api/records', {
      kind: 'community_care_meeting',
      body: { kind: 'individual', heldOn: today, cases: [{ id: 'case-1', presentation: { ownerOrganizationId: office.id, grantId: 'x', presentationId }, sheet: { ...sheet, label: '小松 ハル' } }] },
    });
    expect(tampered.status).toBe(400);
    expect(tampered.json.error.code).toBe('bad_request');
    expect(tampered.json.error.message).toContain('1件目の事例');
    const finalizedDirectly = await centerAgent.request('POST', '/api/records', { kind: 'community_care_meeting', body: { kind: 'individual', status: 'finalized', heldOn: today } });
    expect(finalizedDirectly.status).toBe(400);
    expect(finalizedDirectly.json.error.message).toContain('確定する');
    const noDate = await centerAgent.request('POST', '/api/records', { kind: 'community_care_meeting', body: { kind: 'individual' } });
    expect(noDate.status).toBe(400);
    expect(noDate.json.error.message).toContain('開催日');
    expect(await counts()).toEqual(before);
  });

  it('the 包括 records the meeting and finalizes it; the advice reaches the case file as 支援経過 and a plan suggestion', async () => {
    const centerAgent = await signedIn('center.c');
    const grantId = (await store.listGrantsByOwner(office.id))[0]!.id;
    const body = {
      kind: 'individual',
      heldOn: today,
      place: 'みなと地域包括支援センター 会議室',
      area: '北部圏域',
      attendees: [
        { name: '石田 亮', profession: 'physical_therapist', organization: 'みなと病院' },
        { name: '岡本 里美', profession: 'dietitian', organization: '架空市 健康づくり課' },
      ],
      cases: [
        {
          id: 'case-1',
          presentation: { ownerOrganizationId: office.id, grantId, presentationId },
          sheet,
          individualIssues: '冬場に外出が減り、下肢筋力が落ちるおそれ',
          advice: [
            { profession: 'physical_therapist', adviser: '石田', content: '雪道用の杖先ゴムと、屋内でできる立ち上がり練習を計画に入れる' },
            { profession: 'dietitian', content: 'たんぱく質を朝食で摂れるよう、簡単な献立を提案する' },
          ],
          actions: [{ action: '冬季のサロン送迎をボランティアに相談する', owner: '生活支援コーディネーター', dueOn: '2025-09-30' }],
          periodGoals: [{ period: '3か月', target: '屋内で立ち上がり練習を毎日10回続ける' }],
          consensus: { agreement: '畑作業を続けることを目標に、本人ができることを増やす方針で一致', agreedBy: ['理学療法士', '管理栄養士', '担当介護支援専門員'] },
          planSuggestions: '短期目標に冬季の屋内運動を加える',
        },
      ],
      regionIssueCandidates: [{ statement: '冬季にサロンへ通う移動手段がない', area: '北部圏域', category: 'resourceDevelopment' }],
    };
    const created = await centerAgent.request('POST', '/api/records', { kind: 'community_care_meeting', body });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    meetingId = created.json.record.id;
    expect((await centerAgent.request('GET', '/api/community-meetings/received')).json.presentations[0].meetingRecordId).toBe(meetingId);
    const finalized = await centerAgent.request('POST', `/api/community-meetings/${meetingId}/finalize`, { baseRevision: 1 });
    expect(finalized.status, JSON.stringify(finalized.json)).toBe(200);
    expect(finalized.json.meeting.body.status).toBe('finalized');
    expect(finalized.json.delivered).toBe(1);
    const again = await centerAgent.request('PUT', `/api/records/${meetingId}`, { baseRevision: 2, body });
    expect(again.status).toBe(409);

    const cm = await signedIn('cm.a');
    const log = await cm.request('GET', `/api/clients/${clientId}/documents?kind=support_log_entry`);
    const entry = log.json.documents.find((d: { body: { title?: string } }) => d.body.title === '地域ケア個別会議の助言');
    expect(entry).toBeDefined();
    expect(entry.body.counterpart).toContain(center.name);
    expect(entry.body.content).toContain('理学療法士（石田）: 雪道用の杖先ゴム');
    expect(entry.body.content).toContain('冬季のサロン送迎をボランティアに相談する（担当: 生活支援コーディネーター、期限: 令和7年9月30日）');
    const own = await cm.request('GET', `/api/community-meetings/presentations?clientId=${clientId}`);
    expect(own.status).toBe(200);
    expect(own.json.presentations[0].body.result.planSuggestions).toBe('短期目標に冬季の屋内運動を加える');
    expect(own.json.presentations[0].body.result.supportLogDocumentId).toBe(entry.id);
  });

  it('another office sees none of the advice', async () => {
    const other = await signedIn('cm.b');
    expect((await other.request('GET', '/api/community-meetings/presentations')).json.presentations).toEqual([]);
    expect((await other.request('GET', `/api/community-meetings/presentations?clientId=${clientId}`)).status).toBe(404);
    expect((await other.request('GET', `/api/records/${presentationId}`)).status).toBe(404);
    expect((await other.request('GET', `/api/records/${meetingId}`)).status).toBe(404);
    expect((await other.request('GET', `/api/clients/${clientId}/documents?kind=support_log_entry`)).status).toBe(404);
    expect((await (await signedIn('center.d')).request('GET', `/api/records/${meetingId}`)).status).toBe(404);
  });

  it('a revoked grant hides the case (404) and stops the finalization, with nothing half-saved', async () => {
    const cm = await signedIn('cm.a');
    const second = await cm.request('POST', '/api/community-meetings/presentations', { ...presentation, questions: '服薬の自己管理をどう支えるか' });
    expect(second.status).toBe(201);
    const centerAgent = await signedIn('center.c');
    const secondSheet = second.json.presentation.body.sheet;
    const record = await centerAgent.request('POST', '/api/records', {
      kind: 'community_care_meeting',
      body: { kind: 'individual', heldOn: today, cases: [{ id: 'case-2', presentation: { ownerOrganizationId: office.id, grantId: second.json.grant.id, presentationId: second.json.presentation.id }, sheet: secondSheet, advice: [{ profession: 'pharmacist', content: 'お薬カレンダーを続ける' }] }] },
    });
    expect(record.status, JSON.stringify(record.json)).toBe(201);
    expect((await cm.request('POST', `/api/grants/${second.json.grant.id}/revoke`, { reason: '本人が提出に同意しなかったため' })).status).toBe(200);
    const read = await centerAgent.request('GET', `/api/community-meetings/received/${office.id}/${second.json.presentation.id}`);
    expect(read.status).toBe(404);
    const before = await counts();
    const finalize = await centerAgent.request('POST', `/api/community-meetings/${record.json.record.id}/finalize`, { baseRevision: 1 });
    expect(finalize.status).toBe(404);
    expect(finalize.json.error.message).toContain('1件目の事例');
    expect(await counts()).toEqual(before);
    const stored = await store.readRecord({ tenantId: center.id }, record.json.record.id);
    expect((stored?.body as { status: string }).status).toBe('draft');
    const own = await cm.request('GET', `/api/community-meetings/presentations?clientId=${clientId}`);
    const revoked = own.json.presentations.find((p: { id: string }) => p.id === second.json.presentation.id);
    expect(revoked.grantState).toBe('revoked');
    expect(revoked.body.result).toBeUndefined();
  });

  it('only presenters present and only the 包括 or insurer keeps meetings', async () => {
    expect((await (await signedIn('center.c')).request('POST', '/api/community-meetings/presentations', presentation)).status).toBe(404);
    expect((await (await signedIn('ins.x')).request('POST', '/api/community-meetings/presentations', presentation)).status).toBe(403);
    expect((await (await signedIn('cm.a')).request('GET', '/api/community-meetings/received')).status).toBe(403);
    expect((await (await signedIn('cm.a')).request('POST', '/api/records', { kind: 'community_care_meeting', body: { kind: 'individual', heldOn: today } })).status).toBe(403);
    expect((await (await signedIn('cm.a')).request('POST', '/api/records', { kind: 'community_care_presentation', body: {} })).status).toBe(403);
  });
});
