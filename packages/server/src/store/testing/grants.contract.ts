import type { Organization } from '@kizuki/core';
import { expect, it } from 'vitest';
import type { KyselyStore } from '../kysely-store.js';
import type { NewGrant } from '../store.js';
import { expectKizukiError } from './expect-error.js';
import { aClient, aUser, insurer, officeA, officeB } from './store-fixtures.js';

const otherInsurer: Organization = { id: 'insurer-y', kind: 'insurer', name: '架空町 福祉課', insurerNumber: '089998' };
const at = '2025-06-10T00:00:00.000Z';

/** 共有の許可: a grantee reads the owner's documents only through a live grant that names them. */
export function grantsContract(store: () => KyselyStore): void {
  /** Office A keeps 山田 (plan at revision 2) and 加藤; insurers X and Y and office B exist. */
  async function setUp(): Promise<void> {
    for (const org of [officeA, officeB, insurer, otherInsurer]) await store().createOrganization(org);
    await store().createUser(aUser({ id: 'u-aoki' }));
    await store().createClient(officeA.id, aClient({ id: 'c-yamada' }), 'u-aoki');
    await store().createClient(officeA.id, aClient({ id: 'c-kato', insuredNumber: '0000000002', name: '加藤 茂', nameKana: 'カトウ シゲル' }), 'u-aoki');
    await store().createDocument(officeA.id, { id: 'd-plan', clientId: 'c-yamada', kind: 'care_plan', body: { v: 1 } }, 'u-aoki');
    await store().updateDocument(officeA.id, 'd-plan', 1, { v: 2 }, 'u-aoki');
    await store().createDocument(officeA.id, { id: 'd-monitoring', clientId: 'c-yamada', kind: 'monitoring', body: { m: 1 } }, 'u-aoki');
    await store().createDocument(officeA.id, { id: 'd-kato-plan', clientId: 'c-kato', kind: 'care_plan', body: { k: 1 } }, 'u-aoki');
  }

  const inspection = (patch: Partial<NewGrant> = {}): NewGrant => ({
    id: 'g-1',
    ownerTenantId: officeA.id,
    granteeTenantId: insurer.id,
    purpose: 'care_plan_inspection',
    reason: 'ケアプラン点検のため',
    createdBy: 'u-aoki',
    validFrom: '2025-06-01T00:00:00.000Z',
    validUntil: '2025-07-01T00:00:00.000Z',
    items: [{ clientId: 'c-yamada', documentId: 'd-plan', revision: 2 }],
    ...patch,
  });

  it('lets the grantee read exactly the pinned revision, and nothing newer', async () => {
    await setUp();
    const grant = await store().createGrant(inspection());
    expect(grant).toMatchObject({ id: 'g-1', ownerOrganizationId: officeA.id, granteeOrganizationId: insurer.id, purpose: 'care_plan_inspection' });
    expect(grant.items).toEqual([
      {
        itemNo: 1,
        clientId: 'c-yamada',
        kind: 'care_plan',
        documentId: 'd-plan',
        revision: 2,
        client: { name: '山田 太郎', nameKana: 'ヤマダ タロウ', insurerNumber: '089999', insuredNumber: '0000000001' },
      },
    ]);
    const read = await store().getGrantedDocument(insurer.id, 'g-1', 'd-plan', undefined, at);
    expect(read).toMatchObject({ id: 'd-plan', tenantId: officeA.id, clientId: 'c-yamada', kind: 'care_plan', revision: 2, body: { v: 2 } });
    expect(await store().getGrantedDocument(insurer.id, 'g-1', 'd-plan', 2, at)).toEqual(read);
    // Older revisions are not part of the submission either.
    expect(await store().getGrantedDocument(insurer.id, 'g-1', 'd-plan', 1, at)).toBeUndefined();

    await store().updateDocument(officeA.id, 'd-plan', 2, { v: 3, unsubmitted: true }, 'u-aoki');
    expect((await store().getGrantedDocument(insurer.id, 'g-1', 'd-plan', undefined, at))?.body).toEqual({ v: 2 });
    expect(await store().getGrantedDocument(insurer.id, 'g-1', 'd-plan', 3, at)).toBeUndefined();
    expect((await store().listGrantedDocuments(insurer.id, 'g-1', at)).map((d) => [d.id, d.revision])).toEqual([['d-plan', 2]]);
  });

  it("shows no other document of the client, and no other client's", async () => {
    await setUp();
    await store().createGrant(inspection());
    for (const id of ['d-monitoring', 'c-yamada', 'd-kato-plan', 'c-kato', 'missing']) {
      expect(await store().getGrantedDocument(insurer.id, 'g-1', id, undefined, at), id).toBeUndefined();
      expect(await store().getGrantedDocument(insurer.id, 'g-1', id, 1, at), id).toBeUndefined();
    }
  });

  it('shows nothing to another grantee, nor through an unknown grant', async () => {
    await setUp();
    await store().createGrant(inspection());
    for (const tenant of [otherInsurer.id, officeB.id, officeA.id, 'nowhere']) {
      expect(await store().getGrantedDocument(tenant, 'g-1', 'd-plan', undefined, at), tenant).toBeUndefined();
      expect(await store().listGrantedDocuments(tenant, 'g-1', at), tenant).toEqual([]);
      expect(await store().listGrantsForGrantee(tenant, at), tenant).toEqual([]);
    }
    expect(await store().getGrantedDocument(insurer.id, 'g-unknown', 'd-plan', undefined, at)).toBeUndefined();
  });

  it('shows nothing before valid_from or from valid_until on', async () => {
    await setUp();
    await store().createGrant(inspection());
    for (const when of ['2025-05-31T23:59:59.999Z', '2025-07-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z']) {
      expect(await store().getGrantedDocument(insurer.id, 'g-1', 'd-plan', undefined, when), when).toBeUndefined();
      expect(await store().listGrantedDocuments(insurer.id, 'g-1', when), when).toEqual([]);
      expect(await store().listGrantsForGrantee(insurer.id, when), when).toEqual([]);
    }
    expect(await store().getGrantedDocument(insurer.id, 'g-1', 'd-plan', undefined, '2025-06-30T23:59:59.999Z')).toBeDefined();
  });

  it('shows nothing once revoked, and refuses a second revocation', async () => {
    await setUp();
    await store().createGrant(inspection());
    const revoked = await store().revokeGrant(officeA.id, 'g-1', 'u-aoki', '提出先の誤り', at);
    expect(revoked).toMatchObject({ revokedAt: at, revokedBy: 'u-aoki', revokeReason: '提出先の誤り' });
    expect(await store().getGrantedDocument(insurer.id, 'g-1', 'd-plan', undefined, at)).toBeUndefined();
    expect(await store().listGrantedDocuments(insurer.id, 'g-1', at)).toEqual([]);
    expect(await store().listGrantsForGrantee(insurer.id, at)).toEqual([]);
    const again = await expectKizukiError(store().revokeGrant(officeA.id, 'g-1', 'u-other', '二度目', '2025-06-11T00:00:00.000Z'), 'conflict');
    expect(again.message).toContain('すでに取り消されています');
    expect(await store().getGrant(officeA.id, 'g-1')).toEqual(revoked);
  });

  it("lists a grant for its owner and for its grantee only; another tenant cannot read or revoke it", async () => {
    await setUp();
    await store().createGrant(inspection());
    await store().createGrant(inspection({ id: 'g-2', granteeTenantId: otherInsurer.id, items: [{ clientId: 'c-kato', documentId: 'd-kato-plan', revision: 1 }] }));
    expect((await store().listGrantsByOwner(officeA.id)).map((g) => g.id).sort()).toEqual(['g-1', 'g-2']);
    expect((await store().listGrantsForGrantee(insurer.id, at)).map((g) => g.id)).toEqual(['g-1']);
    expect((await store().listGrantsForGrantee(otherInsurer.id, at)).map((g) => g.id)).toEqual(['g-2']);
    expect(await store().listGrantsByOwner(officeB.id)).toEqual([]);
    expect(await store().listGrantsByOwner(insurer.id)).toEqual([]);
    expect(await store().getGrant(officeB.id, 'g-1')).toBeUndefined();
    expect(await store().getGrant(insurer.id, 'g-1')).toBeUndefined();
    await expectKizukiError(store().revokeGrant(officeB.id, 'g-1', 'u-b', '横取り', at), 'not_found');
    await expectKizukiError(store().revokeGrant(insurer.id, 'g-1', 'u-i', '受け手による取り消し', at), 'not_found');
    expect((await store().getGrant(officeA.id, 'g-1'))?.revokedAt).toBeUndefined();
    expect(await store().getGrantedDocument(insurer.id, 'g-1', 'd-plan', undefined, at)).toBeDefined();
  });

  it('follows a case: every document of the kind, at its current revision and any earlier one', async () => {
    await setUp();
    await store().createGrant(inspection({ id: 'g-follow', purpose: 'delegated_prevention', granteeTenantId: officeB.id, items: [{ clientId: 'c-yamada', kind: 'care_plan' }] }));
    expect((await store().getGrantedDocument(officeB.id, 'g-follow', 'd-plan', undefined, at))?.revision).toBe(2);
    await store().updateDocument(officeA.id, 'd-plan', 2, { v: 3 }, 'u-aoki');
    expect((await store().getGrantedDocument(officeB.id, 'g-follow', 'd-plan', undefined, at))?.body).toEqual({ v: 3 });
    expect((await store().getGrantedDocument(officeB.id, 'g-follow', 'd-plan', 1, at))?.body).toEqual({ v: 1 });
    await store().createDocument(officeA.id, { id: 'd-plan-2', clientId: 'c-yamada', kind: 'care_plan', body: { next: true } }, 'u-aoki');
    expect((await store().listGrantedDocuments(officeB.id, 'g-follow', at)).map((d) => d.id)).toEqual(['d-plan', 'd-plan-2']);
    // Other kinds and other clients stay out.
    expect(await store().getGrantedDocument(officeB.id, 'g-follow', 'd-monitoring', undefined, at)).toBeUndefined();
    expect(await store().getGrantedDocument(officeB.id, 'g-follow', 'd-kato-plan', undefined, at)).toBeUndefined();
  });

  it('refuses items that do not name a revision of the client’s own document, writing nothing', async () => {
    await setUp();
    const bad: NewGrant['items'][] = [
      [{ clientId: 'c-yamada', documentId: 'd-kato-plan', revision: 1 }],
      [{ clientId: 'c-yamada', documentId: 'd-missing', revision: 1 }],
      [{ clientId: 'c-missing', kind: 'care_plan' }],
    ];
    for (const items of bad) await expectKizukiError(store().createGrant(inspection({ items })), 'not_found');
    // A later item that fails undoes the grant row and the items before it.
    await expectKizukiError(
      store().createGrant(inspection({ items: [{ clientId: 'c-yamada', documentId: 'd-plan', revision: 2 }, { clientId: 'c-yamada', documentId: 'd-plan', revision: 3 }] })),
      'bad_request',
    );
    await expectKizukiError(store().createGrant(inspection({ granteeTenantId: 'nowhere' })), 'not_found');
    await expectKizukiError(store().createGrant(inspection({ validUntil: '2025-06-01T00:00:00.000Z' })), 'bad_request');
    await expectKizukiError(store().createGrant(inspection({ reason: '  ' })), 'bad_request');
    await expectKizukiError(store().createGrant(inspection({ items: [] })), 'bad_request');
    expect(await store().listGrantsByOwner(officeA.id)).toEqual([]);
    const tables = (await store().exportSnapshot()).tables;
    expect(tables.grants).toEqual([]);
    expect(tables.grant_items).toEqual([]);
  });

  it('rolls back a grant made inside a transaction that fails', async () => {
    await setUp();
    await expect(
      store().transaction(async (tx) => {
        await tx.createGrant(inspection());
        throw new Error('途中で失敗');
      }),
    ).rejects.toThrow('途中で失敗');
    expect(await store().getGrant(officeA.id, 'g-1')).toBeUndefined();
    expect(await store().getGrantedDocument(insurer.id, 'g-1', 'd-plan', undefined, at)).toBeUndefined();
    expect((await store().exportSnapshot()).tables.grant_items).toEqual([]);
  });

  it('refuses a second grant with the same id of the same owner', async () => {
    await setUp();
    await store().createGrant(inspection());
    await expectKizukiError(store().createGrant(inspection()), 'already_exists');
    expect((await store().getGrant(officeA.id, 'g-1'))?.items).toHaveLength(1);
  });
}
