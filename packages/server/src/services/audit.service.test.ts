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

/**
 * Validated case files and peers are kept per set of revisions (derived-from-revisions.ts): a save
 * of the client's own documents or of a peer's must show in the next audit at once.
 */
describe.each(storeBackends())('auditClient after new revisions on $name', (backend) => {
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

  async function rename(clientId: string, name: string): Promise<void> {
    const doc = (await store.getDocument(demoOffice.id, clientId))!;
    await store.updateDocument(demoOffice.id, clientId, doc.revision, { ...(doc.body as object), name }, 'u-cm');
  }

  it('audits the revisions saved since the last audit, of the client and of its peers', async () => {
    const clients = await store.listClients(demoOffice.id);
    let target: { clientId: string; peerId: string } | undefined;
    for (const client of clients) {
      const { result } = await auditClient(deps(), actor, client.id);
      const uniform = result.findings.find((f) => f.ruleId === 'plan.uniform-across-clients');
      const peer = uniform && clients.find((c) => c.id !== client.id && uniform.message.includes(`${c.name}さん`));
      if (peer) target = { clientId: client.id, peerId: peer.id };
    }
    expect(target).toBeDefined();
    const { clientId, peerId } = target!;
    // Twice each: the second audit is answered from what the first one kept.
    for (let i = 0; i < 2; i++) expect((await auditClient(deps(), actor, clientId)).result.client.name).not.toBe('改名 一郎');
    await rename(clientId, '改名 一郎');
    await rename(peerId, '改名 二郎');
    for (let i = 0; i < 2; i++) {
      const { result } = await auditClient(deps(), actor, clientId);
      expect(result.client.name).toBe('改名 一郎');
      expect(result.findings.find((f) => f.ruleId === 'plan.uniform-across-clients')?.message).toContain('改名 二郎さん');
    }
  });
});
