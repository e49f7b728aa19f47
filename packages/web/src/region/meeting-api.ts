import { recordKindRule, type CommunityCareMeeting, type Grant, type MeetingPresentation, type OrganizationKind, type OwnPresentation, type PresentationRequest, type ReceivedPresentation, type Role, type StoredRecord } from '@kizuki/core';
import { apiRequest } from '../api/client.js';
import { mayShare } from '../sharing/sharing-api.js';

/** Whether this user keeps 地域ケア会議 records (the record kind's rule, not a copy of it). */
export function mayKeepMeetings(role: Role, organizationKind: OrganizationKind): boolean {
  const rule = recordKindRule('community_care_meeting');
  return rule.keeperKinds.includes(organizationKind) && rule.writerRoles.includes(role);
}

/** Whether this user may present a case of the organization's case files (the presentation kind's keepers). */
export function mayPresent(role: Role, organizationKind: OrganizationKind): boolean {
  return recordKindRule('community_care_presentation').keeperKinds.includes(organizationKind) && mayShare(role, organizationKind);
}

export async function presentCase(input: PresentationRequest): Promise<{ presentation: StoredRecord<MeetingPresentation>; grant: Grant }> {
  return apiRequest('/api/community-meetings/presentations', { method: 'POST', body: input });
}

export async function fetchOwnPresentations(clientId: string, signal?: AbortSignal): Promise<OwnPresentation[]> {
  return (await apiRequest<{ presentations: OwnPresentation[] }>(`/api/community-meetings/presentations?clientId=${encodeURIComponent(clientId)}`, signal ? { signal } : {})).presentations;
}

export async function fetchReceivedPresentations(signal?: AbortSignal): Promise<ReceivedPresentation[]> {
  return (await apiRequest<{ presentations: ReceivedPresentation[] }>('/api/community-meetings/received', signal ? { signal } : {})).presentations;
}

export async function fetchReceivedPresentation(ownerId: string, presentationId: string, signal?: AbortSignal): Promise<ReceivedPresentation> {
  return (await apiRequest<{ presentation: ReceivedPresentation }>(`/api/community-meetings/received/${encodeURIComponent(ownerId)}/${encodeURIComponent(presentationId)}`, signal ? { signal } : {})).presentation;
}

export async function finalizeMeeting(id: string, baseRevision: number): Promise<{ meeting: StoredRecord<CommunityCareMeeting>; delivered: number }> {
  return apiRequest(`/api/community-meetings/${encodeURIComponent(id)}/finalize`, { method: 'POST', body: { baseRevision } });
}
