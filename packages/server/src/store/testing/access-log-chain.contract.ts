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

  it('purges the entries before a cutoff in one step, keeps the rest verifiable from the anchor, and logs the purge', async () => {
    await setUp();
    for (let n = 0; n < 6; n++) await store().logAccess(entry(n));
    await store().logAccess(entry(1, officeB.id));
    const purge = { tenantId: officeA.id, beforeAt: '2025-06-01T09:00:03.000Z', userId: 'system', reason: '保存期間 60か月', at: '2030-06-01T09:00:03.000Z' };
    const result = await store().purgeAccessLog(purge);
    expect(result).toMatchObject({ purged: 3, anchor: { seq: 3 } });
    const left = await store().listAccessLog(officeA.id);
    expect(left.map((e) => e.seq).sort()).toEqual([4, 5, 6, 7]);
    expect(left.find((e) => e.seq === 7)).toMatchObject({ action: 'access_log.purge', userId: 'system' });
    const [verdict] = await store().verifyAccessLog(officeA.id);
    expect(verdict).toMatchObject({ checked: 4, anchor: { seq: 3, hash: result.anchor?.hash }, head: { seq: 7 } });
    expect(verdict?.broken).toBeUndefined();
    // The other tenant is untouched; a second purge with nothing older writes nothing.
    expect(await store().listAccessLog(officeB.id)).toHaveLength(1);
    expect(await store().purgeAccessLog(purge)).toEqual({ purged: 0 });
    expect(await store().listAccessLog(officeA.id)).toHaveLength(4);
    // Appends go on after the purge entry.
    await store().logAccess(entry(9));
    expect((await store().verifyAccessLog(officeA.id))[0]).toMatchObject({ checked: 5, head: { seq: 8 } });

    await sql`update access_log set detail = '書き換え' where tenant_id = ${officeA.id} and seq = 4`.execute(store().db);
    expect((await store().verifyAccessLog(officeA.id))[0]?.broken).toMatchObject({ seq: 4 });
    await sql`update access_log set detail = '記録3' where tenant_id = ${officeA.id} and seq = 4`.execute(store().db);
    await sql`update access_log_anchors set seq = 2 where tenant_id = ${officeA.id}`.execute(store().db);
    expect((await store().verifyAccessLog(officeA.id))[0]?.broken?.reason).toContain('削除の起点');
  });

  it('notices the newest entries removed', async () => {
    await setUp();
    for (let n = 0; n < 4; n++) await store().logAccess(entry(n));
    await sql`delete from access_log where tenant_id = ${officeA.id} and seq = 4`.execute(store().db);
    expect((await store().verifyAccessLog(officeA.id))[0]?.broken?.reason).toContain('末尾');
  });
}
