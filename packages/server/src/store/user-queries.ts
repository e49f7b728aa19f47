import { KizukiError, type Organization, type OrganizationKind, type Role, type User } from '@kizuki/core';
import type { OrganizationRow, SessionRow, UserRow } from './db-schema.js';
import { constraintViolation } from './db-errors.js';
import type { StoreContext } from './store-context.js';
import type { NewUser, SessionRecord, UserWithSecret } from './store.js';

function toOrganization(row: OrganizationRow): Organization {
  const org: Organization = { id: row.tenant_id, kind: row.kind as OrganizationKind, name: row.name };
  if (row.insurer_number !== null) org.insurerNumber = row.insurer_number;
  if (row.office_number !== null) org.officeNumber = row.office_number;
  if (row.policy_pack_id !== null) org.policyPackId = row.policy_pack_id;
  if (row.default_insurer_number !== null) org.defaultInsurerNumber = row.default_insurer_number;
  if (row.address !== null) org.address = row.address;
  if (row.phone !== null) org.phone = row.phone;
  return org;
}

function toUser(row: UserRow): User {
  return {
    id: row.id,
    organizationId: row.tenant_id,
    login: row.login,
    displayName: row.display_name,
    role: row.role as Role,
    disabled: row.disabled === 1,
  };
}

function toSession(row: SessionRow): SessionRecord {
  return {
    idHash: row.id_hash,
    tenantId: row.tenant_id,
    userId: row.user_id,
    csrfToken: row.csrf_token,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}

/**
 * Short lists are sorted here rather than in SQL: PostgreSQL would sort by the database's
 * locale (which differs between installations) and SQLite by code point.
 */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function organizationNotFound(tenantId: string): KizukiError {
  return new KizukiError('not_found', `組織「${tenantId}」が見つかりません。`, { tenantId });
}

export async function createOrganization(ctx: StoreContext, org: Organization): Promise<Organization> {
  const row: OrganizationRow = {
    tenant_id: org.id,
    kind: org.kind,
    name: org.name,
    insurer_number: org.insurerNumber ?? null,
    office_number: org.officeNumber ?? null,
    policy_pack_id: org.policyPackId ?? null,
    default_insurer_number: org.defaultInsurerNumber ?? null,
    address: org.address ?? null,
    phone: org.phone ?? null,
    created_at: ctx.now(),
  };
  try {
    await ctx.db.insertInto('organizations').values(row).execute();
  } catch (error) {
    if (constraintViolation(error) === 'unique') {
      throw new KizukiError('already_exists', `組織「${org.id}」はすでに登録されています。`, { id: org.id });
    }
    throw error;
  }
  return toOrganization(row);
}

export async function getOrganization(ctx: StoreContext, id: string): Promise<Organization | undefined> {
  const row = await ctx.db.selectFrom('organizations').selectAll().where('tenant_id', '=', id).executeTakeFirst();
  return row && toOrganization(row);
}

export async function listOrganizations(ctx: StoreContext): Promise<Organization[]> {
  const rows = await ctx.db.selectFrom('organizations').selectAll().execute();
  return rows.map(toOrganization).sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
}

export async function createUser(ctx: StoreContext, input: NewUser): Promise<User> {
  const now = ctx.now();
  const row: UserRow = {
    tenant_id: input.organizationId,
    id: input.id ?? ctx.newId(),
    login: input.login,
    display_name: input.displayName,
    role: input.role,
    password_hash: input.passwordHash,
    disabled: 0,
    created_at: now,
    updated_at: now,
  };
  try {
    await ctx.db.insertInto('users').values(row).execute();
  } catch (error) {
    const violation = constraintViolation(error);
    if (violation === 'foreign_key') throw organizationNotFound(input.organizationId);
    if (violation === 'unique') {
      const sameLogin = await ctx.db.selectFrom('users').select('id').where('login', '=', input.login).executeTakeFirst();
      throw sameLogin
        ? new KizukiError('already_exists', `ログイン名「${input.login}」はすでに使われています。`, { login: input.login })
        : new KizukiError('already_exists', `利用者ID「${row.id}」はすでに登録されています。`, { id: row.id });
    }
    throw error;
  }
  return toUser(row);
}

export async function findUserByLogin(ctx: StoreContext, login: string): Promise<UserWithSecret | undefined> {
  const row = await ctx.db.selectFrom('users').selectAll().where('login', '=', login).executeTakeFirst();
  return row && { ...toUser(row), passwordHash: row.password_hash };
}

export async function getUser(ctx: StoreContext, tenantId: string, userId: string): Promise<User | undefined> {
  const row = await ctx.db
    .selectFrom('users')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', userId)
    .executeTakeFirst();
  return row && toUser(row);
}

export async function listUsers(ctx: StoreContext, tenantId: string): Promise<User[]> {
  const rows = await ctx.db.selectFrom('users').selectAll().where('tenant_id', '=', tenantId).execute();
  return rows.map(toUser).sort((a, b) => compareText(a.login, b.login));
}

export async function setUserPassword(ctx: StoreContext, tenantId: string, userId: string, passwordHash: string): Promise<void> {
  const result = await ctx.db
    .updateTable('users')
    .set({ password_hash: passwordHash, updated_at: ctx.now() })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', userId)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    throw new KizukiError('not_found', `ユーザー「${userId}」が見つかりません。`, { tenantId, userId });
  }
}

export async function createSession(ctx: StoreContext, session: SessionRecord): Promise<void> {
  try {
    await ctx.db.insertInto('sessions').values(toSessionRow(session)).execute();
  } catch (error) {
    const violation = constraintViolation(error);
    if (violation === 'foreign_key') {
      throw new KizukiError('not_found', `ユーザー「${session.userId}」が見つかりません。`, { userId: session.userId });
    }
    if (violation === 'unique') throw new KizukiError('already_exists', 'このセッションはすでに存在します。');
    throw error;
  }
}

function toSessionRow(s: SessionRecord): SessionRow {
  return {
    tenant_id: s.tenantId,
    id_hash: s.idHash,
    user_id: s.userId,
    csrf_token: s.csrfToken,
    created_at: s.createdAt,
    expires_at: s.expiresAt,
  };
}

/** Expiry compares ISO strings, which order like the instants they name when all are `toISOString()` UTC. */
export async function getSession(ctx: StoreContext, idHash: string, now: string): Promise<SessionRecord | undefined> {
  const row = await ctx.db
    .selectFrom('sessions')
    .selectAll()
    .where('id_hash', '=', idHash)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row && toSession(row);
}

export async function touchSession(ctx: StoreContext, idHash: string, expiresAt: string): Promise<void> {
  await ctx.db.updateTable('sessions').set({ expires_at: expiresAt }).where('id_hash', '=', idHash).execute();
}

export async function deleteSession(ctx: StoreContext, idHash: string): Promise<void> {
  await ctx.db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

/** Deletes the user's sessions (but `exceptIdHash`); answers how many. */
export async function deleteUserSessions(ctx: StoreContext, tenantId: string, userId: string, exceptIdHash?: string): Promise<number> {
  let query = ctx.db.deleteFrom('sessions').where('tenant_id', '=', tenantId).where('user_id', '=', userId);
  if (exceptIdHash !== undefined) query = query.where('id_hash', '<>', exceptIdHash);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteExpiredSessions(ctx: StoreContext, now: string): Promise<number> {
  const result = await ctx.db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
