import { createHash, randomBytes } from 'node:crypto';
import { KizukiError, loginNameSchema, passwordSchema, type Organization, type Role, type User } from '@kizuki/core';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../auth/password.js';
import type { LoginThrottle } from '../auth/login-throttle.js';
import type { Actor, ServiceDeps } from './context.js';
import { parseInput } from './validate.js';

/** Sessions last 12 hours of inactivity: a care manager's working day, not longer. */
export const sessionIdleMs = 12 * 60 * 60 * 1000;

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

/** Checks the password (throttled per login name and address) and opens a session. */
export async function login(
  deps: ServiceDeps & { throttle: LoginThrottle },
  input: { login: string; password: string; clientAddress: string },
): Promise<LoginResult> {
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
  const { passwordHash: _secret, ...publicUser } = user;
  return { token, csrfToken, actor: { user: publicUser, organization, tenantId: organization.id } };
}

/** The actor behind a session token, sliding the session's expiry; undefined when not valid. */
export async function authenticate(deps: ServiceDeps, token: string): Promise<{ actor: Actor; csrfToken: string } | undefined> {
  const idHash = hashToken(token);
  const now = deps.now();
  const session = await deps.store.getSession(idHash, now.toISOString());
  if (!session) return undefined;
  const user = await deps.store.getUser(session.tenantId, session.userId);
  const organization = await deps.store.getOrganization(session.tenantId);
  if (!user || user.disabled || !organization) return undefined;
  const expiresAt = new Date(now.getTime() + sessionIdleMs).toISOString();
  // Touch at most once a minute so reads do not turn into a write each.
  if (Date.parse(session.expiresAt) - (now.getTime() + sessionIdleMs) < -60_000) {
    await deps.store.touchSession(idHash, expiresAt);
  }
  return { actor: { user, organization, tenantId: organization.id }, csrfToken: session.csrfToken };
}

export async function logout(deps: ServiceDeps, token: string): Promise<void> {
  await deps.store.deleteSession(hashToken(token));
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
