import { KizukiError } from '@kizuki/core';
import { openPostgresStore } from './postgres-store.js';
import { openSqliteStore } from './sqlite-store.js';
import type { Store } from './store.js';

export interface OpenStoreOptions {
  /** SQLite data directory (`<dataDir>/kizuki.sqlite`), used when no databaseUrl is given */
  dataDir?: string;
  /** PostgreSQL connection string (DATABASE_URL) */
  databaseUrl?: string;
  /** ISO 8601 UTC clock for written rows (tests); defaults to a monotonic wall clock */
  clock?: () => string;
}

/** PostgreSQL when a database URL is given, otherwise the embedded SQLite database. Migrates on open. */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const clock = options.clock ? { clock: options.clock } : {};
  if (options.databaseUrl) return openPostgresStore({ connectionString: options.databaseUrl, ...clock });
  if (!options.dataDir) {
    throw new KizukiError('bad_request', 'データディレクトリ（KIZUKI_DATA_DIR）または DATABASE_URL を指定してください。');
  }
  return openSqliteStore({ dataDir: options.dataDir, ...clock });
}
