import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Distinct SQL texts whose prepared statements are kept (most statements are the same few dozen). */
const keptStatements = 500;

/** Ends a transaction (SQLite counts these as read-only statements, though they commit). */
const transactionEnd = /^\s*(commit|end|release)\b/i;

/**
 * The statement as the dialect runs it: a statement that can commit (a write outside a
 * transaction, or the end of one) reports each commit to `onCommit` once it has run.
 */
function watched(database: BetterSqlite3.Database, statement: BetterSqlite3.Statement, sql: string, onCommit: (() => void) | undefined): SqliteStatement {
  if (onCommit === undefined || (statement.readonly && !transactionEnd.test(sql))) return statement;
  const committed = <T>(result: T): T => {
    if (!database.inTransaction) onCommit();
    return result;
  };
  return {
    reader: statement.reader,
    all: (parameters) => committed(statement.all(parameters as unknown[])),
    run: (parameters) => committed(statement.run(parameters as unknown[])),
    iterate: (parameters) => {
      // A streamed statement that writes is finished by the time its rows are consumed.
      const rows = statement.all(parameters);
      return committed(rows)[Symbol.iterator]();
    },
  };
}

/**
 * The database as Kysely's SQLite dialect sees it, preparing each SQL text once: the dialect
 * prepares a statement for every query it runs, which costs more than running a small one.
 * A statement still being iterated (a streamed query) is busy, so a fresh one is prepared then.
 * SQLite prepares a kept statement again by itself when the schema changed (a migration).
 * `onCommit` hears of every commit (wal-sync.ts).
 */
export function withStatementCache(database: BetterSqlite3.Database, onCommit?: () => void): SqliteDatabase {
  const statements = new Map<string, { statement: BetterSqlite3.Statement; facade: SqliteStatement }>();
  return {
    close: () => {
      statements.clear();
      database.close();
    },
    prepare: (sql: string) => {
      const kept = statements.get(sql);
      if (kept !== undefined && !kept.statement.busy) {
        // Most recently used last, so the oldest is dropped first.
        statements.delete(sql);
        statements.set(sql, kept);
        return kept.facade;
      }
      const statement = database.prepare(sql);
      const facade = watched(database, statement, sql, onCommit);
      if (kept === undefined) {
        statements.set(sql, { statement, facade });
        if (statements.size > keptStatements) statements.delete(statements.keys().next().value!);
      }
      return facade;
    },
  };
}
