import { KizukiError } from '@kizuki/core';
import type { AccessLogRow } from './db-schema.js';
import { constraintViolation } from './db-errors.js';
import { checkPaging, type StoreContext } from './store-context.js';
import type { AccessLogEntry } from './store.js';
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
  return entry;
}

export async function logAccess(ctx: StoreContext, entry: AccessLogEntry): Promise<void> {
  try {
    await ctx.db
      .insertInto('access_log')
      .values({
        tenant_id: entry.tenantId,
        id: entry.id ?? ctx.newId(),
        user_id: entry.userId,
        client_id: entry.clientId,
        action: entry.action,
        detail: entry.detail ?? null,
        at: entry.at,
      })
      .execute();
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
  filter: { clientId?: string; limit?: number } = {},
): Promise<AccessLogEntry[]> {
  checkPaging({ limit: filter.limit });
  let q = ctx.db.selectFrom('access_log').selectAll().where('tenant_id', '=', tenantId);
  if (filter.clientId !== undefined) q = q.where('client_id', '=', filter.clientId);
  q = q.orderBy('at', 'desc').orderBy('id', 'desc');
  if (filter.limit !== undefined) q = q.limit(filter.limit);
  return (await q.execute()).map(toEntry);
}
