import { expect, it } from 'vitest';
import type { KyselyStore } from '../kysely-store.js';
import type { Snapshot } from '../store.js';
import { expectKizukiError } from './expect-error.js';
import { seedAllTables } from './seed-all-tables.js';
import type { TestStore } from './test-stores.js';

const tableNames = ['organizations', 'users', 'sessions', 'clients', 'documents', 'document_revisions', 'access_log', 'access_log_heads', 'grants', 'grant_items', 'records', 'record_revisions', 'two_factor', 'recovery_codes', 'login_challenges', 'security_settings', 'access_log_anchors'];

/** Backup (exportSnapshot) and restore (importSnapshot) on one backend. */
export function snapshotContract(store: () => KyselyStore, openFresh: () => Promise<TestStore>): void {
  async function inFresh<T>(run: (fresh: KyselyStore) => Promise<T>): Promise<T> {
    const fresh = await openFresh();
    try {
      return await run(fresh.store);
    } finally {
      await fresh.dispose();
    }
  }

  it('exports every table and restores the same data into an empty database', async () => {
    await seedAllTables(store());
    const snapshot = await store().exportSnapshot();
    expect(snapshot).toMatchObject({ format: 'kizuki-backup', version: 1 });
    expect(Object.keys(snapshot.tables)).toEqual(tableNames);
    for (const name of tableNames) expect(snapshot.tables[name]!.length, name).toBeGreaterThan(0);
    expect(snapshot.tables.document_revisions).toHaveLength(4);
    // JSON-safe: a backup file written with JSON.stringify reads back identically.
    const viaFile = JSON.parse(JSON.stringify(snapshot)) as Snapshot;
    expect(viaFile).toEqual(snapshot);

    const restored = await inFresh(async (fresh) => {
      await fresh.importSnapshot(viaFile);
      expect((await fresh.getDocument('office-a', 'd-plan'))?.revision).toBe(2);
      expect((await fresh.findUserByLogin('cm.aoki'))?.passwordHash).toBe('scrypt$test$hash-1');
      return fresh.exportSnapshot();
    });
    expect(restored.tables).toEqual(snapshot.tables);
  });

  it('refuses to restore into a database that has data', async () => {
    await seedAllTables(store());
    const snapshot = await store().exportSnapshot();
    await expectKizukiError(store().importSnapshot(snapshot), 'conflict');
    expect((await store().exportSnapshot()).tables).toEqual(snapshot.tables);
  });

  it('refuses malformed backups before writing anything', async () => {
    await seedAllTables(store());
    const good = await store().exportSnapshot();
    const withTables = (patch: Record<string, unknown>) => ({ ...good, tables: { ...good.tables, ...patch } }) as Snapshot;
    const org = good.tables.organizations![0]!;
    const bad: Snapshot[] = [
      { ...good, format: 'other' } as unknown as Snapshot,
      { ...good, version: 2 } as unknown as Snapshot,
      { ...good, tables: null } as unknown as Snapshot,
      withTables({ secrets: [] }),
      withTables({ organizations: 'rows' }),
      withTables({ organizations: [{ ...org, name: 42 }] }),
      withTables({ organizations: [{ ...org, evil: 'x' }] }),
      withTables({ organizations: [{ ...org, kind: undefined }] }),
      withTables({ documents: good.tables.documents!.map((d) => ({ ...d, current_revision: '2' })) }),
    ];
    await inFresh(async (fresh) => {
      for (const snapshot of bad) await expectKizukiError(fresh.importSnapshot(snapshot), 'bad_request');
      const empty = await fresh.exportSnapshot();
      for (const name of tableNames) expect(empty.tables[name], name).toEqual([]);
    });
  });

  it('restores all or nothing when rows contradict each other', async () => {
    await seedAllTables(store());
    const good = await store().exportSnapshot();
    const orphan = { ...good.tables.documents![0]!, id: 'd-orphan', client_id: 'c-missing' };
    const broken = { ...good, tables: { ...good.tables, documents: [...good.tables.documents!, orphan] } };
    await inFresh(async (fresh) => {
      await expectKizukiError(fresh.importSnapshot(broken), 'bad_request');
      expect(await fresh.listOrganizations()).toEqual([]);
      await fresh.importSnapshot(good);
      expect((await fresh.exportSnapshot()).tables).toEqual(good.tables);
    });
  });
}
