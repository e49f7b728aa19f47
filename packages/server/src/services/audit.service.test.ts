import { assembleCaseFile, audit, type User } from '@kizuki/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCaseFiles } from '../demo/demo-case-files.js';
import { demoInsurers, demoOffice } from '../demo/demo-organizations.js';
import { storeCaseFile } from '../demo/seed-demo.js';
import type { Store } from '../store/store.js';
import { storeBackends } from '../testing/store-backends.js';
import { auditClient } from './audit.service.js';
import { policyForInsurerNumber } from './policy-versions.service.js';

const today = '2025-07-15';

/**
 * The audit of one client reads its peers' clients and care plans only; what it finds must be
 * what the audit finds with every peer's whole case file (the demo office's caseload, where two
 * clients' plans are near copies of each other).
 */
describe.each(storeBackends())('auditClient on $name', (backend) => {
  let store: Store;
  const user: User = { id: 'u-cm', organizationId: demoOffice.id, login: 'cm', displayName: '検証 花子', role: 'care_manager', disabled: false };
  const actor = { user, organization: demoOffice, tenantId: demoOffice.id };
  const deps = () => ({ store, now: () => new Date(`${today}T01:00:00Z`) });

  beforeAll(async () => {
    store = await backend.open();
    for (const org of [...demoInsurers, demoOffice]) await store.createOrganization(org);
    for (const entry of demoCaseFiles(today).filter((e) => e.tenant === 'office')) await storeCaseFile(store, demoOffice.id, entry.caseFile);
  });
  afterAll(async () => {
    await store.close();
    await backend.cleanup();
  });

  it('finds for every client what the audit with whole peer case files finds', async () => {
    const clients = await store.listClients(demoOffice.id);
    const whole = await Promise.all(clients.map(async (c) => assembleCaseFile(await store.listDocuments(demoOffice.id, c.id))));
    let uniform = 0;
    for (const [i, client] of clients.entries()) {
      const pack = await policyForInsurerNumber(store, client.insurerNumber, demoOffice.policyPackId);
      const expected = audit(whole[i]!, pack, { asOf: today, peers: whole.filter((_, j) => j !== i) });
      const { result } = await auditClient(deps(), actor, client.id);
      expect(result).toEqual(expected);
      uniform += result.findings.filter((f) => f.ruleId === 'plan.uniform-across-clients').length;
    }
    expect(uniform).toBeGreaterThanOrEqual(2);
  });
});
