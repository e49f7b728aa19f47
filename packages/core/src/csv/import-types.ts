import type { CaseFile } from '../domain/document-bodies.js';
import type { ServiceUsageLine } from '../domain/service-usage.schema.js';
import type { CsvFileContent } from './csv-file-reader.js';
import type { CsvIssue } from './csv-issue.js';
import type { CsvParty } from './file-name.js';
import type { CsvFileKind } from './layout-types.js';

/** One send unit (送信単位) read from CSV files: valid whole (accepted) or rejected whole. */
export interface CsvImportUnit {
  /** `YYYYMMDDHHMMSS_送信元_種類_送信先_種類` */
  key: string;
  timestamp: string;
  from: CsvParty;
  to: CsvParty;
  files: string[];
  /** One case file per client (client, certifications, plans); empty when the unit is rejected. */
  caseFiles: CaseFile[];
  /** 実績 a provider reported (UPJSK), to record on clients Kizuki already has; empty when rejected. */
  usageResults: CsvUsageResult[];
  /** Errors (the unit is rejected) and warnings (imported with a note). */
  issues: CsvIssue[];
  accepted: boolean;
}

/**
 * 実績 of one provider for one client's month (第6表 実績, UPJSK, 事業所→居宅). It carries no client
 * details, so it can only be recorded on a client and month Kizuki already has: `lines` hold the days
 * provided in `actualDays` (and no 予定).
 */
export interface CsvUsageResult {
  insurerNumber: string;
  insuredNumber: string;
  /** 対象年月 YYYY-MM */
  month: string;
  providerOfficeNumber: string;
  lines: ServiceUsageLine[];
  /** The first row, for messages. */
  at: { file: string; line: number };
}

/** One client's part of a send unit: the case file built from its rows, or the problems that stopped it. */
export interface CsvClientResult {
  /** 保険者番号_被保険者番号 */
  clientKey: string;
  caseFile?: CaseFile;
  /** 実績 reported for this client (UPJSK). */
  usageResults?: CsvUsageResult[];
  /** Errors linking or validating this client's rows, and warnings. */
  issues: CsvIssue[];
}

/**
 * A send unit as read, before its case files are built: they are built one client at a time as
 * `clients()` is iterated, so only one client's rows and case file are in memory at once.
 */
export interface CsvSendUnit {
  key: string;
  timestamp: string;
  from: CsvParty;
  /** The sending office's name as the files state it, when they do. */
  fromName?: string;
  to: CsvParty;
  files: string[];
  /** Problems of the files themselves; any error rejects the unit before a case file is built. */
  issues: CsvIssue[];
  /** Case files in 保険者番号・被保険者番号 order, each with the problems found linking its rows. */
  clients(): Generator<CsvClientResult>;
}

/** Everything read from a folder or ZIP, send units not yet built. */
export interface CsvReadResult {
  units: CsvSendUnit[];
  ignored: CsvIssue[];
}

/** Everything read from a folder or ZIP. */
export interface CsvImportResult {
  units: CsvImportUnit[];
  /** Files that are not part of any send unit (names outside the standard). */
  ignored: CsvIssue[];
}

/** The checked files of one unit (or one client's rows of them), by kind. */
export type UnitFiles = Partial<Record<CsvFileKind, CsvFileContent>>;

/** Key of a plan: 保険者番号 + 被保険者番号 + 作成（変更）日 (YYYYMMDD). */
export function planKey(values: Readonly<Record<string, string>>, dateKey = 'planDate'): string {
  return `${values.insurerNumber ?? ''}_${values.insuredNumber ?? ''}_${values[dateKey] ?? ''}`;
}

/** Key of a client: 保険者番号 + 被保険者番号. */
export function clientKey(values: Readonly<Record<string, string>>): string {
  return `${values.insurerNumber ?? ''}_${values.insuredNumber ?? ''}`;
}
