import type { Store } from '../store.js';
import { aClient, aUser, officeA, officeB } from './store-fixtures.js';

/** Puts at least one row (and a few awkward values) in every table, for backup round trips. */
export async function seedAllTables(store: Store): Promise<void> {
  await store.createOrganization(officeA);
  await store.createOrganization(officeB);
  await store.createUser(aUser({ id: 'u-aoki' }));
  await store.createUser(aUser({ id: 'u-midori', organizationId: officeB.id, login: 'cm.midori', displayName: '緑川 一郎' }));
  await store.createSession({
    idHash: 'hash-1',
    tenantId: officeA.id,
    userId: 'u-aoki',
    csrfToken: 'csrf-1',
    createdAt: '2025-06-01T00:00:00.000Z',
    expiresAt: '2025-06-01T12:00:00.000Z',
  });
  await store.createClient(officeA.id, aClient({ id: 'c-yamada', extra: { notes: '「引用」\\ と \n 改行 🌸' } }), 'u-aoki');
  await store.createClient(officeB.id, aClient({ id: 'c-kato', name: '加藤 茂', nameKana: 'カトウ シゲル' }), 'u-midori');
  await store.createDocument(officeA.id, { id: 'd-plan', clientId: 'c-yamada', kind: 'care_plan', body: { goals: ['歩行の安定'], n: 0.1 } }, 'u-aoki');
  await store.updateDocument(officeA.id, 'd-plan', 1, { goals: ['歩行の安定', '外出'], n: 0.2 }, 'u-aoki');
  await store.logAccess({ tenantId: officeA.id, userId: 'u-aoki', clientId: 'c-yamada', action: 'case_file.read', at: '2025-06-01T09:00:00.000Z' });
  await store.logAccess({ tenantId: officeA.id, userId: 'u-aoki', clientId: null, action: 'export', detail: '全件', at: '2025-06-01T10:00:00.000Z' });
}
