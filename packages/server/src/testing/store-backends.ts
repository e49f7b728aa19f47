import type { Store } from '../store/store.js';
import { requireAllBackends, testDatabaseUrl } from '../store/testing/pg-test-schema.js';
import { openTestStore, type TestStore } from '../store/testing/test-stores.js';

export interface StoreBackend {
  name: 'sqlite' | 'postgres';
  /** a fresh, empty, migrated store */
  open(): Promise<Store>;
  /** closes what `open` made and removes its data */
  cleanup(): Promise<void>;
}

function backend(name: StoreBackend['name']): StoreBackend {
  let opened: TestStore | undefined;
  return {
    name,
    async open() {
      opened = await openTestStore(name);
      return opened.store;
    },
    async cleanup() {
      await opened?.dispose().catch(() => undefined);
    },
  };
}

/**
 * The backends a suite beyond the store contract (API, CLI) runs on: SQLite always, PostgreSQL when
 * TEST_DATABASE_URL is set. With KIZUKI_REQUIRE_ALL=1 and no database the PostgreSQL entry is
 * still listed, and opening it fails the suite instead of skipping it.
 */
export function storeBackends(): StoreBackend[] {
  const list = [backend('sqlite')];
  if (testDatabaseUrl || requireAllBackends) list.push(backend('postgres'));
  return list;
}
