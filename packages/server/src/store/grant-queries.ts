import { documentKindSchema, grantPurposeSchema, KizukiError, type DocumentKind, type Grant, type GrantItem, type GrantPurpose } from '@kizuki/core';
import type { Kysely } from 'kysely';
import type { Database, GrantRow } from './db-schema.js';
import { constraintViolation } from './db-errors.js';
import { parseBody, type StoreContext, withTransaction } from './store-context.js';
import type { NewGrant, StoredDocument } from './store.js';

/**
 * 共有の許可. Grants live in the owner's tenant. A grantee reaches the owner's documents only
 * through `grantedRevisions`, one SQL join that checks the grant is live and names the grantee and
 * that an item covers the document and revision; anything else reads as a missing row.
 */

const grantNotFound = (grantId: string) => new KizukiError('not_found', '共有の許可が見つかりません。', { grantId });

function toGrant(row: GrantRow, items: GrantItem[]): Grant {
  const grant: Grant = {
    id: row.id,
    ownerOrganizationId: row.tenant_id,
    granteeOrganizationId: row.grantee_tenant_id,
    purpose: row.purpose as GrantPurpose,
    reason: row.reason,
    createdBy: row.created_by,
    createdAt: row.created_at,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    items,
  };
  if (row.revoked_at !== null) grant.revokedAt = row.revoked_at;
  if (row.revoked_by !== null) grant.revokedBy = row.revoked_by;
  if (row.revoke_reason !== null) grant.revokeReason = row.revoke_reason;
  return grant;
}

/** Items of the given grants (all of one tenant each), with the client's identity from the owner's index. */
async function itemsOf(db: Kysely<Database>, grants: readonly GrantRow[]): Promise<Map<string, GrantItem[]>> {
  const byGrant = new Map<string, GrantItem[]>(grants.map((g) => [`${g.tenant_id}\u0000${g.id}`, []]));
  const tenants = [...new Set(grants.map((g) => g.tenant_id))];
  for (const tenantId of tenants) {
    const ids = grants.filter((g) => g.tenant_id === tenantId).map((g) => g.id);
    for (let i = 0; i < ids.length; i += 200) {
      const rows = await db
        .selectFrom('grant_items as i')
        .innerJoin('clients as c', (join) => join.onRef('c.tenant_id', '=', 'i.tenant_id').onRef('c.id', '=', 'i.client_id'))
        .select(['i.grant_id', 'i.item_no', 'i.client_id', 'i.document_kind', 'i.document_id', 'i.revision', 'c.name', 'c.name_kana', 'c.insurer_number', 'c.insured_number'])
        .where('i.tenant_id', '=', tenantId)
        .where('i.grant_id', 'in', ids.slice(i, i + 200))
        .orderBy('i.grant_id')
        .orderBy('i.item_no')
        .execute();
      for (const row of rows) {
        const item: GrantItem = {
          itemNo: row.item_no,
          clientId: row.client_id,
          kind: row.document_kind as DocumentKind,
          client: { name: row.name, nameKana: row.name_kana, insurerNumber: row.insurer_number, insuredNumber: row.insured_number },
        };
        if (row.document_id !== null) item.documentId = row.document_id;
        if (row.revision !== null) item.revision = row.revision;
        byGrant.get(`${tenantId}\u0000${row.grant_id}`)?.push(item);
      }
    }
  }
  return byGrant;
}

async function withItems(db: Kysely<Database>, rows: readonly GrantRow[]): Promise<Grant[]> {
  const items = await itemsOf(db, rows);
  return rows.map((row) => toGrant(row, items.get(`${row.tenant_id}\u0000${row.id}`) ?? []));
}

function checkGrantInput(input: NewGrant): void {
  if (!grantPurposeSchema.safeParse(input.purpose).success) {
    throw new KizukiError('bad_request', `共有の目的「${String(input.purpose)}」はありません。`, { purpose: input.purpose });
  }
  if (input.reason.trim() === '') throw new KizukiError('bad_request', '共有の理由を入力してください。');
  if (!(input.validUntil > input.validFrom)) {
    throw new KizukiError('bad_request', '共有の期限は開始より後にしてください。', { validFrom: input.validFrom, validUntil: input.validUntil });
  }
  if (input.items.length === 0) throw new KizukiError('bad_request', '共有する書類を1つ以上指定してください。');
  if (input.ownerTenantId === input.granteeTenantId) throw new KizukiError('bad_request', '自分の組織には共有できません。');
}

/** Resolves each item to a row, checking that pinned documents belong to the client and the revision exists. */
async function itemRows(trx: Kysely<Database>, input: NewGrant, grantId: string) {
  const rows = [];
  for (const [index, item] of input.items.entries()) {
    const base = { tenant_id: input.ownerTenantId, grant_id: grantId, item_no: index + 1, client_id: item.clientId };
    if ('kind' in item) {
      const kind = documentKindSchema.safeParse(item.kind);
      if (!kind.success) throw new KizukiError('bad_request', `文書の種類「${String(item.kind)}」はありません。`, { item: index + 1 });
      const client = await trx.selectFrom('clients').select('id').where('tenant_id', '=', input.ownerTenantId).where('id', '=', item.clientId).executeTakeFirst();
      if (!client) throw new KizukiError('not_found', '共有する利用者が見つかりません。', { item: index + 1, clientId: item.clientId });
      rows.push({ ...base, document_kind: kind.data, document_id: null, revision: null });
      continue;
    }
    const doc = await trx
      .selectFrom('documents')
      .select(['kind', 'client_id', 'current_revision'])
      .where('tenant_id', '=', input.ownerTenantId)
      .where('id', '=', item.documentId)
      .executeTakeFirst();
    if (!doc || doc.client_id !== item.clientId) {
      throw new KizukiError('not_found', '共有する書類が見つかりません（利用者の書類ではありません）。', { item: index + 1, documentId: item.documentId });
    }
    if (!(Number.isInteger(item.revision) && item.revision >= 1 && item.revision <= doc.current_revision)) {
      throw new KizukiError('bad_request', `書類の第${item.revision}版はありません（最新は第${doc.current_revision}版）。`, {
        item: index + 1,
        revision: item.revision,
        current: doc.current_revision,
      });
    }
    rows.push({ ...base, document_kind: doc.kind, document_id: item.documentId, revision: item.revision });
  }
  return rows;
}

export async function createGrant(ctx: StoreContext, input: NewGrant): Promise<Grant> {
  checkGrantInput(input);
  const id = input.id ?? ctx.newId();
  const row: GrantRow = {
    tenant_id: input.ownerTenantId,
    id,
    grantee_tenant_id: input.granteeTenantId,
    purpose: input.purpose,
    reason: input.reason,
    created_by: input.createdBy,
    created_at: ctx.now(),
    valid_from: input.validFrom,
    valid_until: input.validUntil,
    revoked_at: null,
    revoked_by: null,
    revoke_reason: null,
  };
  try {
    return await withTransaction(ctx.db, async (trx) => {
      await trx.insertInto('grants').values(row).execute();
      const items = await itemRows(trx, input, id);
      await trx.insertInto('grant_items').values(items).execute();
      return (await withItems(trx, [row]))[0] as Grant;
    });
  } catch (error) {
    const violation = constraintViolation(error);
    if (violation === 'unique') throw new KizukiError('already_exists', `共有の許可「${id}」はすでにあります。`, { id });
    if (violation === 'foreign_key') {
      throw new KizukiError('not_found', '共有元または共有先の組織が見つかりません。', { ownerTenantId: input.ownerTenantId, granteeTenantId: input.granteeTenantId });
    }
    throw error;
  }
}

export async function getGrant(ctx: StoreContext, ownerTenantId: string, grantId: string): Promise<Grant | undefined> {
  const row = await ctx.db.selectFrom('grants').selectAll().where('tenant_id', '=', ownerTenantId).where('id', '=', grantId).executeTakeFirst();
  return row && (await withItems(ctx.db, [row]))[0];
}

export async function listGrantsByOwner(ctx: StoreContext, ownerTenantId: string): Promise<Grant[]> {
  const rows = await ctx.db.selectFrom('grants').selectAll().where('tenant_id', '=', ownerTenantId).orderBy('created_at', 'desc').orderBy('id').execute();
  return withItems(ctx.db, rows);
}

export async function listGrantsForGrantee(ctx: StoreContext, granteeTenantId: string, at: string): Promise<Grant[]> {
  const rows = await ctx.db
    .selectFrom('grants')
    .selectAll()
    .where('grantee_tenant_id', '=', granteeTenantId)
    .where('revoked_at', 'is', null)
    .where('valid_from', '<=', at)
    .where('valid_until', '>', at)
    .orderBy('created_at', 'desc')
    .orderBy('tenant_id')
    .orderBy('id')
    .execute();
  return withItems(ctx.db, rows);
}

export async function revokeGrant(ctx: StoreContext, ownerTenantId: string, grantId: string, by: string, reason: string, at: string): Promise<Grant> {
  if (reason.trim() === '') throw new KizukiError('bad_request', '取り消しの理由を入力してください。');
  return withTransaction(ctx.db, async (trx) => {
    const updated = await trx
      .updateTable('grants')
      .set({ revoked_at: at, revoked_by: by, revoke_reason: reason })
      .where('tenant_id', '=', ownerTenantId)
      .where('id', '=', grantId)
      .where('revoked_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
    if (updated) return (await withItems(trx, [updated]))[0] as Grant;
    const existing = await trx.selectFrom('grants').select('revoked_at').where('tenant_id', '=', ownerTenantId).where('id', '=', grantId).executeTakeFirst();
    if (!existing) throw grantNotFound(grantId);
    throw new KizukiError('conflict', `この共有の許可はすでに取り消されています（${existing.revoked_at ?? ''}）。`, { grantId, revokedAt: existing.revoked_at });
  });
}

/**
 * The check: documents of the grant's owner joined with a live grant naming the grantee and an
 * item that covers them. A pinned item covers exactly its revision; an item that follows the case
 * covers every revision of the client's documents of its kind (the current one unless asked).
 */
function grantedRevisions(db: Kysely<Database>, granteeTenantId: string, grantId: string, at: string, revision: number | undefined) {
  return db
    .selectFrom('grants as g')
    .innerJoin('grant_items as i', (join) => join.onRef('i.tenant_id', '=', 'g.tenant_id').onRef('i.grant_id', '=', 'g.id'))
    .innerJoin('documents as d', (join) =>
      join
        .onRef('d.tenant_id', '=', 'i.tenant_id')
        .onRef('d.client_id', '=', 'i.client_id')
        .onRef('d.kind', '=', 'i.document_kind')
        .on((eb) => eb.or([eb('i.document_id', 'is', null), eb('i.document_id', '=', eb.ref('d.id'))])),
    )
    .innerJoin('document_revisions as r', (join) => {
      const on = join.onRef('r.tenant_id', '=', 'd.tenant_id').onRef('r.document_id', '=', 'd.id');
      if (revision === undefined) return on.on((eb) => eb('r.revision', '=', eb.fn.coalesce('i.revision', 'd.current_revision')));
      return on.on('r.revision', '=', revision).on((eb) => eb.or([eb('i.revision', 'is', null), eb('i.revision', '=', revision)]));
    })
    .select(['d.id', 'd.tenant_id', 'd.client_id', 'd.kind', 'd.created_at', 'r.revision', 'r.body', 'r.author', 'r.saved_at'])
    .where('g.grantee_tenant_id', '=', granteeTenantId)
    .where('g.id', '=', grantId)
    .where('g.revoked_at', 'is', null)
    .where('g.valid_from', '<=', at)
    .where('g.valid_until', '>', at);
}

type GrantedRow = { id: string; tenant_id: string; client_id: string; kind: string; created_at: string; revision: number; body: string; author: string; saved_at: string };

function toStoredDocument(row: GrantedRow): StoredDocument {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    clientId: row.client_id,
    kind: row.kind as DocumentKind,
    revision: row.revision,
    body: parseBody(row.body),
    author: row.author,
    savedAt: row.saved_at,
    createdAt: row.created_at,
  };
}

/**
 * Grant ids are random; one given by a caller could name grants of two owners to the same grantee.
 * Such an id reads as nothing rather than mixing two owners' documents.
 */
function oneOwner(rows: readonly GrantedRow[]): GrantedRow[] {
  const owners = new Set(rows.map((r) => r.tenant_id));
  return owners.size > 1 ? [] : [...rows];
}

/** Several items may cover one document; the latest covered revision is the one shown. */
function latestPerDocument(rows: readonly GrantedRow[]): GrantedRow[] {
  const byId = new Map<string, GrantedRow>();
  for (const row of rows) {
    const seen = byId.get(row.id);
    if (!seen || row.revision > seen.revision) byId.set(row.id, row);
  }
  return [...byId.values()];
}

export async function getGrantedDocument(
  ctx: StoreContext,
  granteeTenantId: string,
  grantId: string,
  documentId: string,
  revision: number | undefined,
  at: string,
): Promise<StoredDocument | undefined> {
  if (revision !== undefined && !(Number.isInteger(revision) && revision >= 1)) return undefined;
  const rows = await grantedRevisions(ctx.db, granteeTenantId, grantId, at, revision).where('d.id', '=', documentId).execute();
  const [row] = latestPerDocument(oneOwner(rows));
  return row && toStoredDocument(row);
}

export async function listGrantedDocuments(ctx: StoreContext, granteeTenantId: string, grantId: string, at: string): Promise<StoredDocument[]> {
  const rows = await grantedRevisions(ctx.db, granteeTenantId, grantId, at, undefined).orderBy('d.client_id').orderBy('d.created_at').orderBy('d.id').execute();
  return latestPerDocument(oneOwner(rows)).map(toStoredDocument);
}
