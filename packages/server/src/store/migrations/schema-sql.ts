import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';
import type { Backend, Database } from '../db-schema.js';
import { migrationsTableStep } from './migrator.js';
import { migrations } from './migrations.js';

/** A Kysely that only compiles (no connection), to print the SQL the migrations run. */
function compilerOnly(backend: Backend): Kysely<Database> {
  return new Kysely<Database>({
    dialect:
      backend === 'sqlite'
        ? {
            createAdapter: () => new SqliteAdapter(),
            createDriver: () => new DummyDriver(),
            createIntrospector: (db) => new SqliteIntrospector(db),
            createQueryCompiler: () => new SqliteQueryCompiler(),
          }
        : {
            createAdapter: () => new PostgresAdapter(),
            createDriver: () => new DummyDriver(),
            createIntrospector: (db) => new PostgresIntrospector(db),
            createQueryCompiler: () => new PostgresQueryCompiler(),
          },
  });
}

/**
 * The SQL of every migration for one backend, exactly as the migrator runs it, laid out one
 * column per line. Committed as `schema.<backend>.sql` so a schema change shows in review.
 */
export function renderSchemaSql(backend: Backend): string {
  const db = compilerOnly(backend);
  const out = [
    `-- Generated from packages/server/src/store/migrations/migrations.ts for ${backend}; do not edit.`,
    '-- Regenerate: KIZUKI_WRITE_SCHEMA_SQL=1 npx vitest run packages/server/src/store/migrations',
    '',
    '-- migrations table (created by the migrator)',
    `${layout(migrationsTableStep(db).compile().sql)};`,
  ];
  for (const migration of migrations) {
    out.push('', `-- migration ${migration.id}`);
    for (const step of migration.steps(db, backend)) out.push(`${layout(step.compile().sql)};`);
  }
  return `${out.join('\n')}\n`;
}

/** Breaks a `create table` statement after each top-level comma of its column list. */
function layout(statement: string): string {
  if (!statement.startsWith('create table')) return statement;
  let depth = 0;
  let quoted = false;
  let out = '';
  for (const ch of statement) {
    if (ch === '"' || ch === "'") quoted = !quoted;
    if (quoted) {
      out += ch;
      continue;
    }
    if (ch === '(') {
      depth += 1;
      out += depth === 1 ? '(\n  ' : ch;
    } else if (ch === ')') {
      depth -= 1;
      out += depth === 0 ? '\n)' : ch;
    } else if (ch === ',' && depth === 1) {
      out += ',\n ';
    } else {
      out += ch;
    }
  }
  return out;
}
