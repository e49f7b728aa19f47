import { findServiceType } from '../domain/codes/service-types.js';
import type { ServiceUsage, ServiceUsageLine } from '../domain/service-usage.schema.js';

/**
 * 第7表 サービス利用票別表: 区分支給限度管理・利用者負担計算, calculated from the month's 第6表 rows.
 * Units are integers; yen amounts are rounded down (切り捨て) as the 介護給付費 calculation does.
 */

/** One 第7表 row for one 第6表 line (事業所 × サービスコード). */
export interface UsageSheetLine {
  lineId: string;
  providerOfficeNumber: string;
  providerName: string;
  serviceCode: string;
  serviceTypeCode: string;
  serviceName: string;
  /** 単位数 of one provision */
  units: number;
  discountPercent: number | undefined;
  /** 回数／日数: planned days × times per day */
  count: number;
  /** サービス単位／金額: units × count */
  serviceUnits: number;
  /** 給付管理単位数 (undefined for services outside the limit) */
  managedUnits: number | undefined;
  outsideLimit: boolean;
  /** 区分支給限度基準を超える単位数 assigned to this line (0 for services outside the limit) */
  overLimitUnits: number;
  /** 区分支給限度基準内単位数: serviceUnits − overLimitUnits */
  withinLimitUnits: number;
  /** 単位数単価 (円) of the line */
  unitPrice: number;
}

/** 種類別 or 事業所別 subtotal row (サービスコード CD+AAAA / CD+EEEE) with the money columns. */
export interface UsageSheetSubtotal {
  providerOfficeNumber: string;
  providerName: string;
  serviceTypeCode: string;
  serviceTypeName: string;
  outsideLimit: boolean;
  serviceUnits: number;
  /** 給付管理単位数 of the lines (undefined for services outside the limit) */
  managedUnits: number | undefined;
  /** 区分支給限度基準を超える単位数 / 基準内単位数 */
  overLimitUnits: number;
  withinLimitUnits: number;
  /** 単位数単価 (円) */
  unitPrice: number;
  /** 費用総額（保険／事業対象分）= floor(withinLimitUnits × unitPrice) */
  totalCost: number;
  /** 給付率 (%) */
  benefitRatePercent: number;
  /** 保険／事業費請求額 = floor(totalCost × benefitRate / 100) */
  claimAmount: number;
  /** 利用者負担（保険／事業対象分）= totalCost − claimAmount */
  copay: number;
  /** 利用者負担（全額負担分）= floor(overLimitUnits × unitPrice) */
  fullCopay: number;
}

export interface UsageSheet {
  month: string;
  /** 区分支給限度基準額 (単位); undefined when unknown (no certification) */
  limitUnits: number | undefined;
  lines: UsageSheetLine[];
  subtotals: UsageSheetSubtotal[];
  totals: {
    serviceUnits: number;
    /** units counted against the limit */
    managedUnits: number;
    overLimitUnits: number;
    withinLimitUnits: number;
    totalCost: number;
    claimAmount: number;
    copay: number;
    fullCopay: number;
  };
  /** 短期入所: 前月までの利用日数 / 当月の計画利用日数 / 累積利用日数 */
  shortStay: { daysBefore: number; daysThisMonth: number; daysTotal: number };
}

export interface UsageSheetOptions {
  /** 区分支給限度基準額 of the certification in force (see effectiveBenefitLimitUnits) */
  limitUnits: number | undefined;
}

/** 単位数単価 when a line leaves it blank (その他の地域). */
export const defaultUnitPrice = 10;
/** 給付率 (%) when the month leaves it blank (1割負担). */
export const defaultBenefitRatePercent = 90;

/**
 * サービス種類 whose days count as 短期入所 on 第7表 (要介護認定期間中の短期入所利用日数):
 * 短期入所生活介護・療養介護 and the 短期利用 of 特定施設, 認知症GH and 小規模多機能 (介護・予防).
 */
export const shortStayServiceTypes: ReadonlySet<string> = new Set(['21', '22', '23', '2A', '24', '25', '26', '2B', '27', '28', '38', '39', '68', '69', '79']);

/** サービス種類コード of a サービスコード (its first two characters). */
export function serviceTypeOf(serviceCode: string): string {
  return serviceCode.slice(0, 2).toUpperCase();
}

/**
 * Whether a line is outside 区分支給限度基準額: as recorded on the line, else as its サービス種類
 * is (居宅療養管理指導 is outside, 訪問介護 inside; an unknown type counts as inside).
 */
export function isOutsideLimit(line: Pick<ServiceUsageLine, 'serviceCode' | 'outsideLimit'>): boolean {
  if (line.outsideLimit !== undefined) return line.outsideLimit;
  const type = findServiceType(serviceTypeOf(line.serviceCode));
  return type ? !type.withinBenefitLimit : false;
}

/** floor(units × price) in whole yen, computed in hundredths so 10.90 × 3 is 32, not 32.699…. */
function yen(units: number, unitPrice: number): number {
  return Math.floor((units * Math.round(unitPrice * 100)) / 100);
}

function sheetLine(line: ServiceUsageLine): UsageSheetLine {
  const units = line.units ?? 0;
  const count = line.plannedDays.length * (line.timesPerDay ?? 1);
  const serviceUnits = units * count;
  const outsideLimit = isOutsideLimit(line);
  return {
    lineId: line.id,
    providerOfficeNumber: line.providerOfficeNumber,
    providerName: line.providerName ?? '',
    serviceCode: line.serviceCode,
    serviceTypeCode: serviceTypeOf(line.serviceCode),
    serviceName: line.serviceName ?? '',
    units,
    discountPercent: line.discountPercent,
    count,
    serviceUnits,
    managedUnits: outsideLimit ? undefined : serviceUnits,
    outsideLimit,
    overLimitUnits: 0,
    withinLimitUnits: serviceUnits,
    unitPrice: line.unitPrice ?? defaultUnitPrice,
  };
}

/**
 * Assigns 区分支給限度基準を超える単位数 to the lines counted against the limit: the care manager's
 * figures when any line carries one, else the excess over `limitUnits` taken from the last line
 * backwards (the services added last go over first).
 */
function assignOverLimit(lines: UsageSheetLine[], source: readonly ServiceUsageLine[], limitUnits: number | undefined): void {
  const managed = lines.filter((l) => !l.outsideLimit);
  const assigned = source.some((l) => l.overLimitUnits !== undefined);
  if (assigned) {
    lines.forEach((line, i) => {
      if (!line.outsideLimit) line.overLimitUnits = Math.min(source[i]?.overLimitUnits ?? 0, line.serviceUnits);
    });
  } else if (limitUnits !== undefined) {
    let excess = managed.reduce((sum, l) => sum + l.serviceUnits, 0) - limitUnits;
    for (let i = managed.length - 1; i >= 0 && excess > 0; i--) {
      const line = managed[i];
      if (!line) continue;
      const take = Math.min(excess, line.serviceUnits);
      line.overLimitUnits = take;
      excess -= take;
    }
  }
  for (const line of lines) line.withinLimitUnits = line.serviceUnits - line.overLimitUnits;
}

/**
 * Subtotals per 事業所 × サービス種類, limit-counted and outside services apart (CD+AAAA /
 * CD+EEEE), in the order the lines first name them. Lines of one group with different 単位数単価
 * get a subtotal each, since the amount is priced per subtotal.
 */
function subtotalsOf(lines: readonly UsageSheetLine[], benefitRatePercent: number): UsageSheetSubtotal[] {
  const groups = new Map<string, UsageSheetLine[]>();
  for (const line of lines) {
    const key = [line.providerOfficeNumber, line.serviceTypeCode, line.outsideLimit, line.unitPrice].join('_');
    const group = groups.get(key);
    if (group) group.push(line);
    else groups.set(key, [line]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0] as UsageSheetLine;
    const sum = (pick: (l: UsageSheetLine) => number) => group.reduce((total, l) => total + pick(l), 0);
    const withinLimitUnits = sum((l) => l.withinLimitUnits);
    const overLimitUnits = sum((l) => l.overLimitUnits);
    const totalCost = yen(withinLimitUnits, first.unitPrice);
    const claimAmount = Math.floor((totalCost * benefitRatePercent) / 100);
    return {
      providerOfficeNumber: first.providerOfficeNumber,
      providerName: group.find((l) => l.providerName)?.providerName ?? '',
      serviceTypeCode: first.serviceTypeCode,
      serviceTypeName: findServiceType(first.serviceTypeCode)?.name ?? '',
      outsideLimit: first.outsideLimit,
      serviceUnits: sum((l) => l.serviceUnits),
      managedUnits: first.outsideLimit ? undefined : sum((l) => l.managedUnits ?? 0),
      overLimitUnits,
      withinLimitUnits,
      unitPrice: first.unitPrice,
      totalCost,
      benefitRatePercent,
      claimAmount,
      copay: totalCost - claimAmount,
      fullCopay: yen(overLimitUnits, first.unitPrice),
    };
  });
}

/**
 * Calculates 第7表 from a month's 第6表: per line 回数 (予定日数 × 1日の回数), サービス単位 and
 * 給付管理単位数; the units over 区分支給限度基準額; per 事業所 × サービス種類 the 費用総額,
 * 保険請求額 and 利用者負担 at the line's 単位数単価 and the month's 給付率; and the 短期入所 days.
 * Pure: the same usage always gives the same sheet.
 */
export function calculateUsageSheet(usage: ServiceUsage, options: UsageSheetOptions): UsageSheet {
  const lines = usage.lines.map(sheetLine);
  assignOverLimit(lines, usage.lines, options.limitUnits);
  const subtotals = subtotalsOf(lines, usage.benefitRatePercent ?? defaultBenefitRatePercent);
  const total = (pick: (s: UsageSheetSubtotal) => number) => subtotals.reduce((sum, s) => sum + pick(s), 0);
  const shortStayDays = new Set(usage.lines.filter((l) => shortStayServiceTypes.has(serviceTypeOf(l.serviceCode))).flatMap((l) => l.plannedDays));
  const daysBefore = usage.shortStayDaysBefore ?? 0;
  return {
    month: usage.month,
    limitUnits: options.limitUnits,
    lines,
    subtotals,
    totals: {
      serviceUnits: total((s) => s.serviceUnits),
      managedUnits: total((s) => s.managedUnits ?? 0),
      overLimitUnits: total((s) => s.overLimitUnits),
      withinLimitUnits: total((s) => s.withinLimitUnits),
      totalCost: total((s) => s.totalCost),
      claimAmount: total((s) => s.claimAmount),
      copay: total((s) => s.copay),
      fullCopay: total((s) => s.fullCopay),
    },
    shortStay: { daysBefore, daysThisMonth: shortStayDays.size, daysTotal: daysBefore + shortStayDays.size },
  };
}

export type { ServiceUsageLine };
