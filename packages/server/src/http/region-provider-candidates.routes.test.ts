import { exemplaryCaseFile, type Organization, type ProviderCandidatesAnswer } from '@kizuki/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginThrottle } from '../auth/login-throttle.js';
import { hashPassword } from '../auth/password.js';
import { storeCaseFile } from '../demo/seed-demo.js';
import type { Store } from '../store/store.js';
import { storeBackends } from '../testing/store-backends.js';
import { TestAgent } from '../testing/test-agent.js';
import { createApp } from './app.js';

/** Fictional organizations, people and providers only. */
const insurer: Organization = { id: 'ins-x', kind: 'insurer', name: '架空市 介護保険課', insurerNumber: '089999' };
const farInsurer: Organization = { id: 'ins-y', kind: 'insurer', name: '架空町 福祉課', insurerNumber: '089998' };
const office: Organization = { id: 'office-a', kind: 'care_management_office', name: 'あおぞら居宅介護支援事業所', officeNumber: '0800000001', defaultInsurerNumber: '089999' };
const center: Organization = { id: 'center-c', kind: 'community_center', name: 'みなと地域包括支援センター', officeNumber: '0800000003', defaultInsurerNumber: '089999' };
const password = 'correct-password-123';

const secretClient = { id: 'c-secret', insurerNumber: '089999', insuredNumber: '0000077777', name: '秘密 トメ', nameKana: 'ヒミツ トメ' };
const centerClient = { id: 'c-center', insurerNumber: '089999', insuredNumber: '0000088888', name: '港 ハナ', nameKana: 'ミナト ハナ' };

const carePlan = (id: string, planDate: string, lines: Array<{ providerName: string; providerOfficeNumber: string; serviceTypeCode: string }>) => ({
  id,
  planDate,
  needs: [{ id: `${id}-n`, text: '自分で買い物に行きたい', assessmentItems: [], longTermGoals: [{ id: `${id}-l`, text: '近所の店まで歩く', shortTermGoals: [{ id: `${id}-s`, text: '週1回歩く', serviceLines: lines.map((l, i) => ({ id: `${id}-line-${i}`, kind: 'insured', insured: true, content: '支援', ...l })) }] }] }],
});

describe.each(storeBackends())('provider candidates (計画に記載された介護保険サービス事業所) on $name', (backend) => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  const caseFile = exemplaryCaseFile();

  beforeAll(async () => {
    store = await backend.open();
    for (const org of [insurer, farInsurer, office, center]) await store.createOrganization(org);
    const passwordHash = await hashPassword(password);
    const users = [
      { id: 'u-cm', organizationId: office.id, login: 'cm.a', displayName: '青木 花子', role: 'care_manager' },
      { id: 'u-admin', organizationId: office.id, login: 'admin.a', displayName: '鈴木 一子', role: 'office_admin' },
      { id: 'u-ins', organizationId: insurer.id, login: 'ins.x', displayName: '伊藤 誠', role: 'insurer_staff' },
      { id: 'u-ins-y', organizationId: farInsurer.id, login: 'ins.y', displayName: '木村 二郎', role: 'insurer_staff' },
      { id: 'u-center', organizationId: center.id, login: 'center.c', displayName: '高橋 さくら', role: 'center_staff' },
    ] as const;
    for (const user of users) await store.createUser({ ...user, passwordHash });
    // The office: the exemplary client (submitted for 点検 below) and one never shared.
    await storeCaseFile(store, office.id, caseFile, 'u-cm');
    await store.createClient(office.id, { ...secretClient, body: secretClient }, 'u-cm');
    await store.createDocument(office.id, { id: 'secret-plan', clientId: secretClient.id, kind: 'care_plan', body: carePlan('secret-plan', '2025-05-01', [{ providerName: 'ひみつ訪問介護', providerOfficeNumber: '0899000099', serviceTypeCode: '11' }]) }, 'u-cm');
    // The 包括: its own client, numbers written as vendors write them.
    await store.createClient(center.id, { ...centerClient, body: centerClient }, 'u-center');
    await store.createDocument(center.id, { id: 'center-plan', clientId: centerClient.id, kind: 'care_plan', body: carePlan('center-plan', '2025-04-01', [{ providerName: 'みなとヘルパー', providerOfficeNumber: '０８９９０００１１１', serviceTypeCode: '11' }]) }, 'u-center');
    await store.createDocument(
      center.id,
      { id: 'center-prevention', clientId: centerClient.id, kind: 'prevention_plan', body: { id: 'center-prevention', planDate: '2025-06-01', issues: [{ id: 'i1', supportRows: [{ id: 'r1', providerName: 'みなと元気教室', providerOfficeNumber: '0899-000-112', serviceTypeCode: 'A6' }] }] } },
      'u-center',
    );
    await store.createDocument(center.id, { id: 'center-usage', clientId: centerClient.id, kind: 'service_usage', body: { id: 'center-usage', month: '2025-06', lines: [{ id: 'u1', providerOfficeNumber: '0899000111', providerName: 'みなとヘルパー', serviceCode: 'A21111', plannedDays: [], actualDays: [] }] } }, 'u-center');
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
  const candidatesOf = async (agent: TestAgent): Promise<ProviderCandidatesAnswer> => {
    const res = await agent.request('GET', '/api/region/resources/provider-candidates');
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    return res.json as ProviderCandidatesAnswer;
  };
  const numbers = (answer: ProviderCandidatesAnswer) => answer.candidates.map((c) => c.officeNumber).sort();

  it('the 包括 sees the providers of its own plans and 利用票, numbers normalized, and nothing of the office', async () => {
    const answer = await candidatesOf(await signedIn('center.c'));
    expect(numbers(answer)).toEqual(['0899000111', '0899000112']);
    expect(answer.candidates.find((c) => c.officeNumber === '0899000111')).toMatchObject({ name: 'みなとヘルパー', plans: 1, usageSheets: 1, lastSeenOn: '2025-06-01', serviceTypes: [{ code: '11', name: '訪問介護' }, { code: 'A2', name: '訪問型サービス（独自）' }] });
    expect(answer.candidates.find((c) => c.officeNumber === '0899000112')).toMatchObject({ name: 'みなと元気教室', plans: 1, usageSheets: 0 });
    expect(answer.documentsRead).toBe(3);
    const text = JSON.stringify(answer);
    for (const secret of [centerClient.name, centerClient.nameKana, centerClient.insuredNumber, centerClient.id, 'center-plan']) expect(text).not.toContain(secret);
    const log = await store.listAccessLog(center.id);
    expect(log.some((e) => e.action === 'region.provider-candidates' && e.clientId === null)).toBe(true);
  });

  it('the insurer sees only plans shared for 点検 through a live grant, logged on both sides; another area sees none', async () => {
    expect(numbers(await candidatesOf(await signedIn('ins.x')))).toEqual([]);
    const cm = await signedIn('cm.a');
    const grant = await cm.request('POST', '/api/grants', {
      granteeOrganizationId: insurer.id,
      purpose: 'care_plan_inspection',
      reason: '令和7年度 ケアプラン点検の提出',
      validUntil: '2025-08-31',
      items: [
        { clientId: caseFile.client.id, documentId: caseFile.client.id },
        { clientId: caseFile.client.id, documentId: caseFile.carePlans[0]!.id },
      ],
    });
    expect(grant.status, JSON.stringify(grant.json)).toBe(201);
    const ins = await signedIn('ins.x');
    const answer = await candidatesOf(ins);
    // テスト通所リハ, テスト福祉用具, テスト薬局 of the submitted plan; never ひみつ訪問介護 nor the 包括's providers.
    expect(numbers(answer)).toEqual(['0899000016', '0899000017', '0899000031']);
    expect(answer.candidates[0]).toMatchObject({ officeNumber: '0899000016', name: 'テスト通所リハ', plans: 1 });
    const text = JSON.stringify(answer);
    for (const secret of [caseFile.client.name, caseFile.client.nameKana ?? '', caseFile.client.insuredNumber, caseFile.client.id, caseFile.carePlans[0]!.id, '長女']) expect(text).not.toContain(secret);
    expect((await store.listAccessLog(office.id)).some((e) => e.action === 'grant.read' && e.clientId === caseFile.client.id && (e.detail ?? '').includes('region.provider-candidates'))).toBe(true);
    expect((await store.listAccessLog(insurer.id)).some((e) => e.action === 'region.provider-candidates.grant')).toBe(true);
    expect(numbers(await candidatesOf(await signedIn('ins.y')))).toEqual([]);

    // Revoked: the plan is no longer read.
    expect((await cm.request('POST', `/api/grants/${grant.json.grant.id}/revoke`, { reason: 'テストのため' })).status).toBe(200);
    expect(numbers(await candidatesOf(ins))).toEqual([]);
  });

  it('refuses care managers and office admins', async () => {
    for (const login of ['cm.a', 'admin.a']) {
      const res = await (await signedIn(login)).request('GET', '/api/region/resources/provider-candidates');
      expect(res.status).toBe(403);
      expect(res.json.error.code).toBe('forbidden');
      expect(res.json.error.message).toContain('社会資源');
    }
    expect((await new TestAgent(app, password).request('GET', '/api/region/resources/provider-candidates')).status).toBe(401);
  });

  it('registering a candidate through the resource create route makes it disappear from the list', async () => {
    const centerAgent = await signedIn('center.c');
    const [first] = (await candidatesOf(centerAgent)).candidates.filter((c) => c.officeNumber === '0899000111');
    expect(first).toBeDefined();
    const created = await centerAgent.request('POST', '/api/records', {
      kind: 'region_resource',
      body: { name: first!.name, kind: 'insured_provider', area: '圏域未確認', officeNumber: '0899-000-111', tags: first!.tags, maintainer: center.name },
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    expect(created.json.record.body.officeNumber).toBe('0899000111');
    const after = await candidatesOf(centerAgent);
    expect(numbers(after)).toEqual(['0899000112']);
    expect(after.alreadyRegistered).toBe(1);
  });
});
