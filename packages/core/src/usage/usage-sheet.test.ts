import { describe, expect, it } from 'vitest';
import { serviceUsageSchema, type ServiceUsage } from '../domain/service-usage.schema.js';
import { calculateUsageSheet, isOutsideLimit } from './usage-sheet.js';

const helper = { providerOfficeNumber: '1310000011', providerName: 'テスト訪問介護' };
const day = { providerOfficeNumber: '1310000015', providerName: 'テスト通所介護' };
const doctor = { providerOfficeNumber: '1310000031', providerName: 'テスト医院' };

function usage(input: Record<string, unknown>): ServiceUsage {
  return serviceUsageSchema.parse({ id: 'u1', month: '2025-04', ...input });
}

const days = (from: number, count: number, step = 1) => Array.from({ length: count }, (_, i) => from + i * step);

/**
 * 要介護1 (16,765 単位), 給付率 80%, 1級地 (訪問介護 11.40 円, 通所介護 10.90 円):
 *   L1 身体介護2 387 × 20日                = 7,740
 *   L2 通所介護 658 × 13日                  = 8,554
 *   L3 身体介護1 244 × 4日 × 1日2回         = 1,952
 *   L4 居宅療養管理指導 518 × 2日 (限度外)   = 1,036
 *   L5 処遇改善加算 1,234 × 1 (限度外)       = 1,234
 * 限度内 7,740 + 8,554 + 1,952 = 18,246 → 超過 1,481, taken from L3 (the last limit-counted line).
 */
const overLimit = usage({
  benefitRatePercent: 80,
  lines: [
    { id: 'l1', ...helper, serviceCode: '111211', serviceName: '身体介護2', units: 387, startTime: '09:00', endTime: '09:45', plannedDays: days(1, 20), unitPrice: 11.4 },
    { id: 'l2', ...day, serviceCode: '151111', serviceName: '通所介護', units: 658, startTime: '09:00', endTime: '16:00', plannedDays: days(2, 13, 2), unitPrice: 10.9 },
    { id: 'l3', ...helper, serviceCode: '111111', serviceName: '身体介護1', units: 244, startTime: '18:00', endTime: '18:25', timesPerDay: 2, plannedDays: [21, 22, 23, 24], unitPrice: 11.4 },
    { id: 'l4', ...doctor, serviceCode: '311111', serviceName: '居宅療養管理指導', units: 518, plannedDays: [10, 24] },
    { id: 'l5', ...helper, serviceCode: '116275', serviceName: '処遇改善加算', units: 1234, plannedDays: [30], unitPrice: 11.4, outsideLimit: true },
  ],
});

describe('calculateUsageSheet', () => {
  const sheet = calculateUsageSheet(overLimit, { limitUnits: 16765 });

  it('counts days × times per day and leaves 給付管理単位数 blank outside the limit', () => {
    expect(sheet.lines.map((l) => [l.lineId, l.count, l.serviceUnits, l.managedUnits, l.outsideLimit])).toEqual([
      ['l1', 20, 7740, 7740, false],
      ['l2', 13, 8554, 8554, false],
      ['l3', 8, 1952, 1952, false],
      ['l4', 2, 1036, undefined, true],
      ['l5', 1, 1234, undefined, true],
    ]);
    expect(sheet.lines.map((l) => l.serviceTypeCode)).toEqual(['11', '15', '11', '31', '11']);
  });

  it('takes the units over 区分支給限度基準額 from the last limit-counted line backwards', () => {
    expect(sheet.lines.map((l) => [l.overLimitUnits, l.withinLimitUnits])).toEqual([
      [0, 7740],
      [0, 8554],
      [1481, 471],
      [0, 1036],
      [0, 1234],
    ]);
  });

  it('prices each 事業所 × サービス種類 subtotal, rounding yen down', () => {
    expect(sheet.subtotals.map((s) => [s.providerOfficeNumber, s.serviceTypeCode, s.serviceTypeName, s.outsideLimit])).toEqual([
      ['1310000011', '11', '訪問介護', false],
      ['1310000015', '15', '通所介護', false],
      ['1310000031', '31', '居宅療養管理指導', true],
      ['1310000011', '11', '訪問介護', true],
    ]);
    const money = sheet.subtotals.map(({ serviceUnits, managedUnits, overLimitUnits, withinLimitUnits, unitPrice, totalCost, benefitRatePercent, claimAmount, copay, fullCopay }) => ({
      serviceUnits, managedUnits, overLimitUnits, withinLimitUnits, unitPrice, totalCost, benefitRatePercent, claimAmount, copay, fullCopay,
    }));
    expect(money).toEqual([
      // 8,211 × 11.40 = 93,605.4; × 80% = 74,884; 1,481 × 11.40 = 16,883.4
      { serviceUnits: 9692, managedUnits: 9692, overLimitUnits: 1481, withinLimitUnits: 8211, unitPrice: 11.4, totalCost: 93605, benefitRatePercent: 80, claimAmount: 74884, copay: 18721, fullCopay: 16883 },
      // 8,554 × 10.90 = 93,238.6; × 80% = 74,590.4
      { serviceUnits: 8554, managedUnits: 8554, overLimitUnits: 0, withinLimitUnits: 8554, unitPrice: 10.9, totalCost: 93238, benefitRatePercent: 80, claimAmount: 74590, copay: 18648, fullCopay: 0 },
      { serviceUnits: 1036, managedUnits: undefined, overLimitUnits: 0, withinLimitUnits: 1036, unitPrice: 10, totalCost: 10360, benefitRatePercent: 80, claimAmount: 8288, copay: 2072, fullCopay: 0 },
      // 1,234 × 11.40 = 14,067.6; × 80% = 11,253.6
      { serviceUnits: 1234, managedUnits: undefined, overLimitUnits: 0, withinLimitUnits: 1234, unitPrice: 11.4, totalCost: 14067, benefitRatePercent: 80, claimAmount: 11253, copay: 2814, fullCopay: 0 },
    ]);
  });

  it('adds the subtotals up', () => {
    expect(sheet.limitUnits).toBe(16765);
    expect(sheet.totals).toEqual({ serviceUnits: 20516, managedUnits: 18246, overLimitUnits: 1481, withinLimitUnits: 19035, totalCost: 211270, claimAmount: 169015, copay: 42255, fullCopay: 16883 });
    expect(sheet.shortStay).toEqual({ daysBefore: 0, daysThisMonth: 0, daysTotal: 0 });
  });

  it('uses the units over the limit the care manager assigned instead of calculating them', () => {
    const assigned = usage({ ...overLimit, lines: overLimit.lines.map((l) => (l.id === 'l2' ? { ...l, overLimitUnits: 1481 } : l)) });
    const result = calculateUsageSheet(assigned, { limitUnits: 16765 });
    expect(result.lines.map((l) => l.overLimitUnits)).toEqual([0, 1481, 0, 0, 0]);
    // 1,481 × 10.90 = 16,142.9; 7,073 × 10.90 = 77,095.7
    expect(result.subtotals[1]).toMatchObject({ overLimitUnits: 1481, withinLimitUnits: 7073, totalCost: 77095, fullCopay: 16142 });
    expect(result.subtotals[0]).toMatchObject({ overLimitUnits: 0, withinLimitUnits: 9692, fullCopay: 0 });
  });

  it('goes over nothing within the limit or without a known limit, at 10 円 and 90% by default', () => {
    const small = usage({ lines: [{ id: 'a', ...helper, serviceCode: '111211', units: 387, startTime: '10:00', endTime: '10:45', plannedDays: [3, 10, 17] }] });
    for (const limitUnits of [16765, undefined]) {
      const result = calculateUsageSheet(small, { limitUnits });
      expect(result.totals).toEqual({ serviceUnits: 1161, managedUnits: 1161, overLimitUnits: 0, withinLimitUnits: 1161, totalCost: 11610, claimAmount: 10449, copay: 1161, fullCopay: 0 });
    }
    expect(calculateUsageSheet(overLimit, { limitUnits: undefined }).totals.overLimitUnits).toBe(0);
  });

  it('spreads an excess larger than the last line over the lines before it', () => {
    // 7,740 + 8,554 + 1,952 = 18,246 against 10,000: 8,246 over = 1,952 (L3) + 6,294 (L2).
    const result = calculateUsageSheet(overLimit, { limitUnits: 10000 });
    expect(result.lines.map((l) => l.overLimitUnits)).toEqual([0, 6294, 1952, 0, 0]);
    expect(result.totals.withinLimitUnits).toBe(18246 - 8246 + 1036 + 1234);
  });

  it('counts 短期入所 days once per day, on top of the days before this month', () => {
    const stay = { providerOfficeNumber: '1310000021', providerName: 'テスト短期入所' };
    const result = calculateUsageSheet(
      usage({
        shortStayDaysBefore: 8,
        lines: [
          { id: 's1', ...stay, serviceCode: '211311', units: 787, plannedDays: [10, 11, 12, 13] },
          { id: 's2', ...stay, serviceCode: '216920', units: 184, plannedDays: [10, 13] },
          { id: 'h', ...helper, serviceCode: '111211', units: 387, startTime: '10:00', endTime: '10:45', plannedDays: [3, 20] },
        ],
      }),
      { limitUnits: 27048 },
    );
    expect(result.shortStay).toEqual({ daysBefore: 8, daysThisMonth: 4, daysTotal: 12 });
  });

  it('knows which services are outside the limit from their type unless the line says', () => {
    expect(isOutsideLimit({ serviceCode: '311111' })).toBe(true);
    expect(isOutsideLimit({ serviceCode: '111211' })).toBe(false);
    expect(isOutsideLimit({ serviceCode: '111211', outsideLimit: true })).toBe(true);
    expect(isOutsideLimit({ serviceCode: 'ZZ1111' })).toBe(false);
  });
});
