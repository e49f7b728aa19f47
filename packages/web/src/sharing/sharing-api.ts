import type { DocumentKind, GivenGrant, Grant, GranteeCandidate, GrantItem, GrantPurpose, GrantRequest, OrganizationKind, ReceivedGrant, Role } from '@kizuki/core';
import { apiRequest } from '../api/client.js';
import type { StoredDocumentView } from '../api/documents.js';

/**
 * Roles that may share their organization's case files and revoke the grants: the server's
 * grantOwnerRoles (packages/server/src/services/grant.service.ts).
 */
const ownerRoles: readonly Role[] = ['care_manager', 'office_admin', 'center_staff'];
/** Roles that may read what was shared with their organization (grantRecipientRoles). */
const recipientRoles: readonly Role[] = ['care_manager', 'office_admin', 'center_staff', 'insurer_staff'];

/** Whether the user may share (an insurer keeps no case files to share). */
export function mayShare(role: Role, organizationKind: OrganizationKind): boolean {
  return ownerRoles.includes(role) && organizationKind !== 'insurer';
}

export function mayReadShared(role: Role): boolean {
  return recipientRoles.includes(role);
}


export async function fetchGivenGrants(signal?: AbortSignal): Promise<GivenGrant[]> {
  return (await apiRequest<{ grants: GivenGrant[] }>('/api/grants', { signal })).grants;
}

export async function createGrant(request: GrantRequest): Promise<Grant> {
  return (await apiRequest<{ grant: Grant }>('/api/grants', { method: 'POST', body: request })).grant;
}

export async function revokeGrant(grantId: string, reason: string): Promise<Grant> {
  return (await apiRequest<{ grant: Grant }>(`/api/grants/${encodeURIComponent(grantId)}/revoke`, { method: 'POST', body: { reason } })).grant;
}

export async function fetchCandidates(purpose: GrantPurpose, clientId: string, signal?: AbortSignal): Promise<GranteeCandidate[]> {
  const query = new URLSearchParams({ purpose, clientId });
  return (await apiRequest<{ organizations: GranteeCandidate[] }>(`/api/grants/candidates?${query.toString()}`, { signal })).organizations;
}

export async function fetchReceivedGrants(signal?: AbortSignal): Promise<ReceivedGrant[]> {
  return (await apiRequest<{ grants: ReceivedGrant[] }>('/api/shared', { signal })).grants;
}

export async function fetchSharedDocument<K extends DocumentKind>(grantId: string, documentId: string, signal?: AbortSignal): Promise<StoredDocumentView<K>> {
  const path = `/api/shared/${encodeURIComponent(grantId)}/documents/${encodeURIComponent(documentId)}`;
  return (await apiRequest<{ document: StoredDocumentView<K> }>(path, { signal })).document;
}

/** One line naming what an item shares: 居宅サービス計画（第2版）. */
export function itemLabel(item: GrantItem, kindLabel: (kind: DocumentKind) => string): string {
  return item.revision === undefined ? `${kindLabel(item.kind)}（すべての版）` : `${kindLabel(item.kind)}（第${item.revision}版）`;
}
