import { createHash, randomBytes } from 'node:crypto';
import { KizukiError, loginNameSchema, passwordSchema, type Organization, type RecoveryCodesAnswer, type Role, type TwoFactorEnrollment, type User } from '@kizuki/core';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../auth/password.js';
import type { LoginThrottle } from '../auth/login-throttle.js';
import type { Actor, ServiceDeps } from './context.js';
import { checkSecondFactor, confirmEnrollment, startEnrollment, twoFactorRequired, type TwoFactorUser } from './two-factor.service.js';
import { parseInput } from './validate.js';

/**
 * A session ends after 30 minutes without a request (an unattended tablet; drafts stay on the device,
 * so nothing typed is lost) and in any case 12 hours after sign-in (a working day), as the
 * 医療情報システムの安全管理に関するガイドライン asks of sessions on shared terminals.
 */
export const sessionIdleMs = 30 * 60 * 1000;
export const sessionAbsoluteMs = 12 * 60 * 60 * 1000;

export interface LoginResult {
  /** the raw session token for the cookie; only its hash is stored */
  token: string;
  csrfToken: string;
  actor: Actor;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

const invalidCredentials = () =>
  new KizukiError('invalid_credentials', 'ログイン名またはパスワードが正しくありません。');

/** A right password whose second step (a code, or enrolling first) is still to come. */
export interface LoginChallengeResult {
  step: 'code' | 'enroll';
  /** the raw challenge token for its cookie; only its hash is stored */
  challengeToken: string;
}

/** How long the second step of a sign-in may take. */
export const loginChallengeMs = 10 * 60 * 1000;

type LoginDeps = ServiceDeps & { throttle: LoginThrottle };

/**
 * Checks the password (throttled per login name and address). Opens a session when the user has
 * no 二要素認証 and needs none; otherwise answers the second step (a code, or enrollment when the
 * role or the organization requires 二要素認証 and the user has not set it up).
 */
export async function login(deps: LoginDeps, input: { login: string; password: string; clientAddress: string }): Promise<LoginResult | LoginChallengeResult> {
  const keys = [`login:${input.login.toLowerCase()}`, `addr:${input.clientAddress}`];
  deps.throttle.check(keys);
  const user = await deps.store.findUserByLogin(input.login);
  const ok = await verifyPassword(input.password, user?.passwordHash ?? (await dummyPasswordHash));
  if (!user || !ok || user.disabled) {
    deps.throttle.recordFailure(keys);
    throw invalidCredentials();
  }
  deps.throttle.recordSuccess(keys);
  const organization = await deps.store.getOrganization(user.organizationId);
  if (!organization) throw invalidCredentials();
  const twoFactor = await deps.store.getTwoFactor(organization.id, user.id);
  const step = twoFactor?.confirmed ? 'code' : (await twoFactorRequired(deps, { tenantId: organization.id, role: user.role })) ? 'enroll' : undefined;
  if (step === undefined) return openSession(deps, organization, user);
  const challengeToken = randomBytes(32).toString('base64url');
  const now = deps.now();
  await deps.store.createLoginChallenge({
    idHash: hashToken(challengeToken),
    tenantId: organization.id,
    userId: user.id,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + loginChallengeMs).toISOString(),
  });
  return { step, challengeToken };
}

async function openSession(deps: ServiceDeps, organization: Organization, user: User): Promise<LoginResult> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const now = deps.now();
  await deps.store.createSession({
    idHash: hashToken(token),
    tenantId: organization.id,
    userId: user.id,
    csrfToken,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + sessionIdleMs).toISOString(),
  });
  const { passwordHash: _secret, ...publicUser } = user as User & { passwordHash?: string };
  return { token, csrfToken, actor: { user: publicUser, organization, tenantId: organization.id } };
}

const challengeExpired = () => new KizukiError('unauthenticated', 'ログインの確認の期限が切れました。もう一度ログイン名とパスワードを入力してください。');

/** The user behind a pending sign-in, or 401 when the challenge is missing or expired. */
async function challengeUser(deps: ServiceDeps, challengeToken: string): Promise<{ user: User; organization: Organization; twoFactorUser: TwoFactorUser }> {
  const challenge = await deps.store.getLoginChallenge(hashToken(challengeToken), deps.now().toISOString());
  if (!challenge) throw challengeExpired();
  const user = await deps.store.getUser(challenge.tenantId, challenge.userId);
  const organization = await deps.store.getOrganization(challenge.tenantId);
  if (!user || user.disabled || !organization) throw challengeExpired();
  return { user, organization, twoFactorUser: { tenantId: organization.id, userId: user.id, login: user.login, role: user.role } };
}

/** Wrong codes count like wrong passwords: per user and per address. */
async function throttled<T>(deps: LoginDeps, keys: string[], work: () => Promise<T>): Promise<T> {
  deps.throttle.check(keys);
  try {
    const result = await work();
    deps.throttle.recordSuccess(keys.filter((k) => !k.startsWith('addr:')));
    return result;
  } catch (error) {
    if (error instanceof KizukiError && (error.code === 'invalid_two_factor_code' || error.code === 'two_factor_code_reused')) deps.throttle.recordFailure(keys);
    throw error;
  }
}

/** The second step of a sign-in: a code from the app (or a recovery code) opens the session. */
export async function loginWithCode(deps: LoginDeps, input: { challengeToken: string; code: string; clientAddress: string }): Promise<LoginResult> {
  const { user, organization, twoFactorUser } = await challengeUser(deps, input.challengeToken);
  await throttled(deps, [`code:${user.id}`, `addr:${input.clientAddress}`], () => checkSecondFactor(deps, twoFactorUser, input.code));
  await deps.store.deleteLoginChallenge(hashToken(input.challengeToken));
  return openSession(deps, organization, user);
}

/** A user who must enroll before signing in gets a secret for the authenticator app. */
export async function startLoginEnrollment(deps: LoginDeps, challengeToken: string): Promise<TwoFactorEnrollment> {
  const { twoFactorUser } = await challengeUser(deps, challengeToken);
  return startEnrollment(deps, twoFactorUser);
}

/** Confirms the enrollment of a sign-in with a code: the session opens and the recovery codes are shown. */
export async function confirmLoginEnrollment(deps: LoginDeps, input: { challengeToken: string; code: string; clientAddress: string }): Promise<{ session: LoginResult } & RecoveryCodesAnswer> {
  const { user, organization, twoFactorUser } = await challengeUser(deps, input.challengeToken);
  const codes = await throttled(deps, [`code:${user.id}`, `addr:${input.clientAddress}`], () => confirmEnrollment(deps, twoFactorUser, input.code));
  await deps.store.deleteLoginChallenge(hashToken(input.challengeToken));
  return { session: await openSession(deps, organization, user), ...codes };
}

/** The actor behind a session token, sliding the session's expiry; undefined when not valid. */
export async function authenticate(deps: ServiceDeps, token: string): Promise<{ actor: Actor; csrfToken: string } | undefined> {
  const idHash = hashToken(token);
  const now = deps.now();
  const session = await deps.store.getSession(idHash, now.toISOString());
  if (!session) return undefined;
  const endsAt = Date.parse(session.createdAt) + sessionAbsoluteMs;
  if (now.getTime() >= endsAt) {
    await deps.store.deleteSession(idHash);
    return undefined;
  }
  // Both read on every request: together, so PostgreSQL answers them in one round trip's time.
  const [user, organization] = await Promise.all([deps.store.getUser(session.tenantId, session.userId), deps.store.getOrganization(session.tenantId)]);
  if (!user || user.disabled || !organization) return undefined;
  const next = Math.min(now.getTime() + sessionIdleMs, endsAt);
  // Touch at most once a minute so reads do not turn into a write each.
  if (Date.parse(session.expiresAt) - next < -60_000) {
    await deps.store.touchSession(idHash, new Date(next).toISOString());
  }
  return { actor: { user, organization, tenantId: organization.id }, csrfToken: session.csrfToken };
}

export async function logout(deps: ServiceDeps, token: string): Promise<void> {
  await deps.store.deleteSession(hashToken(token));
}

/** Ends every session of the actor (every device); answers how many ended. */
export async function logoutEverywhere(deps: ServiceDeps, actor: Actor): Promise<number> {
  const ended = await deps.store.deleteUserSessions(actor.tenantId, actor.user.id);
  await deps.store.logAccess({ tenantId: actor.tenantId, userId: actor.user.id, clientId: null, action: 'account.logout_all', detail: `${ended}件`, at: deps.now().toISOString() });
  return ended;
}

/**
 * Changes the actor's own password: the current one must be right, the new one must follow the
 * password rules and differ; every other session of the user ends (this one stays).
 */
export async function changePassword(deps: ServiceDeps, actor: Actor, token: string, input: { currentPassword: string; newPassword: string }): Promise<void> {
  const user = await deps.store.findUserByLogin(actor.user.login);
  if (!user || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new KizukiError('validation_failed', '現在のパスワードが正しくありません。', { issues: [{ path: 'currentPassword', message: '現在のパスワードが正しくありません' }] });
  }
  const next = parseInput(passwordSchema, input.newPassword, 'newPassword');
  if (next === input.currentPassword) {
    throw new KizukiError('validation_failed', '新しいパスワードは現在のものと違うものにしてください。', { issues: [{ path: 'newPassword', message: '現在のものと違うパスワードにしてください' }] });
  }
  await deps.store.setUserPassword(actor.tenantId, actor.user.id, await hashPassword(next));
  const ended = await deps.store.deleteUserSessions(actor.tenantId, actor.user.id, hashToken(token));
  await deps.store.logAccess({ tenantId: actor.tenantId, userId: actor.user.id, clientId: null, action: 'account.password_change', detail: `他の端末のセッション ${ended}件を終了`, at: deps.now().toISOString() });
}

export interface NewAccount {
  organizationId: string;
  login: string;
  displayName: string;
  role: Role;
  password: string;
}

/** Creates an account after validating login name and password (Japanese errors on bad input). */
export async function createAccount(deps: ServiceDeps, input: NewAccount): Promise<User> {
  parseInput(loginNameSchema, input.login, 'login');
  parseInput(passwordSchema, input.password, 'password');
  const organization = await deps.store.getOrganization(input.organizationId);
  if (!organization) {
    throw new KizukiError('not_found', `組織「${input.organizationId}」が見つかりません。`);
  }
  checkRoleFitsOrganization(input.role, organization);
  return deps.store.createUser({
    organizationId: input.organizationId,
    login: input.login,
    displayName: input.displayName,
    role: input.role,
    passwordHash: await hashPassword(input.password),
  });
}

/** A role belongs to a kind of organization: insurer staff work at an insurer, and so on. */
export function checkRoleFitsOrganization(role: Role, organization: Organization): void {
  const fits: Record<Role, Organization['kind'][]> = {
    care_manager: ['care_management_office', 'community_center'],
    office_admin: ['care_management_office', 'community_center'],
    center_staff: ['community_center'],
    insurer_staff: ['insurer'],
    admin: ['insurer', 'care_management_office', 'community_center'],
  };
  if (!fits[role].includes(organization.kind)) {
    throw new KizukiError('validation_failed', `役割「${role}」はこの組織（${organization.name}）には設定できません。`, {
      issues: [{ path: 'role', message: 'この組織の種類に合わない役割です' }],
    });
  }
}
