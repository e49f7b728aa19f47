import { assembleCaseFile, buildDashboard, tokyoDateOf, type Dashboard, type DashboardCase, type DashboardClientRef } from '@kizuki/core';
import { getPolicyPack } from '../policy/load-packs.js';
import { policiesForInsurerNumbers } from './policy-versions.service.js';
import type { Actor, ServiceDeps } from './context.js';

/** The dashboard of the actor's organization for today (Japan), read from the store. The read is logged. */
export async function readDashboard(deps: ServiceDeps, actor: Actor): Promise<Dashboard> {
  const asOf = tokyoDateOf(deps.now());
  const clients = await deps.store.listClients(actor.tenantId);
  // Each insurer's pack as in force (its latest published version, else the bundled pack).
  const packs = await policiesForInsurerNumbers(deps.store, clients.map((c) => c.insurerNumber), actor.organization.policyPackId);
  const packsById = new Map([...packs.values()].map((p) => [p.id, p]));
  const cases: DashboardCase[] = [];
  const unreadableClients: DashboardClientRef[] = [];
  for (const client of clients) {
    try {
      const caseFile = assembleCaseFile(await deps.store.listDocuments(actor.tenantId, client.id));
      cases.push({ caseFile, policyId: packs.get(client.insurerNumber)!.id });
    } catch {
      unreadableClients.push({ clientId: client.id, name: client.name, nameKana: client.nameKana });
    }
  }
  await deps.store.logAccess({ tenantId: actor.tenantId, userId: actor.user.id, clientId: null, action: 'dashboard.read', at: deps.now().toISOString() });
  return { ...buildDashboard(cases, asOf, (id) => packsById.get(id) ?? getPolicyPack(id)), unreadableClients };
}
