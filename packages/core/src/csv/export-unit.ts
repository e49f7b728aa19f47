import { auditedPlan, currentPreventionPlan } from '../audit/audit-context.js';
import type { CarePlan } from '../domain/care-plan.schema.js';
import { listServiceLines } from '../domain/care-plan-needs.schema.js';
import type { Certification } from '../domain/certification.schema.js';
import { currentCertification } from '../domain/current-certification.js';
import type { CaseFile } from '../domain/document-bodies.js';
import { carePlanRows, isLineInScope, type CsvExclusion, type CsvSenderOffice } from './care-plan-rows.js';
import { writeCsvFile, type CsvConversion, type CsvExportFile, type CsvValues } from './csv-file-writer.js';
import { formatCsvFileName, type CsvParty } from './file-name.js';
import { csvVersion, type CsvFileKind } from './layout-types.js';
import { csvLayouts } from './layouts.js';
import { preventionRows } from './prevention-rows.js';

/** The files of 居宅 send unit ①, in the order they are written. */
const carePlanFileKinds = ['UPHOSOKU', 'UP1KYO', 'UP2KYO', 'UP3KYO'] as const;
/** The files of 予防 send unit (2). */
const preventionFileKinds = ['UPKIHON', 'UPKIHON_SUB1', 'UPKIHON_SUB2', 'UPYOBO', 'UPYOBO_SUB'] as const;

/** What an export needs besides the case files. */
export interface CsvExportOptions {
  /** 送信元: the office writing the files (43 = 居宅介護支援, 46 = 介護予防支援) */
  sender: CsvSenderOffice;
  /** 送信先: the service provider the send unit is for */
  destination: CsvParty;
  /** ファイル連番 YYYYMMDDHHMMSS shared by every file of the unit */
  timestamp: string;
  /**
   * Send only clients whose plan names the destination office (標準仕様: 送信先事業所に関係ない利用者は
   * 送信しない). Default true; false sends every given client (to another 居宅介護支援事業所, say).
   */
  onlyRelatedClients?: boolean;
}

/** A client left out of the unit, and why. */
export interface CsvSkippedClient {
  insuredNumber: string;
  name: string;
  reason: string;
}

/** The files of one send unit (送信単位) and everything the export changed or left out. */
export interface CsvExportResult {
  files: CsvExportFile[];
  /** Every character changed to fit MS932 (field, original, replacement). */
  conversions: CsvConversion[];
  /** Service lines outside the standard's scope that were not written. */
  excluded: CsvExclusion[];
  skipped: CsvSkippedClient[];
  /** Number of clients written. */
  clients: number;
}

/** The client's current 居宅サービス計画: the one the audit looks at (latest 作成（変更）日, not superseded). */
export function currentCarePlan(caseFile: CaseFile): CarePlan | undefined {
  return auditedPlan(caseFile).plan;
}

function certificationFor(caseFile: CaseFile, id: string | undefined, date: string | undefined): Certification | undefined {
  return caseFile.certifications.find((c) => c.id === id) ?? (date ? currentCertification(caseFile.certifications, date) : undefined);
}

/** The providers (事業所番号 + サービス種類) a plan's in-scope insured service lines name: the possible destinations. */
export function planDestinations(caseFile: CaseFile): CsvParty[] {
  const parties = new Map<string, CsvParty>();
  const add = (officeNumber: string | undefined, serviceType: string | undefined) => {
    if (officeNumber && serviceType && /^\d{10}$/u.test(officeNumber)) parties.set(`${officeNumber}_${serviceType}`, { officeNumber, serviceType });
  };
  const care = currentCarePlan(caseFile);
  if (care) for (const { line } of listServiceLines(care.needs)) if (line.kind === 'insured' && isLineInScope(line)) add(line.providerOfficeNumber, line.serviceTypeCode);
  const prevention = currentPreventionPlan(caseFile);
  if (prevention) for (const issue of prevention.issues) for (const row of issue.supportRows) if (isLineInScope(row)) add(row.providerOfficeNumber, row.serviceTypeCode);
  return [...parties.values()];
}

function names(caseFile: CaseFile, destination: CsvParty): boolean {
  return planDestinations(caseFile).some((p) => p.officeNumber === destination.officeNumber);
}

function writeUnit(kinds: readonly CsvFileKind[], rows: Record<string, CsvValues[]>, options: CsvExportOptions, conversions: CsvConversion[]): CsvExportFile[] {
  return kinds.map((kind) => {
    const name = formatCsvFileName({ kind, ...(csvLayouts[kind].monthInName ? { month: '000000' } : {}), from: options.sender, to: options.destination, timestamp: options.timestamp });
    return writeCsvFile(csvLayouts[kind], name, rows[kind] ?? [], conversions);
  });
}

/**
 * 居宅 send unit ①: 利用者補足 (UPHOSOKU), 第1表 (UP1KYO), 第2表 (UP2KYO) and 第3表 (UP3KYO) of each
 * client's current plan, one file per kind holding every client (ファイル作成単位). Returns no files
 * when no client is left to send. Throws KizukiError for a plan without 作成（変更）日.
 */
export function exportCarePlanCsv(caseFiles: readonly CaseFile[], options: CsvExportOptions): CsvExportResult {
  const result: CsvExportResult = { files: [], conversions: [], excluded: [], skipped: [], clients: 0 };
  const rows: Record<string, CsvValues[]> = { UPHOSOKU: [], UP1KYO: [], UP2KYO: [], UP3KYO: [] };
  for (const caseFile of caseFiles) {
    const { client } = caseFile;
    const plan = currentCarePlan(caseFile);
    if (!plan) {
      result.skipped.push({ insuredNumber: client.insuredNumber, name: client.name, reason: '居宅サービス計画がありません' });
      continue;
    }
    if (options.onlyRelatedClients !== false && !names(caseFile, options.destination)) {
      result.skipped.push({ insuredNumber: client.insuredNumber, name: client.name, reason: '送信先の事業所が計画にありません' });
      continue;
    }
    const clientRows = carePlanRows(client, plan, certificationFor(caseFile, plan.certificationId, plan.planDate), options.sender, result.excluded);
    for (const kind of carePlanFileKinds) rows[kind]?.push(...clientRows[kind]);
    result.clients += 1;
  }
  if (result.clients > 0) result.files = writeUnit(carePlanFileKinds, rows, options, result.conversions);
  return result;
}

/**
 * 予防 send unit (2): 利用者基本情報 (UPKIHON + SUB1 + SUB2) and 介護予防サービス・支援計画書
 * (UPYOBO + SUB) of each client's current 予防 plan.
 */
export function exportPreventionPlanCsv(caseFiles: readonly CaseFile[], options: CsvExportOptions): CsvExportResult {
  const result: CsvExportResult = { files: [], conversions: [], excluded: [], skipped: [], clients: 0 };
  const rows: Record<string, CsvValues[]> = { UPKIHON: [], UPKIHON_SUB1: [], UPKIHON_SUB2: [], UPYOBO: [], UPYOBO_SUB: [] };
  for (const caseFile of caseFiles) {
    const { client } = caseFile;
    const plan = currentPreventionPlan(caseFile);
    if (!plan) {
      result.skipped.push({ insuredNumber: client.insuredNumber, name: client.name, reason: '介護予防サービス・支援計画書がありません' });
      continue;
    }
    if (options.onlyRelatedClients !== false && !names(caseFile, options.destination)) {
      result.skipped.push({ insuredNumber: client.insuredNumber, name: client.name, reason: '送信先の事業所が計画にありません' });
      continue;
    }
    const checklist = [...caseFile.basicChecklists].sort((a, b) => a.date.localeCompare(b.date)).pop();
    const clientRows = preventionRows(client, plan, certificationFor(caseFile, plan.certificationId, plan.planDate), checklist, result.excluded);
    for (const kind of preventionFileKinds) rows[kind]?.push(...clientRows[kind]);
    result.clients += 1;
  }
  if (result.clients > 0) result.files = writeUnit(preventionFileKinds, rows, options, result.conversions);
  return result;
}

/** Keys of a plan to withdraw: 保険者番号, 被保険者番号 and the date of the plan (or 相談日). */
export interface CsvDeleteKey {
  insurerNumber: string;
  insuredNumber: string;
  /** YYYY-MM-DD */
  date: string;
}

/**
 * A delete send unit: DLT1KYO (居宅 第1表, deletes 第2表・第3表 too), DLTYOBO (予防計画書) or DLTKIHON
 * (利用者基本情報), one record per key.
 */
export function exportCsvDeleteFile(kind: 'DLT1KYO' | 'DLTYOBO' | 'DLTKIHON', keys: readonly CsvDeleteKey[], options: Omit<CsvExportOptions, 'onlyRelatedClients'>): CsvExportFile {
  const dateKey = kind === 'DLTKIHON' ? 'consultedOn' : 'planDate';
  const records = keys.map((k) => ({ version: csvVersion, insurerNumber: k.insurerNumber, insuredNumber: k.insuredNumber, [dateKey]: k.date.replace(/-/gu, '') }));
  const name = formatCsvFileName({ kind, from: options.sender, to: options.destination, timestamp: options.timestamp });
  return writeCsvFile(csvLayouts[kind], name, records, []);
}
