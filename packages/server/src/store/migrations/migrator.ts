import { KizukiError } from '@kizuki/core';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Backend, Database } from '../db-schema.js';
import { migrations as allMigrations, type Migration, type MigrationStep } from './migrations.js';

/** The table that records applied migrations (not tenant data, so no tenant_id). */
export function migrationsTableStep(db: Kysely<Database>): MigrationStep {
  return db.schema
    .createTable('kizuki_migrations')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('applied_at', 'text', (c) => c.notNull());
}

/**
 * Applies pending migrations in one transaction (DDL is transactional in both backends, so a
 * failed migration leaves nothing half-done). On PostgreSQL an advisory lock per schema keeps
 * two servers starting at once from both migrating.
 */
export async function applyMigrations(
  db: Kysely<Database>,
  backend: Backend,
  now: () => string,
  migrations: readonly Migration[] = allMigrations,
): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    if (backend === 'postgres') {
      await sql`select pg_advisory_xact_lock(hashtext(current_schema()))`.execute(trx);
    }
    await trx.executeQuery(migrationsTableStep(trx).compile());
    const applied = new Set((await trx.selectFrom('kizuki_migrations').select('id').execute()).map((r) => r.id));
    const known = new Set(migrations.map((m) => m.id));
    const unknown = [...applied].filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw new KizukiError(
        'conflict',
        `データベースはこのバージョンの Kizuki が知らない移行（${unknown.join(', ')}）で更新されています。新しいバージョンの Kizuki を使用してください。`,
        { unknownMigrations: unknown },
      );
    }
    const pending = migrations.filter((m) => !applied.has(m.id));
    for (const migration of pending) {
      await runSteps(trx, migration.steps(trx, backend));
      await trx.insertInto('kizuki_migrations').values({ id: migration.id, applied_at: now() }).execute();
    }
    return pending.map((m) => m.id);
  });
}

async function runSteps(trx: Transaction<Database>, steps: MigrationStep[]): Promise<void> {
  for (const step of steps) await trx.executeQuery(step.compile());
}
