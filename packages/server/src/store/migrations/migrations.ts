import { sql, type ColumnDefinitionBuilder, type CompiledQuery, type Kysely } from 'kysely';
import type { Backend, Database } from '../db-schema.js';
import { twoFactorMigration } from './two-factor.migration.js';

/** One DDL statement of a migration, compiled with the handle (or transaction) that runs it. */
export interface MigrationStep {
  compile(): CompiledQuery;
}

export interface Migration {
  /** Sortable, never renamed once released: the id is what `kizuki_migrations` records. */
  id: string;
  steps(db: Kysely<Database>, backend: Backend): MigrationStep[];
}

const raw = (db: Kysely<Database>, query: ReturnType<typeof sql>): MigrationStep => ({ compile: () => query.compile(db) });

/**
 * フリガナ sorts by code point in both backends: SQLite's BINARY collation does so already; on
 * PostgreSQL the column gets the "C" collation (the database default may be a locale that orders
 * katakana differently, and the index on it would not serve the sort).
 */
const kanaColumn = (backend: Backend) => (c: ColumnDefinitionBuilder) =>
  backend === 'postgres' ? c.notNull().modifyEnd(sql`collate "C"`) : c.notNull();

/** Revisions are append-only: the database refuses UPDATE and DELETE, not only the store code. */
function appendOnlyRevisions(db: Kysely<Database>, backend: Backend): MigrationStep[] {
  if (backend === 'sqlite') {
    return ['update', 'delete'].map((op) =>
      raw(
        db,
        sql`create trigger ${sql.id(`document_revisions_no_${op}`)} before ${sql.raw(op)} on document_revisions
begin select raise(abort, 'document_revisions are append-only'); end`,
      ),
    );
  }
  return [
    raw(
      db,
      sql`create function kizuki_revisions_append_only() returns trigger language plpgsql as $$
begin raise exception 'document_revisions are append-only'; end $$`,
    ),
    raw(
      db,
      sql`create trigger document_revisions_append_only before update or delete on document_revisions
for each row execute function kizuki_revisions_append_only()`,
    ),
  ];
}

/** Every tenant table starts with tenant_id, and so does every primary key and index (see docs/storage.md). */
const initial: Migration = {
  id: '0001_initial',
  steps: (db, backend) => [
    db.schema
      .createTable('organizations')
      .addColumn('tenant_id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('insurer_number', 'text')
      .addColumn('office_number', 'text')
      .addColumn('policy_pack_id', 'text')
      .addColumn('default_insurer_number', 'text')
      .addColumn('address', 'text')
      .addColumn('phone', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull()),
    db.schema
      .createTable('users')
      .addColumn('tenant_id', 'text', (c) => c.notNull().references('organizations.tenant_id'))
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('login', 'text', (c) => c.notNull())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0).check(sql`disabled in (0, 1)`))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('users_pkey', ['tenant_id', 'id'])
      // The one key without tenant_id first: a login is looked up before the tenant is known.
      .addUniqueConstraint('users_login_key', ['login']),
    db.schema
      .createTable('sessions')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('id_hash', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('csrf_token', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('sessions_pkey', ['tenant_id', 'id_hash'])
      // A request presents only its token, so sessions are found by hash before the tenant is known.
      .addUniqueConstraint('sessions_id_hash_key', ['id_hash'])
      .addForeignKeyConstraint('sessions_user_fkey', ['tenant_id', 'user_id'], 'users', ['tenant_id', 'id']),
    db.schema
      .createTable('clients')
      .addColumn('tenant_id', 'text', (c) => c.notNull().references('organizations.tenant_id'))
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('insurer_number', 'text', (c) => c.notNull())
      .addColumn('insured_number', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_kana', 'text', kanaColumn(backend))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('clients_pkey', ['tenant_id', 'id'])
      .addUniqueConstraint('clients_numbers_key', ['tenant_id', 'insurer_number', 'insured_number']),
    db.schema.createIndex('clients_kana_idx').on('clients').columns(['tenant_id', 'name_kana']),
    db.schema
      .createTable('documents')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('client_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('current_revision', 'integer', (c) => c.notNull().check(sql`current_revision >= 1`))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('documents_pkey', ['tenant_id', 'id'])
      // Composite: a document can only belong to a client of its own tenant.
      .addForeignKeyConstraint('documents_client_fkey', ['tenant_id', 'client_id'], 'clients', ['tenant_id', 'id']),
    db.schema.createIndex('documents_client_idx').on('documents').columns(['tenant_id', 'client_id', 'kind', 'created_at']),
    db.schema
      .createTable('document_revisions')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('document_id', 'text', (c) => c.notNull())
      .addColumn('revision', 'integer', (c) => c.notNull().check(sql`revision >= 1`))
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('author', 'text', (c) => c.notNull())
      .addColumn('saved_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('document_revisions_pkey', ['tenant_id', 'document_id', 'revision'])
      .addForeignKeyConstraint('document_revisions_document_fkey', ['tenant_id', 'document_id'], 'documents', ['tenant_id', 'id']),
    ...appendOnlyRevisions(db, backend),
    db.schema
      .createTable('access_log')
      .addColumn('tenant_id', 'text', (c) => c.notNull().references('organizations.tenant_id'))
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('client_id', 'text')
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('detail', 'text')
      .addColumn('at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('access_log_pkey', ['tenant_id', 'id']),
    db.schema.createIndex('access_log_at_idx').on('access_log').columns(['tenant_id', 'at']),
    db.schema.createIndex('access_log_client_idx').on('access_log').columns(['tenant_id', 'client_id', 'at']),
  ],
};

/**
 * 共有の許可 (grants). A grant lives in the tenant of the organization whose data it shares, so it
 * shards with that data; `grants_grantee_idx` is the one index that does not start with tenant_id:
 * it serves the grantee's cross-tenant lookups (see docs/storage.md). A pinned item's
 * (tenant_id, document_id, revision) must name an existing revision; an item that follows a case
 * has neither and names a document kind only.
 */
const grants: Migration = {
  id: '0002_grants',
  steps: (db) => [
    db.schema
      .createTable('grants')
      .addColumn('tenant_id', 'text', (c) => c.notNull().references('organizations.tenant_id'))
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('grantee_tenant_id', 'text', (c) => c.notNull().references('organizations.tenant_id'))
      .addColumn('purpose', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('valid_from', 'text', (c) => c.notNull())
      .addColumn('valid_until', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .addColumn('revoked_by', 'text')
      .addColumn('revoke_reason', 'text')
      .addPrimaryKeyConstraint('grants_pkey', ['tenant_id', 'id'])
      .addCheckConstraint('grants_period_check', sql`valid_until > valid_from`)
      .addCheckConstraint('grants_revoked_check', sql`(revoked_at is null) = (revoked_by is null) and (revoked_at is null) = (revoke_reason is null)`),
    db.schema.createIndex('grants_created_idx').on('grants').columns(['tenant_id', 'created_at']),
    db.schema.createIndex('grants_grantee_idx').on('grants').columns(['grantee_tenant_id', 'id']),
    db.schema
      .createTable('grant_items')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('grant_id', 'text', (c) => c.notNull())
      .addColumn('item_no', 'integer', (c) => c.notNull().check(sql`item_no >= 1`))
      .addColumn('client_id', 'text', (c) => c.notNull())
      .addColumn('document_kind', 'text', (c) => c.notNull())
      .addColumn('document_id', 'text')
      .addColumn('revision', 'integer')
      .addPrimaryKeyConstraint('grant_items_pkey', ['tenant_id', 'grant_id', 'item_no'])
      .addCheckConstraint('grant_items_pinned_check', sql`(document_id is null) = (revision is null)`)
      .addForeignKeyConstraint('grant_items_grant_fkey', ['tenant_id', 'grant_id'], 'grants', ['tenant_id', 'id'])
      .addForeignKeyConstraint('grant_items_client_fkey', ['tenant_id', 'client_id'], 'clients', ['tenant_id', 'id'])
      .addForeignKeyConstraint('grant_items_revision_fkey', ['tenant_id', 'document_id', 'revision'], 'document_revisions', [
        'tenant_id',
        'document_id',
        'revision',
      ]),
    db.schema.createIndex('grant_items_document_idx').on('grant_items').columns(['tenant_id', 'client_id', 'document_id']),
  ],
};

/**
 * 組織の記録 (organization records): versioned bodies an organization keeps outside any case file
 * (policy versions, 点検, 総評 …), append-only revisions like documents. `addressee_tenant_id` names
 * the one other organization that may read a record, `area_insurer_number` the insurer area it is
 * shared with; their indexes are the two that do not start with tenant_id (see docs/storage.md).
 */
const records: Migration = {
  id: '0003_records',
  steps: (db, backend) => [
    db.schema
      .createTable('records')
      .addColumn('tenant_id', 'text', (c) => c.notNull().references('organizations.tenant_id'))
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('current_revision', 'integer', (c) => c.notNull().check(sql`current_revision >= 1`))
      .addColumn('addressee_tenant_id', 'text', (c) => c.references('organizations.tenant_id'))
      .addColumn('area_insurer_number', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('records_pkey', ['tenant_id', 'id'])
      .addCheckConstraint('records_addressee_check', sql`addressee_tenant_id is null or addressee_tenant_id <> tenant_id`),
    db.schema.createIndex('records_kind_idx').on('records').columns(['tenant_id', 'kind', 'created_at']),
    db.schema.createIndex('records_addressee_idx').on('records').columns(['addressee_tenant_id', 'kind']),
    db.schema.createIndex('records_area_idx').on('records').columns(['area_insurer_number', 'kind']),
    db.schema
      .createTable('record_revisions')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('record_id', 'text', (c) => c.notNull())
      .addColumn('revision', 'integer', (c) => c.notNull().check(sql`revision >= 1`))
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('author', 'text', (c) => c.notNull())
      .addColumn('author_name', 'text')
      .addColumn('note', 'text')
      .addColumn('saved_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('record_revisions_pkey', ['tenant_id', 'record_id', 'revision'])
      .addForeignKeyConstraint('record_revisions_record_fkey', ['tenant_id', 'record_id'], 'records', ['tenant_id', 'id']),
    ...appendOnlyRecordRevisions(db, backend),
  ],
};

/** Record revisions are append-only too, enforced by the database. */
function appendOnlyRecordRevisions(db: Kysely<Database>, backend: Backend): MigrationStep[] {
  if (backend === 'sqlite') {
    return ['update', 'delete'].map((op) =>
      raw(db, sql`create trigger ${sql.id(`record_revisions_no_${op}`)} before ${sql.raw(op)} on record_revisions
begin select raise(abort, 'record_revisions are append-only'); end`),
    );
  }
  return [
    raw(
      db,
      sql`create function kizuki_record_revisions_append_only() returns trigger language plpgsql as $$
begin raise exception 'record_revisions are append-only'; end $$`,
    ),
    raw(db, sql`create trigger record_revisions_append_only before update or delete on record_revisions
for each row execute function kizuki_record_revisions_append_only()`),
  ];
}

/**
 * The access log made tamper-evident: each entry of a tenant gets the next `seq` and a hash chained
 * to the previous entry's (`prev_hash`); `access_log_heads` holds each tenant's last seq and hash and
 * is the row an append locks, so two appends of one tenant are serialized. Entries written before
 * this migration keep null chain columns and are reported as unchained by `kizuki verify-log`.
 */
const accessLogChain: Migration = {
  id: '0004_access_log_chain',
  steps: (db) => [
    db.schema.alterTable('access_log').addColumn('seq', 'integer'),
    db.schema.alterTable('access_log').addColumn('prev_hash', 'text'),
    db.schema.alterTable('access_log').addColumn('hash', 'text'),
    db.schema.createIndex('access_log_seq_key').unique().on('access_log').columns(['tenant_id', 'seq']),
    db.schema
      .createTable('access_log_heads')
      .addColumn('tenant_id', 'text', (c) => c.primaryKey().references('organizations.tenant_id'))
      .addColumn('seq', 'integer', (c) => c.notNull().check(sql`seq >= 0`))
      .addColumn('hash', 'text', (c) => c.notNull()),
  ],
};

/**
 * Indexes for the reads of a whole office at once: a tenant's documents of one kind (every care
 * plan for the 画一的なプラン peers of an audit, every certification for the client list) in the
 * order they are listed, without scanning the tenant's other documents (support log entries
 * grow every day) and with the current revision in the index, so the documents table itself is
 * not read; and the client list in its order (カナ, then 被保険者番号 and id for ties).
 */
const tenantReads: Migration = {
  id: '0006_tenant_read_indexes',
  steps: (db) => [
    db.schema.createIndex('documents_kind_idx').on('documents').columns(['tenant_id', 'kind', 'client_id', 'created_at', 'id', 'current_revision']),
    db.schema.dropIndex('clients_kana_idx'),
    db.schema.createIndex('clients_list_idx').on('clients').columns(['tenant_id', 'name_kana', 'insured_number', 'id']),
  ],
};

/** All migrations, oldest first. Append only; a released migration is never edited. */
export const migrations: readonly Migration[] = [initial, grants, records, accessLogChain, twoFactorMigration, tenantReads];
