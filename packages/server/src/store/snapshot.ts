import { KizukiError } from '@kizuki/core';
import type { Kysely } from 'kysely';
import type { Database } from './db-schema.js';
import { constraintViolation } from './db-errors.js';
import type { StoreContext } from './store-context.js';
import type { Snapshot } from './store.js';

type ColumnType = 'text' | 'nullable-text' | 'integer' | 'nullable-integer';
type TableName = Exclude<keyof Database, 'kizuki_migrations'>;

interface TableSpec {
  columns: Record<string, ColumnType>;
  /** primary key, for a stable row order in the snapshot */
  key: string[];
}

const text = 'text' as const;
const nullableText = 'nullable-text' as const;
const integer = 'integer' as const;
const nullableInteger = 'nullable-integer' as const;

/** Tables in an order that satisfies the foreign keys when loading. Snapshot format version 1. */
export const snapshotTables: Record<TableName, TableSpec> = {
  organizations: {
    columns: {
      tenant_id: text,
      kind: text,
      name: text,
      insurer_number: nullableText,
      office_number: nullableText,
      policy_pack_id: nullableText,
      default_insurer_number: nullableText,
      address: nullableText,
      phone: nullableText,
      created_at: text,
    },
    key: ['tenant_id'],
  },
  users: {
    columns: {
      tenant_id: text,
      id: text,
      login: text,
      display_name: text,
      role: text,
      password_hash: text,
      disabled: integer,
      created_at: text,
      updated_at: text,
    },
    key: ['tenant_id', 'id'],
  },
  sessions: {
    columns: { tenant_id: text, id_hash: text, user_id: text, csrf_token: text, created_at: text, expires_at: text },
    key: ['tenant_id', 'id_hash'],
  },
  clients: {
    columns: {
      tenant_id: text,
      id: text,
      insurer_number: text,
      insured_number: text,
      name: text,
      name_kana: text,
      created_at: text,
      updated_at: text,
    },
    key: ['tenant_id', 'id'],
  },
  documents: {
    columns: { tenant_id: text, id: text, client_id: text, kind: text, current_revision: integer, created_at: text, updated_at: text },
    key: ['tenant_id', 'id'],
  },
  document_revisions: {
    columns: { tenant_id: text, document_id: text, revision: integer, body: text, author: text, saved_at: text },
    key: ['tenant_id', 'document_id', 'revision'],
  },
  access_log: {
    columns: {
      tenant_id: text,
      id: text,
      user_id: text,
      client_id: nullableText,
      action: text,
      detail: nullableText,
      at: text,
      seq: nullableInteger,
      prev_hash: nullableText,
      hash: nullableText,
    },
    key: ['tenant_id', 'id'],
  },
  access_log_heads: {
    columns: { tenant_id: text, seq: integer, hash: text },
    key: ['tenant_id'],
  },
  grants: {
    columns: {
      tenant_id: text,
      id: text,
      grantee_tenant_id: text,
      purpose: text,
      reason: text,
      created_by: text,
      created_at: text,
      valid_from: text,
      valid_until: text,
      revoked_at: nullableText,
      revoked_by: nullableText,
      revoke_reason: nullableText,
    },
    key: ['tenant_id', 'id'],
  },
  grant_items: {
    columns: {
      tenant_id: text,
      grant_id: text,
      item_no: integer,
      client_id: text,
      document_kind: text,
      document_id: nullableText,
      revision: nullableInteger,
    },
    key: ['tenant_id', 'grant_id', 'item_no'],
  },
  records: {
    columns: {
      tenant_id: text,
      id: text,
      kind: text,
      current_revision: integer,
      addressee_tenant_id: nullableText,
      area_insurer_number: nullableText,
      created_at: text,
      updated_at: text,
    },
    key: ['tenant_id', 'id'],
  },
  record_revisions: {
    columns: {
      tenant_id: text,
      record_id: text,
      revision: integer,
      body: text,
      author: text,
      author_name: nullableText,
      note: nullableText,
      saved_at: text,
    },
    key: ['tenant_id', 'record_id', 'revision'],
  },
  two_factor: {
    columns: { tenant_id: text, user_id: text, secret: text, confirmed_at: nullableText, last_step: integer, created_at: text },
    key: ['tenant_id', 'user_id'],
  },
  recovery_codes: {
    columns: { tenant_id: text, user_id: text, code_hash: text, used_at: nullableText, created_at: text },
    key: ['tenant_id', 'user_id', 'code_hash'],
  },
  login_challenges: {
    columns: { tenant_id: text, id_hash: text, user_id: text, created_at: text, expires_at: text },
    key: ['tenant_id', 'id_hash'],
  },
  security_settings: {
    columns: { tenant_id: text, require_two_factor: integer, access_log_retention_months: integer, updated_at: text },
    key: ['tenant_id'],
  },
  access_log_anchors: {
    columns: { tenant_id: text, seq: integer, hash: text, purged_at: text },
    key: ['tenant_id'],
  },
};

const tableNames = Object.keys(snapshotTables) as TableName[];
type Row = Record<string, unknown>;

/** Reads every table inside one transaction (REPEATABLE READ, read only on PostgreSQL) so the snapshot is consistent. */
export async function exportSnapshot(ctx: StoreContext): Promise<Snapshot> {
  const read = async (trx: Kysely<Database>) => {
    const tables: Record<string, Row[]> = {};
    for (const name of tableNames) tables[name] = await readTable(trx, name);
    return tables;
  };
  const tables =
    ctx.backend === 'postgres'
      ? await ctx.db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(read)
      : await ctx.db.transaction().execute(read);
  return { format: 'kizuki-backup', version: 1, createdAt: ctx.now(), tables };
}

async function readTable(db: Kysely<Database>, name: TableName): Promise<Row[]> {
  const spec = snapshotTables[name];
  // Kysely cannot type a table chosen at run time; the spec lists the columns.
  let query = (db as unknown as Kysely<Record<string, Row>>).selectFrom(name).selectAll();
  for (const column of spec.key) query = query.orderBy(column);
  const rows = await query.execute();
  // Same key order for every row, whatever order the driver returns columns in.
  return rows.map((row) => Object.fromEntries(Object.keys(spec.columns).map((c) => [c, row[c] ?? null])));
}

/** Loads a snapshot into an empty database in one transaction: all of it or nothing. */
export async function importSnapshot(ctx: StoreContext, snapshot: Snapshot): Promise<void> {
  const tables = checkSnapshot(snapshot);
  try {
    await ctx.db.transaction().execute(async (trx) => {
      const db = trx as unknown as Kysely<Record<string, Row>>;
      for (const name of tableNames) {
        if ((await db.selectFrom(name).select('tenant_id').limit(1).execute()).length > 0) {
          throw new KizukiError('conflict', 'データベースが空ではないため、バックアップを読み込めません。空のデータベースに読み込んでください。', {
            table: name,
          });
        }
      }
      for (const name of tableNames) {
        const rows = tables[name];
        // Batches keep each statement under the bind-parameter limits of both drivers.
        for (let i = 0; i < rows.length; i += 200) await db.insertInto(name).values(rows.slice(i, i + 200)).execute();
      }
    });
  } catch (error) {
    if (constraintViolation(error) !== undefined) {
      throw new KizukiError('bad_request', 'バックアップの内容に矛盾があるため読み込めませんでした（重複または参照先のない行があります）。', {
        cause: error instanceof Error ? error.message : String(error),
      });
    }
    throw error;
  }
}

function invalid(message: string, details?: unknown): KizukiError {
  return new KizukiError('bad_request', `バックアップファイルの形式が正しくありません: ${message}`, details);
}

/** Checks the whole snapshot before anything is written: known tables, exact columns, value types. */
function checkSnapshot(snapshot: Snapshot): Record<TableName, Row[]> {
  if (typeof snapshot !== 'object' || snapshot === null) throw invalid('内容がありません。');
  if (snapshot.format !== 'kizuki-backup' || snapshot.version !== 1) {
    throw invalid('Kizuki のバックアップ（形式バージョン 1）ではありません。', { format: snapshot.format, version: snapshot.version });
  }
  if (typeof snapshot.tables !== 'object' || snapshot.tables === null) throw invalid('表の一覧がありません。');
  const unknownTables = Object.keys(snapshot.tables).filter((name) => !(name in snapshotTables));
  if (unknownTables.length > 0) throw invalid(`知らない表（${unknownTables.join(', ')}）があります。`, { unknownTables });
  const result = {} as Record<TableName, Row[]>;
  for (const name of tableNames) {
    const rows = snapshot.tables[name] ?? [];
    if (!Array.isArray(rows)) throw invalid(`表 ${name} が行の一覧ではありません。`, { table: name });
    rows.forEach((row, index) => checkRow(name, row, index));
    result[name] = rows;
  }
  return result;
}

function checkRow(table: TableName, row: unknown, index: number): void {
  const columns = snapshotTables[table].columns;
  if (typeof row !== 'object' || row === null || Array.isArray(row)) throw invalid(`表 ${table} の ${index + 1} 行目が行ではありません。`, { table, index });
  const values = row as Row;
  const names = new Set([...Object.keys(columns), ...Object.keys(values)]);
  for (const column of names) {
    const type = columns[column];
    const value = values[column];
    const ok =
      type === 'text'
        ? typeof value === 'string'
        : type === 'nullable-text'
          ? typeof value === 'string' || value === null
          : type === 'integer'
            ? Number.isSafeInteger(value)
            : type === 'nullable-integer' && (value === null || Number.isSafeInteger(value));
    if (!ok) throw invalid(`表 ${table} の ${index + 1} 行目の列 ${column} が正しくありません。`, { table, index, column });
  }
}
