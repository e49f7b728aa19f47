import { expect, it } from 'vitest';
import type { KyselyStore } from '../kysely-store.js';
import type { AccessLogEntry } from '../store.js';
import { expectKizukiError } from './expect-error.js';
import { officeA } from './store-fixtures.js';

/** 閲覧記録. */
export function accessLogContract(store: () => KyselyStore): void {
  const entry = (patch: Partial<AccessLogEntry>): AccessLogEntry => ({
    tenantId: officeA.id,
    userId: 'u-aoki',
    clientId: 'c-yamada',
    action: 'case_file.read',
    at: '2025-06-01T09:00:00.000Z',
    ...patch,
  });

  it('records accesses and lists them newest first, per client and limited', async () => {
    await store().createOrganization(officeA);
    await store().logAccess(entry({ id: 'l-1', at: '2025-06-01T09:00:00.000Z' }));
    await store().logAccess(entry({ id: 'l-3', at: '2025-06-01T11:00:00.000Z', clientId: null, action: 'export', detail: 'バックアップ' }));
    await store().logAccess(entry({ id: 'l-2', at: '2025-06-01T10:00:00.000Z', clientId: 'c-sato', action: 'document.read', detail: 'd-1' }));
    await store().logAccess(entry({ at: '2025-06-01T08:00:00.000Z' }));

    const all = await store().listAccessLog(officeA.id);
    expect(all.map((e) => e.id?.slice(0, 3))).toEqual(['l-3', 'l-2', 'l-1', all[3]!.id?.slice(0, 3)]);
    expect(all[3]!.id).toMatch(/^[0-9a-f-]{36}$/);
    // seq: the order the entries were written in (the hash chain), whatever their `at`.
    expect(all[0]).toEqual({ id: 'l-3', seq: 2, tenantId: officeA.id, userId: 'u-aoki', clientId: null, action: 'export', detail: 'バックアップ', at: '2025-06-01T11:00:00.000Z' });
    expect(all[2]).toEqual({ id: 'l-1', seq: 1, tenantId: officeA.id, userId: 'u-aoki', clientId: 'c-yamada', action: 'case_file.read', at: '2025-06-01T09:00:00.000Z' });
    expect((await store().listAccessLog(officeA.id, { clientId: 'c-yamada' })).map((e) => e.at)).toEqual([
      '2025-06-01T09:00:00.000Z',
      '2025-06-01T08:00:00.000Z',
    ]);
    expect((await store().listAccessLog(officeA.id, { limit: 2 })).map((e) => e.id)).toEqual(['l-3', 'l-2']);
  });

  it('refuses entries of unknown tenants, duplicate ids and bad limits', async () => {
    await store().createOrganization(officeA);
    await expectKizukiError(store().logAccess(entry({ tenantId: 'nowhere' })), 'not_found');
    await store().logAccess(entry({ id: 'l-1' }));
    await expectKizukiError(store().logAccess(entry({ id: 'l-1' })), 'already_exists');
    for (const limit of [0, -5, 2.5]) await expectKizukiError(store().listAccessLog(officeA.id, { limit }), 'bad_request');
    expect(await store().listAccessLog(officeA.id)).toHaveLength(1);
  });
}
