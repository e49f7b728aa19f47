import { auditMany, csvDataParts, KizukiError, mergeCaseFilesByClient, type CsvAuditNoPlanDetails, type CsvAuditReport, type IsoDate, type ResolvedPolicyPack } from '@kizuki/core';
import { readCsvSource, type CsvSource } from './csv-source.js';

/**
 * The CSV audit made on the whole folder at once: every send unit built whole, every client's case
 * files merged and held, then all audited together by `auditMany`. Memory grows with the folder;
 * `auditCsv` streams instead. Kept as the reference the streamed report is compared with (tests)
 * and measured against (`npm run bench -- csv`).
 */
export async function auditCsvWholeFolder(source: CsvSource, choosePack: (insurerNumber: string) => Promise<ResolvedPolicyPack> | ResolvedPolicyPack, asOf: IsoDate): Promise<CsvAuditReport> {
  const read = await readCsvSource(source);
  const caseFiles = mergeCaseFilesByClient(read.units.filter((u) => u.accepted).flatMap((u) => u.caseFiles)).filter((c) => c.carePlans.length > 0 || c.preventionPlans.length > 0);
  if (caseFiles.length === 0) {
    const first = read.units.flatMap((u) => u.issues).find((i) => i.severity === 'error') ?? read.ignored[0];
    const reason = first ? first.message : 'ケアプランデータ連携の送信単位（UP1KYO・UP2KYO など）が見つかりません。';
    const details: CsvAuditNoPlanDetails = { units: read.units.map((u) => ({ key: u.key, issues: u.issues })), ignored: read.ignored };
    throw new KizukiError('validation_failed', `点検できる計画がありません。${reason}`, details);
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
