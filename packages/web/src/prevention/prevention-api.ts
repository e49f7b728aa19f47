import type { DelegatedClientFile, DelegatedDocument, DelegationOverview, Grant, Monitoring, OrganizationKind, PreventionConfirmationRequest, PreventionPlan, ReceivedDelegation, Role } from '@kizuki/core';
import { apiRequest } from '../api/client.js';
import type { StoredDocumentView } from '../api/documents.js';

/** The server's confirmationRoles (packages/server/src/services/prevention-delegation.service.ts). */
export function mayConfirmDelegation(role: Role, kind: OrganizationKind): boolean {
  return kind === 'community_center' && role === 'center_staff';
}

/** The server's delegatedWriterRoles (packages/server/src/services/prevention-office.service.ts). */
export function mayWriteDelegated(role: Role, kind: OrganizationKind): boolean {
  return kind === 'care_management_office' && (role === 'care_manager' || role === 'office_admin');
}

/** The kinds a delegation shares with the office: the plan it writes and the client's monitoring and checklist. */
export const delegatedKinds = ['prevention_plan', 'monitoring', 'basic_checklist'] as const;

export async function delegateClient(request: { clientId: string; granteeOrganizationId: string; reason: string; validUntil: string }): Promise<Grant> {
  const body = {
    granteeOrganizationId: request.granteeOrganizationId,
    purpose: 'delegated_prevention',
    reason: request.reason,
    validUntil: request.validUntil,
    items: delegatedKinds.map((kind) => ({ clientId: request.clientId, kind })),
  };
  return (await apiRequest<{ grant: Grant }>('/api/grants', { method: 'POST', body })).grant;
}

export async function fetchDelegationOverview(signal?: AbortSignal): Promise<DelegationOverview> {
  return apiRequest<DelegationOverview>('/api/prevention/delegations', { signal });
}

export async function confirmPlan(documentId: string, request: PreventionConfirmationRequest): Promise<StoredDocumentView<'prevention_plan'>> {
  return (await apiRequest<{ document: StoredDocumentView<'prevention_plan'> }>(`/api/prevention/plans/${encodeURIComponent(documentId)}/confirmation`, { method: 'POST', body: request })).document;
}

export async function fetchReceivedDelegations(signal?: AbortSignal): Promise<ReceivedDelegation[]> {
  return (await apiRequest<{ delegations: ReceivedDelegation[] }>('/api/prevention/delegated', { signal })).delegations;
}

const delegatedPath = (grantId: string, clientId: string) => `/api/prevention/delegated/${encodeURIComponent(grantId)}/clients/${encodeURIComponent(clientId)}`;

export async function fetchDelegatedClient(grantId: string, clientId: string, signal?: AbortSignal): Promise<DelegatedClientFile> {
  return apiRequest<DelegatedClientFile>(delegatedPath(grantId, clientId), { signal });
}

export async function saveDelegatedPlan(grantId: string, clientId: string, plan: Partial<PreventionPlan>, baseRevision: number | undefined): Promise<DelegatedDocument<PreventionPlan>> {
  const body = { plan, ...(baseRevision !== undefined ? { baseRevision } : {}) };
  return (await apiRequest<{ plan: DelegatedDocument<PreventionPlan> }>(`${delegatedPath(grantId, clientId)}/plan`, { method: 'PUT', body })).plan;
}

export async function addDelegatedMonitoring(grantId: string, clientId: string, monitoring: Partial<Monitoring>): Promise<DelegatedDocument<Monitoring>> {
  return (await apiRequest<{ monitoring: DelegatedDocument<Monitoring> }>(`${delegatedPath(grantId, clientId)}/monitorings`, { method: 'POST', body: { monitoring } })).monitoring;
}
