import { sql } from 'kysely';
import { expect, it } from 'vitest';
import type { KyselyStore } from '../kysely-store.js';
import { officeA, officeB } from './store-fixtures.js';

/** The access log's hash chain: whole after any interleaving of appends, broken by any change. */
export function accessLogChainContract(store: () => KyselyStore): void {
  async function setUp(): Promise<void> {
    for (const org of [officeA, officeB]) await store().createOrganization(org);
  }
  const entry = (n: number, tenantId = officeA.id) => ({ tenantId, userId: 'u-aoki', clientId: n % 2 === 0 ? 'c-yamada' : null, action: 'case_file.read', detail: `記録${n}`, at: `2025-06-01T09:00:${String(n % 60).padStart(2, '0')}.000Z` });

  it('chains concurrent appends of two tenants without a gap', async () => {
    await setUp();
    await Promise.all(Array.from({ length: 40 }, (_, n) => store().logAccess(entry(n, n % 3 === 0 ? officeB.id : officeA.id))));
    const verdicts = await store().verifyAccessLog();
    const byTenant = new Map(verdicts.map((v) => [v.tenantId, v]));
    expect(byTenant.get(officeA.id)).toMatchObject({ checked: 26, unchained: 0, head: { seq: 26 } });
    expect(byTenant.get(officeB.id)).toMatchObject({ checked: 14, unchained: 0, head: { seq: 14 } });
    for (const v of verdicts) expect(v.broken).toBeUndefined();
  });

  it('finds an entry changed, removed or added behind its back', async () => {
    await setUp();
    for (let n = 0; n < 5; n++) await store().logAccess(entry(n));
    expect((await store().verifyAccessLog(officeA.id))[0]?.broken).toBeUndefined();

    await sql`update access_log set detail = '書き換え' where tenant_id = ${officeA.id} and seq = 3`.execute(store().db);
    const changed = (await store().verifyAccessLog(officeA.id))[0]?.broken;
    expect(changed?.seq).toBe(3);
    expect(changed?.reason).toContain('書き換え');
    await sql`update access_log set detail = '記録2' where tenant_id = ${officeA.id} and seq = 3`.execute(store().db);
    expect((await store().verifyAccessLog(officeA.id))[0]?.broken).toBeUndefined();

    await sql`delete from access_log where tenant_id = ${officeA.id} and seq = 2`.execute(store().db);
    const removed = (await store().verifyAccessLog(officeA.id))[0]?.broken;
    expect(removed?.seq).toBe(3);
    expect(removed?.reason).toContain('削除');
  });

  it('notices the newest entries removed', async () => {
    await setUp();
    for (let n = 0; n < 4; n++) await store().logAccess(entry(n));
    await sql`delete from access_log where tenant_id = ${officeA.id} and seq = 4`.execute(store().db);
    expect((await store().verifyAccessLog(officeA.id))[0]?.broken?.reason).toContain('末尾');
  });
}
