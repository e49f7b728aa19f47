import { isKizukiError } from '@kizuki/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeBackends } from '../testing/store-backends.js';
import type { Store } from './store.js';
import { officeA, officeB } from './testing/store-fixtures.js';

/**
 * Access log entries logged at the same moment are committed together (group commit); the chain
 * must be what logging them one by one gives, and one bad entry must not fail the others.
 */
describe.each(storeBackends())('access log group commit on $name', (backend) => {
  let store: Store;
  beforeAll(async () => {
    store = await backend.open();
    for (const org of [officeA, officeB]) await store.createOrganization(org);
  });
  afterAll(async () => {
    await store.close();
    await backend.cleanup();
  });

  it('chains concurrent entries of several tenants in the order they were logged, every one stored', async () => {
    const entries = Array.from({ length: 120 }, (_, i) => ({ tenantId: i % 3 === 0 ? officeB.id : officeA.id, userId: 'u', clientId: null, action: 'case_file.read', detail: `#${i}`, at: `2025-07-01T00:00:00.${String(i).padStart(3, '0')}Z` }));
    await Promise.all(entries.map((entry) => store.logAccess(entry)));
    for (const org of [officeA, officeB]) {
      const logged = (await store.listAccessLog(org.id, { limit: 500 })).reverse();
      expect(logged.map((e) => e.detail)).toEqual(entries.filter((e) => e.tenantId === org.id).map((e) => e.detail));
      expect(logged.map((e) => e.seq)).toEqual(logged.map((_, i) => i + 1));
    }
    const verdicts = await store.verifyAccessLog();
    expect(verdicts.filter((v) => v.broken !== undefined)).toEqual([]);
    expect(verdicts.find((v) => v.tenantId === officeA.id)?.checked).toBe(80);
  });

  it('refuses only the entry of an unknown tenant when it is logged with others', async () => {
    const before = (await store.listAccessLog(officeA.id, { limit: 500 })).length;
    const answers = await Promise.allSettled([
      store.logAccess({ tenantId: officeA.id, userId: 'u', clientId: null, action: 'case_file.read', at: '2025-07-02T00:00:00.000Z' }),
      store.logAccess({ tenantId: 'no-such-office', userId: 'u', clientId: null, action: 'case_file.read', at: '2025-07-02T00:00:01.000Z' }),
      store.logAccess({ tenantId: officeA.id, userId: 'u', clientId: null, action: 'case_file.read', at: '2025-07-02T00:00:02.000Z' }),
    ]);
    expect(answers.map((a) => a.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const refused = answers[1] as PromiseRejectedResult;
    expect(isKizukiError(refused.reason) && refused.reason.code).toBe('not_found');
    expect((await store.listAccessLog(officeA.id, { limit: 500 })).length).toBe(before + 2);
    expect((await store.verifyAccessLog(officeA.id))[0]?.broken).toBeUndefined();
  });
});
