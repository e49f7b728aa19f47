import type { Store } from '../store.js';
import { aClient, aUser, insurer, officeA, officeB } from './store-fixtures.js';

/** Puts at least one row (and a few awkward values) in every table, for backup round trips. */
export async function seedAllTables(store: Store): Promise<void> {
  await store.createOrganization(officeA);
  await store.createOrganization(officeB);
  await store.createOrganization(insurer);
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
  await store.purgeAccessLog({ tenantId: officeA.id, beforeAt: '2025-06-01T09:30:00.000Z', userId: 'system', reason: '保存期間 60か月', at: '2030-06-01T09:30:00.000Z' });
  await store.startTwoFactor(officeA.id, 'u-aoki', 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
  await store.confirmTwoFactor(officeA.id, 'u-aoki', 58_000_000, ['hash-of-recovery-1', 'hash-of-recovery-2']);
  await store.useRecoveryCode(officeA.id, 'u-aoki', 'hash-of-recovery-1');
  await store.createLoginChallenge({ idHash: 'challenge-1', tenantId: officeB.id, userId: 'u-midori', createdAt: '2025-06-01T00:00:00.000Z', expiresAt: '2025-06-01T00:10:00.000Z' });
  await store.setSecuritySettings(officeA.id, { requireTwoFactor: true, accessLogRetentionMonths: 84 });
  // A revoked grant (pinned revision, nullable columns filled) and a live one following a kind (nulls).
  await store.createGrant({
    id: 'g-inspection',
    ownerTenantId: officeA.id,
    granteeTenantId: insurer.id,
    purpose: 'care_plan_inspection',
    reason: 'ケアプラン点検（令和7年度）のため',
    createdBy: 'u-aoki',
    validFrom: '2025-06-01T00:00:00.000Z',
    validUntil: '2025-07-01T00:00:00.000Z',
    items: [
      { clientId: 'c-yamada', documentId: 'c-yamada', revision: 1 },
      { clientId: 'c-yamada', documentId: 'd-plan', revision: 1 },
    ],
  });
  await store.revokeGrant(officeA.id, 'g-inspection', 'u-aoki', '提出先の誤り', '2025-06-02T00:00:00.000Z');
  await store.createGrant({
    id: 'g-delegation',
    ownerTenantId: officeA.id,
    granteeTenantId: officeB.id,
    purpose: 'delegated_prevention',
    reason: '介護予防支援の委託',
    createdBy: 'u-aoki',
    validFrom: '2025-06-01T00:00:00.000Z',
    validUntil: '2026-06-01T00:00:00.000Z',
    items: [{ clientId: 'c-yamada', kind: 'care_plan' }],
  });
  // Organization records: one addressed with a locked-change note (nullable columns filled), one area-shared, one own (nulls).
  await store.createRecord({ id: 'r-case', tenantId: insurer.id, kind: 'inspection_case', body: { label: '事例A' }, author: 'u-insurer', authorName: '保険 花子', addresseeTenantId: officeA.id });
  await store.updateRecord({ tenantId: insurer.id, id: 'r-case', baseRevision: 1, body: { label: '事例A', n: 2 }, author: 'u-insurer', note: '署名後の訂正' });
  await store.createRecord({ id: 'r-policy', tenantId: insurer.id, kind: 'policy_version', body: { version: '1.0.0' }, author: 'u-insurer', areaInsurerNumber: '089999' });
  await store.createRecord({ id: 'r-ack', tenantId: officeA.id, kind: 'policy_activity', body: {}, author: 'u-aoki' });
}
