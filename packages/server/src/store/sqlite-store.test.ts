import { sql } from 'kysely';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockFileName } from './data-dir-lock.js';
import { openStore } from './open-store.js';
import { openSqliteStore, sqliteFileName } from './sqlite-store.js';
import { runStoreChild, whenReady } from './testing/child-process.js';
import { expectKizukiError } from './testing/expect-error.js';
import { aClient, officeA } from './testing/store-fixtures.js';

describe('SQLite store', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'kizuki-sqlite-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('creates the data directory and the database file, with crash-safe settings', async () => {
    const dataDir = join(root, 'nested', 'data');
    const store = await openStore({ dataDir });
    try {
      expect(store.backend).toBe('sqlite');
      expect(statSync(join(dataDir, sqliteFileName)).isFile()).toBe(true);
      const db = (store as Awaited<ReturnType<typeof openSqliteStore>>).db;
      const pragma = async (name: string) => Object.values((await sql.raw(`pragma ${name}`).execute(db)).rows[0] as object)[0] as unknown;
      expect(await pragma('journal_mode')).toBe('wal');
      expect(await pragma('synchronous')).toBe(1); // NORMAL; the store syncs the log before it answers (wal-sync.ts)
      expect(await pragma('foreign_keys')).toBe(1);
      expect(await pragma('busy_timeout')).toBe(5000);
    } finally {
      await store.close();
    }
  });

  it('keeps committed data across close and reopen, and migrates only once', async () => {
    const first = await openSqliteStore({ dataDir: root });
    await first.createOrganization(officeA);
    await first.createClient(officeA.id, aClient({ id: 'c-yamada' }), 'u-aoki');
    await first.close();
    await first.close(); // idempotent
    const second = await openSqliteStore({ dataDir: root });
    try {
      expect((await second.getClientSummary(officeA.id, 'c-yamada'))?.name).toBe('山田 太郎');
      await second.migrate();
      const applied = await second.db.selectFrom('kizuki_migrations').select('id').execute();
      expect(applied.map((m) => m.id)).toEqual(['0001_initial', '0002_grants', '0003_records', '0004_access_log_chain', '0005_two_factor_retention', '0006_tenant_read_indexes']);
    } finally {
      await second.close();
    }
  });

  it('refuses to open a database migrated by a newer Kizuki', async () => {
    const store = await openSqliteStore({ dataDir: root });
    await store.db.insertInto('kizuki_migrations').values({ id: '9999_future', applied_at: '2030-01-01T00:00:00.000Z' }).execute();
    await store.close();
    const error = await expectKizukiError(openSqliteStore({ dataDir: root }), 'conflict');
    expect(error.message).toContain('9999_future');
    expect(existsSync(join(root, lockFileName))).toBe(false);
  });

  it('refuses a second open of the same data directory in this process until the first closes', async () => {
    const store = await openStore({ dataDir: root });
    const error = await expectKizukiError(openStore({ dataDir: root }), 'data_dir_locked');
    expect(error.message).toContain(root);
    expect(error.message).toContain(`PID ${process.pid}`);
    expect(error.status).toBe(503);
    await store.close();
    expect(existsSync(join(root, lockFileName))).toBe(false);
    const again = await openStore({ dataDir: root });
    await again.close();
  });

  it('refuses to open while another process holds the directory, and opens once that process is gone', async () => {
    const run = runStoreChild('hold', root);
    try {
      await whenReady(run);
      const error = await expectKizukiError(openStore({ dataDir: root }), 'data_dir_locked');
      expect(error.message).toContain(`PID ${run.child.pid}`);
      expect(readFileSync(join(root, lockFileName), 'utf8').trim()).toBe(String(run.child.pid));
    } finally {
      run.child.kill('SIGKILL');
    }
    expect((await run.exited).signal).toBe('SIGKILL');
    // The killed process could not remove its lock; it is stale now and taken over.
    const store = await openStore({ dataDir: root });
    await store.close();
  });

  it('keeps a transaction committed just before the process is killed (SIGKILL)', async () => {
    const run = runStoreChild('write-and-die', root);
    const result = await run.exited;
    expect(result.signal, result.stderr).toBe('SIGKILL');
    expect(existsSync(join(root, lockFileName))).toBe(true);
    // Not checkpointed into the main file: reopening must recover it from the WAL.
    expect(statSync(join(root, `${sqliteFileName}-wal`)).size).toBeGreaterThan(0);
    const store = await openSqliteStore({ dataDir: root });
    try {
      expect((await store.getClientSummary(officeA.id, 'c-after-crash'))?.name).toBe('山田 太郎');
      expect((await store.getDocument(officeA.id, 'c-after-crash'))?.revision).toBe(1);
    } finally {
      await store.close();
    }
  });

  it('requires a data directory when no database URL is given', async () => {
    await expectKizukiError(openStore({}), 'bad_request');
    await expectKizukiError(openStore({ dataDir: '' }), 'bad_request');
  });

  it('reports a data directory that cannot be created', async () => {
    const file = join(root, 'not-a-dir');
    writeFileSync(file, 'x');
    const error = await expectKizukiError(openStore({ dataDir: join(file, 'data') }), 'database_unavailable');
    expect(error.message).toContain(join(file, 'data'));
  });
});
