import { expect, it } from 'vitest';
import type { KyselyStore } from '../kysely-store.js';
import type { SessionRecord } from '../store.js';
import { expectKizukiError } from './expect-error.js';
import { aUser, insurer, officeA, officeB } from './store-fixtures.js';

function aSession(patch: Partial<SessionRecord> = {}): SessionRecord {
  return {
    idHash: 'hash-1',
    tenantId: officeA.id,
    userId: 'u-aoki',
    csrfToken: 'csrf-1',
    createdAt: '2025-06-01T00:00:00.000Z',
    expiresAt: '2025-06-01T12:00:00.000Z',
    ...patch,
  };
}

/** Organizations, users and sessions. */
export function accountsContract(store: () => KyselyStore): void {
  it('stores organizations with their optional fields and lists them by name', async () => {
    expect(await store().createOrganization(officeB)).toEqual(officeB);
    await store().createOrganization(officeA);
    await store().createOrganization(insurer);
    expect(await store().getOrganization(officeA.id)).toEqual(officeA);
    expect(await store().getOrganization(insurer.id)).toEqual(insurer);
    expect(await store().getOrganization('nowhere')).toBeUndefined();
    expect((await store().listOrganizations()).map((o) => o.id)).toEqual([officeA.id, officeB.id, insurer.id]);
  });

  it('refuses a second organization with the same id', async () => {
    await store().createOrganization(officeA);
    const error = await expectKizukiError(store().createOrganization({ ...officeA, name: '別名' }), 'already_exists');
    expect(error.message).toContain(officeA.id);
    expect((await store().getOrganization(officeA.id))?.name).toBe(officeA.name);
  });

  it('creates users, finds them by login with the hash and lists them per tenant', async () => {
    await store().createOrganization(officeA);
    await store().createOrganization(officeB);
    const user = await store().createUser(aUser({ id: 'u-aoki' }));
    expect(user).toEqual({ id: 'u-aoki', organizationId: officeA.id, login: 'cm.aoki', displayName: '青木 花子', role: 'care_manager', disabled: false });
    await store().createUser(aUser({ id: 'u-midori', organizationId: officeB.id, login: 'cm.midori', displayName: '緑川 一郎' }));
    const generated = await store().createUser(aUser({ login: 'adm.aoki', role: 'office_admin' }));
    expect(generated.id).toMatch(/^[0-9a-f-]{36}$/);

    expect(await store().findUserByLogin('cm.aoki')).toEqual({ ...user, passwordHash: 'scrypt$test$hash-1' });
    expect(await store().findUserByLogin('nobody')).toBeUndefined();
    expect(await store().getUser(officeA.id, 'u-aoki')).toEqual(user);
    expect((await store().listUsers(officeA.id)).map((u) => u.login)).toEqual(['adm.aoki', 'cm.aoki']);
    expect((await store().listUsers(officeB.id)).map((u) => u.id)).toEqual(['u-midori']);
  });

  it('keeps logins unique across tenants and refuses users of unknown organizations', async () => {
    await store().createOrganization(officeA);
    await store().createOrganization(officeB);
    await store().createUser(aUser({ id: 'u-aoki' }));
    const clash = await expectKizukiError(store().createUser(aUser({ id: 'u-other', organizationId: officeB.id })), 'already_exists');
    expect(clash.message).toContain('cm.aoki');
    await expectKizukiError(store().createUser(aUser({ id: 'u-aoki', login: 'cm.second' })), 'already_exists');
    await expectKizukiError(store().createUser(aUser({ organizationId: 'nowhere', login: 'cm.ghost' })), 'not_found');
    expect(await store().findUserByLogin('cm.ghost')).toBeUndefined();
    expect(await store().listUsers(officeB.id)).toEqual([]);
  });

  it('changes a password only within the tenant', async () => {
    await store().createOrganization(officeA);
    await store().createOrganization(officeB);
    await store().createUser(aUser({ id: 'u-aoki' }));
    await store().setUserPassword(officeA.id, 'u-aoki', 'scrypt$test$hash-2');
    expect((await store().findUserByLogin('cm.aoki'))?.passwordHash).toBe('scrypt$test$hash-2');
    await expectKizukiError(store().setUserPassword(officeB.id, 'u-aoki', 'scrypt$evil'), 'not_found');
    await expectKizukiError(store().setUserPassword(officeA.id, 'nobody', 'x'), 'not_found');
    expect((await store().findUserByLogin('cm.aoki'))?.passwordHash).toBe('scrypt$test$hash-2');
  });

  it('returns a session until it expires, extends it on touch and deletes it', async () => {
    await store().createOrganization(officeA);
    await store().createUser(aUser({ id: 'u-aoki' }));
    const session = aSession();
    await store().createSession(session);
    expect(await store().getSession('hash-1', '2025-06-01T11:59:59.999Z')).toEqual(session);
    expect(await store().getSession('hash-1', '2025-06-01T12:00:00.000Z')).toBeUndefined();
    expect(await store().getSession('other-hash', '2025-06-01T01:00:00.000Z')).toBeUndefined();

    await store().touchSession('hash-1', '2025-06-01T18:00:00.000Z');
    expect((await store().getSession('hash-1', '2025-06-01T13:00:00.000Z'))?.expiresAt).toBe('2025-06-01T18:00:00.000Z');
    await store().deleteSession('hash-1');
    expect(await store().getSession('hash-1', '2025-06-01T13:00:00.000Z')).toBeUndefined();
  });

  it('deletes only expired sessions and refuses sessions of unknown users', async () => {
    await store().createOrganization(officeA);
    await store().createUser(aUser({ id: 'u-aoki' }));
    await store().createSession(aSession({ idHash: 'old', expiresAt: '2025-06-01T01:00:00.000Z' }));
    await store().createSession(aSession({ idHash: 'edge', expiresAt: '2025-06-01T02:00:00.000Z' }));
    await store().createSession(aSession({ idHash: 'live', expiresAt: '2025-06-01T09:00:00.000Z' }));
    expect(await store().deleteExpiredSessions('2025-06-01T02:00:00.000Z')).toBe(2);
    expect(await store().getSession('live', '2025-06-01T02:00:00.000Z')).toBeDefined();
    expect(await store().deleteExpiredSessions('2025-06-01T02:00:00.000Z')).toBe(0);
    await expectKizukiError(store().createSession(aSession({ idHash: 'x', userId: 'nobody' })), 'not_found');
    await expectKizukiError(store().createSession(aSession({ idHash: 'live' })), 'already_exists');
  });
}
