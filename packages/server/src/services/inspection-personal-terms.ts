import type { InspectionCaseRecord, StoredRecord } from '@kizuki/core';
import type { Actor, ServiceDeps } from './context.js';

/**
 * Names the 点検 records could contain and a published 総評 must not: the clients of the plans the
 * organization received or keeps, the people of the sessions, care managers and offices.
 */
export async function personalTermsOf(deps: ServiceDeps, actor: Actor, cases: readonly StoredRecord<InspectionCaseRecord>[]): Promise<string[]> {
  const terms = new Set<string>();
  for (const c of cases) {
    for (const a of c.body.session?.attendees ?? []) terms.add(a.name);
    for (const s of c.body.session?.signOffs ?? []) terms.add(s.name);
    if (c.body.careManagerName) terms.add(c.body.careManagerName);
    if (c.body.csvCaseFile) for (const name of [c.body.csvCaseFile.client.name, ...c.body.csvCaseFile.client.familyMembers.map((f) => f.name)]) if (name) terms.add(name);
    if (c.body.officeName) terms.add(c.body.officeName);
    // The clients of the grants the case names, even after the grant ended (read here only to hide them).
    const grantIds = [c.body.source?.kind === 'grant' ? c.body.source.grantId : undefined, c.body.revisedSource?.grantId];
    for (const grantId of grantIds) {
      if (grantId === undefined || !c.addresseeOrganizationId) continue;
      const grant = await deps.store.getGrant(c.addresseeOrganizationId, grantId);
      for (const item of grant?.items ?? []) {
        const name = item.client?.name ?? (await deps.store.getClientSummary(c.addresseeOrganizationId, item.clientId))?.name;
        if (name) terms.add(name);
      }
    }
    if (c.body.source?.kind === 'own') {
      const client = await deps.store.getClientSummary(actor.tenantId, c.body.source.clientId);
      if (client) terms.add(client.name);
    }
  }
  for (const grant of await deps.store.listGrantsForGrantee(actor.tenantId, deps.now().toISOString())) {
    for (const item of grant.items) if (item.client?.name) terms.add(item.client.name);
  }
  for (const client of await deps.store.listClients(actor.tenantId)) terms.add(client.name);
  return [...terms];
}

