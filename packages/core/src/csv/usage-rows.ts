import type { ServiceUsage, ServiceUsageLine } from '../domain/service-usage.schema.js';
import { defaultBenefitRatePercent, defaultUnitPrice, isOutsideLimit, type UsageSheet, type UsageSheetSubtotal } from '../usage/usage-sheet.js';
import type { ReadWarning } from './care-plan-read.js';
import type { CsvRow } from './check-record.js';
import type { CsvValues } from './csv-file-writer.js';
import { compact, fromCsvDate, fromCsvTime, optionalText, toCsvDate, toCsvTime } from './csv-values.js';
import { clientKey } from './import-types.js';
import { csvVersion } from './layout-types.js';

/**
 * 第6表 (UPPLAN) and 第7表 (UPSIKYU) rows of one client's month, and 第6表 rows read back into
 * service_usage lines (standards.md §3.5).
 */

/** Who the rows are for and who wrote them. */
export interface UsageCsvContext {
  insurerNumber: string;
  insuredNumber: string;
  /** プラン担当業者コード and 更新業者コード: the 居宅介護支援事業所 */
  planOfficeNumber: string;
  /** プラン担当者名 */
  plannerName?: string;
}

/** サービス時刻 for a line without a time (福祉用具貸与 …). */
const noTime = '9999';
/** サービス事業所コード and サービスコード of the 全合計 row of 第7表. */
export const usageTotalOffice = '9999999999';
export const usageTotalCode = '999999';

const csvMonth = (month: string) => month.replace('-', '');
const csvDay = (month: string, day: number) => `${csvMonth(month)}${String(day).padStart(2, '0')}`;
const int = (n: number | undefined) => (n === undefined ? '' : String(n));
const decimal = (n: number | undefined) => (n === undefined ? '' : n.toFixed(2));
const flag = (b: boolean | undefined) => (b ? '1' : '0');

function keys(usage: ServiceUsage, context: UsageCsvContext): CsvValues {
  return { version: csvVersion, insurerNumber: context.insurerNumber, insuredNumber: context.insuredNumber, createdOn: toCsvDate(usage.createdOn), targetMonth: csvMonth(usage.month) };
}

/** The 福祉用具 and サテライト cells a line carries on both 第6表 and 第7表. */
function equipmentCells(line: ServiceUsageLine): CsvValues {
  return { taisCode: line.taisCode, notificationCode: line.notificationCode, equipmentName: line.equipmentName, satelliteNo: line.satelliteNo };
}

/**
 * 第6表 予定 (UPPLAN): one record per サービス利用日 × line, in line order. A line without 予定 days
 * has nothing to send and writes no record. Times without a time of day are 9999; 更新業者コード
 * is the 居宅介護支援事業所.
 */
export function usagePlanRows(usage: ServiceUsage, context: UsageCsvContext): CsvValues[] {
  const base = { ...keys(usage, context), planOfficeNumber: context.planOfficeNumber, planOfficerName: context.plannerName, shortStayDaysBefore: int(usage.shortStayDaysBefore), updaterCode: context.planOfficeNumber };
  return usage.lines.flatMap((line) =>
    line.plannedDays.map((day) => ({
      ...base,
      ...equipmentCells(line),
      units: int(line.units),
      serviceDate: csvDay(usage.month, day),
      startTime: line.startTime ? toCsvTime(line.startTime) : noTime,
      endTime: line.endTime ? toCsvTime(line.endTime) : noTime,
      count: String(line.timesPerDay ?? 1),
      serviceCode: line.serviceCode,
      detailCode: int(line.detailCode),
      providerOfficeNumber: line.providerOfficeNumber,
      providerName: line.providerName,
      over30Days: flag(line.over30Days),
    })),
  );
}

/** 割引後率 (the rate charged, 97 for a 3% discount) of a discount given as 割引率. */
function discountedRate(discountPercent: number | undefined): string {
  return discountPercent ? decimal(100 - discountPercent) : '';
}

function subtotalRow(s: UsageSheetSubtotal): CsvValues {
  return {
    providerName: s.providerName,
    providerOfficeNumber: s.providerOfficeNumber,
    serviceCode: `${s.serviceTypeCode}${s.outsideLimit ? 'EEEE' : 'AAAA'}`,
    units: '0',
    serviceUnits: int(s.serviceUnits),
    managedUnits: int(s.managedUnits),
    levelOverUnits: int(s.overLimitUnits),
    levelWithinUnits: int(s.withinLimitUnits),
    unitPrice: decimal(s.unitPrice),
    totalCost: int(s.totalCost),
    benefitRate: int(s.benefitRatePercent),
    claimAmount: int(s.claimAmount),
    copay: int(s.copay),
    fullCopay: int(s.fullCopay),
  };
}

/**
 * 第7表 (UPSIKYU) from the calculated sheet: one record per 第6表 line (単位数, 回数, サービス単位,
 * 給付管理単位数 — blank for services outside the limit —, the units over and within the limit,
 * 単位数単価 and 給付率), a 種類別小計 per 事業所 × サービス種類 (CD+AAAA within the limit, CD+EEEE
 * outside, 単位数 0, with the amounts), then the 全合計 (事業所 9999999999, サービスコード 999999)
 * with the 短期入所 days. Kizuki keeps only the 割引後 単位数, written as both 単位数 and 割引後単位数.
 */
export function usageSheetRows(usage: ServiceUsage, sheet: UsageSheet, context: UsageCsvContext): CsvValues[] {
  const base = { ...keys(usage, context), updaterCode: context.planOfficeNumber };
  const byId = new Map(usage.lines.map((line) => [line.id, line]));
  const benefitRate = int(usage.benefitRatePercent ?? defaultBenefitRatePercent);
  const lineRows = sheet.lines.map((l) => {
    const line = byId.get(l.lineId);
    return {
      ...base,
      ...(line ? equipmentCells(line) : {}),
      providerName: l.providerName,
      providerOfficeNumber: l.providerOfficeNumber,
      serviceCode: l.serviceCode,
      units: int(l.units),
      discountRate: discountedRate(l.discountPercent),
      discountedUnits: l.discountPercent ? int(l.units) : '',
      count: int(l.count),
      serviceUnits: int(l.serviceUnits),
      managedUnits: int(l.managedUnits),
      levelOverUnits: l.outsideLimit ? '' : int(l.overLimitUnits),
      levelWithinUnits: int(l.withinLimitUnits),
      unitPrice: decimal(l.unitPrice),
      benefitRate,
      over30Days: flag(line?.over30Days),
    };
  });
  const t = sheet.totals;
  const { daysBefore, daysThisMonth, daysTotal } = sheet.shortStay;
  const total = {
    ...base,
    providerOfficeNumber: usageTotalOffice,
    serviceCode: usageTotalCode,
    units: '0',
    serviceUnits: int(t.serviceUnits),
    managedUnits: int(t.managedUnits),
    levelOverUnits: int(t.overLimitUnits),
    levelWithinUnits: int(t.withinLimitUnits),
    totalCost: int(t.totalCost),
    benefitRate,
    claimAmount: int(t.claimAmount),
    copay: int(t.copay),
    fullCopay: int(t.fullCopay),
    ...(daysBefore + daysThisMonth > 0 ? { daysBefore: int(daysBefore), daysThisMonth: int(daysThisMonth), daysTotal: int(daysTotal) } : {}),
  };
  return [...lineRows, ...sheet.subtotals.map((s) => ({ ...base, ...subtotalRow(s) })), total];
}

/** 第6表 rows of one client's month read back, with the 第1表-free header fields. */
export interface UsageFromRows {
  insurerNumber: string;
  insuredNumber: string;
  /** プラン担当業者コード / プラン担当者名 of the first row */
  planOfficeNumber?: string;
  plannerName?: string;
  usage: Omit<ServiceUsage, 'id'>;
  /** Rows left out (another client or month, a date outside the month), by row and column. */
  warnings: ReadWarning[];
}

/** Key of the month of one client: 保険者番号 + 被保険者番号 + 対象年月 (YYYYMM). */
export function usageKey(values: Readonly<Record<string, string>>): string {
  return `${clientKey(values)}_${values.targetMonth ?? ''}`;
}

/** UPPLAN (or UPSIKYU) rows grouped by client and month ({@link usageKey}), in the order met. */
export function groupUsageRows(rows: readonly CsvRow[]): Map<string, CsvRow[]> {
  const groups = new Map<string, CsvRow[]>();
  for (const row of rows) {
    const key = usageKey(row.values);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** The cells that make one 第6表 line: rows equal in all of them are the days of one line. */
const lineKeyColumns = ['providerOfficeNumber', 'satelliteNo', 'serviceCode', 'startTime', 'endTime', 'units', 'count', 'taisCode', 'notificationCode', 'equipmentName', 'detailCode'] as const;

const numberOf = (value: string | undefined) => (value ? Number(value) : undefined);

function lineFromRow(id: string, v: Readonly<Record<string, string>>): ServiceUsageLine {
  const count = numberOf(v.count);
  return compact({
    id,
    providerOfficeNumber: v.providerOfficeNumber ?? '',
    providerName: optionalText(v.providerName),
    satelliteNo: optionalText(v.satelliteNo),
    serviceCode: v.serviceCode ?? '',
    units: numberOf(v.units),
    startTime: fromCsvTime(v.startTime),
    endTime: fromCsvTime(v.endTime),
    timesPerDay: count !== undefined && count > 1 ? count : undefined,
    plannedDays: [],
    actualDays: [],
    taisCode: optionalText(v.taisCode),
    notificationCode: optionalText(v.notificationCode),
    equipmentName: optionalText(v.equipmentName),
    detailCode: numberOf(v.detailCode),
    over30Days: v.over30Days === '1' ? true : undefined,
  });
}

/**
 * The month of one client from its 第6表 予定 rows (checked by the layout; see
 * {@link groupUsageRows}): rows alike in 事業所, サテライト, サービスコード, 時刻, 単位数, 回数,
 * 福祉用具 and 明細判別コード become one line whose 予定 days are their サービス利用日. The client
 * and month are those of the first row; rows of another client or month, or dated outside the
 * month, are left out with a warning. Line ids are `${idPrefix}1`, `${idPrefix}2` … in order met.
 */
export function usageFromPlanRows(rows: readonly CsvRow[], idPrefix = 'csv-usage-line-'): UsageFromRows {
  const first = rows[0]?.values ?? {};
  const key = usageKey(first);
  const month = first.targetMonth ?? '';
  const warnings: ReadWarning[] = [];
  const lines = new Map<string, ServiceUsageLine>();
  for (const row of rows) {
    const v = row.values;
    if (usageKey(v) !== key) {
      warnings.push({ line: row.line, columnKey: 'insuredNumber', message: `最初の行と利用者または対象年月が違うため読み飛ばしました（${usageKey(v).replace(/_/gu, '・')}）` });
      continue;
    }
    const date = v.serviceDate ?? '';
    if (date.slice(0, 6) !== month) {
      warnings.push({ line: row.line, columnKey: 'serviceDate', message: `サービス利用日 ${date} は対象年月 ${month} の日付ではないため読み飛ばしました` });
      continue;
    }
    const lineKey = lineKeyColumns.map((c) => v[c] ?? '').join('\u0000');
    let line = lines.get(lineKey);
    if (!line) {
      line = lineFromRow(`${idPrefix}${lines.size + 1}`, v);
      lines.set(lineKey, line);
    }
    line.plannedDays.push(Number(date.slice(6, 8)));
  }
  for (const line of lines.values()) line.plannedDays = [...new Set(line.plannedDays)].sort((a, b) => a - b);
  const daysBefore = numberOf(first.shortStayDaysBefore);
  return compact({
    insurerNumber: first.insurerNumber ?? '',
    insuredNumber: first.insuredNumber ?? '',
    planOfficeNumber: optionalText(first.planOfficeNumber),
    plannerName: optionalText(first.planOfficerName),
    usage: compact({
      month: month ? `${month.slice(0, 4)}-${month.slice(4, 6)}` : '',
      createdOn: fromCsvDate(first.createdOn),
      shortStayDaysBefore: daysBefore,
      lines: [...lines.values()],
    }),
    warnings,
  });
}

const isSummaryCode = (code: string) => code === usageTotalCode || /^[0-9A-Z]{2}(?:AAAA|EEEE|ZZZZ)$/u.test(code);
const equipmentKey = (v: { readonly [K in 'providerOfficeNumber' | 'satelliteNo' | 'serviceCode' | 'taisCode' | 'notificationCode']?: string | undefined }) => [v.providerOfficeNumber, v.satelliteNo, v.serviceCode, v.taisCode, v.notificationCode].map((s) => s ?? '').join('\u0000');

/**
 * Completes lines read from 第6表 with what only 第7表 (UPSIKYU) carries: 単位数単価, 割引率,
 * 給付率, whether a line is outside the limit (給付管理単位数 blank) and the units over the limit
 * the sender assigned. The n-th 第7表 line row of an 事業所 × サービスコード (× 福祉用具) goes with
 * the n-th such 第6表 line; 小計 and 全合計 rows are skipped. Values equal to Kizuki's defaults
 * (10.00 円, 90%, the サービス種類's own limit rule) are left blank.
 */
export function applyUsageSheetRows(usage: Omit<ServiceUsage, 'id'>, rows: readonly CsvRow[]): Omit<ServiceUsage, 'id'> {
  const sheetRows = rows.filter((r) => !isSummaryCode(r.values.serviceCode ?? ''));
  const queues = new Map<string, CsvRow[]>();
  for (const row of sheetRows) {
    const k = equipmentKey(row.values);
    queues.set(k, [...(queues.get(k) ?? []), row]);
  }
  const lines = usage.lines.map((line) => {
    const row = queues.get(equipmentKey(line))?.shift();
    if (!row) return line;
    const v = row.values;
    const unitPrice = numberOf(v.unitPrice);
    const rate = numberOf(v.discountRate);
    const over = numberOf(v.levelOverUnits);
    const outside = v.managedUnits === '' && v.serviceUnits !== '';
    return compact({
      ...line,
      unitPrice: unitPrice !== undefined && unitPrice !== defaultUnitPrice ? unitPrice : line.unitPrice,
      discountPercent: rate !== undefined && rate < 100 ? Math.round((100 - rate) * 100) / 100 : line.discountPercent,
      outsideLimit: outside !== isOutsideLimit({ serviceCode: line.serviceCode }) ? outside : line.outsideLimit,
      overLimitUnits: over !== undefined && over > 0 ? over : line.overLimitUnits,
    });
  });
  const rate = numberOf(sheetRows.find((r) => r.values.benefitRate)?.values.benefitRate);
  return compact({ ...usage, lines, benefitRatePercent: rate !== undefined && rate !== defaultBenefitRatePercent ? rate : usage.benefitRatePercent });
}
