import { KizukiError } from '@kizuki/core';
import type { AccessLogRow } from './db-schema.js';
import { constraintViolation } from './db-errors.js';
import { accessLogHash, anchorMarker, verifyAccessLogChain, type ChainAnchor, type ChainVerdict } from './access-log-chain.js';
import { checkPaging, type StoreContext, withTransaction } from './store-context.js';
import type { AccessLogEntry, AccessLogFilter, AccessLogPurge } from './store.js';
import { organizationNotFound } from './user-queries.js';

function toEntry(row: AccessLogRow): AccessLogEntry {
  const entry: AccessLogEntry = {
    id: row.id,
    tenantId: row.tenant_id,
    userId: row.user_id,
    clientId: row.client_id,
    action: row.action,
    at: row.at,
  };
  if (row.detail !== null) entry.detail = row.detail;
  if (row.seq !== null) entry.seq = row.seq;
  return entry;
}

/**
 * Appends an entry to the tenant's hash chain: the tenant's head row is locked (created on first
 * use), the entry gets the next seq and a hash over its fields and the previous hash, and the head
 * moves, all in one transaction.
 */
export async function logAccess(ctx: StoreContext, entry: AccessLogEntry): Promise<void> {
  try {
    await withTransaction(ctx.db, async (trx) => {
      await trx.insertInto('access_log_heads').values({ tenant_id: entry.tenantId, seq: 0, hash: '' }).onConflict((oc) => oc.column('tenant_id').doNothing()).execute();
      let headQuery = trx.selectFrom('access_log_heads').select(['seq', 'hash']).where('tenant_id', '=', entry.tenantId);
      if (ctx.backend === 'postgres') headQuery = headQuery.forUpdate();
      const head = await headQuery.executeTakeFirstOrThrow();
      const fields = {
        tenant_id: entry.tenantId,
        id: entry.id ?? ctx.newId(),
        user_id: entry.userId,
        client_id: entry.clientId,
        action: entry.action,
        detail: entry.detail ?? null,
        at: entry.at,
        seq: head.seq + 1,
      };
      const hash = accessLogHash(head.hash, fields);
      await trx.insertInto('access_log').values({ ...fields, prev_hash: head.hash, hash }).execute();
      await trx.updateTable('access_log_heads').set({ seq: fields.seq, hash }).where('tenant_id', '=', entry.tenantId).execute();
    });
  } catch (error) {
    const violation = constraintViolation(error);
    if (violation === 'foreign_key') throw organizationNotFound(entry.tenantId);
    if (violation === 'unique') throw new KizukiError('already_exists', `閲覧記録「${entry.id}」はすでにあります。`, { id: entry.id });
    throw error;
  }
}

/** Newest first. */
export async function listAccessLog(
  ctx: StoreContext,
  tenantId: string,
  filter: AccessLogFilter = {},
): Promise<AccessLogEntry[]> {
  checkPaging({ limit: filter.limit });
  let q = ctx.db.selectFrom('access_log').selectAll().where('tenant_id', '=', tenantId);
  if (filter.clientId !== undefined) q = q.where('client_id', '=', filter.clientId);
  if (filter.userId !== undefined) q = q.where('user_id', '=', filter.userId);
  if (filter.action !== undefined) q = q.where('action', '=', filter.action);
  if (filter.fromAt !== undefined) q = q.where('at', '>=', filter.fromAt);
  if (filter.untilAt !== undefined) q = q.where('at', '<', filter.untilAt);
  q = q.orderBy('at', 'desc').orderBy('id', 'desc');
  if (filter.limit !== undefined) q = q.limit(filter.limit);
  return (await q.execute()).map(toEntry);
}

/** Checks the hash chain of one tenant's access log, or of every tenant. */
export async function verifyAccessLog(ctx: StoreContext, tenantId?: string): Promise<ChainVerdict[]> {
  const tenants = tenantId !== undefined ? [tenantId] : (await ctx.db.selectFrom('organizations').select('tenant_id').orderBy('tenant_id').execute()).map((r) => r.tenant_id);
  const verdicts: ChainVerdict[] = [];
  for (const tenant of tenants) {
    const rows = await ctx.db
      .selectFrom('access_log')
      .select(['tenant_id', 'id', 'user_id', 'client_id', 'action', 'detail', 'at', 'seq', 'prev_hash', 'hash'])
      .where('tenant_id', '=', tenant)
      .execute();
    const head = await ctx.db.selectFrom('access_log_heads').select(['seq', 'hash']).where('tenant_id', '=', tenant).executeTakeFirst();
    const anchor = await ctx.db.selectFrom('access_log_anchors').select(['seq', 'hash']).where('tenant_id', '=', tenant).executeTakeFirst();
    verdicts.push(verifyAccessLogChain(tenant, rows, head, anchor));
  }
  return verdicts;
}

/**
 * Removes a tenant's entries from before `beforeAt` (保存期間を過ぎた記録) in one transaction: the
 * chained prefix up to the last entry older than `beforeAt`, and unchained entries older than it.
 * The last removed entry's seq and hash become the anchor the remaining chain starts from, and the
 * purge appends an entry naming that anchor. Nothing is written when nothing is old enough.
 */
export async function purgeAccessLog(ctx: StoreContext, purge: AccessLogPurge): Promise<{ purged: number; anchor?: ChainAnchor }> {
  return withTransaction(ctx.db, async (trx) => {
    const tx: StoreContext = { ...ctx, db: trx };
    let headQuery = trx.selectFrom('access_log_heads').select(['seq']).where('tenant_id', '=', purge.tenantId);
    if (ctx.backend === 'postgres') headQuery = headQuery.forUpdate();
    await headQuery.executeTakeFirst();
    const last = await trx
      .selectFrom('access_log')
      .select(['seq', 'hash'])
      .where('tenant_id', '=', purge.tenantId)
      .where('seq', 'is not', null)
      .where('at', '<', purge.beforeAt)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    let purged = 0;
    let anchor: ChainAnchor | undefined;
    if (last?.seq != null && last.hash !== null) {
      anchor = { seq: last.seq, hash: last.hash };
      const removed = await trx.deleteFrom('access_log').where('tenant_id', '=', purge.tenantId).where('seq', '<=', anchor.seq).executeTakeFirst();
      purged += Number(removed.numDeletedRows);
      const values = { seq: anchor.seq, hash: anchor.hash, purged_at: purge.at };
      await trx.insertInto('access_log_anchors').values({ tenant_id: purge.tenantId, ...values }).onConflict((oc) => oc.column('tenant_id').doUpdateSet(values)).execute();
    }
    const unchained = await trx.deleteFrom('access_log').where('tenant_id', '=', purge.tenantId).where('seq', 'is', null).where('at', '<', purge.beforeAt).executeTakeFirst();
    purged += Number(unchained.numDeletedRows);
    if (purged === 0) return { purged };
    const current = anchor ?? (await trx.selectFrom('access_log_anchors').select(['seq', 'hash']).where('tenant_id', '=', purge.tenantId).executeTakeFirst());
    const range = anchor ? `${anchor.seq}番までの` : '';
    const detail = `${range}${purged}件を削除（${purge.reason}）${current ? `。${anchorMarker(current)}` : ''}`;
    await logAccess(tx, { tenantId: purge.tenantId, userId: purge.userId, clientId: null, action: 'access_log.purge', detail, at: purge.at });
    return anchor ? { purged, anchor } : { purged };
  });
}

/**
 * Appends several entries in one transaction, each chained to the one before it in its tenant
 * exactly as {@link logAccess} would chain them one by one, in the order given. One commit for
 * many requests' entries (group commit). Any failure rolls back the whole batch.
 */
export async function logAccessBatch(ctx: StoreContext, entries: readonly AccessLogEntry[]): Promise<void> {
  await withTransaction(ctx.db, async (trx) => {
    const heads = new Map<string, { seq: number; hash: string }>();
    for (const entry of entries) {
      let head = heads.get(entry.tenantId);
      if (head === undefined) {
        await trx.insertInto('access_log_heads').values({ tenant_id: entry.tenantId, seq: 0, hash: '' }).onConflict((oc) => oc.column('tenant_id').doNothing()).execute();
        let headQuery = trx.selectFrom('access_log_heads').select(['seq', 'hash']).where('tenant_id', '=', entry.tenantId);
        if (ctx.backend === 'postgres') headQuery = headQuery.forUpdate();
        head = await headQuery.executeTakeFirstOrThrow();
      }
      const fields = {
        tenant_id: entry.tenantId,
        id: entry.id ?? ctx.newId(),
        user_id: entry.userId,
        client_id: entry.clientId,
        action: entry.action,
        detail: entry.detail ?? null,
        at: entry.at,
        seq: head.seq + 1,
      };
      const hash = accessLogHash(head.hash, fields);
      await trx.insertInto('access_log').values({ ...fields, prev_hash: head.hash, hash }).execute();
      heads.set(entry.tenantId, { seq: fields.seq, hash });
    }
    for (const [tenantId, head] of heads) await trx.updateTable('access_log_heads').set(head).where('tenant_id', '=', tenantId).execute();
  });
}
