import { KizukiError } from '@kizuki/core';
import type { Kysely, Transaction } from 'kysely';
import type { Backend, Database } from './db-schema.js';
import type { RevisionCache } from './revision-cache.js';

/** What every query module needs: the handle (or the transaction), the dialect and the clock. */
export interface StoreContext {
  db: Kysely<Database>;
  backend: Backend;
  /** ISO 8601 UTC timestamp for rows written now */
  now: () => string;
  newId: () => string;
  /**
   * Parsed document bodies by tenant, document and revision, shared by the store's reads outside
   * transactions (absent in a transaction's context: what it reads may never be committed).
   */
  bodies?: RevisionCache<unknown>;
}

/** Documents are stored as JSON text and handed back parsed from that text, never from the input. */
export function serializeBody(body: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(body);
  } catch (error) {
    throw new KizukiError('bad_request', '文書の内容を保存できる形式に変換できません。', { cause: String(error) });
  }
  if (text === undefined) throw new KizukiError('bad_request', '文書の内容が空です。');
  return text;
}

export function parseBody(text: string): unknown {
  return JSON.parse(text) as unknown;
}

/** Limits and offsets come from query strings; anything but a small whole number is refused. */
export function checkPaging(paging: { limit?: number; offset?: number }): void {
  const { limit, offset } = paging;
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= 10_000)) {
    throw new KizukiError('bad_request', '件数（limit）は1〜10000の整数で指定してください。', { limit });
  }
  if (offset !== undefined && !(Number.isInteger(offset) && offset >= 0)) {
    throw new KizukiError('bad_request', '開始位置（offset）は0以上の整数で指定してください。', { offset });
  }
}

/**
 * Runs `work` in a transaction of its own, or inside the one `db` already is (a caller's
 * Store.transaction): Kysely cannot nest transactions, and an outer one must see every write.
 */
export function withTransaction<T>(db: Kysely<Database>, work: (trx: Kysely<Database> | Transaction<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}
