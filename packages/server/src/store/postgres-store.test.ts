import { isKizukiError } from '@kizuki/core';
import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { KyselyStore } from './kysely-store.js';
import { openStore } from './open-store.js';
import { openPostgresStore } from './postgres-store.js';
import { describePostgres } from './testing/describe-postgres.js';
import { expectKizukiError } from './testing/expect-error.js';
import { createTestSchema, type TestSchema } from './testing/pg-test-schema.js';
import { aClient, officeA } from './testing/store-fixtures.js';

describePostgres('PostgreSQL store', (url) => {
  let schema: TestSchema;
  beforeEach(async () => {
    schema = await createTestSchema(url);
  });
  afterEach(() => schema.drop());

  it('opens through openStore with a DATABASE_URL and migrates into the search_path schema', async () => {
    const withSchema = new URL(url);
    withSchema.searchParams.set('options', `-c search_path=${schema.name}`);
    const store = await openStore({ databaseUrl: withSchema.toString() });
    try {
      expect(store.backend).toBe('postgres');
      await store.createOrganization(officeA);
      expect(await store.getOrganization(officeA.id)).toEqual(officeA);
    } finally {
      await store.close();
    }
    const check = await openPostgresStore({ connectionString: url, schema: schema.name });
    try {
      const tables = await sql<{ table_name: string }>`select table_name from information_schema.tables where table_schema = ${schema.name} order by table_name`.execute(check.db);
      expect(tables.rows.map((r) => r.table_name)).toEqual([
        'access_log',
        'access_log_anchors',
        'access_log_heads',
        'clients',
        'document_revisions',
        'documents',
        'grant_items',
        'grants',
        'kizuki_migrations',
        'login_challenges',
        'organizations',
        'record_revisions',
        'records',
        'recovery_codes',
        'security_settings',
        'sessions',
        'two_factor',
        'users',
      ]);
    } finally {
      await check.close();
    }
  });

  it('never lets pg turn dates or timestamps into Date objects', async () => {
    const store = await openPostgresStore({ connectionString: url, schema: schema.name });
    try {
      const row = (await sql<Record<string, unknown>>`select now() as ts, current_date as d, localtimestamp as lts, interval '1 day' as i`.execute(store.db)).rows[0]!;
      for (const value of Object.values(row)) expect(typeof value).toBe('string');
      expect(row.d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    } finally {
      await store.close();
    }
  });

  it('migrates once when two servers start at the same time', async () => {
    const stores = await Promise.all([1, 2, 3].map(() => openPostgresStore({ connectionString: url, schema: schema.name, poolSize: 2 })));
    try {
      const applied = await stores[0]!.db.selectFrom('kizuki_migrations').select('id').execute();
      expect(applied.map((m) => m.id)).toEqual(['0001_initial', '0002_grants', '0003_records', '0004_access_log_chain', '0005_two_factor_retention', '0006_tenant_read_indexes']);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  it('lets exactly one of two servers win a save on the same base revision', async () => {
    const [a, b] = await Promise.all([1, 2].map(() => openPostgresStore({ connectionString: url, schema: schema.name, poolSize: 2 })));
    try {
      await a!.createOrganization(officeA);
      await a!.createClient(officeA.id, aClient({ id: 'c-yamada' }), 'u');
      await a!.createDocument(officeA.id, { id: 'd-1', clientId: 'c-yamada', kind: 'care_plan', body: { v: 1 } }, 'u');
      const results = await Promise.allSettled([
        a!.updateDocument(officeA.id, 'd-1', 1, { by: 'a' }, 'u-a'),
        b!.updateDocument(officeA.id, 'd-1', 1, { by: 'b' }, 'u-b'),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const lost = results.find((r) => r.status === 'rejected');
      expect(isKizukiError(lost?.reason) && lost.reason.code).toBe('revision_conflict');
      expect((await b!.listRevisions(officeA.id, 'd-1')).map((r) => r.revision)).toEqual([1, 2]);
    } finally {
      await Promise.all([a!.close(), b!.close()]);
    }
  });

  it('still answers revision_conflict when the database runs saves under snapshot isolation (as YugabyteDB does)', async () => {
    const repeatable = new URL(url);
    repeatable.searchParams.set('options', `-c search_path=${schema.name} -c default_transaction_isolation=repeatable\\ read`);
    const store = await openStore({ databaseUrl: repeatable.toString() });
    try {
      const level = await sql<{ level: string }>`select current_setting('default_transaction_isolation') as level`.execute((store as KyselyStore).db);
      expect(level.rows[0]?.level).toBe('repeatable read');
      await store.createOrganization(officeA);
      await store.createClient(officeA.id, aClient({ id: 'c-yamada' }), 'u');
      for (let base = 1; base <= 5; base += 1) {
        const results = await Promise.allSettled([
          store.updateDocument(officeA.id, 'c-yamada', base, aClient({ name: '山田 太郎A' }).body, 'u-a'),
          store.updateDocument(officeA.id, 'c-yamada', base, aClient({ name: '山田 太郎B' }).body, 'u-b'),
        ]);
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        const lost = results.find((r) => r.status === 'rejected');
        expect(isKizukiError(lost?.reason) && lost.reason.code).toBe('revision_conflict');
      }
      expect(await store.listRevisions(officeA.id, 'c-yamada')).toHaveLength(6);
    } finally {
      await store.close();
    }
  });

  it('reports an unreachable or missing database without revealing the password', async () => {
    const unreachable = await expectKizukiError(openStore({ databaseUrl: 'postgres://kizuki:secret-pw@127.0.0.1:1/kizuki' }), 'database_unavailable');
    expect(unreachable.message).toContain('127.0.0.1:1/kizuki');
    expect(JSON.stringify(unreachable.toBody())).not.toContain('secret-pw');
    const missing = new URL(url);
    missing.pathname = '/kizuki_no_such_database';
    await expectKizukiError(openStore({ databaseUrl: missing.toString() }), 'database_unavailable');
  });

  it('refuses a malformed URL and an unsafe schema name', async () => {
    await expectKizukiError(openStore({ databaseUrl: 'not a url' }), 'bad_request');
    for (const name of ['Public', 'a;drop', 'x y', '1abc', '']) {
      await expectKizukiError(openPostgresStore({ connectionString: url, schema: name }), 'bad_request');
    }
  });
});
