import { aCaseFile, anInsuredLine, tokyoDateOf, type Organization } from '@kizuki/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginThrottle } from '../auth/login-throttle.js';
import { hashPassword } from '../auth/password.js';
import { demoPassword } from '../demo/demo-organizations.js';
import { seedDemo } from '../demo/seed-demo.js';
import type { Store } from '../store/store.js';
import { storeBackends } from '../testing/store-backends.js';
import { TestAgent } from '../testing/test-agent.js';
import { createApp } from './app.js';

/** Fictional organizations and people only; the demo office is seeded beside them. */
const otherOffice: Organization = { id: 'office-other', kind: 'care_management_office', name: 'みどり居宅介護支援事業所', officeNumber: '0800000002', defaultInsurerNumber: '089902' };
const now = new Date('2026-07-10T01:00:00Z');
const today = tokyoDateOf(now);

describe.each(storeBackends())('office API on $name', (backend) => {
  let store: Store;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    store = await backend.open();
    await seedDemo(store, today);
    await store.createOrganization(otherOffice);
    const passwordHash = await hashPassword(demoPassword);
    await store.createUser({ id: 'u-other-admin', organizationId: otherOffice.id, login: 'admin.other', displayName: '緑川 一郎', role: 'office_admin', passwordHash });
    app = createApp({ store, now: () => now, throttle: new LoginThrottle(), trustProxy: true, version: 'test' });
  }, 60_000);
  afterAll(async () => {
    await store.close();
    await backend.cleanup();
  });

  async function signedIn(login: string): Promise<TestAgent> {
    const agent = new TestAgent(app, demoPassword);
    expect((await agent.login(login)).status).toBe(200);
    return agent;
  }

  it('shows the demo office meeting (Ⅱ) but not (Ⅰ), with the reasons', async () => {
    const admin = await signedIn('office.admin');
    const res = await admin.request('GET', '/api/office/month?month=2026-07');
    expect(res.status).toBe(200);
    const levels = Object.fromEntries((res.json.addition.levels as { level: string; met: boolean; failing: string[] }[]).map((l) => [l.level, l]));
    expect(res.json.addition.best).toBe('II');
    expect(levels.I?.met).toBe(false);
    expect(levels.I?.failing).toContain('chief');
    expect(levels.II?.failing).toEqual([]);
    expect(res.json.caseload.careManagers.map((m: { name: string }) => m.name)).toEqual(['鈴木 由美', '佐藤 みのり', '田中 健太', '山本 直子']);
    expect(res.json.caseload.total.care).toBeGreaterThan(0);
  });

  it('shows the concentrated provider, the deadline of the 判定書 and what is due', async () => {
    const cm = await signedIn('cm.sato');
    const res = await cm.request('GET', '/api/office/concentration?period=2026-03-01');
    expect(res.status).toBe(200);
    expect(res.json.report.deadline).toBe('2026-09-15');
    const home = res.json.report.services.find((s: { serviceCode: string }) => s.serviceCode === '11');
    // Over 80% by 法人 (two 事業所, neither over 80% alone) with the demo's 正当な理由 recorded for this period; 福祉用具貸与 just under 80%.
    expect(home).toMatchObject({ planCount: 8, topShare: 0.875, outcome: 'justified', reason: { reason: 'few_providers' } });
    expect(home.providers.map((p: { officeNumber: string; planCount: number }) => [p.officeNumber, p.planCount])).toEqual([
      ['0879910011', 5],
      ['0879910111', 2],
      ['0879910012', 1],
    ]);
    expect(home.corporations[0]).toMatchObject({ name: '社会福祉法人 あおぞら福祉会（デモ）', address: '架空県架空市そよかぜ町2-4-6', recorded: true, planCount: 7, share: 0.875 });
    expect(home.corporations[0].offices.map((o: { name: string }) => o.name)).toEqual(['あおぞらヘルパーステーション（0879910011）', 'あおぞらヘルパーステーション北（0879910111）']);
    expect(res.json.report.unrecordedProviders.map((p: { officeNumber: string; serviceCodes: string[] }) => [p.officeNumber, p.serviceCodes])).toEqual([
      ['0879910012', ['11']],
      ['0879910015', ['15']],
      ['0879910078', ['78']],
      ['0879910018', ['17']],
    ]);
    const equipment = res.json.report.services.find((s: { serviceCode: string }) => s.serviceCode === '17');
    expect(equipment).toMatchObject({ planCount: 9, outcome: 'below', near: true });
    expect(equipment.providers.map((p: { officeNumber: string; planCount: number }) => [p.officeNumber, p.planCount])).toEqual([
      ['0879910017', 7],
      ['0879910018', 2],
    ]);
    expect(res.json.report.totalPlans).toBe(14);
    expect(res.json.report.mustSubmit).toBe(true);
    expect(res.json.report.reduced).toBe(false);
    const due = await cm.request('GET', '/api/office/due');
    expect(due.json.trainings.find((t: { topic: string }) => t.topic === 'bcp_drill').overdue).toBe(true);
    expect(due.json.bcp).toEqual([{ type: 'disaster', missingSections: [] }]);
    expect(due.json.newHires).toEqual([expect.objectContaining({ name: '小林 さやか', dueOn: '2026-07-20', overdue: false })]);
    expect(due.json.bcpReviews).toEqual([expect.objectContaining({ type: 'infection', lastOn: '2025-11-10', dueOn: '2026-11-10', reviewed: true, overdue: false })]);
  });

  it('answers bad input with a Japanese error and a code', async () => {
    const admin = await signedIn('office.admin');
    const month = await admin.request('GET', '/api/office/month?month=2026-13');
    expect(month.status).toBe(400);
    expect(month.json.error.message).toContain('YYYY-MM');
    const period = await admin.request('GET', '/api/office/concentration?period=2026-04-01');
    expect(period.status).toBe(400);
    const staff = await admin.request('POST', '/api/records', { kind: 'staff_member', body: { name: '架空 太郎', qualification: 'chief_care_manager', employment: 'full_time', dedication: 'dedicated', weeklyHours: 40, hiredOn: '2026-01-01' } });
    expect(staff.status).toBe(400);
    expect(staff.json.error.code).toBe('validation_failed');
    expect(staff.json.error.message).toContain('主任介護支援専門員の更新期限');
    const reason = await admin.request('POST', '/api/records', { kind: 'concentration_reason', body: { periodStart: '2026-03-01', serviceCode: '13', reason: 'other', explanation: '説明', evidence: '資料' } });
    expect(reason.status).toBe(400);
    expect(reason.json.error.message).toContain('集中減算の対象ではありません');
    const foreignUser = await admin.request('POST', '/api/records', { kind: 'staff_member', body: { name: '架空 次郎', userId: 'u-other-admin', qualification: 'care_manager', employment: 'full_time', dedication: 'dedicated', weeklyHours: 40, cardValidUntil: '2030-01-01', hiredOn: '2026-01-01' } });
    expect(foreignUser.status).toBe(400);
    expect(await store.listRecords({ tenantId: 'demo-office' }, { kind: 'staff_member', scope: 'own' })).toHaveLength(6);
  });

  it('lets only the office admin write the admin kinds; a care manager records a training', async () => {
    const cm = await signedIn('cm.sato');
    const staff = await cm.request('POST', '/api/records', { kind: 'staff_member', body: { name: '架空 太郎', qualification: 'care_manager', employment: 'full_time', dedication: 'dedicated', weeklyHours: 40, cardValidUntil: '2030-01-01', hiredOn: '2026-01-01' } });
    expect(staff.status).toBe(403);
    const reason = await cm.request('POST', '/api/records', { kind: 'concentration_reason', body: { periodStart: '2026-03-01', serviceCode: '11', reason: 'quality_choice', explanation: '説明', evidence: '資料' } });
    expect(reason.status).toBe(403);
    const rights = await cm.request('POST', '/api/records', { kind: 'rights_protection_record', body: { type: 'committee', date: '2026-07-01', title: '委員会' } });
    expect(rights.status).toBe(403);
    const supervision = await cm.request('POST', '/api/records', { kind: 'supervision_record', body: { date: '2026-07-01', supervisor: '鈴木 由美', supervisee: '佐藤 みのり', method: 'individual', theme: '振り返り' } });
    expect(supervision.status).toBe(201);
    const template = await cm.request('GET', '/api/office/quality-template');
    expect(template.json.packId).toBe('hitachi');
    expect(template.json.items.length).toBeGreaterThan(0);
    const training = await cm.request('POST', '/api/records', { kind: 'training_record', body: { topic: 'bcp_drill', date: '2026-07-09', title: '安否確認訓練', method: 'practical', participants: '佐藤' } });
    expect(training.status).toBe(201);
    const due = await cm.request('GET', '/api/office/due');
    const drill = due.json.trainings.find((t: { topic: string }) => t.topic === 'bcp_drill');
    expect(drill).toMatchObject({ lastDate: '2026-07-09', dueOn: '2027-07-09', overdue: false });
  });

  it('keeps the office records in their tenant: another office gets 404 and sees its own empty figures', async () => {
    const admin = await signedIn('office.admin');
    const list = await admin.request('GET', '/api/records?kind=staff_member&scope=own');
    const id = list.json.records[0].id as string;
    const other = await signedIn('admin.other');
    expect((await other.request('GET', `/api/records/${id}`)).status).toBe(404);
    expect((await other.request('PUT', `/api/records/${id}`, { baseRevision: 1, body: list.json.records[0].body })).status).toBe(404);
    expect((await other.request('GET', '/api/records?kind=staff_member')).json.records).toEqual([]);
    const month = await other.request('GET', '/api/office/month?month=2026-07');
    expect(month.status).toBe(200);
    expect(month.json.caseload.careManagers).toEqual([]);
    expect(month.json.addition.best).toBeUndefined();
  });

  it('records the 法人 of a provider: office admin only, 法人番号 checked, one per 事業所番号, and the 判定書 groups by it', async () => {
    const admin = await signedIn('office.admin');
    const before = await store.listRecords({ tenantId: 'demo-office' }, { kind: 'provider_corporation', scope: 'own' });
    const body = { providerOfficeNumber: '0879910018', providerName: 'かえで福祉用具', corporationName: '株式会社ささえ（デモ）', corporationNumber: '8123456789012', source: '法人番号公表サイト', confirmedOn: '2026-07-01' };
    const bad = await admin.request('POST', '/api/records', { kind: 'provider_corporation', body });
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe('validation_failed');
    expect(bad.json.error.details.issues).toEqual([expect.objectContaining({ path: 'body.corporationNumber', message: expect.stringContaining('法人番号の検査用数字') })]);
    const own = await admin.request('POST', '/api/records', { kind: 'provider_corporation', body: { ...body, corporationNumber: undefined, providerOfficeNumber: '0879900001' } });
    expect(own.status).toBe(400);
    expect(own.json.error.message).toContain('この居宅介護支援事業所の番号');
    expect(await store.listRecords({ tenantId: 'demo-office' }, { kind: 'provider_corporation', scope: 'own' })).toHaveLength(before.length);
    const cm = await signedIn('cm.sato');
    expect((await cm.request('POST', '/api/records', { kind: 'provider_corporation', body: { ...body, corporationNumber: undefined } })).status).toBe(403);

    // かえで joins ささえ's 法人: 福祉用具貸与 goes from 7 of 9 to 9 of 9 (over 80% on 9 plans: 正当な理由④).
    const created = await admin.request('POST', '/api/records', { kind: 'provider_corporation', body: { ...body, corporationNumber: undefined } });
    expect(created.status).toBe(201);
    const again = await admin.request('POST', '/api/records', { kind: 'provider_corporation', body: { ...body, corporationNumber: undefined, corporationName: '別の法人' } });
    expect(again.status).toBe(409);
    const equipment = async () => ((await cm.request('GET', '/api/office/concentration?period=2026-03-01')).json.report as { services: { serviceCode: string }[]; unrecordedProviders: { officeNumber: string }[] });
    const grouped = await equipment();
    expect(grouped.services.find((s) => s.serviceCode === '17')).toMatchObject({ topShare: 1, outcome: 'exempt', corporations: [{ name: '株式会社ささえ（デモ）', planCount: 9, offices: [{ planCount: 7 }, { planCount: 2 }] }] });
    expect(grouped.unrecordedProviders.map((p) => p.officeNumber)).not.toContain('0879910018');
    // Edited to another 法人: back to 7 of 9, near 80%; the care manager reads the records.
    const edited = await admin.request('PUT', `/api/records/${created.json.record.id as string}`, { baseRevision: 1, body: { ...body, corporationNumber: undefined, corporationName: '株式会社かえで（デモ）' } });
    expect(edited.status).toBe(200);
    expect((await equipment()).services.find((s) => s.serviceCode === '17')).toMatchObject({ near: true, outcome: 'below', corporations: [{ planCount: 7 }, { name: '株式会社かえで（デモ）', planCount: 2 }] });
    expect((await cm.request('GET', '/api/records?kind=provider_corporation&scope=own')).json.records).toHaveLength(before.length + 1);
  });

  it('audits case-file exports by 法人 for the office that recorded the 法人, by 事業所 elsewhere', async () => {
    const provider = (n: number) => (n < 6 ? { providerOfficeNumber: '0879910011', providerName: 'あおぞらヘルパーステーション' } : n < 10 ? { providerOfficeNumber: '0879910111', providerName: 'あおぞらヘルパーステーション北' } : { providerOfficeNumber: '0879910012', providerName: 'ひなた訪問介護事業所' });
    const caseFiles = Array.from({ length: 12 }, (_, n) =>
      aCaseFile()
        .withClient({ id: `audit-${n}`, name: `架空 監査${n}`, insuredNumber: String(7000000000 + n) })
        .withPlan({ id: `audit-plan-${n}`, status: 'active', planDate: '2026-04-01', consent: { date: '2026-04-01' } })
        .withNeed('家事の手助けがほしい', { lines: [anInsuredLine({ serviceTypeCode: '11', serviceTypeName: '訪問介護', ...provider(n) })] })
        .build(),
    );
    const concentration = (report: { office: { ruleId: string; message: string }[] }) => report.office.filter((f) => f.ruleId === 'office.provider-concentration').map((f) => f.message);
    const own = await (await signedIn('office.admin')).request('POST', '/api/audit', { caseFiles, policy: 'national', asOf: '2026-07-10' });
    expect(own.status).toBe(200);
    expect(concentration(own.json)).toEqual([expect.stringContaining('計画12件のうち10件（83.3%）が法人「社会福祉法人 あおぞら福祉会（デモ）」')]);
    const other = await (await signedIn('admin.other')).request('POST', '/api/audit', { caseFiles, policy: 'national', asOf: '2026-07-10' });
    expect(other.status).toBe(200);
    expect(concentration(other.json)).toEqual([]);
  });

  it.each(['staff_member', 'office_profile', 'office_activity', 'concentration_reason', 'provider_corporation', 'partner_agreement', 'training_record', 'bcp_document', 'supervision_record', 'quality_self_evaluation', 'rights_protection_record'])(
    'keeps every %s in its tenant: another office can neither read, list, see the versions of nor save it',
    async (kind) => {
      const admin = await signedIn('office.admin');
      const own = (await admin.request('GET', `/api/records?kind=${kind}&scope=own`)).json.records as { id: string; revision: number; body: unknown }[];
      expect(own.length).toBeGreaterThan(0);
      const record = own[0]!;
      const other = await signedIn('admin.other');
      expect((await other.request('GET', `/api/records/${record.id}`)).status).toBe(404);
      expect((await other.request('GET', `/api/records/${record.id}/revisions`)).status).toBe(404);
      expect((await other.request('PUT', `/api/records/${record.id}`, { baseRevision: record.revision, body: record.body })).status).toBe(404);
      const listed = (await other.request('GET', `/api/records?kind=${kind}`)).json.records as { id: string }[];
      expect(listed.map((r) => r.id)).not.toContain(record.id);
      expect((await store.readRecord({ tenantId: 'demo-office' }, record.id))?.revision).toBe(record.revision);
    },
  );

  it('lists the clients for 安否確認 by priority, logs each read and shows another office only its own', async () => {
    const cm = await signedIn('cm.sato');
    const res = await cm.request('GET', '/api/office/emergency-list');
    expect(res.status).toBe(200);
    const entries = res.json.entries as { clientId: string; priority: number }[];
    expect(entries.length).toBe((await store.listClients('demo-office')).length);
    expect(entries.map((e) => e.priority)).toEqual([...entries.map((e) => e.priority)].sort((a, b) => b - a));
    const log = await store.listAccessLog('demo-office', {});
    expect(log.filter((l) => l.action === 'office.emergency-list.read').length).toBeGreaterThanOrEqual(entries.length);
    const other = await signedIn('admin.other');
    expect((await other.request('GET', '/api/office/emergency-list')).json.entries).toEqual([]);
  });

  it('lists the plans to notify to the municipality from the month 利用票, only for the own office', async () => {
    const admin = await signedIn('office.admin');
    const res = await admin.request('GET', '/api/office/notifications?month=2026-07');
    expect(res.status).toBe(200);
    expect(res.json.report.deadline).toBe('2026-08-31');
    const takada = res.json.report.livingSupport.find((e: { name: string }) => e.name === '高田 キヨ');
    // 生活援助 31 mornings + 月・水・金 14 evenings in July 2026, against 34 for 要介護2; no 算定理由 in 第1表.
    expect(takada).toMatchObject({ careLevel: '要介護2', threshold: 34, planned: 45, mustNotify: true });
    expect(takada.reason).toBeUndefined();
    expect(takada.planLines.length).toBeGreaterThan(0);
    expect(res.json.report.withoutUsage.length).toBeGreaterThan(0);
    expect(res.json.report.officeShare.plans).toBeGreaterThan(0);
    const cm = await signedIn('cm.sato');
    expect((await cm.request('GET', '/api/office/notifications')).status).toBe(200);
    const log = await store.listAccessLog('demo-office', {});
    expect(log.some((l) => l.action === 'office.notifications.read' && l.detail === '2026-07')).toBe(true);
    const other = await signedIn('admin.other');
    const foreign = await other.request('GET', '/api/office/notifications?month=2026-07');
    expect(foreign.status).toBe(200);
    expect(foreign.json.report).toMatchObject({ livingSupport: [], withoutUsage: [], officeShare: { plans: 0, notifyOnRequest: false } });
    for (const bad of ['2026-7', '2026-13', 'july']) {
      const res400 = await admin.request('GET', `/api/office/notifications?month=${bad}`);
      expect(res400.status).toBe(400);
      expect(res400.json.error.code).toBe('validation_failed');
      expect(res400.json.error.message).toContain('YYYY-MM');
    }
    const center = await signedIn('center.staff');
    expect((await center.request('GET', '/api/office/notifications')).status).toBe(403);
  });

  it('keeps the (A) partner agreement: checked input, admin only, in its tenant, read by the month view', async () => {
    const admin = await signedIn('office.admin');
    const agreement = { partnerName: '架空居宅介護支援センター', partnerOfficeNumber: '0800000099', agreedOn: '2026-04-01', requirements: ['r4', 'r6', 'r11', 'r12'], shared: '当番表と研修計画' };
    const before = (await store.listRecords({ tenantId: 'demo-office' }, { kind: 'partner_agreement', scope: 'own' })).length;
    const empty = await admin.request('POST', '/api/records', { kind: 'partner_agreement', body: { ...agreement, requirements: [] } });
    expect(empty.status).toBe(400);
    expect(empty.json.error).toMatchObject({ code: 'validation_failed' });
    expect(empty.json.error.message).toContain('連携で満たす要件を1つ以上選んでください');
    const self = await admin.request('POST', '/api/records', { kind: 'partner_agreement', body: { ...agreement, partnerOfficeNumber: '0879900001' } });
    expect(self.status).toBe(400);
    expect(self.json.error.message).toContain('この事業所の番号と同じです');
    expect(await store.listRecords({ tenantId: 'demo-office' }, { kind: 'partner_agreement', scope: 'own' })).toHaveLength(before);
    const cm = await signedIn('cm.sato');
    expect((await cm.request('POST', '/api/records', { kind: 'partner_agreement', body: agreement })).status).toBe(403);
    const created = await admin.request('POST', '/api/records', { kind: 'partner_agreement', body: agreement });
    expect(created.status).toBe(201);
    const other = await signedIn('admin.other');
    expect((await other.request('GET', `/api/records/${created.json.record.id}`)).status).toBe(404);
    expect((await other.request('GET', '/api/records?kind=partner_agreement')).json.records).toEqual([]);
    // The demo office meets イ(4) on its own: the partner is not needed for any level.
    const month = await admin.request('GET', '/api/office/month?month=2026-07');
    expect(month.json.addition.requirements.find((r: { id: string }) => r.id === 'r4').metFor).toEqual(['I', 'II', 'III', 'A']);
    // Another office with the same agreement and nothing of its own meets none of them except through it.
    const foreign = await other.request('POST', '/api/records', { kind: 'partner_agreement', body: agreement });
    expect(foreign.status).toBe(201);
    const foreignMonth = await other.request('GET', '/api/office/month?month=2026-07');
    const r4 = foreignMonth.json.addition.requirements.find((r: { id: string }) => r.id === 'r4');
    expect(r4).toMatchObject({ met: true, metFor: ['A'] });
    expect(r4.detail).toContain('架空居宅介護支援センター');
  });

  it('answers a stale staff save with 409 and keeps the first save', async () => {
    const admin = await signedIn('office.admin');
    const list = await admin.request('GET', '/api/records?kind=staff_member&scope=own');
    const record = (list.json.records as { id: string; revision: number; body: { name: string; weeklyHours: number } }[]).find((r) => r.body.name === '山本 直子')!;
    const first = await admin.request('PUT', `/api/records/${record.id}`, { baseRevision: record.revision, body: { ...record.body, weeklyHours: 32 } });
    expect(first.status).toBe(200);
    const stale = await admin.request('PUT', `/api/records/${record.id}`, { baseRevision: record.revision, body: { ...record.body, weeklyHours: 36 } });
    expect(stale.status).toBe(409);
    expect(stale.json.error.code).toBe('conflict');
    expect(stale.json.error.message).toContain('他の人が先に保存しました');
    const current = await store.readRecord({ tenantId: 'demo-office' }, record.id);
    expect(current).toMatchObject({ revision: record.revision + 1, body: { weeklyHours: 32 } });
  });

  it('marks the 採用時研修 done when a new-hire training names the person; refuses staff of no register', async () => {
    const admin = await signedIn('office.admin');
    const staff = (await admin.request('GET', '/api/records?kind=staff_member&scope=own')).json.records as { id: string; body: { name: string } }[];
    const kobayashi = staff.find((s) => s.body.name === '小林 さやか')!;
    const unknown = await admin.request('POST', '/api/records', { kind: 'training_record', body: { topic: 'new_hire', date: '2026-07-08', title: '採用時研修', participants: '小林', staffIds: ['no-such-staff'] } });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.message).toContain('職員名簿にない職員');
    const done = await admin.request('POST', '/api/records', { kind: 'training_record', body: { topic: 'new_hire', date: '2026-07-08', title: '採用時研修（虐待防止・感染症・BCP）', method: 'lecture', participants: '小林 さやか', staffIds: [kobayashi.id] } });
    expect(done.status).toBe(201);
    const due = await admin.request('GET', '/api/office/due');
    expect(due.json.newHires).toEqual([expect.objectContaining({ staffId: kobayashi.id, doneOn: '2026-07-08', overdue: false })]);
  });

  it('refuses other organizations and roles', async () => {
    const center = await signedIn('center.staff');
    expect((await center.request('GET', '/api/office/month')).status).toBe(403);
    const insurer = await signedIn('insurer.hitachi');
    expect((await insurer.request('GET', '/api/office/due')).status).toBe(403);
    const anonymous = new TestAgent(app, demoPassword);
    expect((await anonymous.request('GET', '/api/office/due')).status).toBe(401);
  });
});
