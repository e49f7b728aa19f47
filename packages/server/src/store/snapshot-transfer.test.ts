import { afterEach, expect, it } from 'vitest';
import type { Backend } from './db-schema.js';
import { describePostgres } from './testing/describe-postgres.js';
import { seedAllTables } from './testing/seed-all-tables.js';
import { openTestStore, type TestStore } from './testing/test-stores.js';

describePostgres('Backup moves between backends', () => {
  const opened: TestStore[] = [];
  const open = async (backend: Backend) => {
    const store = await openTestStore(backend);
    opened.push(store);
    return store.store;
  };
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => s.dispose()));
  });

  for (const [from, to] of [
    ['sqlite', 'postgres'],
    ['postgres', 'sqlite'],
  ] as const) {
    it(`${from} → snapshot → ${to} → snapshot gives the same data`, async () => {
      const source = await open(from);
      await seedAllTables(source);
      const snapshot = await source.exportSnapshot();
      const target = await open(to);
      await target.importSnapshot(JSON.parse(JSON.stringify(snapshot)) as typeof snapshot);
      const again = await target.exportSnapshot();
      expect(again.tables).toEqual(snapshot.tables);
      expect(await target.getDocument('office-a', 'd-plan')).toEqual(await source.getDocument('office-a', 'd-plan'));
      expect(await target.listClients('office-a', { text: 'やまだ' })).toEqual(await source.listClients('office-a', { text: 'やまだ' }));
    });
  }
});
