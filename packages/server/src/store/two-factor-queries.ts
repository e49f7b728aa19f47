import { defaultSecuritySettings, KizukiError, type SecuritySettings } from '@kizuki/core';
import { constraintViolation } from './db-errors.js';
import { type StoreContext, withTransaction } from './store-context.js';
import type { LoginChallenge, TwoFactorRecord } from './store.js';

export async function getTwoFactor(ctx: StoreContext, tenantId: string, userId: string): Promise<TwoFactorRecord | undefined> {
  const row = await ctx.db.selectFrom('two_factor').selectAll().where('tenant_id', '=', tenantId).where('user_id', '=', userId).executeTakeFirst();
  if (!row) return undefined;
  return { secret: row.secret, confirmed: row.confirmed_at !== null, lastStep: row.last_step };
}

/** Starts (or restarts) an enrollment with a new secret; a confirmed 二要素認証 is left as it is. */
export async function startTwoFactor(ctx: StoreContext, tenantId: string, userId: string, secret: string): Promise<void> {
  await withTransaction(ctx.db, async (trx) => {
    const existing = await trx.selectFrom('two_factor').select('confirmed_at').where('tenant_id', '=', tenantId).where('user_id', '=', userId).executeTakeFirst();
    if (existing?.confirmed_at) throw new KizukiError('conflict', '二要素認証はすでに設定されています。');
    await trx.deleteFrom('two_factor').where('tenant_id', '=', tenantId).where('user_id', '=', userId).execute();
    try {
      await trx.insertInto('two_factor').values({ tenant_id: tenantId, user_id: userId, secret, confirmed_at: null, last_step: -1, created_at: ctx.now() }).execute();
    } catch (error) {
      if (constraintViolation(error) === 'foreign_key') throw new KizukiError('not_found', `ユーザー「${userId}」が見つかりません。`, { userId });
      throw error;
    }
  });
}

/**
 * Confirms an enrollment at the step of the code that proved it, with the first recovery codes,
 * in one transaction; false when no enrollment was pending (or the step was not newer).
 */
export async function confirmTwoFactor(ctx: StoreContext, tenantId: string, userId: string, step: number, recoveryCodeHashes: readonly string[]): Promise<boolean> {
  return withTransaction(ctx.db, async (trx) => {
    const now = ctx.now();
    const result = await trx
      .updateTable('two_factor')
      .set({ confirmed_at: now, last_step: step })
      .where('tenant_id', '=', tenantId)
      .where('user_id', '=', userId)
      .where('confirmed_at', 'is', null)
      .where('last_step', '<', step)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    await writeRecoveryCodes(trx, tenantId, userId, recoveryCodeHashes, now);
    return true;
  });
}

/** Records `step` as used when it is newer than the last one: false for a replayed (or older) code. */
export async function useTotpStep(ctx: StoreContext, tenantId: string, userId: string, step: number): Promise<boolean> {
  const result = await ctx.db
    .updateTable('two_factor')
    .set({ last_step: step })
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId)
    .where('confirmed_at', 'is not', null)
    .where('last_step', '<', step)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteTwoFactor(ctx: StoreContext, tenantId: string, userId: string): Promise<void> {
  await withTransaction(ctx.db, async (trx) => {
    await trx.deleteFrom('recovery_codes').where('tenant_id', '=', tenantId).where('user_id', '=', userId).execute();
    await trx.deleteFrom('two_factor').where('tenant_id', '=', tenantId).where('user_id', '=', userId).execute();
  });
}

async function writeRecoveryCodes(db: StoreContext['db'], tenantId: string, userId: string, hashes: readonly string[], now: string): Promise<void> {
  await db.deleteFrom('recovery_codes').where('tenant_id', '=', tenantId).where('user_id', '=', userId).execute();
  if (hashes.length === 0) return;
  await db
    .insertInto('recovery_codes')
    .values(hashes.map((code_hash) => ({ tenant_id: tenantId, user_id: userId, code_hash, used_at: null, created_at: now })))
    .execute();
}

/** Replaces every recovery code of the user (the old ones stop working). */
export async function replaceRecoveryCodes(ctx: StoreContext, tenantId: string, userId: string, hashes: readonly string[]): Promise<void> {
  await withTransaction(ctx.db, (trx) => writeRecoveryCodes(trx, tenantId, userId, hashes, ctx.now()));
}

/** Marks an unused recovery code used; false when there is no such unused code. */
export async function useRecoveryCode(ctx: StoreContext, tenantId: string, userId: string, hash: string): Promise<boolean> {
  const result = await ctx.db
    .updateTable('recovery_codes')
    .set({ used_at: ctx.now() })
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId)
    .where('code_hash', '=', hash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function countRecoveryCodes(ctx: StoreContext, tenantId: string, userId: string): Promise<number> {
  const row = await ctx.db
    .selectFrom('recovery_codes')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function createLoginChallenge(ctx: StoreContext, challenge: LoginChallenge): Promise<void> {
  await ctx.db.deleteFrom('login_challenges').where('expires_at', '<=', challenge.createdAt).execute();
  await ctx.db
    .insertInto('login_challenges')
    .values({ tenant_id: challenge.tenantId, id_hash: challenge.idHash, user_id: challenge.userId, created_at: challenge.createdAt, expires_at: challenge.expiresAt })
    .execute();
}

export async function getLoginChallenge(ctx: StoreContext, idHash: string, now: string): Promise<LoginChallenge | undefined> {
  const row = await ctx.db.selectFrom('login_challenges').selectAll().where('id_hash', '=', idHash).where('expires_at', '>', now).executeTakeFirst();
  return row && { idHash: row.id_hash, tenantId: row.tenant_id, userId: row.user_id, createdAt: row.created_at, expiresAt: row.expires_at };
}

export async function deleteLoginChallenge(ctx: StoreContext, idHash: string): Promise<void> {
  await ctx.db.deleteFrom('login_challenges').where('id_hash', '=', idHash).execute();
}

export async function getSecuritySettings(ctx: StoreContext, tenantId: string): Promise<SecuritySettings> {
  const row = await ctx.db.selectFrom('security_settings').selectAll().where('tenant_id', '=', tenantId).executeTakeFirst();
  if (!row) return { ...defaultSecuritySettings };
  return { requireTwoFactor: row.require_two_factor === 1, accessLogRetentionMonths: row.access_log_retention_months };
}

export async function setSecuritySettings(ctx: StoreContext, tenantId: string, settings: SecuritySettings): Promise<void> {
  const values = { require_two_factor: settings.requireTwoFactor ? 1 : 0, access_log_retention_months: settings.accessLogRetentionMonths, updated_at: ctx.now() };
  try {
    await ctx.db
      .insertInto('security_settings')
      .values({ tenant_id: tenantId, ...values })
      .onConflict((oc) => oc.column('tenant_id').doUpdateSet(values))
      .execute();
  } catch (error) {
    if (constraintViolation(error) === 'foreign_key') throw new KizukiError('not_found', `組織「${tenantId}」が見つかりません。`, { tenantId });
    throw error;
  }
}
