import { auditedPlan, currentPreventionPlan } from '../audit/audit-context.js';
import type { CarePlan } from '../domain/care-plan.schema.js';
import { listServiceLines } from '../domain/care-plan-needs.schema.js';
import { effectiveBenefitLimitUnits, type Certification } from '../domain/certification.schema.js';
import { findServiceType } from '../domain/codes/service-types.js';
import { currentCertification } from '../domain/current-certification.js';
import type { CaseFile } from '../domain/document-bodies.js';
import type { ServiceUsage } from '../domain/service-usage.schema.js';
import { KizukiError } from '../errors/kizuki-error.js';
import { calculateUsageSheet, serviceTypeOf } from '../usage/usage-sheet.js';
import { carePlanRows, isLineInScope, supplementRow, type CsvExclusion, type CsvSenderOffice } from './care-plan-rows.js';
import { writeCsvFile, type CsvConversion, type CsvExportFile, type CsvValues } from './csv-file-writer.js';
import { formatCsvFileName, type CsvParty } from './file-name.js';
import { csvVersion, type CsvFileKind } from './layout-types.js';
import { csvLayouts } from './layouts.js';
import { preventionRows } from './prevention-rows.js';
import { usagePlanRows, usageSheetRows } from './usage-rows.js';
import { parseMonth } from '../usage/month-calendar.js';
import { certificationForUsage } from '../usage/usage-certification.js';

/** The files of 居宅 send unit ①, in the order they are written. */
const carePlanFileKinds = ['UPHOSOKU', 'UP1KYO', 'UP2KYO', 'UP3KYO'] as const;
/** The files of 予防 send unit (2). */
const preventionFileKinds = ['UPKIHON', 'UPKIHON_SUB1', 'UPKIHON_SUB2', 'UPYOBO', 'UPYOBO_SUB'] as const;
/** The files of 居宅 send unit ② (第6表 + 第7表 + 利用者補足). */
const usageFileKinds = ['UPHOSOKU', 'UPPLAN', 'UPSIKYU'] as const;

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

/** Writes one file per kind; `month` (YYYYMM) names the kinds that carry it (000000: 第1表・第2表 unit). */
function writeUnit(kinds: readonly CsvFileKind[], rows: Record<string, CsvValues[]>, options: CsvExportOptions, conversions: CsvConversion[], month = '000000'): CsvExportFile[] {
  return kinds.map((kind) => {
    const name = formatCsvFileName({ kind, ...(csvLayouts[kind].monthInName ? { month } : {}), from: options.sender, to: options.destination, timestamp: options.timestamp });
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
    const assessment = [...caseFile.assessments].filter((a) => !plan.planDate || a.date <= plan.planDate).sort((a, b) => a.date.localeCompare(b.date)).pop();
    const clientRows = preventionRows(client, plan, certificationFor(caseFile, plan.certificationId, plan.planDate), checklist, result.excluded, assessment);
    for (const kind of preventionFileKinds) rows[kind]?.push(...clientRows[kind]);
    result.clients += 1;
  }
  if (result.clients > 0) result.files = writeUnit(preventionFileKinds, rows, options, result.conversions);
  return result;
}

/** 居宅 send unit ② for the month `month` (YYYY-MM, 対象年月). */
export interface CsvUsageExportOptions extends CsvExportOptions {
  month: string;
}

const monthText = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;

/** The client's サービス利用票 of `month` (YYYY-MM); the one made last when there are several. */
export function usageOfMonth(caseFile: CaseFile, month: string): ServiceUsage | undefined {
  const usages = caseFile.serviceUsages.filter((u) => u.month === month);
  return usages.reduce<ServiceUsage | undefined>((latest, u) => (!latest || (u.createdOn ?? '') >= (latest.createdOn ?? '') ? u : latest), undefined);
}

const isUsageLineInScope = (serviceCode: string) => findServiceType(serviceTypeOf(serviceCode))?.csvLinked ?? true;

/** The providers (事業所番号 + サービス種類) on the in-scope lines of a month's 利用票: its destinations. */
export function usageDestinations(caseFile: CaseFile, month: string): CsvParty[] {
  const parties = new Map<string, CsvParty>();
  for (const line of usageOfMonth(caseFile, month)?.lines ?? []) {
    const serviceType = serviceTypeOf(line.serviceCode);
    if (isUsageLineInScope(line.serviceCode)) parties.set(`${line.providerOfficeNumber}_${serviceType}`, { officeNumber: line.providerOfficeNumber, serviceType });
  }
  return [...parties.values()];
}

/** The month's lines the standard exchanges (連携対象); the others are listed in `excluded`. */
function usageInScope(usage: ServiceUsage, insuredNumber: string, excluded: CsvExclusion[]): ServiceUsage {
  const lines = usage.lines.filter((line) => {
    if (isUsageLineInScope(line.serviceCode)) return true;
    const type = findServiceType(serviceTypeOf(line.serviceCode));
    excluded.push({ insuredNumber, item: `第6表「${line.serviceName ?? line.serviceCode}」（${type?.name ?? line.serviceCode}）`, reason: '連携対象外のサービスです' });
    return false;
  });
  return { ...usage, lines };
}

/**
 * 居宅 send unit ②: 利用者補足 (UPHOSOKU, keyed 作成（変更）日 00000000 and the 対象年月), 第6表 予定
 * (UPPLAN) and 第7表 (UPSIKYU) of each client's サービス利用票 of `month`, one file per kind holding
 * every client, all named with the month. As the standard asks, 第6表 and 第7表 carry every in-scope
 * provider's services whatever the destination; only clients whose 利用票 names the destination
 * are sent (unless onlyRelatedClients is false). 第7表 is calculated against the certification the
 * 利用票 names, else the one in force on the first of the month. Throws KizukiError('bad_request')
 * for a month that is not YYYY-MM.
 */
export function exportUsageCsv(caseFiles: readonly CaseFile[], options: CsvUsageExportOptions): CsvExportResult {
  const { month } = options;
  if (!parseMonth(month)) throw new KizukiError('bad_request', `対象年月は YYYY-MM（例: 2025-04）で指定してください（指定: ${month}）。`);
  const result: CsvExportResult = { files: [], conversions: [], excluded: [], skipped: [], clients: 0 };
  const rows: Record<string, CsvValues[]> = { UPHOSOKU: [], UPPLAN: [], UPSIKYU: [] };
  for (const caseFile of caseFiles) {
    const { client } = caseFile;
    const skip = (reason: string) => result.skipped.push({ insuredNumber: client.insuredNumber, name: client.name, reason });
    const usage = usageOfMonth(caseFile, month);
    if (!usage) {
      skip(`${monthText(month)}のサービス利用票がありません`);
      continue;
    }
    if (options.onlyRelatedClients !== false && !usageDestinations(caseFile, month).some((p) => p.officeNumber === options.destination.officeNumber)) {
      skip('送信先の事業所が利用票にありません');
      continue;
    }
    const scoped = usageInScope(usage, client.insuredNumber, result.excluded);
    if (scoped.lines.every((line) => line.plannedDays.length === 0)) {
      skip(`${monthText(month)}の利用票に連携する予定がありません`);
      continue;
    }
    const cert = certificationForUsage(caseFile.certifications, usage);
    const sheet = calculateUsageSheet(scoped, { limitUnits: cert ? effectiveBenefitLimitUnits(cert) : undefined });
    const plan = caseFile.carePlans.find((p) => p.id === usage.carePlanId) ?? currentCarePlan(caseFile);
    const context = { insurerNumber: client.insurerNumber, insuredNumber: client.insuredNumber, planOfficeNumber: options.sender.officeNumber, plannerName: plan?.authorName };
    const { daysBefore, daysThisMonth, daysTotal } = sheet.shortStay;
    rows.UPHOSOKU?.push({
      ...supplementRow(client, '00000000', cert, options.sender),
      targetMonth: month.replace('-', ''),
      totalOverUnits: String(sheet.totals.overLimitUnits),
      ...(daysBefore + daysThisMonth > 0 ? { shortStayDaysBefore: String(daysBefore), shortStayDaysTotal: String(daysTotal) } : {}),
    });
    rows.UPPLAN?.push(...usagePlanRows(scoped, context));
    rows.UPSIKYU?.push(...usageSheetRows(scoped, sheet, context));
    result.clients += 1;
  }
  if (result.clients > 0) result.files = writeUnit(usageFileKinds, rows, options, result.conversions, month.replace('-', ''));
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
