import type { AuditReport } from '../audit/finding.js';
import type { CsvIssue } from './csv-issue.js';

/** One send unit as read, for the report: accepted units were audited, rejected ones say why. */
export interface CsvAuditUnit {
  key: string;
  files: string[];
  accepted: boolean;
  clients: number;
  issues: CsvIssue[];
}

/** `POST /api/audit/csv` and `kizuki audit --json` on CSV: the audit report plus what was read from the files. */
export interface CsvAuditReport extends AuditReport {
  input: { format: 'care-plan-csv'; units: CsvAuditUnit[]; ignored: CsvIssue[] };
}

/** The details of 「点検できる計画がありません」 (validation_failed): every unit with its issues, and the files not read. */
export interface CsvAuditNoPlanDetails {
  units: { key: string; issues: CsvIssue[] }[];
  ignored: CsvIssue[];
}
