import type { Organization } from '@kizuki/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginThrottle } from '../auth/login-throttle.js';
import { hashPassword } from '../auth/password.js';
import type { Store } from '../store/store.js';
import { storeBackends } from '../testing/store-backends.js';
import { TestAgent } from '../testing/test-agent.js';
import { createApp } from './app.js';

/** Fictional organizations and people only. */
const insurer: Organization = { id: 'ins-x', kind: 'insurer', name: '架空市 介護保険課', insurerNumber: '089999' };
const farInsurer: Organization = { id: 'ins-y', kind: 'insurer', name: '架空町 福祉課', insurerNumber: '089998' };
const office: Organization = { id: 'office-a', kind: 'care_management_office', name: 'あおぞら居宅介護支援事業所', officeNumber: '0800000001', defaultInsurerNumber: '089999' };
const center: Organization = { id: 'center-c', kind: 'community_center', name: 'みなと地域包括支援センター', officeNumber: '0800000003', defaultInsurerNumber: '089999' };
const password = 'correct-password-123';
const centerClient = { insurerNumber: '089999', insuredNumber: '0000054321', name: '浜田 トメ', nameKana: 'ハマダ トメ' };

const unmet = { recordedOn: '2025-03-31', area: '南部圏域', district: 'みさき町', need: '夕方の買い物に同行してくれる人', wantedKind: 'volunteer', tags: ['買い物', '同行'], ageBand: '85plus', careLevel: '要介護1' };
const volunteer = { name: 'みさき町買い物同行ボランティア', kind: 'volunteer', area: '南部圏域', district: 'みさき町', tags: ['買い物', '同行'], days: [3], start: '16:00', end: '18:00', maintainer: '架空市 社会福祉協議会' };

/** A 地域課題 body as the register saves it, moved along by appending status steps. */
function issueBody(unmetNeedIds: string[], steps: { status: string; on: string; note?: string }[] = [], extra: Record<string, unknown> = {}) {
  const history = [{ status: 'identified', on: '2025-04-01' }, ...steps];
  return { statement: 'みさき町で夕方の買い物に同行する支援がない', area: '南部圏域', district: 'みさき町', category: 'resourceDevelopment', status: history.at(-1)?.status, history, unmetNeedIds, ...extra };
}

describe.each(storeBackends())('地域課題 register API on $name', (backend) => {
  let store: Store;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    store = await backend.open();
    for (const org of [insurer, farInsurer, office, center]) await store.createOrganization(org);
    const passwordHash = await hashPassword(password);
    const users = [
      { id: 'u-cm', organizationId: office.id, login: 'cm.a', displayName: '青木 花子', role: 'care_manager' },
      { id: 'u-ins', organizationId: insurer.id, login: 'ins.x', displayName: '伊藤 誠', role: 'insurer_staff' },
      { id: 'u-ins-y', organizationId: farInsurer.id, login: 'ins.y', displayName: '木村 二郎', role: 'insurer_staff' },
      { id: 'u-center', organizationId: center.id, login: 'center.c', displayName: '高橋 さくら', role: 'center_staff' },
    ] as const;
    for (const user of users) await store.createUser({ ...user, passwordHash });
    await store.createClient(center.id, { id: 'c-hamada', ...centerClient, body: { id: 'c-hamada', ...centerClient, birthDate: '1938-05-01', address: { line1: '架空県架空市みさき町7-3' } } }, 'u-center');
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
  const issueCount = async (agent: TestAgent) => ((await agent.request('GET', '/api/records?kind=region_issue')).json.records as unknown[]).length;

  it('a care manager’s unmet need becomes evidence of the insurer’s 地域課題, counted by quarter; another area sees nothing', async () => {
    const cm = await signedIn('cm.a');
    const need = await cm.request('POST', '/api/records', { kind: 'region_unmet_need', body: unmet });
    expect(need.status, JSON.stringify(need.json)).toBe(201);
    const later = await cm.request('POST', '/api/records', { kind: 'region_unmet_need', body: { ...unmet, recordedOn: '2025-04-01' } });
    const ins = await signedIn('ins.x');
    const created = await ins.request('POST', '/api/records', { kind: 'region_issue', body: issueBody([need.json.record.id, later.json.record.id]) });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    expect(created.json.record.areaInsurerNumber).toBe('089999');

    const register = await ins.request('GET', '/api/region/issues');
    expect(register.status).toBe(200);
    const [entry] = register.json.issues;
    expect(entry.evidence.unmetNeeds).toBe(2);
    // 3/31 and 4/1 are different fiscal years; quarters run to today (2025-07-10).
    expect(entry.evidence.quarters.map((q: { key: string; unmetNeeds: number }) => [q.key, q.unmetNeeds])).toEqual([['2024-Q4', 1], ['2025-Q1', 1], ['2025-Q2', 0]]);
    // The office and the 包括 of the area read the register; another insurer neither lists nor opens it.
    expect((await (await signedIn('center.c')).request('GET', '/api/region/issues')).json.issues).toHaveLength(1);
    const far = await signedIn('ins.y');
    expect((await far.request('GET', '/api/region/issues')).json.issues).toEqual([]);
    const read = await far.request('GET', `/api/records/${created.json.record.id}`);
    expect(read.status).toBe(404);
    expect(JSON.stringify(read.json)).not.toContain('みさき町');
    expect((await far.request('GET', '/api/region/issues/agenda')).json.agenda.items).toEqual([]);
    // The unmet report counts by area, kind and quarter.
    const report = (await ins.request('GET', '/api/region/reports/unmet')).json.report;
    expect(report.rows).toEqual([{ area: '南部圏域', kind: 'volunteer', counts: [1, 1, 0], total: 2 }]);
    expect((await far.request('GET', '/api/region/reports/unmet')).json.report.total).toBe(0);
  });

  it('moves through 協議体で検討 and 資源開発中 to 解決 only with a linked resource, refusing skipped steps and nothing saved', async () => {
    const ins = await signedIn('ins.x');
    const [entry] = (await ins.request('GET', '/api/region/issues')).json.issues;
    const { id, body } = entry.record;
    const put = (revision: number, next: unknown) => ins.request('PUT', `/api/records/${id}`, { baseRevision: revision, body: next });

    const skipped = await put(1, { ...body, status: 'developing', history: [...body.history, { status: 'developing', on: '2025-04-10' }] });
    expect(skipped.status).toBe(400);
    expect(skipped.json.error.code).toBe('validation_failed');
    expect(skipped.json.error.message).toContain('「把握」から「資源開発中」には進めません');

    const discussion = { heldOn: '2025-05-10', attendees: ['生活支援コーディネーター', '民生委員', '社会福祉協議会'], discussed: '夕方の買い物同行の担い手', decisions: 'ボランティアを募る', nextSteps: '社協が6月に説明会' };
    const council = await put(1, { ...body, status: 'council', history: [...body.history, { status: 'council', on: '2025-05-10' }], discussions: [discussion] });
    expect(council.status, JSON.stringify(council.json)).toBe(200);
    const developingBody = { ...council.json.record.body, status: 'developing', history: [...council.json.record.body.history, { status: 'developing', on: '2025-05-20' }] };
    const developing = await put(2, developingBody);
    expect(developing.status, JSON.stringify(developing.json)).toBe(200);

    // 解決 without a resource or a reason is refused with the field named.
    const resolvedBody = { ...developingBody, status: 'resolved', history: [...developingBody.history, { status: 'resolved', on: '2025-07-01' }] };
    const bare = await put(3, resolvedBody);
    expect(bare.status).toBe(400);
    expect(bare.json.error.details.issues).toEqual([expect.objectContaining({ path: 'body.resourceIds', message: expect.stringContaining('社会資源を登録するか') })]);
    // A resource id that is not a directory entry the insurer reads is refused too.
    const ghost = await put(3, { ...resolvedBody, resourceIds: ['no-such-resource'] });
    expect(ghost.status).toBe(400);
    expect(ghost.json.error.message).toContain('社会資源が見つかりません');
    expect((await ins.request('GET', `/api/records/${id}`)).json.record.revision).toBe(3);

    const resource = await ins.request('POST', '/api/records', { kind: 'region_resource', body: { ...volunteer, createdForIssueId: id } });
    expect(resource.status, JSON.stringify(resource.json)).toBe(201);
    const resolved = await put(3, { ...resolvedBody, resourceIds: [resource.json.record.id] });
    expect(resolved.status, JSON.stringify(resolved.json)).toBe(200);
    expect(resolved.json.record.body.history.map((h: { status: string }) => h.status)).toEqual(['identified', 'council', 'developing', 'resolved']);

    const agenda = (await ins.request('GET', '/api/region/issues/agenda?status=resolved')).json.agenda;
    expect(agenda.items).toHaveLength(1);
    expect(agenda.items[0]).toMatchObject({ statusLabel: '解決', categoryLabel: '地域づくり・資源開発', resources: ['みさき町買い物同行ボランティア'], lastDiscussion: { heldOn: '2025-05-10', decisions: 'ボランティアを募る' } });
    expect((await ins.request('GET', '/api/region/issues/agenda?status=council')).json.agenda.items).toEqual([]);
    const badStatus = await ins.request('GET', '/api/region/issues/agenda?status=done');
    expect(badStatus.status).toBe(400);
    expect(badStatus.json.error.code).toBe('bad_request');
    expect(badStatus.json.error.message).toContain('「done」はありません');
  });

  it('refuses bad input with a stable code and a Japanese message, saving nothing', async () => {
    const ins = await signedIn('ins.x');
    const before = await issueCount(ins);
    const cases: { body: unknown; code: string; text: string }[] = [
      { body: { ...issueBody([]), category: 'other' }, code: 'validation_failed', text: '分類（地域ケア会議の機能）を選択肢から選んでください' },
      { body: { ...issueBody([]), statement: '' }, code: 'validation_failed', text: '地域課題の内容' },
      { body: issueBody([], [{ status: 'council', on: '2025-04-02' }]), code: 'validation_failed', text: '「把握」から始めてください' },
      { body: issueBody(['no-such-need']), code: 'validation_failed', text: '不足している資源の記録が見つかりません' },
      { body: { ...issueBody([]), meetingLinks: [{ recordId: 'no-such-meeting', statement: 'x', heldOn: '2025-06-12', meetingLabel: '地域ケア個別会議' }] }, code: 'validation_failed', text: '地域ケア会議の記録が見つかりません' },
    ];
    for (const { body, code, text } of cases) {
      const res = await ins.request('POST', '/api/records', { kind: 'region_issue', body });
      expect(res.status, JSON.stringify(res.json)).toBe(400);
      expect(res.json.error.code).toBe(code);
      expect(JSON.stringify(res.json.error)).toContain(text);
    }
    expect(await issueCount(ins)).toBe(before);
    // An office keeps no register; the 包括 cannot name its own client in an issue the area reads.
    const cm = await signedIn('cm.a');
    const forbidden = await cm.request('POST', '/api/records', { kind: 'region_issue', body: issueBody([]) });
    expect(forbidden.status).toBe(403);
    const center = await signedIn('center.c');
    const leak = await center.request('POST', '/api/records', { kind: 'region_issue', body: { ...issueBody([]), statement: '浜田トメさんの買い物ができない' } });
    expect(leak.status).toBe(400);
    expect(leak.json.error.message).toContain('個人が特定されない');
    expect(JSON.stringify(leak.json)).not.toContain('浜田');
    expect(await issueCount(ins)).toBe(before);
  });

  it('lists the 地域ケア会議 candidates not yet taken up, and links one to an issue the insurer counts', async () => {
    // A meeting record of the 包括 as the meeting feature keeps it (with its keeper only), with two candidates.
    const meeting = await store.createRecord({
      tenantId: center.id,
      kind: 'community_care_meeting',
      body: { kind: 'individual', status: 'draft', heldOn: '2025-06-12', attendees: [], cases: [], regionIssueCandidates: [{ statement: '夕方の買い物同行がない', area: '南部圏域', category: 'resourceDevelopment' }, { statement: '土日の配食がない', area: '中央圏域', category: 'issueDiscovery' }] },
      author: 'u-center',
    });
    const staff = await signedIn('center.c');
    const before = (await staff.request('GET', '/api/region/issues')).json.candidates;
    expect(before.map((c: { statement: string; meetingLabel: string; heldOn: string }) => [c.statement, c.meetingLabel, c.heldOn])).toEqual([
      ['土日の配食がない', '地域ケア個別会議', '2025-06-12'],
      ['夕方の買い物同行がない', '地域ケア個別会議', '2025-06-12'],
    ]);
    const link = { recordId: meeting.id, statement: '土日の配食がない', heldOn: '2025-06-12', meetingLabel: '地域ケア個別会議' };
    const body = { ...issueBody([]), statement: '土日の配食がない', area: '中央圏域', category: 'issueDiscovery', meetingLinks: [link] };
    // A link that does not copy the meeting, or names a candidate it does not have, is refused.
    const wrongDate = await staff.request('POST', '/api/records', { kind: 'region_issue', body: { ...body, meetingLinks: [{ ...link, heldOn: '2025-06-13' }] } });
    expect(wrongDate.status).toBe(400);
    expect(wrongDate.json.error.message).toContain('開催日・種類が記録と合いません');
    const wrongCandidate = await staff.request('POST', '/api/records', { kind: 'region_issue', body: { ...body, meetingLinks: [{ ...link, statement: '別の課題' }] } });
    expect(wrongCandidate.status).toBe(400);
    expect(wrongCandidate.json.error.message).toContain('「別の課題」という地域課題の候補はありません');
    // The insurer cannot link the 包括's meeting: it does not read it.
    const ins = await signedIn('ins.x');
    expect((await ins.request('POST', '/api/records', { kind: 'region_issue', body })).status).toBe(400);
    expect((await ins.request('GET', '/api/region/issues')).json.candidates).toEqual([]);

    const created = await staff.request('POST', '/api/records', { kind: 'region_issue', body });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const after = await staff.request('GET', '/api/region/issues');
    expect(after.json.candidates.map((c: { statement: string }) => c.statement)).toEqual(['夕方の買い物同行がない']);
    // The insurer counts the meeting as evidence from the link, by quarter, without reading the meeting.
    const entry = (await ins.request('GET', '/api/region/issues')).json.issues.find((i: { record: { id: string } }) => i.record.id === created.json.record.id);
    expect(entry.evidence).toMatchObject({ meetings: 1, unmetNeeds: 0 });
    expect(entry.evidence.quarters.map((q: { key: string; meetings: number }) => [q.key, q.meetings])).toEqual([['2025-Q1', 1], ['2025-Q2', 0]]);
    expect((await ins.request('GET', '/api/region/issues/agenda?status=identified')).json.agenda.items[0].meetings).toEqual([{ heldOn: '2025-06-12', label: '地域ケア個別会議' }]);
    expect((await (await signedIn('ins.y')).request('GET', '/api/region/issues')).json.issues).toEqual([]);
  });

  it('requires a session', async () => {
    for (const path of ['/api/region/issues', '/api/region/issues/agenda', '/api/region/reports/unmet']) {
      const res = await app.request(path, { headers: { host: 'kizuki.test' } });
      expect(res.status).toBe(401);
    }
  });
});
