import {
  isTwoFactorRequired,
  KizukiError,
  recoveryCodeCount,
  type RecoveryCodesAnswer,
  type Role,
  type TwoFactorEnrollment,
  type TwoFactorStatus,
} from '@kizuki/core';
import { hashRecoveryCode, newRecoveryCode } from '../auth/recovery-codes.js';
import { matchTotp, newTotpSecret, otpauthUri } from '../auth/totp.js';
import type { Actor, ServiceDeps } from './context.js';

/** The user an enrollment or a check is for (a signed-in actor, or a sign-in half done). */
export interface TwoFactorUser {
  tenantId: string;
  userId: string;
  login: string;
  role: Role;
}

export const userOf = (actor: Actor): TwoFactorUser => ({ tenantId: actor.tenantId, userId: actor.user.id, login: actor.user.login, role: actor.user.role });

const wrongCode = () =>
  new KizukiError('invalid_two_factor_code', '確認コードが正しくありません。認証アプリに表示されている6桁の数字（または回復コード）を入力してください。', {
    issues: [{ path: 'code', message: '確認コードが正しくありません' }],
  });

const reusedCode = () =>
  new KizukiError('two_factor_code_reused', 'この確認コードはすでに使われました。認証アプリに次のコードが表示されてから入力してください。', {
    issues: [{ path: 'code', message: 'すでに使われたコードです' }],
  });

/** Whether the user must have 二要素認証 (role, or the organization's setting). */
export async function twoFactorRequired(deps: ServiceDeps, user: Pick<TwoFactorUser, 'tenantId' | 'role'>): Promise<boolean> {
  const settings = await deps.store.getSecuritySettings(user.tenantId);
  return isTwoFactorRequired(user.role, settings.requireTwoFactor);
}

export async function twoFactorStatus(deps: ServiceDeps, user: TwoFactorUser): Promise<TwoFactorStatus> {
  const record = await deps.store.getTwoFactor(user.tenantId, user.userId);
  const enabled = record?.confirmed === true;
  return {
    enabled,
    required: await twoFactorRequired(deps, user),
    recoveryCodesLeft: enabled ? await deps.store.countRecoveryCodes(user.tenantId, user.userId) : 0,
  };
}

/** A new secret for the user's authenticator app; shown now, never again once confirmed. */
export async function startEnrollment(deps: ServiceDeps, user: TwoFactorUser): Promise<TwoFactorEnrollment> {
  const secret = newTotpSecret();
  await deps.store.startTwoFactor(user.tenantId, user.userId, secret);
  return { secret, otpauthUri: otpauthUri(secret, user.login) };
}

function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const codes = Array.from({ length: recoveryCodeCount }, newRecoveryCode);
  return { codes, hashes: codes.map(hashRecoveryCode) };
}

/** Confirms the pending secret with a code from the app; answers the first recovery codes. */
export async function confirmEnrollment(deps: ServiceDeps, user: TwoFactorUser, code: string): Promise<RecoveryCodesAnswer> {
  const record = await deps.store.getTwoFactor(user.tenantId, user.userId);
  if (!record || record.confirmed) {
    throw new KizukiError('conflict', record ? '二要素認証はすでに設定されています。' : '二要素認証の設定を始めてから確認コードを入力してください。');
  }
  const step = matchTotp(record.secret, code.replace(/\s/g, ''), deps.now().getTime());
  if (step === undefined) throw wrongCode();
  const { codes, hashes } = newRecoveryCodes();
  if (!(await deps.store.confirmTwoFactor(user.tenantId, user.userId, step, hashes))) throw reusedCode();
  await deps.store.logAccess({ tenantId: user.tenantId, userId: user.userId, clientId: null, action: 'account.two_factor_enable', at: deps.now().toISOString() });
  return { recoveryCodes: codes };
}

/**
 * Checks a second-step code of a user with 二要素認証: a TOTP code not used before, or an unused
 * recovery code (which is then spent). Throws a typed error otherwise.
 */
export async function checkSecondFactor(deps: ServiceDeps, user: TwoFactorUser, code: string): Promise<'totp' | 'recovery'> {
  const record = await deps.store.getTwoFactor(user.tenantId, user.userId);
  if (!record?.confirmed) throw new KizukiError('conflict', '二要素認証が設定されていません。');
  const compact = code.replace(/\s/g, '');
  if (/^\d{6}$/.test(compact)) {
    const now = deps.now().getTime();
    const step = matchTotp(record.secret, compact, now, record.lastStep);
    if (step !== undefined && (await deps.store.useTotpStep(user.tenantId, user.userId, step))) return 'totp';
    if (matchTotp(record.secret, compact, now) !== undefined) throw reusedCode();
    throw wrongCode();
  }
  if (await deps.store.useRecoveryCode(user.tenantId, user.userId, hashRecoveryCode(compact))) {
    const left = await deps.store.countRecoveryCodes(user.tenantId, user.userId);
    await deps.store.logAccess({ tenantId: user.tenantId, userId: user.userId, clientId: null, action: 'account.recovery_code_used', detail: `残り${left}個`, at: deps.now().toISOString() });
    return 'recovery';
  }
  throw wrongCode();
}

/** New recovery codes (the old ones stop working), after a fresh code proves the user has the app. */
export async function regenerateRecoveryCodes(deps: ServiceDeps, actor: Actor, code: string): Promise<RecoveryCodesAnswer> {
  const user = userOf(actor);
  await checkSecondFactor(deps, user, code);
  const { codes, hashes } = newRecoveryCodes();
  await deps.store.replaceRecoveryCodes(user.tenantId, user.userId, hashes);
  await deps.store.logAccess({ tenantId: user.tenantId, userId: user.userId, clientId: null, action: 'account.recovery_codes', at: deps.now().toISOString() });
  return { recoveryCodes: codes };
}

/** Turns 二要素認証 off, only when neither the role nor the organization requires it. */
export async function disableTwoFactor(deps: ServiceDeps, actor: Actor, code: string): Promise<void> {
  const user = userOf(actor);
  if (await twoFactorRequired(deps, user)) {
    throw new KizukiError('two_factor_required', 'この役割または組織の設定では二要素認証が必須のため、解除できません。');
  }
  await checkSecondFactor(deps, user, code);
  await deps.store.deleteTwoFactor(user.tenantId, user.userId);
  await deps.store.logAccess({ tenantId: user.tenantId, userId: user.userId, clientId: null, action: 'account.two_factor_disable', at: deps.now().toISOString() });
}

/**
 * For the server administrator (`kizuki user reset-two-factor`), when a user lost both the phone and
 * the recovery codes: removes the factor and ends the user's sessions; a user who must have
 * 二要素認証 is sent to enrollment at the next sign-in.
 */
export async function resetTwoFactor(deps: ServiceDeps, login: string): Promise<{ tenantId: string; userId: string }> {
  const user = await deps.store.findUserByLogin(login);
  if (!user) throw new KizukiError('not_found', `ログイン名「${login}」のアカウントが見つかりません。`, { login });
  const tenantId = user.organizationId;
  await deps.store.transaction(async (tx) => {
    await tx.deleteTwoFactor(tenantId, user.id);
    const ended = await tx.deleteUserSessions(tenantId, user.id);
    await tx.logAccess({ tenantId, userId: 'system', clientId: null, action: 'account.two_factor_reset', detail: `${login} の二要素認証を解除（セッション ${ended}件を終了）`, at: deps.now().toISOString() });
  });
  return { tenantId, userId: user.id };
}
