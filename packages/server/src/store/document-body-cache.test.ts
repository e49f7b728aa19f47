import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from './db-schema.js';
import type { KyselyStore } from './kysely-store.js';
import { openPostgresStore } from './postgres-store.js';
import { describePostgres } from './testing/describe-postgres.js';
import { aClient, officeA, officeB } from './testing/store-fixtures.js';
import { createTestSchema, testDatabaseUrl } from './testing/pg-test-schema.js';
import { openTestStore, type TestStore } from './testing/test-stores.js';

const entry = (content: string) => ({ date: '2025-07-01', kind: 'phone', content });

/**
 * Parsed document bodies are kept per committed revision (revision-cache.ts): a read must never
 * answer an older revision's content, another tenant's document, or a revision that was rolled back.
 */
function bodyCache(backend: Backend): void {
  describe(`document body cache on ${backend}`, () => {
    let current: TestStore;
    const store = (): KyselyStore => current.store;
    beforeEach(async () => {
      current = await openTestStore(backend);
      for (const org of [officeA, officeB]) await store().createOrganization(org);
      await store().createClient(officeA.id, aClient({ id: 'c-1' }), 'u');
      await store().createClient(officeB.id, aClient({ id: 'c-1' }), 'u');
    });
    afterEach(async () => {
      await current.dispose();
    });

    it('answers each new revision after it is saved, and earlier revisions as they were', async () => {
      await store().createDocument(officeA.id, { id: 'd-1', clientId: 'c-1', kind: 'support_log_entry', body: entry('初回') }, 'u');
      expect((await store().getDocument(officeA.id, 'd-1'))?.body).toEqual(entry('初回'));
      expect((await store().listDocuments(officeA.id, 'c-1', 'support_log_entry')).map((d) => d.body)).toEqual([entry('初回')]);
      await store().updateDocument(officeA.id, 'd-1', 1, entry('二回目'), 'u');
      expect(await store().getDocument(officeA.id, 'd-1')).toMatchObject({ revision: 2, body: entry('二回目') });
      expect((await store().listDocuments(officeA.id, 'c-1')).find((d) => d.id === 'd-1')).toMatchObject({ revision: 2, body: entry('二回目') });
      expect((await store().listTenantDocuments(officeA.id, 'support_log_entry')).map((d) => [d.revision, d.body])).toEqual([[2, entry('二回目')]]);
      expect((await store().getDocumentRevision(officeA.id, 'd-1', 1))?.body).toEqual(entry('初回'));
    });

    it('keeps tenants apart when their documents have the same id and revision', async () => {
      await store().createDocument(officeA.id, { id: 'd-1', clientId: 'c-1', kind: 'support_log_entry', body: entry('事業所Aの記録') }, 'u');
      await store().createDocument(officeB.id, { id: 'd-1', clientId: 'c-1', kind: 'support_log_entry', body: entry('事業所Bの記録') }, 'u');
      for (let i = 0; i < 2; i++) {
        expect((await store().getDocument(officeA.id, 'd-1'))?.body).toEqual(entry('事業所Aの記録'));
        expect((await store().getDocument(officeB.id, 'd-1'))?.body).toEqual(entry('事業所Bの記録'));
        expect((await store().listTenantDocuments(officeB.id, 'support_log_entry')).map((d) => d.body)).toEqual([entry('事業所Bの記録')]);
      }
    });

    it('never keeps a revision read inside a transaction that rolled back', async () => {
      await store().createDocument(officeA.id, { id: 'd-1', clientId: 'c-1', kind: 'support_log_entry', body: entry('初回') }, 'u');
      await expect(
        store().transaction(async (tx) => {
          await tx.updateDocument(officeA.id, 'd-1', 1, entry('取り消される版'), 'u');
          expect((await tx.getDocument(officeA.id, 'd-1'))?.body).toEqual(entry('取り消される版'));
          expect((await tx.listDocuments(officeA.id, 'c-1', 'support_log_entry')).map((d) => d.body)).toEqual([entry('取り消される版')]);
          throw new Error('rollback');
        }),
      ).rejects.toThrow('rollback');
      await store().updateDocument(officeA.id, 'd-1', 1, entry('保存された版'), 'u');
      expect(await store().getDocument(officeA.id, 'd-1')).toMatchObject({ revision: 2, body: entry('保存された版') });
      expect((await store().getDocumentRevision(officeA.id, 'd-1', 2))?.body).toEqual(entry('保存された版'));
    });

    it('hands out frozen bodies, so no reader can change what the next one reads', async () => {
      await store().createDocument(officeA.id, { id: 'd-1', clientId: 'c-1', kind: 'support_log_entry', body: entry('初回') }, 'u');
      const read = (await store().getDocument(officeA.id, 'd-1'))!.body as { content: string };
      expect(() => {
        read.content = '書き換え';
      }).toThrow(TypeError);
      expect((await store().getDocument(officeA.id, 'd-1'))?.body).toEqual(entry('初回'));
    });

    it('reads every document right when more revisions are missing than one statement reads', async () => {
      const made = 450;
      await store().transaction(async (tx) => {
        for (let i = 0; i < made; i++) await tx.createDocument(officeA.id, { id: `d-${String(i).padStart(3, '0')}`, clientId: 'c-1', kind: 'support_log_entry', body: entry(`記録${i}`) }, 'u');
      });
      await store().updateDocument(officeA.id, 'd-007', 1, entry('記録7の二回目'), 'u');
      const listed = await store().listDocuments(officeA.id, 'c-1', 'support_log_entry');
      expect(listed).toHaveLength(made);
      for (const doc of listed) expect((doc.body as { content: string }).content).toBe(doc.id === 'd-007' ? '記録7の二回目' : `記録${Number(doc.id.slice(2))}`);
    });
  });
}

bodyCache('sqlite');
describePostgres('PostgreSQL', () => {
  bodyCache('postgres');

  describe('two server processes on one database', () => {
    let schema: { name: string; drop(): Promise<void> };
    let first: KyselyStore;
    let other: KyselyStore;
    beforeEach(async () => {
      schema = await createTestSchema(testDatabaseUrl!);
      first = await openPostgresStore({ connectionString: testDatabaseUrl!, schema: schema.name, poolSize: 2 });
      other = await openPostgresStore({ connectionString: testDatabaseUrl!, schema: schema.name, poolSize: 2 });
      await first.createOrganization(officeA);
      await first.createClient(officeA.id, aClient({ id: 'c-1' }), 'u');
    });
    afterEach(async () => {
      await other.close();
      await first.close();
      await schema.drop();
    });

    it('answers the revision the other store saved, not the one it read before', async () => {
      await first.createDocument(officeA.id, { id: 'd-1', clientId: 'c-1', kind: 'support_log_entry', body: entry('初回') }, 'u');
      expect((await first.getDocument(officeA.id, 'd-1'))?.body).toEqual(entry('初回'));
      expect((await other.getDocument(officeA.id, 'd-1'))?.body).toEqual(entry('初回'));
      await other.updateDocument(officeA.id, 'd-1', 1, entry('別のサーバーで保存'), 'u');
      expect(await first.getDocument(officeA.id, 'd-1')).toMatchObject({ revision: 2, body: entry('別のサーバーで保存') });
      expect((await first.listDocuments(officeA.id, 'c-1', 'support_log_entry')).map((d) => d.body)).toEqual([entry('別のサーバーで保存')]);
      await first.updateDocument(officeA.id, 'd-1', 2, entry('こちらで保存'), 'u');
      expect(await other.getDocument(officeA.id, 'd-1')).toMatchObject({ revision: 3, body: entry('こちらで保存') });
    });
  });
});
