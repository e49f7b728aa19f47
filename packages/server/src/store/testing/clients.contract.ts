import { expect, it } from 'vitest';
import type { KyselyStore } from '../kysely-store.js';
import { expectKizukiError } from './expect-error.js';
import { aClient, officeA, officeB } from './store-fixtures.js';

/** Clients (利用者): creation with their `client` document, uniqueness, search and フリガナ order. */
export function clientsContract(store: () => KyselyStore): void {
  it('creates the client row, its client document with the same id and revision 1 together', async () => {
    await store().createOrganization(officeA);
    const input = aClient({ id: 'c-yamada' });
    const doc = await store().createClient(officeA.id, input, 'u-aoki');
    expect(doc).toMatchObject({ id: 'c-yamada', tenantId: officeA.id, clientId: 'c-yamada', kind: 'client', revision: 1, author: 'u-aoki' });
    expect(doc.body).toEqual(input.body);
    expect(doc.savedAt).toBe(doc.createdAt);
    expect(await store().getDocument(officeA.id, 'c-yamada')).toEqual(doc);
    expect(await store().listDocuments(officeA.id, 'c-yamada')).toEqual([doc]);
    expect(await store().getClientSummary(officeA.id, 'c-yamada')).toEqual({
      id: 'c-yamada',
      tenantId: officeA.id,
      insurerNumber: '089999',
      insuredNumber: '0000000001',
      name: '山田 太郎',
      nameKana: 'ヤマダ タロウ',
      createdAt: doc.createdAt,
      updatedAt: doc.createdAt,
    });
    const generated = await store().createClient(officeA.id, aClient({ insuredNumber: '0000000002' }), 'u-aoki');
    expect(generated.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(generated.clientId).toBe(generated.id);
  });

  it('refuses a second client with the same numbers in a tenant and writes nothing', async () => {
    await store().createOrganization(officeA);
    await store().createOrganization(officeB);
    await store().createClient(officeA.id, aClient({ id: 'c-yamada' }), 'u-aoki');
    const error = await expectKizukiError(store().createClient(officeA.id, aClient({ id: 'c-copy', name: '山田 次郎' }), 'u-aoki'), 'already_exists');
    expect(error.message).toContain('0000000001');
    expect(error.details).toEqual({ existingClientId: 'c-yamada' });
    await expectKizukiError(store().createClient(officeA.id, aClient({ id: 'c-yamada', insuredNumber: '0000000009' }), 'u-aoki'), 'already_exists');
    expect((await store().listClients(officeA.id)).map((c) => c.id)).toEqual(['c-yamada']);
    expect(await store().getDocument(officeA.id, 'c-copy')).toBeUndefined();
    // The same person may be a client of another office.
    await store().createClient(officeB.id, aClient({ id: 'c-yamada' }), 'u-midori');
    expect(await store().getClientSummary(officeB.id, 'c-yamada')).toBeDefined();
  });

  it('refuses a client of an unknown organization and a body that cannot be stored', async () => {
    await store().createOrganization(officeA);
    await expectKizukiError(store().createClient('nowhere', aClient({ id: 'c-x' }), 'u-aoki'), 'not_found');
    await expectKizukiError(store().createClient(officeA.id, { ...aClient({ id: 'c-y' }), body: undefined }, 'u-aoki'), 'bad_request');
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    await expectKizukiError(store().createClient(officeA.id, { ...aClient({ id: 'c-z' }), body: circular }, 'u-aoki'), 'bad_request');
    expect(await store().listClients(officeA.id)).toEqual([]);
  });

  it('finds a client by 保険者番号 and 被保険者番号', async () => {
    await store().createOrganization(officeA);
    await store().createClient(officeA.id, aClient({ id: 'c-yamada' }), 'u-aoki');
    expect((await store().findClientByNumbers(officeA.id, '089999', '0000000001'))?.id).toBe('c-yamada');
    expect(await store().findClientByNumbers(officeA.id, '089999', '0000000002')).toBeUndefined();
    expect(await store().findClientByNumbers(officeA.id, '080000', '0000000001')).toBeUndefined();
  });

  async function threeClients(): Promise<void> {
    await store().createOrganization(officeA);
    // Created out of フリガナ order; 氏名 order (code points) differs from フリガナ order too.
    await store().createClient(officeA.id, aClient({ id: 'c-yamada', name: '山田 太郎', nameKana: 'ヤマダ タロウ', insuredNumber: '0000000101' }), 'u');
    await store().createClient(officeA.id, aClient({ id: 'c-aoki', name: '青木 春子', nameKana: 'アオキ ハルコ', insuredNumber: '0000000202' }), 'u');
    await store().createClient(officeA.id, aClient({ id: 'c-sato', name: '佐藤 一郎', nameKana: 'サトウ イチロウ', insuredNumber: '0000000303' }), 'u');
  }

  it('lists clients sorted by フリガナ and searches name, フリガナ (also typed in hiragana) and number', async () => {
    await threeClients();
    const ids = async (text?: string) => (await store().listClients(officeA.id, text === undefined ? {} : { text })).map((c) => c.id);
    expect(await ids()).toEqual(['c-aoki', 'c-sato', 'c-yamada']);
    expect(await ids('佐藤')).toEqual(['c-sato']);
    expect(await ids('ハルコ')).toEqual(['c-aoki']);
    expect(await ids('さとう')).toEqual(['c-sato']);
    expect(await ids(' ﾔﾏﾀﾞ ')).toEqual(['c-yamada']);
    expect(await ids('0202')).toEqual(['c-aoki']);
    expect(await ids('00000')).toEqual(['c-aoki', 'c-sato', 'c-yamada']);
    expect(await ids('鈴木')).toEqual([]);
    expect(await ids('   ')).toEqual(['c-aoki', 'c-sato', 'c-yamada']);
    // Latin letters in names match regardless of case in both backends.
    await store().createClient(officeA.id, aClient({ id: 'c-smith', name: 'SMITH Anna', nameKana: 'スミス アンナ', insuredNumber: '0000000404' }), 'u');
    expect(await ids('smith anna')).toEqual(['c-smith']);
  });

  it('treats % _ and \\ in a search as plain characters', async () => {
    await threeClients();
    for (const text of ['%', '_', '\\', 'ア%', '0_0']) {
      expect(await store().listClients(officeA.id, { text })).toEqual([]);
    }
  });

  it('pages the client list and refuses bad paging values', async () => {
    await threeClients();
    const page = async (limit?: number, offset?: number) =>
      (await store().listClients(officeA.id, { ...(limit === undefined ? {} : { limit }), ...(offset === undefined ? {} : { offset }) })).map((c) => c.id);
    expect(await page(2)).toEqual(['c-aoki', 'c-sato']);
    expect(await page(2, 2)).toEqual(['c-yamada']);
    expect(await page(undefined, 1)).toEqual(['c-sato', 'c-yamada']);
    for (const [limit, offset] of [[0, undefined], [-1, undefined], [1.5, undefined], [Number.NaN, undefined], [1, -1], [1, 0.5]] as const) {
      await expectKizukiError(page(limit, offset), 'bad_request');
    }
  });

  it('updates the client row together with a new client document revision', async () => {
    await threeClients();
    const created = await store().getDocument(officeA.id, 'c-sato');
    const body = { ...(created!.body as Record<string, unknown>), name: '佐藤 一朗', nameKana: 'サトウ イチロウ', insuredNumber: '0000000333' };
    const saved = await store().updateDocument(officeA.id, 'c-sato', 1, body, 'u-aoki');
    expect(saved.revision).toBe(2);
    const summary = await store().getClientSummary(officeA.id, 'c-sato');
    expect(summary).toMatchObject({ name: '佐藤 一朗', insuredNumber: '0000000333' });
    expect(summary!.updatedAt).toBe(saved.savedAt);
    expect(summary!.createdAt).toBe(created!.createdAt);
    expect((await store().findClientByNumbers(officeA.id, '089999', '0000000333'))?.id).toBe('c-sato');
  });

  it('refuses a client revision that clashes with another client or lacks the identity fields, writing nothing', async () => {
    await threeClients();
    const original = await store().getDocument(officeA.id, 'c-sato');
    const body = original!.body as Record<string, unknown>;
    await expectKizukiError(store().updateDocument(officeA.id, 'c-sato', 1, { ...body, insuredNumber: '0000000101' }, 'u'), 'already_exists');
    await expectKizukiError(store().updateDocument(officeA.id, 'c-sato', 1, { ...body, name: undefined }, 'u'), 'bad_request');
    expect(await store().getDocument(officeA.id, 'c-sato')).toEqual(original);
    expect(await store().listRevisions(officeA.id, 'c-sato')).toHaveLength(1);
    expect((await store().getClientSummary(officeA.id, 'c-sato'))?.insuredNumber).toBe('0000000303');
  });
}
