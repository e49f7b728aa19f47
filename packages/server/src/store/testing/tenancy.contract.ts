import { expect, it } from 'vitest';
import type { KyselyStore } from '../kysely-store.js';
import { expectKizukiError } from './expect-error.js';
import { aClient, aUser, officeA, officeB } from './store-fixtures.js';

/** A row of another tenant is indistinguishable from a missing row. */
export function tenancyContract(store: () => KyselyStore): void {
  async function twoTenants(): Promise<void> {
    await store().createOrganization(officeA);
    await store().createOrganization(officeB);
    await store().createUser(aUser({ id: 'u-aoki' }));
    await store().createClient(officeA.id, aClient({ id: 'c-yamada' }), 'u-aoki');
    await store().createDocument(officeA.id, { id: 'd-plan', clientId: 'c-yamada', kind: 'care_plan', body: { v: 1 } }, 'u-aoki');
    await store().logAccess({ tenantId: officeA.id, userId: 'u-aoki', clientId: 'c-yamada', action: 'case_file.read', at: '2025-06-01T00:00:00.000Z' });
  }

  it('does not let tenant B read or list tenant A’s clients, documents, users or log', async () => {
    await twoTenants();
    const b = officeB.id;
    expect(await store().getClientSummary(b, 'c-yamada')).toBeUndefined();
    expect(await store().findClientByNumbers(b, '089999', '0000000001')).toBeUndefined();
    expect(await store().listClients(b)).toEqual([]);
    expect(await store().listClients(b, { text: '山田' })).toEqual([]);
    for (const id of ['c-yamada', 'd-plan']) {
      expect(await store().getDocument(b, id)).toBeUndefined();
      expect(await store().getDocumentRevision(b, id, 1)).toBeUndefined();
      expect(await store().listRevisions(b, id)).toEqual([]);
    }
    expect(await store().listDocuments(b, 'c-yamada')).toEqual([]);
    expect(await store().getUser(b, 'u-aoki')).toBeUndefined();
    expect(await store().listUsers(b)).toEqual([]);
    expect(await store().listAccessLog(b)).toEqual([]);
    expect(await store().listAccessLog(b, { clientId: 'c-yamada' })).toEqual([]);
    // Unknown tenants see nothing either.
    expect(await store().listClients('nowhere')).toEqual([]);
    expect(await store().getDocument('nowhere', 'd-plan')).toBeUndefined();
  });

  it('does not let tenant B update tenant A’s documents or attach documents to A’s client', async () => {
    await twoTenants();
    const before = await store().getDocument(officeA.id, 'd-plan');
    const notFound = await expectKizukiError(store().updateDocument(officeB.id, 'd-plan', 1, { v: 'hijack' }, 'u-b'), 'not_found');
    expect(JSON.stringify(notFound.details)).not.toContain('"v":1');
    await expectKizukiError(store().updateDocument(officeB.id, 'c-yamada', 1, aClient().body, 'u-b'), 'not_found');
    await expectKizukiError(store().createDocument(officeB.id, { clientId: 'c-yamada', kind: 'monitoring', body: {} }, 'u-b'), 'not_found');
    // A stale base from another tenant must not reveal A's current document either.
    await store().updateDocument(officeA.id, 'd-plan', 1, { v: 2 }, 'u-aoki');
    const stale = await expectKizukiError(store().updateDocument(officeB.id, 'd-plan', 1, { v: 'x' }, 'u-b'), 'not_found');
    expect(stale.details).toEqual({ documentId: 'd-plan' });
    expect((await store().listRevisions(officeA.id, 'd-plan')).map((r) => r.author)).toEqual(['u-aoki', 'u-aoki']);
    expect((await store().getDocumentRevision(officeA.id, 'd-plan', 1))?.body).toEqual(before?.body);
    expect((await store().getClientSummary(officeA.id, 'c-yamada'))?.name).toBe('山田 太郎');
  });

  it('keeps the same ids apart in two tenants', async () => {
    await twoTenants();
    await store().createClient(officeB.id, aClient({ id: 'c-yamada', name: '山田 花子', nameKana: 'ヤマダ ハナコ' }), 'u-b');
    await store().createDocument(officeB.id, { id: 'd-plan', clientId: 'c-yamada', kind: 'care_plan', body: { v: 'B' } }, 'u-b');
    expect((await store().getDocument(officeA.id, 'd-plan'))?.body).toEqual({ v: 1 });
    expect((await store().getDocument(officeB.id, 'd-plan'))?.body).toEqual({ v: 'B' });
    expect((await store().getClientSummary(officeB.id, 'c-yamada'))?.name).toBe('山田 花子');
    expect((await store().getClientSummary(officeA.id, 'c-yamada'))?.name).toBe('山田 太郎');
  });
}
