import { KizukiError } from '@kizuki/core';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './db-schema.js';
import { isUnavailable } from './db-errors.js';
import { KyselyStore } from './kysely-store.js';

export interface PostgresStoreOptions {
  connectionString: string;
  /** Schema to work in (sets search_path on every connection); tests use one schema per run. */
  schema?: string;
  poolSize?: number;
  clock?: () => string;
}

/**
 * `pg` turns date and timestamp columns into JS Dates in the server's time zone, and 64-bit
 * integers into strings. The schema stores neither, but a value computed in SQL could be one:
 * keep them as the text PostgreSQL sent.
 */
const keepAsText = new Set([1082, 1083, 1114, 1184, 1186]);
const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary'): ((value: string) => unknown) =>
    keepAsText.has(oid) ? (value: string) => value : (pg.types.getTypeParser(oid, format) as (value: string) => unknown)) as pg.CustomTypesConfig['getTypeParser'],
};

/** Where to connect, without the password, for messages. */
export function describeConnection(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return `${url.hostname}:${url.port || '5432'}${url.pathname}`;
  } catch {
    throw new KizukiError('bad_request', 'DATABASE_URL の形式が正しくありません（例: postgres://user:password@host:5432/kizuki）。');
  }
}

/** Connects a pool, checks the connection and applies pending migrations. */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<KyselyStore> {
  const where = describeConnection(options.connectionString);
  if (options.schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(options.schema)) {
    throw new KizukiError('bad_request', `スキーマ名「${options.schema}」は半角英小文字・数字・_ で指定してください。`);
  }
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.poolSize ?? 10,
    types,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on('error', (error) => console.error(`PostgreSQL の接続でエラーが発生しました（${where}）: ${error.message}`));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const store = new KyselyStore({ db, backend: 'postgres', ...(options.clock ? { clock: options.clock } : {}) });
  try {
    await store.migrate();
    return store;
  } catch (error) {
    await store.close();
    if (!isUnavailable(error)) throw error;
    const reason = error instanceof Error ? error.message || error.name : String(error);
    throw new KizukiError('database_unavailable', `データベース（PostgreSQL ${where}）に接続できません。設定と起動状態を確認してください。`, {
      database: where,
      cause: reason,
    });
  }
}
