import { assembleCaseFile, KizukiError, type CaseFile } from '@kizuki/core';
import type { Store } from '../store/store.js';

/**
 * The case-file JSON of one client (the current revision of every document), as `kizuki audit`
 * and the browser's audit read it. The read is recorded in the access log under `userId`.
 */
export async function exportCaseFile(store: Store, tenantId: string, clientId: string, userId: string, at: string): Promise<CaseFile> {
  const summary = await store.getClientSummary(tenantId, clientId);
  if (!summary) throw new KizukiError('not_found', '利用者が見つかりません。');
  const documents = await store.listDocuments(tenantId, clientId);
  await store.logAccess({ tenantId, userId, clientId, action: 'case_file.export', at });
  return assembleCaseFile(documents);
}

/** Finds which organization holds a client id (ids are unique across the deployment); for operator tools only. */
export async function findClientTenant(store: Store, clientId: string): Promise<string> {
  for (const org of await store.listOrganizations()) {
    if (await store.getClientSummary(org.id, clientId)) return org.id;
  }
  throw new KizukiError('not_found', `利用者「${clientId}」はどの組織にも見つかりません。`);
}
