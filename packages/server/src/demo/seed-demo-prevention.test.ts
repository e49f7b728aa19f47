import { assembleCaseFile, type PreventionPlan } from '@kizuki/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../services/context.js';
import { delegationOverview } from '../services/prevention-delegation.service.js';
import { listReceivedDelegations } from '../services/prevention-office.service.js';
import type { Store } from '../store/store.js';
import { storeBackends } from '../testing/store-backends.js';
import { demoCenter, demoOffice } from './demo-organizations.js';
import { seedDemo } from './seed-demo.js';

const today = '2026-11-20';

describe.each(storeBackends())('demo 介護予防ケアマネジメント on $name', (backend) => {
  let store: Store;
  const deps = () => ({ store, now: () => new Date(`${today}T03:00:00Z`) });
  const actor = async (tenantId: string, userId: string): Promise<Actor> => ({ user: (await store.getUser(tenantId, userId))!, organization: (await store.getOrganization(tenantId))!, tenantId });
  beforeAll(async () => {
    store = await backend.open();
    await seedDemo(store, today);
  }, 60_000);
  afterAll(async () => {
    await store.close();
    await backend.cleanup();
  });

  it('the center runs clients of 類型 A, B and C', async () => {
    const types = new Set<string>();
    for (const client of await store.listClients(demoCenter.id)) {
      const caseFile = assembleCaseFile(await store.listDocuments(demoCenter.id, client.id));
      for (const plan of caseFile.preventionPlans) if (plan.careManagementType) types.add(plan.careManagementType);
    }
    expect([...types].sort()).toEqual(['A', 'B', 'C']);
  });

  it('counts two clients delegated to the demo office: one awaiting 確認, one confirmed', async () => {
    const overview = await delegationOverview(deps(), await actor(demoCenter.id, 'demo-user-center'));
    expect(overview.offices).toEqual([{ officeId: demoOffice.id, officeName: demoOffice.name, activeCases: 2, awaitingConfirmation: 1, confirmed: 1, monitoringOverdue: 1 }]);
    const confirmed = overview.cases.find((c) => c.status === 'confirmed')!;
    expect(confirmed).toMatchObject({ clientId: 'demo-client-18', confirmedBy: '高橋 さくら', monitoringOverdue: true });
    const plan = (await store.getDocument(demoCenter.id, confirmed.planId!))!;
    expect((plan.body as PreventionPlan).centerConfirmedRevision).toBe(plan.revision);
    expect(overview.cases.find((c) => c.status === 'awaiting_confirmation')).toMatchObject({ clientId: 'demo-client-20', careManagerName: '田中 健太' });
    const received = await listReceivedDelegations(deps(), await actor(demoOffice.id, 'demo-user-cm'));
    expect(received.map((r) => [r.clientId, r.status]).sort()).toEqual([['demo-client-18', 'confirmed'], ['demo-client-20', 'awaiting_confirmation']]);
  });
});
