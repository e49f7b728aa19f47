import { csvBadInputCorpus, csvCarePlanSample, csvUsageResultSample, csvUsageSample, decodeMs932, encodeMs932, exportUsageCsv, csvPreventionSample, exportCarePlanCsv, exportPreventionPlanCsv, validateDocument, type Organization } from '@kizuki/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../services/context.js';
import type { Store } from '../store/store.js';
import { storeBackends } from '../testing/store-backends.js';
import { storeCaseFile } from '../demo/seed-demo.js';
import { importCsv } from './csv-import.service.js';

const office: Organization = { id: 'office-csv', kind: 'care_management_office', name: 'テスト居宅', officeNumber: '0899000043' };
const other: Organization = { id: 'office-other', kind: 'care_management_office', name: '別の居宅', officeNumber: '0899000044' };
const actorOf = (org: Organization): Actor => ({ user: { id: `u-${org.id}`, organizationId: org.id, login: `cm.${org.id}`, displayName: '架空 一郎', role: 'care_manager', disabled: false }, organization: org, tenantId: org.id });
const sender = { officeNumber: '0899000043', serviceType: '43' };
const destination = { officeNumber: '0899000017', serviceType: '17' };

function carePlanFiles(timestamp = '20250501093000', caseFile = csvCarePlanSample()) {
  return exportCarePlanCsv([caseFile], { sender, destination, timestamp }).files;
}

describe.each(storeBackends())('CSV import into the store on $name', (backend) => {
  let store: Store;
  const deps = () => ({ store, now: () => new Date('2025-05-02T00:00:00Z') });

  beforeAll(async () => {
    store = await backend.open();
    await store.createOrganization(office);
    await store.createOrganization(other);
  });
  afterAll(async () => {
    await store.close();
    await backend.cleanup();
  });

  /** Every client of a tenant with its documents and revision numbers: what "nothing changed" compares. */
  async function snapshot(tenantId: string) {
    const clients = await store.listClients(tenantId);
    return Promise.all(clients.map(async (c) => ({ c: c.id, docs: (await store.listDocuments(tenantId, c.id)).map((d) => [d.kind, d.id, d.revision]) })));
  }

  it('creates the client, the certification and the plan, equal to what was exported', async () => {
    const summary = await importCsv(deps(), actorOf(office), { files: carePlanFiles() });
    expect(summary.totals).toMatchObject({ units: 1, accepted: 1, rejected: 0, clientsCreated: 1, plansCreated: 1, errors: 0, warnings: 1 });
    const [client] = await store.listClients(office.id);
    expect(client).toMatchObject({ insurerNumber: '089999', insuredNumber: '0000054321', name: '架空 花子' });
    const docs = await store.listDocuments(office.id, client!.id);
    expect(docs.map((d) => d.kind)).toEqual(['client', 'certification', 'care_plan']);
    const plan = validateDocument('care_plan', docs[2]!.body);
    const sample = csvCarePlanSample().carePlans[0]!;
    expect({ ...plan, id: sample.id, certificationId: sample.certificationId }).toEqual(sample);
    expect(plan.certificationId).toBe(docs[1]!.id);
    expect(summary.units[0]?.plans).toEqual([{ clientId: client!.id, documentId: docs[2]!.id, kind: 'care_plan', planDate: '2025-05-01', action: 'created' }]);
  });

  it('changes nothing when the same files come again', async () => {
    const before = await snapshot(office.id);
    const log = (await store.listAccessLog(office.id)).length;
    const summary = await importCsv(deps(), actorOf(office), { files: carePlanFiles('20250501100000') });
    expect(summary.totals).toMatchObject({ accepted: 1, clientsCreated: 0, clientsUpdated: 0, plansCreated: 0, plansUpdated: 0, plansUnchanged: 1 });
    expect(await snapshot(office.id)).toEqual(before);
    expect((await store.listAccessLog(office.id)).length).toBe(log);
  });

  it('appends a plan revision when the plan changed, keeping what the CSV does not carry', async () => {
    const [client] = await store.listClients(office.id);
    const planDoc = (await store.listDocuments(office.id, client!.id, 'care_plan'))[0]!;
    const withConsent = { ...validateDocument('care_plan', planDoc.body), consent: { date: '2025-04-30', by: '架空 花子' } };
    await store.updateDocument(office.id, planDoc.id, planDoc.revision, withConsent, 'u-office-csv');
    const changed = csvCarePlanSample();
    changed.carePlans[0]!.overallPolicy = '方針を見直しました。';
    const summary = await importCsv(deps(), actorOf(office), { files: carePlanFiles('20250601090000', changed) });
    expect(summary.units[0]?.plans[0]).toMatchObject({ documentId: planDoc.id, action: 'updated' });
    const revised = await store.getDocument(office.id, planDoc.id);
    expect(revised?.revision).toBe(planDoc.revision + 2);
    expect(revised?.body).toMatchObject({ overallPolicy: '方針を見直しました。', consent: { date: '2025-04-30', by: '架空 花子' } });
    expect(await store.listClients(office.id)).toHaveLength(1);
  });

  it('matches an existing client by 保険者番号 + 被保険者番号 and keeps its family', async () => {
    const existing = csvPreventionSample().client;
    await store.createClient(other.id, { id: 'c-existing', insurerNumber: existing.insurerNumber, insuredNumber: existing.insuredNumber, name: '旧姓 次郎', nameKana: 'キュウセイ ジロウ', body: { ...existing, id: 'c-existing', name: '旧姓 次郎', nameKana: 'キュウセイ ジロウ', familyMembers: [{ id: 'f', name: '架空 三恵', relationship: '妻', canHelp: true }] } }, 'seed');
    const files = exportPreventionPlanCsv([csvPreventionSample()], { sender: { officeNumber: '0899000046', serviceType: '46' }, destination: { officeNumber: '0899000066', serviceType: '66' }, timestamp: '20250601090000', onlyRelatedClients: false }).files;
    const summary = await importCsv(deps(), actorOf(other), { files });
    expect(summary.units[0]?.clients).toEqual([{ clientId: 'c-existing', insurerNumber: '089999', insuredNumber: '0000067890', name: '架空 次郎', action: 'updated' }]);
    const client = await store.getDocument(other.id, 'c-existing');
    expect(client?.body).toMatchObject({ name: '架空 次郎', familyMembers: [{ name: '架空 三恵', canHelp: true }] });
    expect((await store.listDocuments(other.id, 'c-existing', 'prevention_plan')).length).toBe(1);
    const before = await snapshot(other.id);
    const again = await importCsv(deps(), actorOf(other), { files });
    expect(again.totals).toMatchObject({ clientsUpdated: 0, plansCreated: 0, plansUpdated: 0, plansUnchanged: 1 });
    expect(await snapshot(other.id)).toEqual(before);
  });

  it.each(csvBadInputCorpus.map((c) => [c.label, c] as const))('saves nothing for bad input: %s', async (_label, bad) => {
    const tenant: Organization = { id: `bad-${bad.label}`, kind: 'care_management_office', name: '空の居宅', officeNumber: '0899000045' };
    await store.createOrganization(tenant);
    const summary = await importCsv(deps(), actorOf(tenant), { files: bad.spoil(carePlanFiles()) });
    expect(summary.totals).toMatchObject({ accepted: 0, rejected: 1 });
    expect(summary.units[0]?.issues.some((i) => i.severity === 'error' && i.message.includes(bad.message))).toBe(true);
    expect(await store.listClients(tenant.id)).toEqual([]);
  });

  it('undoes the clients already stored when a later client of the unit is wrong', async () => {
    const tenant: Organization = { id: 'late-error', kind: 'care_management_office', name: '後の利用者で失敗する居宅', officeNumber: '0899000048' };
    await store.createOrganization(tenant);
    const clients = ['0000054321', '0000054322', '0000054399'].map((insuredNumber) => {
      const sample = csvCarePlanSample();
      return { ...sample, client: { ...sample.client, insuredNumber } };
    });
    const files = exportCarePlanCsv(clients, { sender, destination, timestamp: '20250501093000' }).files.map((file) => {
      if (!file.name.startsWith('UP2KYO')) return file;
      // The last client's 第2表 rows point at a 第1表 of another day: stored clients come first.
      const text = decodeMs932(file.bytes)
        .split('\r\n')
        .map((line) => (line.includes('0000054399') ? line.replaceAll('20250501', '20250502') : line))
        .join('\r\n');
      return { name: file.name, bytes: encodeMs932(text) };
    });
    const summary = await importCsv(deps(), actorOf(tenant), { files });
    expect(summary.totals).toMatchObject({ accepted: 0, rejected: 1, clientsCreated: 0, plansCreated: 0 });
    const errors = summary.units[0]?.issues.filter((i) => i.severity === 'error') ?? [];
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((i) => i.message.includes('対応する第1表（UP1KYO）がありません') && i.message.includes('089999・0000054399・20250502'))).toBe(true);
    expect(await store.listClients(tenant.id)).toEqual([]);
    expect(await store.listAccessLog(tenant.id)).toEqual([]);
    // The same unit without the broken client stores both others.
    const good = exportCarePlanCsv(clients.slice(0, 2), { sender, destination, timestamp: '20250501093000' }).files;
    expect((await importCsv(deps(), actorOf(tenant), { files: good })).totals).toMatchObject({ accepted: 1, clientsCreated: 2, plansCreated: 2 });
  });

  it('stores the サービス利用票 of a month from 第6表/第7表, keeps its 実績 on re-import and changes nothing the second time', async () => {
    const tenant: Organization = { id: 'usage-import', kind: 'care_management_office', name: '利用票を受け取る居宅', officeNumber: '0899000049' };
    await store.createOrganization(tenant);
    const month = { sender, destination: { officeNumber: '0899000015', serviceType: '15' }, month: '2025-05' };
    const first = await importCsv(deps(), actorOf(tenant), { files: exportUsageCsv([csvUsageSample()], { ...month, timestamp: '20250501093000' }).files });
    expect(first.totals).toMatchObject({ accepted: 1, clientsCreated: 1, plansCreated: 1, errors: 0 });
    expect(first.units[0]?.plans[0]).toMatchObject({ kind: 'service_usage', planDate: '2025-05', action: 'created' });
    const [client] = await store.listClients(tenant.id);
    const [doc] = await store.listDocuments(tenant.id, client!.id, 'service_usage');
    const stored = validateDocument('service_usage', doc!.body);
    expect(stored.lines.map((l) => [l.serviceCode, l.plannedDays.length])).toEqual(csvUsageSample().serviceUsages[0]!.lines.map((l) => [l.serviceCode, l.plannedDays.length]));
    // The care manager records 実績 and names a service; then the 予定 changes at the sender.
    const withActual = { ...stored, lines: stored.lines.map((l, i) => (i === 0 ? { ...l, serviceName: '生活援助3', actualDays: [7, 14] } : l)) };
    await store.updateDocument(tenant.id, doc!.id, doc!.revision, withActual, 'u');
    const again = await importCsv(deps(), actorOf(tenant), { files: exportUsageCsv([csvUsageSample()], { ...month, timestamp: '20250501100000' }).files });
    expect(again.totals).toMatchObject({ accepted: 1, plansUnchanged: 1, plansUpdated: 0 });
    const sample = csvUsageSample();
    const usage = sample.serviceUsages[0]!;
    const changed = { ...sample, serviceUsages: [{ ...usage, lines: usage.lines.map((l, i) => (i === 0 ? { ...l, plannedDays: [7, 14, 21] } : l)) }] };
    const third = await importCsv(deps(), actorOf(tenant), { files: exportUsageCsv([changed], { ...month, timestamp: '20250502090000' }).files });
    expect(third.totals).toMatchObject({ accepted: 1, plansUpdated: 1 });
    const revised = validateDocument('service_usage', (await store.listDocuments(tenant.id, client!.id, 'service_usage'))[0]!.body);
    expect(revised.lines[0]).toMatchObject({ id: stored.lines[0]!.id, serviceName: '生活援助3', plannedDays: [7, 14, 21], actualDays: [7, 14] });
  });

  it('records a provider’s 実績 (UPJSK) on the month’s 利用票, once; 実績 for an unknown client is refused whole', async () => {
    const tenant: Organization = { id: 'usage-results', kind: 'care_management_office', name: '実績を受け取る居宅', officeNumber: '0899000050' };
    await store.createOrganization(tenant);
    const unknown = await importCsv(deps(), actorOf(tenant), { files: [csvUsageResultSample()] });
    expect(unknown.totals).toMatchObject({ accepted: 0, rejected: 1, plansCreated: 0 });
    expect(unknown.units[0]?.issues.find((i) => i.severity === 'error')?.message).toContain('被保険者番号 0000054321 の利用者が登録されていないため、実績を記録できません');
    expect(await store.listClients(tenant.id)).toEqual([]);

    const month = { sender, destination: { officeNumber: '0899000015', serviceType: '15' }, month: '2025-05', timestamp: '20250501093000' };
    await importCsv(deps(), actorOf(tenant), { files: exportUsageCsv([csvUsageSample()], month).files });
    const results = await importCsv(deps(), actorOf(tenant), { files: [csvUsageResultSample()] });
    expect(results.totals).toMatchObject({ accepted: 1, plansUpdated: 1, errors: 0 });
    expect(results.units[0]?.plans[0]).toMatchObject({ kind: 'service_usage', planDate: '2025-05', action: 'updated' });
    const [client] = await store.listClients(tenant.id);
    const usage = validateDocument('service_usage', (await store.listDocuments(tenant.id, client!.id, 'service_usage'))[0]!.body);
    expect(usage.lines.map((l) => [l.providerOfficeNumber, l.serviceCode, l.actualDays])).toEqual([
      ['0899000011', '118211', []],
      ['0899000015', '151311', [1, 5, 8, 15, 19, 22, 26, 29]],
      ['0899000015', '155010', [1, 5, 8, 15, 19, 22, 26, 29]],
      ['0899000017', '171007', []],
      ['0899000017', '171007', []],
      ['0899000011', '116275', []],
    ]);
    expect(usage.lines[1]?.plannedDays).toContain(12);
    const again = await importCsv(deps(), actorOf(tenant), { files: [csvUsageResultSample('20250601100000')] });
    expect(again.totals).toMatchObject({ accepted: 1, plansUnchanged: 1, plansUpdated: 0 });
  });

  it('changes nothing when a client’s own export comes back, though MS932 could not hold 𠮷 or 〜', async () => {
    const tenant: Organization = { id: 'own-export', kind: 'care_management_office', name: '自分の出力を取り込む居宅', officeNumber: '0899000051' };
    await store.createOrganization(tenant);
    const sample = csvCarePlanSample();
    const caseFile = { ...sample, client: { ...sample.client, name: '𠮷田 花子' }, carePlans: sample.carePlans.map((p) => ({ ...p, overallPolicy: '週2〜3回の通所で体力を保つ' })) };
    await storeCaseFile(store, tenant.id, caseFile);
    const exported = exportCarePlanCsv([caseFile], { sender, destination, timestamp: '20250501093000' });
    expect(exported.conversions.map((c) => [c.original, c.replacement])).toEqual(expect.arrayContaining([['𠮷', '吉'], ['〜', '～']]));
    const before = await snapshot(tenant.id);
    const summary = await importCsv(deps(), actorOf(tenant), { files: exported.files });
    expect(summary.totals).toMatchObject({ accepted: 1, clientsUpdated: 0, plansUpdated: 0, plansUnchanged: 1 });
    expect(await snapshot(tenant.id)).toEqual(before);
    expect((await store.listClients(tenant.id))[0]?.name).toBe('𠮷田 花子');
  });

  it('leaves nothing of a send unit behind when the database fails part-way', async () => {
    const tenant: Organization = { id: 'db-failure', kind: 'care_management_office', name: '途中で失敗する居宅', officeNumber: '0899000047' };
    await store.createOrganization(tenant);
    // The transaction's store fails on its first document write, after the client was created.
    const failing: Store = Object.create(store) as Store;
    failing.transaction = (work) =>
      store.transaction((tx) => {
        const broken = Object.create(tx) as Store;
        broken.createDocument = () => Promise.reject(new Error('ディスクがいっぱいです'));
        return work(broken);
      });
    await expect(importCsv({ ...deps(), store: failing }, actorOf(tenant), { files: carePlanFiles() })).rejects.toThrow('ディスクがいっぱいです');
    expect(await store.listClients(tenant.id)).toEqual([]);
    expect(await store.listAccessLog(tenant.id)).toEqual([]);
  });
});
