import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend, Database } from './db-schema.js';
import { describePostgres } from './testing/describe-postgres.js';
import { openTestStore, type TestStore } from './testing/test-stores.js';

/**
 * The rules a tenant-sharded PostgreSQL (Citus) puts on the schema, checked on the schema the
 * migrations really build: a distributed table's primary key and every unique constraint or index
 * include the distribution column, a foreign key between distributed tables maps tenant to tenant,
 * and a reference table (a copy on every node) refers to no distributed table. docs/architecture.md
 * carries the distribution DDL; it must name exactly these tables, each the way this test does.
 */

const tenantColumn = 'tenant_id';

/** Tables without a tenant of their own, copied to every node, each with why. */
const referenceTables: Record<string, string> = {
  kizuki_migrations: 'migration bookkeeping, not tenant data',
  organizations: 'the tenants themselves; grants and records point at other organizations by tenant_id',
  users: 'a login is looked up before the tenant is known (users_login_key is on login alone)',
  sessions: 'each request presents only its token (sessions_id_hash_key)',
  login_challenges: 'the second sign-in step presents only its token (login_challenges_id_hash_key)',
};

interface ForeignKey {
  columns: string[];
  table: string;
  references: string[];
}

interface TableShape {
  columns: string[];
  primaryKey: string[];
  /** Columns of every unique constraint or unique index, the primary key included. */
  unique: { name: string; columns: string[] }[];
  foreignKeys: ForeignKey[];
}

type Schema = Map<string, TableShape>;

const ident = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/u.test(name)) throw new Error(`unexpected identifier ${name}`);
  return sql.raw(`"${name}"`);
};

async function sqliteSchema(db: Kysely<Database>): Promise<Schema> {
  const tables = (await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(db)).rows;
  const schema: Schema = new Map();
  for (const { name } of tables) {
    const info = (await sql<{ name: string; pk: number }>`pragma table_info(${ident(name)})`.execute(db)).rows;
    const indexes = (await sql<{ name: string; unique: number }>`pragma index_list(${ident(name)})`.execute(db)).rows;
    const unique = [];
    for (const index of indexes.filter((i) => i.unique === 1)) {
      const columns = (await sql<{ seqno: number; name: string }>`pragma index_info(${ident(index.name)})`.execute(db)).rows.sort((a, b) => a.seqno - b.seqno).map((c) => c.name);
      unique.push({ name: index.name, columns });
    }
    const primaryKey = info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
    // A single-column "integer primary key" has no index of its own in SQLite.
    if (primaryKey.length > 0) unique.push({ name: `${name} primary key`, columns: primaryKey });
    const fkRows = (await sql<{ id: number; seq: number; table: string; from: string; to: string }>`pragma foreign_key_list(${ident(name)})`.execute(db)).rows;
    const byId = new Map<number, ForeignKey>();
    for (const row of fkRows.sort((a, b) => a.id - b.id || a.seq - b.seq)) {
      const fk = byId.get(row.id) ?? { columns: [], table: row.table, references: [] };
      fk.columns.push(row.from);
      fk.references.push(row.to);
      byId.set(row.id, fk);
    }
    schema.set(name, { columns: info.map((c) => c.name), primaryKey, unique, foreignKeys: [...byId.values()] });
  }
  return schema;
}

async function postgresSchema(db: Kysely<Database>): Promise<Schema> {
  const tables = (await sql<{ table_name: string }>`select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(db)).rows;
  const columns = (await sql<{ table_name: string; column_name: string }>`select table_name, column_name from information_schema.columns where table_schema = current_schema() order by table_name, ordinal_position`.execute(db)).rows;
  // Unique indexes cover unique constraints, primary keys and `create unique index` alike.
  const indexes = (
    await sql<{ table_name: string; index_name: string; primary: boolean; columns: string[] }>`
      select t.relname as table_name, i.relname as index_name, x.indisprimary as primary,
        array(select a.attname from unnest(x.indkey) with ordinality k(attnum, n) join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum order by k.n)::text[] as columns
      from pg_index x join pg_class t on t.oid = x.indrelid join pg_class i on i.oid = x.indexrelid join pg_namespace s on s.oid = t.relnamespace
      where s.nspname = current_schema() and x.indisunique`.execute(db)
  ).rows;
  const foreignKeys = (
    await sql<{ table_name: string; target: string; columns: string[]; references: string[] }>`
      select t.relname as table_name, r.relname as target,
        array(select a.attname from unnest(c.conkey) with ordinality k(attnum, n) join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum order by k.n)::text[] as columns,
        array(select a.attname from unnest(c.confkey) with ordinality k(attnum, n) join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.attnum order by k.n)::text[] as references
      from pg_constraint c join pg_class t on t.oid = c.conrelid join pg_class r on r.oid = c.confrelid join pg_namespace s on s.oid = t.relnamespace
      where s.nspname = current_schema() and c.contype = 'f'`.execute(db)
  ).rows;
  const schema: Schema = new Map();
  for (const { table_name: name } of tables) {
    const own = indexes.filter((i) => i.table_name === name);
    schema.set(name, {
      columns: columns.filter((c) => c.table_name === name).map((c) => c.column_name),
      primaryKey: own.find((i) => i.primary)?.columns ?? [],
      unique: own.map((i) => ({ name: i.index_name, columns: i.columns })),
      foreignKeys: foreignKeys.filter((f) => f.table_name === name).map((f) => ({ columns: f.columns, table: f.target, references: f.references })),
    });
  }
  return schema;
}

/** Every way the schema breaks the rules of a tenant-distributed database, in words. */
function citusViolations(schema: Schema, reference: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const [table, shape] of schema) {
    if (reference.has(table)) {
      for (const fk of shape.foreignKeys) {
        if (!reference.has(fk.table)) problems.push(`${table}: reference table refers to distributed table ${fk.table}`);
      }
      continue;
    }
    if (!shape.columns.includes(tenantColumn)) problems.push(`${table}: no ${tenantColumn} column`);
    if (!shape.primaryKey.includes(tenantColumn)) problems.push(`${table}: primary key (${shape.primaryKey.join(', ')}) without ${tenantColumn}`);
    for (const unique of shape.unique) {
      if (!unique.columns.includes(tenantColumn)) problems.push(`${table}: unique ${unique.name} (${unique.columns.join(', ')}) without ${tenantColumn}`);
    }
    for (const fk of shape.foreignKeys) {
      if (reference.has(fk.table)) continue;
      const at = fk.columns.indexOf(tenantColumn);
      if (at === -1 || fk.references[at] !== tenantColumn) problems.push(`${table}: foreign key (${fk.columns.join(', ')}) → ${fk.table} (${fk.references.join(', ')}) does not map ${tenantColumn} to ${tenantColumn}`);
    }
  }
  return problems;
}

interface DistributionDdl {
  reference: string[];
  /** Distributed tables in the order the DDL creates them, with their distribution column and colocation. */
  distributed: { table: string; column: string; colocateWith?: string }[];
}

/** The `create_reference_table` / `create_distributed_table` calls of the architecture document's Citus section. */
function distributionDdl(markdown: string): DistributionDdl {
  const section = /^## Distribution on Citus$([\s\S]*?)(?=^## )/mu.exec(markdown)?.[1] ?? '';
  const block = /```sql\n([\s\S]*?)```/u.exec(section)?.[1] ?? '';
  const reference = [...block.matchAll(/create_reference_table\('([a-z_]+)'\)/gu)].map((m) => m[1]!);
  const distributed = [...block.matchAll(/create_distributed_table\('([a-z_]+)',\s*'([a-z_]+)'(?:,\s*colocate_with\s*=>\s*'([a-z_]+)')?\)/gu)].map((m) => ({
    table: m[1]!,
    column: m[2]!,
    ...(m[3] !== undefined ? { colocateWith: m[3] } : {}),
  }));
  return { reference, distributed };
}

const architecture = readFileSync(fileURLToPath(new URL('../../../../docs/architecture.md', import.meta.url)), 'utf8');

function schemaSuite(backend: Backend) {
  let test: TestStore;
  let schema: Schema;

  beforeAll(async () => {
    test = await openTestStore(backend);
    schema = backend === 'sqlite' ? await sqliteSchema(test.store.db) : await postgresSchema(test.store.db);
  }, 60_000);
  afterAll(async () => test?.dispose());

  const reference = new Set(Object.keys(referenceTables));

  it('reads the schema the migrations built', () => {
    expect(schema.get('documents')?.primaryKey).toEqual(['tenant_id', 'id']);
    expect(schema.get('documents')?.foreignKeys).toContainEqual({ columns: ['tenant_id', 'client_id'], table: 'clients', references: ['tenant_id', 'id'] });
    expect(schema.get('users')?.unique.map((u) => u.columns)).toContainEqual(['login']);
  });

  it('lists every reference table the schema has, and no table that is gone', () => {
    expect([...reference].filter((t) => !schema.has(t))).toEqual([]);
  });

  it('keeps the organization column in every primary key, unique key and foreign key of tenant data', () => {
    expect(citusViolations(schema, reference)).toEqual([]);
  });

  it('has the DDL in docs/architecture.md name exactly the tables of the schema, each as this test classifies it', () => {
    const ddl = distributionDdl(architecture);
    expect([...ddl.reference].sort()).toEqual([...reference].sort());
    const tenantTables = [...schema.keys()].filter((t) => !reference.has(t)).sort();
    expect(ddl.distributed.map((d) => d.table).sort()).toEqual(tenantTables);
    const [first, ...rest] = ddl.distributed;
    expect(first?.colocateWith).toBeUndefined();
    for (const d of ddl.distributed) expect(d.column, d.table).toBe(tenantColumn);
    for (const d of rest) expect(d.colocateWith, d.table).toBe(first?.table);
    // A foreign key between distributed tables needs its target distributed first.
    const order = ddl.distributed.map((d) => d.table);
    for (const table of order) {
      for (const fk of schema.get(table)?.foreignKeys ?? []) {
        if (!reference.has(fk.table) && fk.table !== table) expect(order.indexOf(fk.table), `${table} → ${fk.table}`).toBeLessThan(order.indexOf(table));
      }
    }
  });
}

describe('the schema on SQLite fits a tenant-distributed PostgreSQL (Citus)', () => schemaSuite('sqlite'));
describePostgres('the schema on PostgreSQL fits a tenant-distributed PostgreSQL (Citus)', () => schemaSuite('postgres'));

describe('the Citus checks', () => {
  const shape = (patch: Partial<TableShape>): TableShape => ({ columns: ['tenant_id', 'id'], primaryKey: ['tenant_id', 'id'], unique: [], foreignKeys: [], ...patch });
  const reference = new Set(['organizations']);

  it('find a key or a foreign key without the organization column, and a reference table pointing at tenant data', () => {
    const schema: Schema = new Map([
      ['organizations', shape({ primaryKey: ['tenant_id'], foreignKeys: [{ columns: ['tenant_id'], table: 'clients', references: ['tenant_id'] }] })],
      ['clients', shape({ unique: [{ name: 'clients_number_key', columns: ['insured_number'] }] })],
      ['documents', shape({ primaryKey: ['id'], foreignKeys: [{ columns: ['client_id'], table: 'clients', references: ['id'] }] })],
      ['notes', shape({ columns: ['id'], primaryKey: ['id'], foreignKeys: [{ columns: ['tenant_id'], table: 'organizations', references: ['tenant_id'] }] })],
    ]);
    expect(citusViolations(schema, reference)).toEqual([
      'organizations: reference table refers to distributed table clients',
      'clients: unique clients_number_key (insured_number) without tenant_id',
      'documents: primary key (id) without tenant_id',
      'documents: foreign key (client_id) → clients (id) does not map tenant_id to tenant_id',
      'notes: no tenant_id column',
      'notes: primary key (id) without tenant_id',
    ]);
  });

  it('read the DDL of the Citus section only', () => {
    const doc = "## Other\n```sql\nSELECT create_reference_table('x');\n```\n## Distribution on Citus\n\n```sql\nSELECT create_reference_table('organizations');\nSELECT create_distributed_table('clients', 'tenant_id');\nSELECT create_distributed_table('documents', 'tenant_id', colocate_with => 'clients');\n```\n\n## Next\n";
    expect(distributionDdl(doc)).toEqual({ reference: ['organizations'], distributed: [{ table: 'clients', column: 'tenant_id' }, { table: 'documents', column: 'tenant_id', colocateWith: 'clients' }] });
  });
});
