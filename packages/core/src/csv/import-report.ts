import type { OrganizationKind } from '../domain/organization.schema.js';
import type { CsvConversion } from './csv-file-writer.js';
import type { CsvExclusion } from './care-plan-rows.js';
import type { CsvSkippedClient } from './export-unit.js';
import type { CsvImportSummary } from './import-summary.js';

/** 送信元事業所: an office the imported units belong to (the sender of plans, the destination of 実績). */
export interface CsvImportSender {
  officeNumber: string;
  serviceType: string;
  name?: string;
  kind: OrganizationKind;
  /** true when it is the 事業所番号 of the organization the import went into */
  sameOffice: boolean;
}

/** The organization an import went into (in the browser always the signed-in user's own). */
export interface CsvImportOrganization {
  id: string;
  name: string;
  kind: OrganizationKind;
  officeNumber?: string;
  /** true when this import created it (kizuki csv import --create-office) */
  created: boolean;
}

/** `POST /api/csv/import`: the summary, the organization it went into, and the offices the files come from. */
export interface CsvImportReport extends CsvImportSummary {
  /** null when an organization was to be created but nothing was stored, so none was */
  organization: CsvImportOrganization | null;
  senders: CsvImportSender[];
}

/** The lists of a CSV export in full, sent base64url-encoded JSON in `X-Kizuki-Csv-Report` when they fit. */
export interface CsvExportReportDetail {
  conversions: CsvConversion[];
  excluded: CsvExclusion[];
  skipped: CsvSkippedClient[];
}
