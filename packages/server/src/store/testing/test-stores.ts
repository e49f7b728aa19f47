import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Backend } from '../db-schema.js';
import type { KyselyStore } from '../kysely-store.js';
import { openPostgresStore } from '../postgres-store.js';
import { openSqliteStore } from '../sqlite-store.js';
import { createTestSchema, testDatabaseUrl } from './pg-test-schema.js';

export interface TestStore {
  store: KyselyStore;
  /** closes the store and removes its temp directory or schema */
  dispose(): Promise<void>;
}

/** A fresh, empty, migrated store: SQLite in a temp directory, PostgreSQL in its own schema. */
export async function openTestStore(backend: Backend, clock?: () => string): Promise<TestStore> {
  const withClock = clock ? { clock } : {};
  if (backend === 'sqlite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'kizuki-store-'));
    const store = await openSqliteStore({ dataDir, ...withClock });
    return {
      store,
      async dispose() {
        await store.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  if (!testDatabaseUrl) throw new Error('TEST_DATABASE_URL is not set: cannot open a PostgreSQL test store');
  const schema = await createTestSchema(testDatabaseUrl);
  const store = await openPostgresStore({ connectionString: testDatabaseUrl, schema: schema.name, poolSize: 4, ...withClock });
  return {
    store,
    async dispose() {
      await store.close();
      await schema.drop();
    },
  };
}
