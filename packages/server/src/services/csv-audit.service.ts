import { auditMany, csvDataParts, KizukiError, mergeCaseFilesByClient, type CsvAuditNoPlanDetails, type CsvAuditReport, type IsoDate, type ResolvedPolicyPack } from '@kizuki/core';
import type { OnCsvProgress } from '../csv/csv-progress.js';
import { readCsvSource, type CsvSource } from '../csv/csv-source.js';

/**
 * ケアプラン点検 on CSV files from any vendor's software: reads a folder or ZIP (no database),
 * puts each client's case files from every accepted send unit together, and audits every client
 * with a plan under `pack` (chosen by `choosePack` from the first client's 保険者番号 when not
 * fixed). Units with errors are listed with their errors.
 *
 * @throws KizukiError('validation_failed') when no send unit could be read, with the first error.
 */
export async function auditCsv(source: CsvSource, choosePack: (insurerNumber: string) => Promise<ResolvedPolicyPack> | ResolvedPolicyPack, asOf: IsoDate, onProgress?: OnCsvProgress): Promise<CsvAuditReport> {
  const read = await readCsvSource(source, onProgress);
  // A client's plan, its revisions and its months often come in separate units: audit each client once, and only clients with a plan.
  const caseFiles = mergeCaseFilesByClient(read.units.filter((u) => u.accepted).flatMap((u) => u.caseFiles)).filter((c) => c.carePlans.length > 0 || c.preventionPlans.length > 0);
  if (caseFiles.length === 0) {
    const first = read.units.flatMap((u) => u.issues).find((i) => i.severity === 'error') ?? read.ignored[0];
    const reason = first ? first.message : 'ケアプランデータ連携の送信単位（UP1KYO・UP2KYO など）が見つかりません。';
    const details: CsvAuditNoPlanDetails = { units: read.units.map((u) => ({ key: u.key, issues: u.issues })), ignored: read.ignored };
    throw new KizukiError('validation_failed', `点検できる計画がありません。${reason}`, details);
  }
  const pack = await choosePack(caseFiles[0]!.client.insurerNumber);
  onProgress?.({ phase: 'audit', caseFiles: caseFiles.length });
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
