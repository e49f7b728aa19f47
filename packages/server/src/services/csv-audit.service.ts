import { auditCsvStream, MemoryCaseFileSpool, type CsvAuditReport, type IsoDate, type ResolvedPolicyPack } from '@kizuki/core';
import { DiskCaseFileSpool } from '../csv/disk-case-file-spool.js';
import type { OnCsvProgress } from '../csv/csv-progress.js';
import { withCsvSource, type CsvSource } from '../csv/csv-source.js';

/**
 * ケアプラン点検 on CSV files from any vendor's software: reads a folder or ZIP (no database),
 * puts each client's case files from every accepted send unit together, and audits every client
 * with a plan under `pack` (chosen by `choosePack` from the first client's 保険者番号 when not
 * fixed). Units with errors are listed with their errors.
 * Streams like the import: rows and built case files of a folder or ZIP wait in temporary files
 * and each client is audited and dropped in turn ({@link auditCsvStream}), so memory does not
 * grow with the size of the folder; sources already in memory keep them in memory.
 *
 * @throws KizukiError('validation_failed') when no send unit could be read, with the first error.
 */
export async function auditCsv(source: CsvSource, choosePack: (insurerNumber: string) => Promise<ResolvedPolicyPack> | ResolvedPolicyPack, asOf: IsoDate, onProgress?: OnCsvProgress): Promise<CsvAuditReport> {
  return withCsvSource(
    source,
    async (read) => {
      const spool = 'files' in source || 'zip' in source ? new MemoryCaseFileSpool() : new DiskCaseFileSpool();
      try {
        return await auditCsvStream(read, spool, choosePack, asOf, {
          onClient: (clients, units) => onProgress?.({ phase: 'clients', clients, units }),
          onAudited: (caseFiles) => onProgress?.({ phase: 'audit', caseFiles }),
        });
      } finally {
        if (spool instanceof DiskCaseFileSpool) spool.close();
      }
    },
    onProgress,
  );
}
