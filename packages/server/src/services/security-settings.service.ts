import {
  accessLogRetention,
  accessLogRetentionCutoff,
  KizukiError,
  type SecuritySettings,
  type SecuritySettingsAnswer,
} from '@kizuki/core';
import type { Actor, ServiceDeps } from './context.js';

function answer(deps: ServiceDeps, settings: SecuritySettings): SecuritySettingsAnswer {
  return {
    settings,
    retention: { ...accessLogRetention },
    purgeBefore: accessLogRetentionCutoff(deps.now(), settings.accessLogRetentionMonths),
  };
}

export async function readSecuritySettings(deps: ServiceDeps, actor: Actor): Promise<SecuritySettingsAnswer> {
  return answer(deps, await deps.store.getSecuritySettings(actor.tenantId));
}

/**
 * Saves the organization's settings (事業所管理者・システム管理者). Requiring 二要素認証 needs the
 * admin's own first (or the admin would be locked out by it), and ends the sessions of users who
 * have none, so nobody keeps working without it.
 */
export async function saveSecuritySettings(deps: ServiceDeps, actor: Actor, settings: SecuritySettings): Promise<SecuritySettingsAnswer> {
  const before = await deps.store.getSecuritySettings(actor.tenantId);
  let ended = 0;
  if (settings.requireTwoFactor && !before.requireTwoFactor) {
    const own = await deps.store.getTwoFactor(actor.tenantId, actor.user.id);
    if (!own?.confirmed) {
      throw new KizukiError('validation_failed', '二要素認証を必須にする前に、まずご自身の二要素認証をアカウントの画面で設定してください。', {
        issues: [{ path: 'requireTwoFactor', message: 'ご自身の二要素認証がまだ設定されていません' }],
      });
    }
  }
  await deps.store.transaction(async (tx) => {
    await tx.setSecuritySettings(actor.tenantId, settings);
    if (settings.requireTwoFactor && !before.requireTwoFactor) {
      for (const user of await tx.listUsers(actor.tenantId)) {
        if (!(await tx.getTwoFactor(actor.tenantId, user.id))?.confirmed) ended += await tx.deleteUserSessions(actor.tenantId, user.id);
      }
    }
    const detail = `二要素認証: ${settings.requireTwoFactor ? '必須' : '任意'}、閲覧記録の保存期間: ${settings.accessLogRetentionMonths}か月${ended > 0 ? `、未設定の利用者のセッション ${ended}件を終了` : ''}`;
    await tx.logAccess({ tenantId: actor.tenantId, userId: actor.user.id, clientId: null, action: 'security.settings', detail, at: deps.now().toISOString() });
  });
  return answer(deps, settings);
}

export interface PurgeReport {
  tenantId: string;
  purged: number;
  before: string;
  anchor?: { seq: number; hash: string };
}

/**
 * Removes access-log entries older than each organization's retention (保存期間), every
 * organization's or one's; each purge keeps the chain verifiable and is itself logged.
 */
export async function purgeExpiredAccessLog(deps: ServiceDeps, options: { tenantId?: string; userId: string }): Promise<PurgeReport[]> {
  const tenants = options.tenantId !== undefined ? [options.tenantId] : (await deps.store.listOrganizations()).map((o) => o.id);
  const reports: PurgeReport[] = [];
  for (const tenantId of tenants) {
    const { accessLogRetentionMonths } = await deps.store.getSecuritySettings(tenantId);
    const now = deps.now();
    const before = accessLogRetentionCutoff(now, accessLogRetentionMonths);
    const result = await deps.store.purgeAccessLog({
      tenantId,
      beforeAt: before,
      userId: options.userId,
      reason: `保存期間 ${accessLogRetentionMonths}か月、${before.slice(0, 10)} より前`,
      at: now.toISOString(),
    });
    reports.push({ tenantId, purged: result.purged, before, ...(result.anchor ? { anchor: result.anchor } : {}) });
  }
  return reports;
}
