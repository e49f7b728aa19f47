import type { AreaOffice, PolicyDiffAnswer, PolicyPreviewAnswer, PolicyStartAnswer, PolicyVersionView, Role } from '@kizuki/core';
import { apiRequest, ApiError } from '../api/client.js';

/** 基本方針's own endpoints (/api/policy); versions, acknowledgements and activities are records (api/records.ts). */

export async function fetchDraftStart(from: 'latest' | 'bundled'): Promise<PolicyStartAnswer> {
  return apiRequest<PolicyStartAnswer>(`/api/policy/start?from=${from}`);
}

/** Checks an edited pack and shows what it changes; nothing is saved. */
export async function previewPolicy(source: string, version: string): Promise<PolicyPreviewAnswer> {
  return apiRequest<PolicyPreviewAnswer>('/api/policy/preview', { method: 'POST', body: { source, version } });
}

export async function fetchPolicyVersionView(id: string, signal?: AbortSignal): Promise<PolicyVersionView> {
  return apiRequest<PolicyVersionView>(`/api/policy/versions/${encodeURIComponent(id)}`, { signal });
}

export async function fetchPolicyDiff(from: string, to: string, signal?: AbortSignal): Promise<PolicyDiffAnswer> {
  return apiRequest<PolicyDiffAnswer>(`/api/policy/diff?${new URLSearchParams({ from, to }).toString()}`, { signal });
}

/** Insurer staff edit and publish; everyone in an office reads and acknowledges. */
export const mayPublishPolicy = (role: Role) => role === 'insurer_staff';
export const mayAcknowledgePolicy = (role: Role) => role === 'care_manager' || role === 'office_admin' || role === 'center_staff';

/** A failed call as one Japanese sentence, plus the message of each field it names. */
export function errorOf(error: unknown, fallback: string): { message: string; fields: Record<string, string> } {
  if (!(error instanceof ApiError)) return { message: fallback, fields: {} };
  const fields: Record<string, string> = {};
  const details = error.details as { issues?: { path?: string; message?: string }[] } | undefined;
  for (const issue of details?.issues ?? []) if (issue.path !== undefined && issue.message) fields[issue.path.replace(/^body\./u, '')] ??= issue.message;
  return { message: error.message, fields };
}

/** Offices of the insurer's area registered in Kizuki (`GET /api/area/offices`). */
export async function fetchAreaOffices(signal?: AbortSignal): Promise<AreaOffice[]> {
  return (await apiRequest<{ offices: AreaOffice[] }>('/api/area/offices', { signal })).offices;
}
