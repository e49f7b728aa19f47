import { ApiError, apiFetch, apiRequest } from '../api/client.js';
import type { CsvAuditReport, PolicySummary } from '@kizuki/core';
import { isCsvAuditReport } from './csv-audit-report.js';

/** `GET /api/policies`: every policy pack, national first. */
export async function fetchPolicies(signal?: AbortSignal): Promise<PolicySummary[]> {
  const body = await apiRequest<{ policies?: unknown }>('/api/policies', { signal });
  if (!Array.isArray(body.policies)) throw new ApiError(200, 'unexpected_response', 'ポリシーパックの一覧を読み取れませんでした。');
  return body.policies as PolicySummary[];
}

export interface CsvAuditChoice {
  /** Pack id; absent: the server picks the pack of the clients' 保険者番号. */
  policy?: string;
  /** YYYY-MM-DD */
  asOf: string;
}

/** The query of `POST /api/audit/csv`. */
export function csvAuditPath(choice: CsvAuditChoice): string {
  const query = new URLSearchParams({ asOf: choice.asOf });
  if (choice.policy !== undefined && choice.policy !== '') query.set('policy', choice.policy);
  return `/api/audit/csv?${query.toString()}`;
}

/** `POST /api/audit/csv`: ケアプラン点検 of a ZIP of ケアプランデータ連携 CSV; the server stores nothing. */
export async function auditCsvZip(file: Blob, choice: CsvAuditChoice): Promise<CsvAuditReport> {
  const response = await apiFetch(csvAuditPath(choice), { method: 'POST', upload: { data: file, contentType: 'application/zip' } });
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (!isCsvAuditReport(body)) throw new ApiError(response.status, 'unexpected_response', 'サーバーの応答を読み取れませんでした。時間をおいてもう一度お試しください。');
  return body;
}
