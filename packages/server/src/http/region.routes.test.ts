import { decodeMs932, encodeMs932, toMs932Text, type Organization } from '@kizuki/core';
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
const farOffice: Organization = { id: 'office-z', kind: 'care_management_office', name: 'とおく居宅介護支援事業所', officeNumber: '0800000009', defaultInsurerNumber: '089998' };
const center: Organization = { id: 'center-c', kind: 'community_center', name: 'みなと地域包括支援センター', officeNumber: '0800000003', defaultInsurerNumber: '089999' };
const password = 'correct-password-123';
const client = { insurerNumber: '089999', insuredNumber: '0000012345', name: '青葉 チヨ', nameKana: 'アオバ チヨ' };

const salon = { name: 'ひばり町ふれあいサロン', kind: 'salon', area: '北部圏域', district: 'ひばり町', tags: ['交流', '体操'], days: [3], start: '13:30', end: '15:00', maintainer: '包括 生活支援コーディネーター' };
const unmet = { recordedOn: '2025-07-10', area: '北部圏域', district: 'ひばり町', need: '夕方の買い物に同行してくれる人', wantedKind: 'volunteer', ageBand: '85plus', careLevel: '要介護1' };
const municipalCsv = ['名称,種別,日常生活圏域,地区,内容,曜日,時間,費用,定員,情報の管理者,最終確認日', 'みどり町百歳体操,通いの場,北部圏域,みどり町,体操・散歩,火・金,１０：００〜１１：３０,無料,２０,市 高齢福祉課,令和7年4月1日', 'みなと配食,配食,南部圏域,みなと町,配食,月〜金,,1食550円,,市 高齢福祉課,2025-04-01'].join('\r\n');

describe.each(storeBackends())('region API (社会資源, 不足している資源) on $name', (backend) => {
  let store: Store;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    store = await backend.open();
    for (const org of [insurer, farInsurer, office, farOffice, center]) await store.createOrganization(org);
    const passwordHash = await hashPassword(password);
    const users = [
      { id: 'u-cm', organizationId: office.id, login: 'cm.a', displayName: '青木 花子', role: 'care_manager' },
      { id: 'u-admin', organizationId: office.id, login: 'admin.a', displayName: '鈴木 一子', role: 'office_admin' },
      { id: 'u-cm-z', organizationId: farOffice.id, login: 'cm.z', displayName: '遠藤 三郎', role: 'care_manager' },
      { id: 'u-ins', organizationId: insurer.id, login: 'ins.x', displayName: '伊藤 誠', role: 'insurer_staff' },
      { id: 'u-ins-y', organizationId: farInsurer.id, login: 'ins.y', displayName: '木村 二郎', role: 'insurer_staff' },
      { id: 'u-center', organizationId: center.id, login: 'center.c', displayName: '高橋 さくら', role: 'center_staff' },
    ] as const;
    for (const user of users) await store.createUser({ ...user, passwordHash });
    await store.createClient(office.id, { id: 'c-aoba', ...client, body: { id: 'c-aoba', ...client, birthDate: '1940-04-01', address: { line1: '架空県架空市ひばり町5-12' } } }, 'u-cm');
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
  const names = (res: { json: { records: { body: { name?: string; need?: string } }[] } }) => res.json.records.map((r) => r.body.name ?? r.body.need).sort();

  it('the 包括 keeps a resource that every organization of its area reads, and no other area sees', async () => {
    const created = await (await signedIn('center.c')).request('POST', '/api/records', { kind: 'region_resource', body: salon });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    expect(created.json.record.areaInsurerNumber).toBe('089999');
    const id = created.json.record.id as string;
    for (const login of ['cm.a', 'ins.x']) {
      const agent = await signedIn(login);
      expect(names(await agent.request('GET', '/api/records?kind=region_resource'))).toEqual(['ひばり町ふれあいサロン']);
      expect((await agent.request('GET', `/api/records/${id}`)).status).toBe(200);
    }
    for (const login of ['cm.z', 'ins.y']) {
      const agent = await signedIn(login);
      expect((await agent.request('GET', '/api/records?kind=region_resource')).json.records).toEqual([]);
      const read = await agent.request('GET', `/api/records/${id}`);
      expect(read.status).toBe(404);
      expect(JSON.stringify(read.json)).not.toContain('サロン');
    }
    // The same name and 地区 again is refused, in Japanese.
    const twin = await (await signedIn('ins.x')).request('POST', '/api/records', { kind: 'region_resource', body: salon });
    expect(twin.status).toBe(409);
    expect(twin.json.error.message).toContain('すでにあります');
  });

  it('an office cannot edit the directory: 403 on create and on import, 404 on another keeper’s entry', async () => {
    const cm = await signedIn('admin.a');
    const create = await cm.request('POST', '/api/records', { kind: 'region_resource', body: { ...salon, name: '別のサロン' } });
    expect(create.status).toBe(403);
    expect(create.json.error.code).toBe('forbidden');
    const imported = await cm.request('POST', '/api/region/resources/import', new TextEncoder().encode(municipalCsv));
    expect(imported.status).toBe(403);
    const [entry] = (await cm.request('GET', '/api/records?kind=region_resource')).json.records;
    const put = await cm.request('PUT', `/api/records/${entry.id}`, { baseRevision: 1, body: { ...salon, cost: '無料' } });
    expect(put.status).toBe(404);
  });

  it('imports a Shift_JIS municipal list all at once, and refuses a file with a bad row without saving any', async () => {
    const ins = await signedIn('ins.x');
    const count = async () => (await ins.request('GET', '/api/records?kind=region_resource')).json.records.length as number;
    const before = await count();
    const bad = `${municipalCsv}\r\nサロンB,喫茶店,北部圏域,,,火,,,,市,`;
    const refused = await ins.request('POST', '/api/region/resources/import', encodeMs932(toMs932Text(bad).text));
    expect(refused.status).toBe(400);
    expect(refused.json.error.code).toBe('validation_failed');
    expect(refused.json.error.message).toContain('何も取り込んでいません');
    expect(refused.json.error.details.rows).toEqual([{ line: 4, column: '種別', message: expect.stringContaining('喫茶店') }]);
    expect(await count()).toBe(before);

    const done = await ins.request('POST', '/api/region/resources/import', encodeMs932(toMs932Text(municipalCsv).text));
    expect(done.status, JSON.stringify(done.json)).toBe(201);
    expect(done.json.report).toEqual({ encoding: 'shift_jis', imported: 2 });
    expect(await count()).toBe(before + 2);
    // The office of the area reads the imported entries.
    expect(names(await (await signedIn('cm.a')).request('GET', '/api/records?kind=region_resource'))).toContain('みどり町百歳体操');
    // Loading the same list again names the rows already in the directory and adds nothing.
    const again = await ins.request('POST', '/api/region/resources/import', new TextEncoder().encode(municipalCsv));
    expect(again.status).toBe(400);
    expect(again.json.error.details.rows.map((r: { line: number }) => r.line)).toEqual([2, 3]);
    expect(await count()).toBe(before + 2);
  });

  it('exports the directory the reader sees as UTF-8 or Shift_JIS CSV', async () => {
    const cm = await signedIn('cm.a');
    const res = await app.request('/api/region/resources.csv?encoding=shift_jis', { headers: { cookie: cm.cookie, host: 'kizuki.test', 'x-forwarded-for': '192.0.2.200' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('Shift_JIS');
    const text = decodeMs932(new Uint8Array(await res.arrayBuffer()));
    expect(text.split('\r\n')[0]).toMatch(/^名称,種別,日常生活圏域/u);
    expect(text).toContain('ひばり町ふれあいサロン');
    expect(res.headers.get('x-kizuki-resources')).toBe('3');
    const bad = await cm.request('GET', '/api/region/resources.csv?encoding=euc-jp');
    expect(bad.status).toBe(400);
    const far = await app.request('/api/region/resources.csv', { headers: { cookie: (await signedIn('cm.z')).cookie, host: 'kizuki.test', 'x-forwarded-for': '192.0.2.201' } });
    expect((await far.text()).trim().split('\n')).toHaveLength(1);
  });

  it('an office records a de-identified unmet need that the insurer counts; one naming a client is refused, nothing saved', async () => {
    const cm = await signedIn('cm.a');
    const created = await cm.request('POST', '/api/records', { kind: 'region_unmet_need', body: unmet });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    for (const leak of [{ need: '青葉チヨさんの買い物同行' }, { note: '被保険者番号 0000012345' }, { need: 'ひばり町5-12から通える体操' }]) {
      const refused = await cm.request('POST', '/api/records', { kind: 'region_unmet_need', body: { ...unmet, ...leak } });
      expect(refused.status).toBe(400);
      expect(refused.json.error.message).toContain('個人が特定されない');
      expect(JSON.stringify(refused.json)).not.toContain('青葉');
    }
    expect(names(await (await signedIn('ins.x')).request('GET', '/api/records?kind=region_unmet_need'))).toEqual(['夕方の買い物に同行してくれる人']);
    expect((await (await signedIn('ins.y')).request('GET', '/api/records?kind=region_unmet_need')).json.records).toEqual([]);
    // The insurer cannot write one (it keeps no case files).
    expect((await (await signedIn('ins.x')).request('POST', '/api/records', { kind: 'region_unmet_need', body: unmet })).status).toBe(403);
  });

  it('requires a session', async () => {
    const res = await app.request('/api/region/resources.csv', { headers: { host: 'kizuki.test' } });
    expect(res.status).toBe(401);
  });
});
