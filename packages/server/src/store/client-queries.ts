import { KizukiError, toKatakana } from '@kizuki/core';
import { sql, type Expression, type SqlBool } from 'kysely';
import type { ClientRow } from './db-schema.js';
import { constraintViolation } from './db-errors.js';
import { insertNewDocument } from './document-queries.js';
import { checkPaging, serializeBody, type StoreContext, withTransaction } from './store-context.js';
import type { ClientQuery, ClientSummary, NewClient, StoredDocument } from './store.js';
import { organizationNotFound } from './user-queries.js';

function toSummary(row: ClientRow): ClientSummary {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    insurerNumber: row.insurer_number,
    insuredNumber: row.insured_number,
    name: row.name,
    nameKana: row.name_kana,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The client index row, its `client` document (same id) and revision 1, in one transaction. */
export async function createClient(ctx: StoreContext, tenantId: string, input: NewClient, author: string): Promise<StoredDocument> {
  const body = serializeBody(input.body);
  const id = input.id ?? ctx.newId();
  try {
    return await withTransaction(ctx.db, async (trx) => {
      const now = ctx.now();
      await trx
        .insertInto('clients')
        .values({
          tenant_id: tenantId,
          id,
          insurer_number: input.insurerNumber,
          insured_number: input.insuredNumber,
          name: input.name,
          name_kana: input.nameKana,
          created_at: now,
          updated_at: now,
        })
        .execute();
      return insertNewDocument(trx, { tenantId, id, clientId: id, kind: 'client', body, author, now });
    });
  } catch (error) {
    const violation = constraintViolation(error);
    if (violation === 'foreign_key') throw organizationNotFound(tenantId);
    if (violation !== 'unique') throw error;
    // The transaction is over (on PostgreSQL it was aborted), so ask afresh which key clashed.
    const existing = await findClientByNumbers(ctx, tenantId, input.insurerNumber, input.insuredNumber);
    throw existing
      ? new KizukiError(
          'already_exists',
          `保険者番号 ${input.insurerNumber}・被保険者番号 ${input.insuredNumber} の利用者はすでに登録されています（${existing.name}）。`,
          { existingClientId: existing.id },
        )
      : new KizukiError('already_exists', `利用者ID「${id}」はすでに登録されています。`, { id });
  }
}

export async function getClientSummary(ctx: StoreContext, tenantId: string, clientId: string): Promise<ClientSummary | undefined> {
  const row = await ctx.db
    .selectFrom('clients')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', clientId)
    .executeTakeFirst();
  return row && toSummary(row);
}

export async function findClientByNumbers(
  ctx: StoreContext,
  tenantId: string,
  insurerNumber: string,
  insuredNumber: string,
): Promise<ClientSummary | undefined> {
  const row = await ctx.db
    .selectFrom('clients')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('insurer_number', '=', insurerNumber)
    .where('insured_number', '=', insuredNumber)
    .executeTakeFirst();
  return row && toSummary(row);
}

/** `%`, `_` and `\` typed by a user are literal characters, not wildcards. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

function like(column: 'name' | 'name_kana' | 'insured_number', text: string): Expression<SqlBool> {
  // lower() on both sides: SQLite's LIKE ignores ASCII case, PostgreSQL's does not.
  return sql<SqlBool>`lower(${sql.ref(column)}) like lower(${containsPattern(text)}) escape '\\'`;
}

/**
 * Substring search over 氏名, フリガナ (a query in hiragana finds katakana) and 被保険者番号,
 * sorted by フリガナ in code point order (the same in both backends; see the migration).
 */
export async function listClients(ctx: StoreContext, tenantId: string, query: ClientQuery = {}): Promise<ClientSummary[]> {
  checkPaging(query);
  let q = ctx.db.selectFrom('clients').selectAll().where('tenant_id', '=', tenantId);
  const text = query.text?.trim();
  if (text) {
    q = q.where((eb) => eb.or([like('name', text), like('name_kana', toKatakana(text)), like('insured_number', text)]));
  }
  q = q.orderBy('name_kana').orderBy('insured_number').orderBy('id');
  // SQLite accepts OFFSET only after a LIMIT.
  if (query.limit !== undefined || query.offset !== undefined) q = q.limit(query.limit ?? 2_147_483_647);
  if (query.offset !== undefined) q = q.offset(query.offset);
  return (await q.execute()).map(toSummary);
}
