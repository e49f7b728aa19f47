import { expect, it } from 'vitest';
import type { KyselyStore } from '../kysely-store.js';
import { aClient, officeA } from './store-fixtures.js';

const monitoring = (date: string) => ({ id: `m-${date}`, date, method: 'home_visit' });

/** Store.transaction: writes through the transaction's store commit together or not at all. */
export function transactionContract(store: () => KyselyStore): void {
  it('commits every write of the work together', async () => {
    await store().createOrganization(officeA);
    const result = await store().transaction(async (tx) => {
      await tx.createClient(officeA.id, aClient({ id: 'c-tx' }), 'u-aoki');
      await tx.createDocument(officeA.id, { id: 'd-tx', clientId: 'c-tx', kind: 'monitoring', body: monitoring('2025-06-02') }, 'u-aoki');
      await tx.updateDocument(officeA.id, 'd-tx', 1, monitoring('2025-06-03'), 'u-aoki');
      return 'done';
    });
    expect(result).toBe('done');
    expect(await store().getClientSummary(officeA.id, 'c-tx')).toBeDefined();
    expect((await store().getDocument(officeA.id, 'd-tx'))?.revision).toBe(2);
  });

  it('rolls back every write when the work fails, and rethrows the error', async () => {
    await store().createOrganization(officeA);
    await expect(
      store().transaction(async (tx) => {
        await tx.createClient(officeA.id, aClient({ id: 'c-gone' }), 'u-aoki');
        await tx.createDocument(officeA.id, { id: 'd-gone', clientId: 'c-gone', kind: 'monitoring', body: monitoring('2025-06-02') }, 'u-aoki');
        throw new Error('途中で失敗');
      }),
    ).rejects.toThrow('途中で失敗');
    expect(await store().getClientSummary(officeA.id, 'c-gone')).toBeUndefined();
    expect(await store().getDocument(officeA.id, 'd-gone')).toBeUndefined();
    expect(await store().listClients(officeA.id)).toEqual([]);
  });

  it('runs nested transactions inside the outer one', async () => {
    await store().createOrganization(officeA);
    await expect(
      store().transaction(async (tx) => {
        await tx.transaction(async (inner) => inner.createClient(officeA.id, aClient({ id: 'c-nested' }), 'u-aoki'));
        throw new Error('外側で失敗');
      }),
    ).rejects.toThrow('外側で失敗');
    expect(await store().getClientSummary(officeA.id, 'c-nested')).toBeUndefined();
  });
}
