import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** Distinct SQL texts whose prepared statements are kept (most statements are the same few dozen). */
const keptStatements = 500;

/**
 * The database as Kysely's SQLite dialect sees it, preparing each SQL text once: the dialect
 * prepares a statement for every query it runs, which costs more than running a small one.
 * A statement still being iterated (a streamed query) is busy, so a fresh one is prepared then.
 * SQLite prepares a kept statement again by itself when the schema changed (a migration).
 */
export function withStatementCache(database: BetterSqlite3.Database): SqliteDatabase {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => {
      statements.clear();
      database.close();
    },
    prepare: (sql: string) => {
      const kept = statements.get(sql);
      if (kept !== undefined && !kept.busy) {
        // Most recently used last, so the oldest is dropped first.
        statements.delete(sql);
        statements.set(sql, kept);
        return kept;
      }
      const statement = database.prepare(sql);
      if (kept === undefined) {
        statements.set(sql, statement);
        if (statements.size > keptStatements) statements.delete(statements.keys().next().value!);
      }
      return statement;
    },
  };
}
