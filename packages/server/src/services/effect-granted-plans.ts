import { assembleCaseFile, clientSchema, grantPurposeTable, type CaseFile, type DataPart, type DocumentKind, type Grant, type Organization } from '@kizuki/core';
import type { StoredDocument } from '../store/store.js';
import type { Actor, ServiceDeps } from './context.js';

/** A client's documents shared with the insurer through one live grant, put together as a case file. */
export interface GrantedCaseFile {
  grant: Grant;
  owner: Organization | undefined;
  clientId: string;
  /** the client's name as the grant names it (ケアプラン点検 names the client) */
  label: string;
  caseFile: CaseFile;
  /** what the shared documents carry, for the audit's `available` */
  available: DataPart[];
  documents: { kind: DocumentKind; id: string }[];
}

const partsOfKind: Partial<Record<DocumentKind, readonly DataPart[]>> = {
  client: ['client', 'family'],
  certification: ['certification'],
  assessment: ['assessment'],
  care_plan: ['plan', 'lineNotes'],
  care_team_meeting: ['process'],
  monitoring: ['monitoring'],
  prevention_plan: ['prevention'],
  basic_checklist: ['prevention'],
};

/**
 * The case files an insurer can read for ケアプラン点検: per live grant of that purpose and per
 * client, the granted revisions (the store checks the grant on every read). A client whose shared
 * documents cannot form a case file is counted in `unreadable`. Each grant read is logged on both sides.
 */
export async function grantedCaseFiles(deps: ServiceDeps, actor: Actor, action: string): Promise<{ files: GrantedCaseFile[]; grants: number; unreadable: number }> {
  const at = deps.now().toISOString();
  const grants = (await deps.store.listGrantsForGrantee(actor.tenantId, at)).filter((g) => g.purpose === 'care_plan_inspection');
  const files: GrantedCaseFile[] = [];
  let unreadable = 0;
  for (const grant of grants) {
    const owner = await deps.store.getOrganization(grant.ownerOrganizationId);
    const documents = await deps.store.listGrantedDocuments(actor.tenantId, grant.id, at);
    const byClient = new Map<string, StoredDocument[]>();
    for (const doc of documents) byClient.set(doc.clientId, [...(byClient.get(doc.clientId) ?? []), doc]);
    for (const [clientId, docs] of byClient) {
      const named = grant.items.find((i) => i.clientId === clientId)?.client;
      const kinded = docs.map((d) => ({ kind: d.kind, body: d.body }));
      if (!kinded.some((d) => d.kind === 'client') && named) {
        // The grant names the client (ケアプラン点検); the audit needs at least who and which insurer.
        const client = clientSchema.safeParse({ id: clientId, name: named.name, nameKana: named.nameKana, insurerNumber: named.insurerNumber, insuredNumber: named.insuredNumber });
        if (client.success) kinded.push({ kind: 'client', body: client.data });
      }
      let caseFile: CaseFile;
      try {
        caseFile = assembleCaseFile(kinded);
      } catch {
        unreadable += 1;
        continue;
      }
      const kinds = new Set(docs.map((d) => d.kind));
      const available = [...new Set([...kinds].flatMap((k) => partsOfKind[k] ?? []))];
      if (!available.includes('client')) available.push('client');
      files.push({ grant, owner, clientId, label: named && grantPurposeTable[grant.purpose].namesClient ? named.name : '（利用者）', caseFile, available, documents: docs.map((d) => ({ kind: d.kind, id: d.id })) });
    }
    await deps.store.logAccess({ tenantId: actor.tenantId, userId: actor.user.id, clientId: null, action, detail: `grant:${grant.id} from:${grant.ownerOrganizationId}（${byClient.size}人）`, at });
    for (const clientId of byClient.keys()) {
      await deps.store.logAccess({ tenantId: grant.ownerOrganizationId, userId: actor.user.id, clientId, action: 'grant.read', detail: `grant:${grant.id} by:${actor.tenantId} ${action}`, at });
    }
  }
  return { files, grants: grants.length, unreadable };
}
