import type { CsvConversion, CsvExclusion, CsvExportReportDetail, CsvSkippedClient } from '@kizuki/core';

/** What the export answer's headers say about the ZIP (X-Kizuki-Csv-*). */
export interface CsvExportReport {
  /** CSV files in the ZIP; undefined when the header is missing */
  files: number | undefined;
  /** characters replaced to fit MS932 */
  conversionCount: number | undefined;
  /** service lines left out (連携対象外) */
  excludedCount: number | undefined;
  /** The lists in full; undefined when the server could not fit them in a header. */
  detail: CsvExportReportDetail | undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const hasStrings = (value: unknown, keys: readonly string[]) => isRecord(value) && keys.every((k) => typeof value[k] === 'string');

function listOf<T>(value: unknown, keys: readonly string[]): T[] | undefined {
  return Array.isArray(value) && value.every((item) => hasStrings(item, keys)) ? (value as T[]) : undefined;
}

/** Text encoded as base64url (RFC 4648 §5, padding optional) of UTF-8 bytes; undefined when not. */
export function decodeBase64UrlText(encoded: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*={0,2}$/u.test(encoded)) return undefined;
  const base64 = encoded.replace(/=+$/u, '').replace(/-/gu, '+').replace(/_/gu, '/');
  if (base64.length % 4 === 1) return undefined;
  try {
    const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The X-Kizuki-Csv-Report header (base64url JSON of conversions, excluded, skipped), or undefined when absent or unreadable. */
export function decodeExportDetail(header: string | null): CsvExportReportDetail | undefined {
  if (header === null || header === '') return undefined;
  const text = decodeBase64UrlText(header);
  if (text === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(json)) return undefined;
  const conversions = listOf<CsvConversion>(json.conversions, ['field', 'original', 'replacement']);
  const excluded = listOf<CsvExclusion>(json.excluded, ['insuredNumber', 'item', 'reason']);
  const skipped = listOf<CsvSkippedClient>(json.skipped ?? [], ['insuredNumber', 'name', 'reason']);
  return conversions && excluded && skipped ? { conversions, excluded, skipped } : undefined;
}

function count(header: string | null): number | undefined {
  return header !== null && /^\d+$/u.test(header) ? Number(header) : undefined;
}

/** Reads the report headers of `POST /api/clients/:id/csv-export`. */
export function readExportReport(headers: Headers): CsvExportReport {
  return {
    files: count(headers.get('X-Kizuki-Csv-Files')),
    conversionCount: count(headers.get('X-Kizuki-Csv-Conversions')),
    excludedCount: count(headers.get('X-Kizuki-Csv-Excluded')),
    detail: decodeExportDetail(headers.get('X-Kizuki-Csv-Report')),
  };
}

/** The file name of a Content-Disposition header (`filename*=UTF-8''…` or `filename="…"`), else `fallback`. */
export function fileNameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/iu.exec(header)?.[1];
  if (extended) {
    try {
      return safeFileName(decodeURIComponent(extended.trim()), fallback);
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/iu.exec(header);
  return safeFileName((plain?.[1] ?? plain?.[2] ?? '').trim(), fallback);
}

/** Only a bare name: no folders, nothing empty. */
function safeFileName(name: string, fallback: string): string {
  const base = name.split(/[\\/]/u).pop() ?? '';
  return base === '' || base === '.' || base === '..' ? fallback : base;
}

/** A byte size for people: 512 バイト, 12.3 KB, 1.5 MB. */
export function byteSizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} バイト`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
