import { ApiError, apiFetch } from '../api/client.js';
import { fileNameFromDisposition, readExportReport, type CsvExportReport } from './export-report.js';
import { isCsvImportSummary, type CsvImportSummary } from './import-summary.js';

/** A ZIP of ケアプランデータ連携 CSV as the server answered it. */
export interface CsvDownload {
  blob: Blob;
  fileName: string;
  report: CsvExportReport;
}

export interface CsvExportChoice {
  /** `事業所番号:サービス種類コード`; every provider when absent */
  to?: string;
  /** YYYY-MM: the month's サービス利用票 instead of the current plan */
  month?: string;
}

/** `POST /api/clients/:id/csv-export`: the client's plan (or a month's 利用票) as a ZIP with the report headers. */
export async function exportClientCsv(clientId: string, choice: CsvExportChoice = {}): Promise<CsvDownload> {
  const query = choice.month === undefined ? '' : `?month=${encodeURIComponent(choice.month)}`;
  const response = await apiFetch(`/api/clients/${encodeURIComponent(clientId)}/csv-export${query}`, {
    method: 'POST',
    body: choice.to === undefined ? {} : { to: choice.to },
    accept: 'application/zip, application/json',
  });
  let blob: Blob;
  try {
    blob = await response.blob();
  } catch {
    throw new ApiError(response.status, 'unexpected_response', 'ZIPファイルを受け取れませんでした。もう一度お試しください。');
  }
  if (blob.size === 0) throw new ApiError(response.status, 'unexpected_response', 'サーバーから空のファイルが届きました。時間をおいてもう一度お試しください。');
  return { blob, fileName: fileNameFromDisposition(response.headers.get('Content-Disposition'), 'kizuki-csv.zip'), report: readExportReport(response.headers) };
}

/** `POST /api/csv/import`: uploads a ZIP and answers what was stored, send unit by send unit. */
export async function importCsvZip(file: Blob): Promise<CsvImportSummary> {
  const response = await apiFetch('/api/csv/import', { method: 'POST', upload: { data: file, contentType: 'application/zip' } });
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (!isCsvImportSummary(body)) throw new ApiError(response.status, 'unexpected_response', 'サーバーの応答を読み取れませんでした。取り込まれたかどうかを利用者一覧で確かめてください。');
  return body;
}
