import { auditMany, KizukiError, mergeCaseFilesByClient, type AuditReport, type CsvIssue, type DataPart, type IsoDate, type ResolvedPolicyPack } from '@kizuki/core';
import { readCsvSource, type CsvSource } from '../csv/csv-source.js';

/**
 * What a ケアプランデータ連携 CSV export carries: the client, the certification on 第1表 and the
 * plan. Assessment, meetings, consent, delivery, monitoring and what Kizuki keeps with each
 * 援助内容 beyond the 第2表 columns (主治の医師等の指示, 福祉用具が必要な理由) are not in the
 * standard, so rules that need them are reported as not evaluated, never as passed or raised.
 */
export const csvDataParts: readonly DataPart[] = ['client', 'certification', 'plan'];

/** One send unit as read, for the report: accepted units were audited, rejected ones say why. */
export interface CsvAuditUnit {
  key: string;
  files: string[];
  accepted: boolean;
  clients: number;
  issues: CsvIssue[];
}

/** The audit of CSV exports: the audit report plus what was read from the files. */
export interface CsvAuditReport extends AuditReport {
  input: { format: 'care-plan-csv'; units: CsvAuditUnit[]; ignored: CsvIssue[] };
}

/**
 * ケアプラン点検 on CSV files from any vendor's software: reads a folder or ZIP (no database),
 * puts each client's case files from every accepted send unit together, and audits every client
 * with a plan under `pack` (chosen by `choosePack` from the first client's 保険者番号 when not
 * fixed). Units with errors are listed with their errors.
 *
 * @throws KizukiError('validation_failed') when no send unit could be read, with the first error.
 */
export async function auditCsv(source: CsvSource, choosePack: (insurerNumber: string) => Promise<ResolvedPolicyPack> | ResolvedPolicyPack, asOf: IsoDate): Promise<CsvAuditReport> {
  const read = await readCsvSource(source);
  // A client's plan, its revisions and its months often come in separate units: audit each client once, and only clients with a plan.
  const caseFiles = mergeCaseFilesByClient(read.units.filter((u) => u.accepted).flatMap((u) => u.caseFiles)).filter((c) => c.carePlans.length > 0 || c.preventionPlans.length > 0);
  if (caseFiles.length === 0) {
    const first = read.units.flatMap((u) => u.issues).find((i) => i.severity === 'error') ?? read.ignored[0];
    const reason = first ? first.message : 'ケアプランデータ連携の送信単位（UP1KYO・UP2KYO など）が見つかりません。';
    throw new KizukiError('validation_failed', `点検できる計画がありません。${reason}`, { units: read.units.map((u) => ({ key: u.key, issues: u.issues })), ignored: read.ignored });
  }
  const pack = await choosePack(caseFiles[0]!.client.insurerNumber);
  const report = auditMany(caseFiles, pack, { asOf, available: csvDataParts });
  return {
    ...report,
    input: {
      format: 'care-plan-csv',
      units: read.units.map((u) => ({ key: u.key, files: u.files, accepted: u.accepted, clients: u.caseFiles.length, issues: u.issues })),
      ignored: read.ignored,
    },
  };
}
