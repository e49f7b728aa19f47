import { recordKindRule, type OrganizationKind, type ProviderCandidatesAnswer, type ResourceCsvRowError, type Role } from '@kizuki/core';
import { apiRequest } from '../api/client.js';

/** Whether this user keeps the 社会資源 directory (the record kind's rule, not a copy of it). */
export function mayEditDirectory(role: Role, organizationKind: OrganizationKind): boolean {
  const rule = recordKindRule('region_resource');
  return rule.keeperKinds.includes(organizationKind) && rule.writerRoles.includes(role);
}

export async function importResourcesCsv(file: Blob): Promise<{ encoding: 'utf-8' | 'shift_jis'; imported: number }> {
  return (await apiRequest<{ report: { encoding: 'utf-8' | 'shift_jis'; imported: number } }>('/api/region/resources/import', { method: 'POST', upload: { data: file, contentType: 'text/csv' } })).report;
}

/** The row errors of a refused import (details of the 422 answer). */
export function importRowErrors(details: unknown): ResourceCsvRowError[] {
  const rows = (details as { rows?: unknown } | undefined)?.rows;
  return Array.isArray(rows) ? (rows as ResourceCsvRowError[]) : [];
}

/** Where the directory is downloaded as CSV (a plain link: the session cookie goes with it). */
export function resourcesCsvUrl(encoding: 'utf-8' | 'shift_jis'): string {
  return `/api/region/resources.csv?encoding=${encoding}`;
}

/** 計画に記載された介護保険サービス事業所（未登録）: counts per 事業所番号, for the directory's keepers. */
export async function fetchProviderCandidates(signal?: AbortSignal): Promise<ProviderCandidatesAnswer> {
  return apiRequest<ProviderCandidatesAnswer>('/api/region/resources/provider-candidates', { signal });
}
