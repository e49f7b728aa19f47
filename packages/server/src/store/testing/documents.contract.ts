import { isKizukiError, type DocumentKind } from '@kizuki/core';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import type { KyselyStore } from '../kysely-store.js';
import type { StoredDocument } from '../store.js';
import { expectKizukiError } from './expect-error.js';
import { aClient, officeA, officeB } from './store-fixtures.js';

const assessment = (summary: string) => ({ date: '2025-06-02', summary, items: [{ key: 'adl', note: '杖歩行' }] });

/** Versioned documents: revisions, history, optimistic concurrency. */
export function documentsContract(store: () => KyselyStore): void {
  async function withClient(): Promise<void> {
    await store().createOrganization(officeA);
    await store().createClient(officeA.id, aClient({ id: 'c-yamada' }), 'u-aoki');
  }

  it('creates a document at revision 1 and appends revisions on update, keeping every one', async () => {
    await withClient();
    const created = await store().createDocument(officeA.id, { id: 'd-1', clientId: 'c-yamada', kind: 'assessment', body: assessment('初回') }, 'u-aoki');
    expect(created).toMatchObject({ id: 'd-1', tenantId: officeA.id, clientId: 'c-yamada', kind: 'assessment', revision: 1, author: 'u-aoki' });
    expect(created.body).toEqual(assessment('初回'));
    const second = await store().updateDocument(officeA.id, 'd-1', 1, assessment('再アセスメント'), 'u-sato');
    expect(second).toMatchObject({ id: 'd-1', revision: 2, author: 'u-sato', createdAt: created.createdAt, clientId: 'c-yamada', kind: 'assessment' });
    expect(second.savedAt > created.savedAt).toBe(true);
    expect(await store().getDocument(officeA.id, 'd-1')).toEqual(second);
    expect(await store().getDocumentRevision(officeA.id, 'd-1', 1)).toEqual(created);
    expect(await store().getDocumentRevision(officeA.id, 'd-1', 2)).toEqual(second);
    for (const missing of [3, 0, -1, 1.5]) expect(await store().getDocumentRevision(officeA.id, 'd-1', missing)).toBeUndefined();
    expect(await store().listRevisions(officeA.id, 'd-1')).toEqual([
      { revision: 1, author: 'u-aoki', savedAt: created.savedAt },
      { revision: 2, author: 'u-sato', savedAt: second.savedAt },
    ]);
    expect(await store().listRevisions(officeA.id, 'nothing')).toEqual([]);
    expect(await store().getDocument(officeA.id, 'nothing')).toBeUndefined();
  });

  it('returns bodies as stored JSON (what a later read returns), including nested Japanese text', async () => {
    await withClient();
    const body = { text: '「ご本人の意向」\n改行\tタブ 🌸', when: new Date('2025-06-02T00:00:00Z'), gone: undefined, n: 1.5, list: [null, true] };
    const created = await store().createDocument(officeA.id, { clientId: 'c-yamada', kind: 'monitoring', body }, 'u');
    const expected = { text: '「ご本人の意向」\n改行\tタブ 🌸', when: '2025-06-02T00:00:00.000Z', n: 1.5, list: [null, true] };
    expect(created.body).toEqual(expected);
    expect((await store().getDocument(officeA.id, created.id))?.body).toEqual(expected);
  });

  it('lists a client’s current documents in creation order, optionally of one kind', async () => {
    await withClient();
    const kinds: DocumentKind[] = ['assessment', 'care_plan', 'assessment', 'monitoring'];
    const made: StoredDocument[] = [];
    for (const [i, kind] of kinds.entries()) {
      made.push(await store().createDocument(officeA.id, { id: `d-${9 - i}`, clientId: 'c-yamada', kind, body: { i } }, 'u'));
    }
    const updated = await store().updateDocument(officeA.id, 'd-9', 1, { i: 0, edited: true }, 'u');
    const all = await store().listDocuments(officeA.id, 'c-yamada');
    expect(all.map((d) => d.id)).toEqual(['c-yamada', 'd-9', 'd-8', 'd-7', 'd-6']);
    expect(all[1]).toEqual(updated);
    expect((await store().listDocuments(officeA.id, 'c-yamada', 'assessment')).map((d) => d.id)).toEqual(['d-9', 'd-7']);
    expect(await store().listDocuments(officeA.id, 'c-yamada', 'prevention_plan')).toEqual([]);
    expect(await store().listDocuments(officeA.id, 'c-nobody')).toEqual([]);
  });

  it('lists one kind of current document of every client of a tenant, by client then creation, never another tenant’s', async () => {
    await withClient();
    await store().createClient(officeA.id, aClient({ id: 'c-abe', insuredNumber: '0000000002' }), 'u');
    await store().createOrganization(officeB);
    await store().createClient(officeB.id, aClient({ id: 'c-other' }), 'u');
    await store().createDocument(officeA.id, { id: 'd-y2', clientId: 'c-yamada', kind: 'certification', body: { n: 1 } }, 'u');
    await store().createDocument(officeA.id, { id: 'd-a1', clientId: 'c-abe', kind: 'certification', body: { n: 2 } }, 'u');
    await store().createDocument(officeA.id, { id: 'd-y1', clientId: 'c-yamada', kind: 'certification', body: { n: 3 } }, 'u');
    await store().createDocument(officeA.id, { id: 'd-m', clientId: 'c-yamada', kind: 'monitoring', body: {} }, 'u');
    await store().createDocument(officeB.id, { id: 'd-o', clientId: 'c-other', kind: 'certification', body: {} }, 'u');
    const edited = await store().updateDocument(officeA.id, 'd-y2', 1, { n: 1, edited: true }, 'u');
    const listed = await store().listTenantDocuments(officeA.id, 'certification');
    expect(listed.map((d) => d.id)).toEqual(['d-a1', 'd-y2', 'd-y1']);
    expect(listed[1]).toEqual(edited);
    expect(listed.map((d) => d.id)).toEqual([...(await store().listDocuments(officeA.id, 'c-abe', 'certification')), ...(await store().listDocuments(officeA.id, 'c-yamada', 'certification'))].map((d) => d.id));
    expect(await store().listTenantDocuments(officeA.id, 'prevention_plan')).toEqual([]);
  });

  it('gives a version of a tenant’s documents of some kinds that changes with every document or revision of those kinds only', async () => {
    await withClient();
    await store().createOrganization(officeB);
    await store().createClient(officeB.id, aClient({ id: 'c-other' }), 'u');
    const version = () => store().tenantDocumentsVersion(officeA.id, ['client', 'care_plan']);
    const seen = new Set<string>([await version()]);
    const changed = async () => {
      const next = await version();
      expect(seen.has(next)).toBe(false);
      seen.add(next);
    };
    await store().createDocument(officeA.id, { id: 'd-plan', clientId: 'c-yamada', kind: 'care_plan', body: { v: 1 } }, 'u');
    await changed();
    await store().updateDocument(officeA.id, 'd-plan', 1, { v: 2 }, 'u');
    await changed();
    await store().createClient(officeA.id, aClient({ id: 'c-abe', insuredNumber: '0000000002' }), 'u');
    await changed();
    const before = await version();
    await store().createDocument(officeA.id, { id: 'd-log', clientId: 'c-yamada', kind: 'support_log_entry', body: {} }, 'u');
    await store().createDocument(officeB.id, { id: 'd-b', clientId: 'c-other', kind: 'care_plan', body: {} }, 'u');
    await store().updateDocument(officeB.id, 'd-b', 1, { v: 2 }, 'u');
    expect(await version()).toBe(before);
    expect(await store().tenantDocumentsVersion(officeA.id, [])).toBe('0:0');
    expect(await store().tenantDocumentsVersion('no-such-office', ['care_plan'])).toBe('0:0');
  });

  it('refuses a stale base revision with the current document and writes nothing (409)', async () => {
    await withClient();
    await store().createDocument(officeA.id, { id: 'd-1', clientId: 'c-yamada', kind: 'care_plan', body: { v: 1 } }, 'u-aoki');
    const current = await store().updateDocument(officeA.id, 'd-1', 1, { v: 2 }, 'u-aoki');
    const error = await expectKizukiError(store().updateDocument(officeA.id, 'd-1', 1, { v: 'stale' }, 'u-sato'), 'revision_conflict');
    expect(error.status).toBe(409);
    expect(error.details).toEqual({ current });
    expect(error.message).toContain('第1版');
    expect(error.message).toContain('第2版');
    await expectKizukiError(store().updateDocument(officeA.id, 'd-1', 3, { v: 'future' }, 'u-sato'), 'revision_conflict');
    expect(await store().getDocument(officeA.id, 'd-1')).toEqual(current);
    expect((await store().listRevisions(officeA.id, 'd-1')).map((r) => r.revision)).toEqual([1, 2]);
  });

  it('lets exactly one of two concurrent saves on the same base win', async () => {
    await withClient();
    await store().createDocument(officeA.id, { id: 'd-1', clientId: 'c-yamada', kind: 'care_plan', body: { v: 1 } }, 'u');
    for (let round = 1; round <= 5; round += 1) {
      const results = await Promise.allSettled([
        store().updateDocument(officeA.id, 'd-1', round, { by: 'a', round }, 'u-a'),
        store().updateDocument(officeA.id, 'd-1', round, { by: 'b', round }, 'u-b'),
      ]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r) => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      const reason: unknown = lost[0]!.reason;
      expect(isKizukiError(reason) && reason.code).toBe('revision_conflict');
    }
    expect((await store().listRevisions(officeA.id, 'd-1')).map((r) => r.revision)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('refuses bad updates and creations', async () => {
    await withClient();
    await store().createDocument(officeA.id, { id: 'd-1', clientId: 'c-yamada', kind: 'care_plan', body: { v: 1 } }, 'u');
    await expectKizukiError(store().updateDocument(officeA.id, 'nothing', 1, {}, 'u'), 'not_found');
    for (const base of [0, -1, 1.5, Number.NaN]) await expectKizukiError(store().updateDocument(officeA.id, 'd-1', base, {}, 'u'), 'bad_request');
    await expectKizukiError(store().updateDocument(officeA.id, 'd-1', 1, undefined, 'u'), 'bad_request');
    await expectKizukiError(store().createDocument(officeA.id, { clientId: 'c-nobody', kind: 'care_plan', body: {} }, 'u'), 'not_found');
    await expectKizukiError(store().createDocument(officeA.id, { clientId: 'c-yamada', kind: 'client', body: {} }, 'u'), 'bad_request');
    const unknownKind = 'diary' as DocumentKind;
    await expectKizukiError(store().createDocument(officeA.id, { clientId: 'c-yamada', kind: unknownKind, body: {} }, 'u'), 'bad_request');
    await expectKizukiError(store().createDocument(officeA.id, { id: 'd-1', clientId: 'c-yamada', kind: 'monitoring', body: {} }, 'u'), 'already_exists');
    expect((await store().listDocuments(officeA.id, 'c-yamada')).map((d) => [d.id, d.revision])).toEqual([
      ['c-yamada', 1],
      ['d-1', 1],
    ]);
  });

  it('keeps revisions append-only in the database itself', async () => {
    await withClient();
    await expect(sql`update document_revisions set body = '{}'`.execute(store().db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from document_revisions`.execute(store().db)).rejects.toThrow(/append-only/);
    expect((await store().getDocument(officeA.id, 'c-yamada'))?.body).toMatchObject({ name: '山田 太郎' });
  });
}
