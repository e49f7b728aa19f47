import { KizukiError } from '@kizuki/core';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { acquireDataDirLock } from './data-dir-lock.js';
import type { Database } from './db-schema.js';
import { KyselyStore } from './kysely-store.js';
import { withStatementCache } from './sqlite-statements.js';
import { WalSync } from './wal-sync.js';

export const sqliteFileName = 'kizuki.sqlite';

export interface SqliteStoreOptions {
  dataDir: string;
  clock?: () => string;
  /** how the log file is synced (node's `fsync`; tests hold or fail it) */
  syncFile?: ConstructorParameters<typeof WalSync>[1];
}

/**
 * WAL with synchronous=NORMAL: a commit writes the log and the store syncs it on the thread pool
 * before it answers (wal-sync.ts), so every acknowledged write survives a crash or power loss
 * without the event loop waiting for the disk; foreign keys are off by default in SQLite.
 */
const pragmas = ['journal_mode = WAL', 'synchronous = NORMAL', 'foreign_keys = ON', 'busy_timeout = 5000'];

/** Opens (creating if needed) `<dataDir>/kizuki.sqlite` under the data directory lock and migrates it. */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<KyselyStore> {
  const dataDir = resolve(options.dataDir);
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new KizukiError('database_unavailable', `データディレクトリ ${dataDir} を作成できません（${code}）。場所と権限を確認してください。`, { dataDir, code });
  }
  const lock = acquireDataDirLock(dataDir);
  let database: BetterSqlite3.Database | undefined;
  const file = join(dataDir, sqliteFileName);
  const walSync = new WalSync(`${file}-wal`, options.syncFile);
  try {
    database = new BetterSqlite3(file);
    for (const pragma of pragmas) database.pragma(pragma);
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database, () => walSync.noteWrite()) }) });
    const onClose = () => {
      walSync.close();
      lock.release();
    };
    const store = new KyselyStore({ db, backend: 'sqlite', onClose, writeSync: walSync, ...(options.clock ? { clock: options.clock } : {}) });
    await store.migrate();
    return store;
  } catch (error) {
    database?.close();
    walSync.close();
    lock.release();
    throw error;
  }
}
