import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The PostgreSQL the store suites run against, if any (`TEST_DATABASE_URL`). */
export const testDatabaseUrl: string | undefined = process.env.TEST_DATABASE_URL?.trim() || undefined;

/** With `KIZUKI_REQUIRE_ALL=1` a suite that would be skipped for lack of PostgreSQL fails instead. */
export const requireAllBackends = process.env.KIZUKI_REQUIRE_ALL === '1';

export interface TestSchema {
  name: string;
  drop(): Promise<void>;
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A fresh schema per test, so test files running in parallel on one database never see each other's rows. */
export async function createTestSchema(url: string): Promise<TestSchema> {
  const name = `kizuki_test_${randomBytes(6).toString('hex')}`;
  await withClient(url, (c) => c.query(`create schema ${name}`));
  return {
    name,
    drop: () => withClient(url, (c) => c.query(`drop schema if exists ${name} cascade`)).then(() => undefined),
  };
}
