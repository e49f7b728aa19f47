import { KizukiError, type RecordRevisionInfo, type StoredRecord } from '@kizuki/core';
import type { Kysely } from 'kysely';
import type { Database } from './db-schema.js';
import { constraintViolation, isSerializationFailure } from './db-errors.js';
import { parseBody, serializeBody, type StoreContext, withTransaction } from './store-context.js';
import type { NewRecord, RecordReader, RecordUpdate } from './store.js';

/**
 * 組織の記録. A record lives in its keeper's tenant. Every read goes through `visibleRecords`, one
 * query that lets the reader see its own records, records addressed to it, and records shared with
 * its insurer area; anything else reads as a missing row. Which kinds may be addressed or shared
 * is the service's rule (core `recordKinds`); the store keeps the columns and enforces the reading.
 */

function visibleRecords(db: Kysely<Database>, reader: RecordReader, revision?: number) {
  return db
    .selectFrom('records as d')
    .innerJoin('record_revisions as r', (join) => {
      const on = join.onRef('r.tenant_id', '=', 'd.tenant_id').onRef('r.record_id', '=', 'd.id');
      return revision === undefined ? on.onRef('r.revision', '=', 'd.current_revision') : on.on('r.revision', '=', revision);
    })
    .select(['d.id', 'd.tenant_id', 'd.kind', 'd.addressee_tenant_id', 'd.area_insurer_number', 'd.created_at', 'r.revision', 'r.body', 'r.author', 'r.author_name', 'r.note', 'r.saved_at'])
    .where((eb) => {
      const own = [eb('d.tenant_id', '=', reader.tenantId), eb('d.addressee_tenant_id', '=', reader.tenantId)];
      if (reader.areaInsurerNumber) own.push(eb('d.area_insurer_number', '=', reader.areaInsurerNumber));
      return eb.or(own);
    });
}

type JoinedRow = {
  id: string;
  tenant_id: string;
  kind: string;
  addressee_tenant_id: string | null;
  area_insurer_number: string | null;
  created_at: string;
  revision: number;
  body: string;
  author: string;
  author_name: string | null;
  note: string | null;
  saved_at: string;
};

function toStoredRecord(row: JoinedRow): StoredRecord {
  const record: StoredRecord = {
    id: row.id,
    kind: row.kind,
    ownerOrganizationId: row.tenant_id,
    revision: row.revision,
    body: parseBody(row.body),
    author: row.author,
    savedAt: row.saved_at,
    createdAt: row.created_at,
  };
  if (row.addressee_tenant_id !== null) record.addresseeOrganizationId = row.addressee_tenant_id;
  if (row.area_insurer_number !== null) record.areaInsurerNumber = row.area_insurer_number;
  if (row.author_name !== null) record.authorName = row.author_name;
  if (row.note !== null) record.note = row.note;
  return record;
}

export async function createRecord(ctx: StoreContext, input: NewRecord): Promise<StoredRecord> {
  const body = serializeBody(input.body);
  const id = input.id ?? ctx.newId();
  const now = ctx.now();
  if (input.addresseeTenantId === input.tenantId) throw new KizukiError('bad_request', '記録の宛先に自分の組織は指定できません。');
  try {
    await withTransaction(ctx.db, async (trx) => {
      await trx
        .insertInto('records')
        .values({
          tenant_id: input.tenantId,
          id,
          kind: input.kind,
          current_revision: 1,
          addressee_tenant_id: input.addresseeTenantId ?? null,
          area_insurer_number: input.areaInsurerNumber ?? null,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await trx
        .insertInto('record_revisions')
        .values({ tenant_id: input.tenantId, record_id: id, revision: 1, body, author: input.author, author_name: input.authorName ?? null, note: null, saved_at: now })
        .execute();
    });
  } catch (error) {
    const violation = constraintViolation(error);
    if (violation === 'unique') throw new KizukiError('already_exists', `記録「${id}」はすでにあります。`, { id });
    if (violation === 'foreign_key') throw new KizukiError('not_found', '記録の宛先の組織が見つかりません。', { addresseeTenantId: input.addresseeTenantId });
    throw error;
  }
  const stored = await readRecord(ctx, { tenantId: input.tenantId }, id);
  if (!stored) throw new Error(`record ${id} vanished after insert`);
  return stored;
}

/**
 * Optimistic concurrency as for documents: the conditional UPDATE checks and moves the revision in
 * one statement. Only the keeper saves; the area column follows the body's state (a draft becomes
 * shared when published), the addressee never changes.
 */
export async function updateRecord(ctx: StoreContext, input: RecordUpdate): Promise<StoredRecord> {
  const { tenantId, id, baseRevision } = input;
  if (!(Number.isInteger(baseRevision) && baseRevision >= 1)) {
    throw new KizukiError('bad_request', '編集元の版番号は1以上の整数で指定してください。', { baseRevision });
  }
  const body = serializeBody(input.body);
  try {
    await withTransaction(ctx.db, async (trx) => {
      const now = ctx.now();
      const moved = await trx
        .updateTable('records')
        .set({ current_revision: baseRevision + 1, updated_at: now, area_insurer_number: input.areaInsurerNumber ?? null })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .where('current_revision', '=', baseRevision)
        .returning(['id'])
        .executeTakeFirst();
      if (!moved) {
        const current = await trx.selectFrom('records').select('current_revision').where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
        if (!current) throw new KizukiError('not_found', '記録が見つかりません。', { id });
        throw new KizukiError('conflict', `この記録は他の人が先に保存しました（最新は第${current.current_revision}版）。最新の内容を読み込んでから保存してください。`, {
          id,
          baseRevision,
          currentRevision: current.current_revision,
        });
      }
      await trx
        .insertInto('record_revisions')
        .values({ tenant_id: tenantId, record_id: id, revision: baseRevision + 1, body, author: input.author, author_name: input.authorName ?? null, note: input.note ?? null, saved_at: now })
        .execute();
    });
  } catch (error) {
    if (isSerializationFailure(error)) {
      throw new KizukiError('conflict', 'この記録は他の人が同時に保存しました。最新の内容を読み込んでから保存してください。', { id, baseRevision });
    }
    throw error;
  }
  const stored = await readRecord(ctx, { tenantId }, id);
  if (!stored) throw new Error(`record ${id} vanished after update`);
  return stored;
}

export async function readRecord(ctx: StoreContext, reader: RecordReader, id: string, revision?: number): Promise<StoredRecord | undefined> {
  if (revision !== undefined && !(Number.isInteger(revision) && revision >= 1)) return undefined;
  const rows = await visibleRecords(ctx.db, reader, revision).where('d.id', '=', id).execute();
  // Ids are random; an id that names records of two keepers reads as nothing rather than guessing.
  return rows.length === 1 ? toStoredRecord(rows[0] as JoinedRow) : undefined;
}

export async function listRecords(ctx: StoreContext, reader: RecordReader, filter: { kind: string; scope: 'own' | 'received' | 'all' }): Promise<StoredRecord[]> {
  let query = visibleRecords(ctx.db, reader).where('d.kind', '=', filter.kind);
  if (filter.scope === 'own') query = query.where('d.tenant_id', '=', reader.tenantId);
  if (filter.scope === 'received') query = query.where('d.tenant_id', '<>', reader.tenantId);
  const rows = await query.orderBy('d.created_at').orderBy('d.tenant_id').orderBy('d.id').execute();
  return rows.map(toStoredRecord);
}

export async function listRecordRevisions(ctx: StoreContext, reader: RecordReader, id: string): Promise<RecordRevisionInfo[] | undefined> {
  const current = await readRecord(ctx, reader, id);
  if (!current) return undefined;
  const rows = await ctx.db
    .selectFrom('record_revisions')
    .select(['revision', 'author', 'author_name', 'note', 'saved_at'])
    .where('tenant_id', '=', current.ownerOrganizationId)
    .where('record_id', '=', id)
    .orderBy('revision')
    .execute();
  return rows.map((r) => ({
    revision: r.revision,
    author: r.author,
    savedAt: r.saved_at,
    ...(r.author_name !== null ? { authorName: r.author_name } : {}),
    ...(r.note !== null ? { note: r.note } : {}),
  }));
}
