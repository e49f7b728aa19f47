import type { Organization } from '@kizuki/core';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import type { KyselyStore } from '../kysely-store.js';
import { expectKizukiError } from './expect-error.js';
import { insurer, officeA, officeB } from './store-fixtures.js';

const otherInsurer: Organization = { id: 'insurer-y', kind: 'insurer', name: '架空町 福祉課', insurerNumber: '089998' };
const areaX = '089999';

/** 組織の記録: the keeper reads and saves; others read only what is addressed to them or shared with their area. */
export function recordsContract(store: () => KyselyStore): void {
  async function setUp(): Promise<void> {
    for (const org of [officeA, officeB, insurer, otherInsurer]) await store().createOrganization(org);
  }
  const own = (tenantId: string) => ({ tenantId });
  const inArea = (tenantId: string, area: string) => ({ tenantId, areaInsurerNumber: area });

  it('saves revisions with optimistic concurrency and keeps every one', async () => {
    await setUp();
    const created = await store().createRecord({ id: 'r-1', tenantId: insurer.id, kind: 'policy_activity', body: { n: 1 }, author: 'u-1', authorName: '保険 花子' });
    expect(created).toMatchObject({ id: 'r-1', kind: 'policy_activity', ownerOrganizationId: insurer.id, revision: 1, body: { n: 1 }, author: 'u-1', authorName: '保険 花子' });
    const second = await store().updateRecord({ tenantId: insurer.id, id: 'r-1', baseRevision: 1, body: { n: 2 }, author: 'u-2', note: '訂正' });
    expect(second).toMatchObject({ revision: 2, body: { n: 2 }, author: 'u-2', note: '訂正' });
    await expectKizukiError(store().updateRecord({ tenantId: insurer.id, id: 'r-1', baseRevision: 1, body: { n: 3 }, author: 'u-3' }), 'conflict');
    await expectKizukiError(store().updateRecord({ tenantId: officeA.id, id: 'r-1', baseRevision: 2, body: { n: 3 }, author: 'u-3' }), 'not_found');
    expect((await store().readRecord(own(insurer.id), 'r-1', 1))?.body).toEqual({ n: 1 });
    expect((await store().listRecordRevisions(own(insurer.id), 'r-1'))?.map((r) => [r.revision, r.author, r.note])).toEqual([
      [1, 'u-1', undefined],
      [2, 'u-2', '訂正'],
    ]);
    await expectKizukiError(store().createRecord({ id: 'r-1', tenantId: insurer.id, kind: 'policy_activity', body: {}, author: 'u-1' }), 'already_exists');
  });

  it('shows a record to its addressee only, and to nobody else', async () => {
    await setUp();
    await store().createRecord({ id: 'r-case', tenantId: insurer.id, kind: 'inspection_case', body: { label: '事例A' }, author: 'u-1', addresseeTenantId: officeA.id });
    expect((await store().readRecord(own(officeA.id), 'r-case'))?.addresseeOrganizationId).toBe(officeA.id);
    expect(await store().readRecord(inArea(officeB.id, areaX), 'r-case')).toBeUndefined();
    expect(await store().readRecord(own(otherInsurer.id), 'r-case')).toBeUndefined();
    expect((await store().listRecords(own(officeA.id), { kind: 'inspection_case', scope: 'received' })).map((r) => r.id)).toEqual(['r-case']);
    expect(await store().listRecords(own(officeA.id), { kind: 'inspection_case', scope: 'own' })).toEqual([]);
    expect(await store().listRecords(inArea(officeB.id, areaX), { kind: 'inspection_case', scope: 'all' })).toEqual([]);
    expect(await store().listRecordRevisions(own(officeB.id), 'r-case')).toBeUndefined();
    // The addressee reads but never saves: a save is the keeper's.
    await expectKizukiError(store().updateRecord({ tenantId: officeA.id, id: 'r-case', baseRevision: 1, body: {}, author: 'u-a' }), 'not_found');
    await expectKizukiError(store().createRecord({ tenantId: officeA.id, kind: 'x', body: {}, author: 'u', addresseeTenantId: officeA.id }), 'bad_request');
    await expectKizukiError(store().createRecord({ tenantId: officeA.id, kind: 'x', body: {}, author: 'u', addresseeTenantId: 'no-such-org' }), 'not_found');
  });

  it('shares a record with its area only while the keeper shares it', async () => {
    await setUp();
    await store().createRecord({ id: 'r-draft', tenantId: insurer.id, kind: 'policy_version', body: { status: 'draft' }, author: 'u-1' });
    expect(await store().readRecord(inArea(officeA.id, areaX), 'r-draft')).toBeUndefined();
    await store().updateRecord({ tenantId: insurer.id, id: 'r-draft', baseRevision: 1, body: { status: 'published' }, author: 'u-1', areaInsurerNumber: areaX });
    expect((await store().readRecord(inArea(officeA.id, areaX), 'r-draft'))?.body).toEqual({ status: 'published' });
    expect((await store().listRecords(inArea(officeB.id, areaX), { kind: 'policy_version', scope: 'all' })).map((r) => r.id)).toEqual(['r-draft']);
    // Another area, or no area, sees nothing.
    expect(await store().readRecord(inArea(officeA.id, '089998'), 'r-draft')).toBeUndefined();
    expect(await store().readRecord(own(officeA.id), 'r-draft')).toBeUndefined();
    // An earlier (draft) revision of a shared record is readable by the area as history of the same record.
    expect((await store().listRecordRevisions(inArea(officeA.id, areaX), 'r-draft'))?.length).toBe(2);
  });

  it('refuses to change or delete a saved revision, in the database itself', async () => {
    await setUp();
    await store().createRecord({ id: 'r-1', tenantId: insurer.id, kind: 'policy_activity', body: { n: 1 }, author: 'u-1' });
    await expect(sql`update record_revisions set body = '{}'`.execute(store().db)).rejects.toThrow(/append-only/u);
    await expect(sql`delete from record_revisions`.execute(store().db)).rejects.toThrow(/append-only/u);
  });
}
