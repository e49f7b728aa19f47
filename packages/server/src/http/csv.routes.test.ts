import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createZipReader, csvUsageSample, decodeMs932, zipFiles, type Organization } from '@kizuki/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginThrottle } from '../auth/login-throttle.js';
import { hashPassword } from '../auth/password.js';
import type { Store } from '../store/store.js';
import { storeBackends } from '../testing/store-backends.js';
import { TestAgent } from '../testing/test-agent.js';
import { createApp } from './app.js';

const golden = fileURLToPath(new URL('../csv/golden/', import.meta.url));
const office: Organization = { id: 'office-a', kind: 'care_management_office', name: 'テスト居宅介護支援事業所', officeNumber: '0899000043' };
const officeB: Organization = { id: 'office-b', kind: 'care_management_office', name: '別の居宅', officeNumber: '0899000044' };
const officeC: Organization = { id: 'office-c', kind: 'care_management_office', name: '受け取る居宅', officeNumber: '0899000045' };

function goldenZip(set: string): Uint8Array {
  return zipFiles(readdirSync(join(golden, set)).map((name) => ({ name, bytes: readFileSync(join(golden, set, name)) })));
}

function unzip(bytes: Uint8Array): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  const reader = createZipReader((name) => {
    const chunks: Uint8Array[] = [];
    return { push: (c) => chunks.push(c), close: () => out.set(name, Buffer.concat(chunks)) };
  });
  reader.push(bytes, true);
  return out;
}

describe.each(storeBackends())('CSV API on $name', (backend) => {
  let store: Store;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    store = await backend.open();
    await store.createOrganization(office);
    await store.createOrganization(officeB);
    await store.createOrganization(officeC);
    const passwordHash = await hashPassword('correct-password-123');
    await store.createUser({ id: 'u-a', organizationId: office.id, login: 'cm.a', displayName: '架空 一郎', role: 'care_manager', passwordHash });
    await store.createUser({ id: 'u-b', organizationId: officeB.id, login: 'cm.b', displayName: '架空 二郎', role: 'care_manager', passwordHash });
    await store.createUser({ id: 'u-c', organizationId: officeC.id, login: 'cm.c', displayName: '架空 三郎', role: 'care_manager', passwordHash });
    await store.createUser({ id: 'admin-c', organizationId: officeC.id, login: 'admin.c', displayName: '架空 管理', role: 'admin', passwordHash });
    app = createApp({ store, now: () => new Date('2025-05-10T00:30:00Z'), throttle: new LoginThrottle({ maxFailures: 5 }), version: 'test' });
  });
  afterAll(async () => {
    await store.close();
    await backend.cleanup();
  });

  async function signedIn(login: string): Promise<TestAgent> {
    const agent = new TestAgent(app);
    expect((await agent.login(login)).status).toBe(200);
    return agent;
  }

  function post(agent: TestAgent, path: string, body: Uint8Array | string, contentType: string) {
    return app.request(path, { method: 'POST', body, headers: { cookie: agent.cookie, 'x-csrf-token': agent.csrf, host: 'kizuki.test', 'content-type': contentType } });
  }

  it('imports an uploaded ZIP and answers the summary', async () => {
    const agent = await signedIn('cm.a');
    const res = await post(agent, '/api/csv/import', goldenZip('kyotaku'), 'application/zip');
    expect(res.status).toBe(200);
    const summary = (await res.json()) as { totals: Record<string, number>; organization: unknown; senders: unknown[] };
    expect(summary.totals).toMatchObject({ accepted: 1, clientsCreated: 2, plansCreated: 2, errors: 0 });
    expect(summary.organization).toEqual({ id: office.id, name: office.name, kind: office.kind, officeNumber: office.officeNumber, created: false });
    expect(summary.senders).toEqual([expect.objectContaining({ officeNumber: '0899000043', serviceType: '43', kind: 'care_management_office', sameOffice: true })]);
    expect((await store.listClients(office.id)).map((c) => c.name).sort()).toEqual(['架空 花子', '青葉 チヨ']);
  });

  it('never creates an organization from a session, not even for a システム管理者: 403 and nothing stored', async () => {
    const before = await store.listOrganizations();
    for (const login of ['admin.c', 'cm.c']) {
      const agent = await signedIn(login);
      const res = await post(agent, '/api/csv/import?createOffice=1', goldenZip('vendor'), 'application/zip');
      expect(res.status).toBe(403);
      const { error } = (await res.json()) as { error: { code: string; message: string } };
      expect(error.code).toBe('forbidden');
      expect(error.message).toContain('kizuki csv import --create-office');
      expect(error.message).toContain('「受け取る居宅」');
    }
    expect(await store.listOrganizations()).toEqual(before);
    expect(await store.listClients(officeC.id)).toEqual([]);
    // Only the admin's own sign-in (二要素認証 set up at the first login) is in the log.
    expect((await store.listAccessLog(officeC.id)).filter((e) => !e.action.startsWith('account.'))).toEqual([]);
  });

  it('imports files of another office into the user’s own organization and says the sender differs', async () => {
    const agent = await signedIn('cm.c');
    const res = await post(agent, '/api/csv/import', goldenZip('vendor'), 'application/zip');
    expect(res.status).toBe(200);
    const report = (await res.json()) as { totals: Record<string, number>; organization: { id: string; created: boolean }; senders: { officeNumber: string; sameOffice: boolean }[] };
    expect(report.totals).toMatchObject({ accepted: 1, errors: 0 });
    expect(report.organization).toMatchObject({ id: officeC.id, created: false });
    expect(report.senders.map((s) => [s.officeNumber, s.sameOffice])).toEqual([['0899000999', false]]);
    expect(await store.listOrganizations()).toHaveLength(3);
    expect((await store.listClients(officeC.id)).length).toBeGreaterThan(0);
  });

  it('exports a client as a ZIP of one send unit with the report in headers', async () => {
    const agent = await signedIn('cm.a');
    const client = (await store.findClientByNumbers(office.id, '089999', '0000054321'))!;
    const res = await post(agent, `/api/clients/${client.id}/csv-export`, JSON.stringify({ to: '0899000017:17' }), 'application/json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="kizuki-csv-20250510093000.zip"');
    expect(res.headers.get('x-kizuki-csv-conversions')).toBe('0');
    const files = unzip(new Uint8Array(await res.arrayBuffer()));
    expect([...files.keys()].sort()).toEqual([
      'UP1KYO_0899000043_43_0899000017_17_20250510093000.CSV',
      'UP2KYO_0899000043_43_0899000017_17_20250510093000.CSV',
      'UP3KYO_0899000043_43_0899000017_17_20250510093000.CSV',
      'UPHOSOKU_000000_0899000043_43_0899000017_17_20250510093000.CSV',
    ]);
    // Same plan, same bytes as the golden 第2表 except the other client's rows.
    const plan2 = files.get('UP2KYO_0899000043_43_0899000017_17_20250510093000.CSV')!;
    const goldenPlan2 = readFileSync(join(golden, 'kyotaku', 'UP2KYO_0899000043_43_0899000017_17_20250501093000.CSV'));
    expect(Buffer.from(goldenPlan2).includes(Buffer.from(plan2))).toBe(true);
  });

  it('exports to every provider on the plan without a destination', async () => {
    const agent = await signedIn('cm.a');
    const client = (await store.findClientByNumbers(office.id, '089999', '0000054321'))!;
    const res = await post(agent, `/api/clients/${client.id}/csv-export`, '', 'application/json');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-kizuki-csv-files')).toBe('12');
  });

  it('exports a month’s サービス利用票 as a ZIP of 利用者補足・第6表・第7表 with ?month', async () => {
    const agent = await signedIn('cm.a');
    const client = (await store.findClientByNumbers(office.id, '089999', '0000054321'))!;
    const usage = csvUsageSample().serviceUsages[0]!;
    await store.createDocument(office.id, { id: 'usage-2025-05', clientId: client.id, kind: 'service_usage', body: usage }, 'u-a');
    const res = await post(agent, `/api/clients/${client.id}/csv-export?month=2025-05`, JSON.stringify({ to: '0899000015:15' }), 'application/json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="kizuki-csv-202505-20250510093000.zip"');
    const files = unzip(new Uint8Array(await res.arrayBuffer()));
    expect([...files.keys()]).toEqual([
      'UPHOSOKU_202505_0899000043_43_0899000015_15_20250510093000.CSV',
      'UPPLAN_202505_0899000043_43_0899000015_15_20250510093000.CSV',
      'UPSIKYU_202505_0899000043_43_0899000015_15_20250510093000.CSV',
    ]);
    const plan = decodeMs932(files.get('UPPLAN_202505_0899000043_43_0899000015_15_20250510093000.CSV')!);
    expect(plan.split('\r\n')).toHaveLength(26);
    expect(plan.startsWith('202407,089999,0000054321,20250428,202505,0899000043,')).toBe(true);
    const sheet = decodeMs932(files.get('UPSIKYU_202505_0899000043_43_0899000015_15_20250510093000.CSV')!);
    expect(sheet).toContain(',9999999999,,999999,');

    // Without a destination: one unit per provider on the 利用票 (訪問介護・通所介護・福祉用具貸与).
    const all = await post(agent, `/api/clients/${client.id}/csv-export?month=202505`, '', 'application/json');
    expect(all.status).toBe(200);
    expect(all.headers.get('x-kizuki-csv-files')).toBe('9');
  });

  it('refuses a bad month and a month without a 利用票 in Japanese', async () => {
    const agent = new TestAgent(app);
    await agent.login('cm.a');
    const client = (await store.findClientByNumbers(office.id, '089999', '0000054321'))!;
    const bad = await agent.request('POST', `/api/clients/${client.id}/csv-export?month=2025-13`, {});
    expect(bad.status).toBe(400);
    expect(bad.json.error.message).toContain('対象年月は YYYY-MM');
    const none = await agent.request('POST', `/api/clients/${client.id}/csv-export?month=2025-06`, {});
    expect(none.status).toBe(404);
    expect(none.json.error.message).toBe('書き出せるサービス利用票がありません（2025年6月のサービス利用票がありません）。');
  });

  it('answers Japanese errors: another tenant’s client, a bad destination, no session, a damaged ZIP', async () => {
    const b = await signedIn('cm.b');
    const client = (await store.findClientByNumbers(office.id, '089999', '0000054321'))!;
    const hidden = await post(b, `/api/clients/${client.id}/csv-export`, '{}', 'application/json');
    expect(hidden.status).toBe(404);
    expect(((await hidden.json()) as { error: { message: string } }).error.message).toContain('利用者が見つかりません');
    const a = await signedIn('cm.a');
    const badTo = await post(a, `/api/clients/${client.id}/csv-export`, JSON.stringify({ to: '17' }), 'application/json');
    expect(badTo.status).toBe(400);
    expect(((await badTo.json()) as { error: { message: string } }).error.message).toContain('事業所番号:サービス種類コード');
    const anonymous = await app.request('/api/csv/import', { method: 'POST', body: goldenZip('yobo'), headers: { host: 'kizuki.test' } });
    expect(anonymous.status).toBe(401);
    const damaged = await post(a, '/api/csv/import', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'application/zip');
    expect(damaged.status).toBe(400);
    expect(((await damaged.json()) as { error: { message: string } }).error.message).toMatch(/ZIP/u);
    expect(await store.listClients(officeB.id)).toEqual([]);
  });
});
