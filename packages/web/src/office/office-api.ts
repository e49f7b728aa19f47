import type { OfficeConcentration, OfficeDue, OfficeMonth, OfficeNotifications, Role } from '@kizuki/core';
import { apiRequest } from '../api/client.js';

/** Who sees the section (the server's office routes): the office's manager and its care managers. */
export function mayReadOffice(role: Role, organizationKind: string): boolean {
  return organizationKind === 'care_management_office' && (role === 'office_admin' || role === 'care_manager');
}

/** The office's manager keeps the records; care managers read them (and record their trainings). */
export function mayManageOffice(role: Role): boolean {
  return role === 'office_admin';
}

export async function fetchOfficeMonth(month: string, signal?: AbortSignal): Promise<OfficeMonth> {
  return apiRequest<OfficeMonth>(`/api/office/month?${new URLSearchParams({ month }).toString()}`, { signal });
}

export async function fetchOfficeConcentration(periodStart: string | undefined, signal?: AbortSignal): Promise<OfficeConcentration> {
  const query = periodStart ? `?${new URLSearchParams({ period: periodStart }).toString()}` : '';
  return apiRequest<OfficeConcentration>(`/api/office/concentration${query}`, { signal });
}

export async function fetchOfficeNotifications(month: string, signal?: AbortSignal): Promise<OfficeNotifications> {
  return apiRequest<OfficeNotifications>(`/api/office/notifications?${new URLSearchParams({ month }).toString()}`, { signal });
}

export async function fetchOfficeDue(signal?: AbortSignal): Promise<OfficeDue> {
  return apiRequest<OfficeDue>('/api/office/due', { signal });
}

