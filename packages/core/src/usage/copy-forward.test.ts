import { serviceUsageSchema, type ServiceUsage } from '../domain/service-usage.schema.js';
import { describe, expect, it } from 'vitest';
import { copyForwardUsage, defaultNewMonth, emptyUsage, sourceMonthFor, type NewUsageContext } from './copy-forward.js';

const april: ServiceUsage = serviceUsageSchema.parse({
  id: 'u-2025-04',
  month: '2025-04',
  createdOn: '2025-03-25',
  certificationId: 'cert-old',
  benefitRatePercent: 80,
  shortStayDaysBefore: 3,
  confirmedOn: '2025-03-28',
  confirmedBy: '本人',
  notes: '4月だけの連絡',
  lines: [
    {
      id: 'l1',
      providerOfficeNumber: '0879910011',
      providerName: 'あおぞらヘルパーステーション',
      serviceCode: '111211',
      serviceName: '身体介護2',
      units: 387,
      startTime: '09:00',
      endTime: '10:00',
      // 毎週月・木
      plannedDays: [3, 7, 10, 14, 17, 21, 24, 28],
      actualDays: [3, 7, 10, 14],
      overLimitUnits: 100,
    },
    { id: 'l2', providerOfficeNumber: '0879910017', serviceCode: '171001', units: 600, plannedDays: [1], actualDays: [1], taisCode: '00001-000010' },
  ],
});

const context: NewUsageContext = { createdOn: '2025-04-20', certificationId: 'cert-new', carePlanId: 'plan-1', shortStayDaysBefore: 5 };

describe('a new month of 利用票', () => {
  it('copies the rows forward: weekly 予定 by weekday, 実績 and the assigned 限度超過 cleared', () => {
    let n = 0;
    const may = copyForwardUsage(april, '2025-05', context, () => `new-${++n}`);
    expect(may).toMatchObject({ id: '', month: '2025-05', createdOn: '2025-04-20', certificationId: 'cert-new', carePlanId: 'plan-1', shortStayDaysBefore: 5, benefitRatePercent: 80 });
    expect(may.confirmedOn).toBeUndefined();
    expect(may.confirmedBy).toBeUndefined();
    expect(may.notes).toBeUndefined();
    expect(may.lines.map((l) => l.id)).toEqual(['new-1', 'new-2']);
    expect(may.lines[0]).toMatchObject({ serviceCode: '111211', serviceName: '身体介護2', units: 387, startTime: '09:00', endTime: '10:00', plannedDays: [1, 5, 8, 12, 15, 19, 22, 26, 29], actualDays: [] });
    expect(may.lines[0]).not.toHaveProperty('overLimitUnits');
    expect(may.lines[1]).toMatchObject({ taisCode: '00001-000010', plannedDays: [1], actualDays: [] });
    // The result is a valid 利用票 for the core schema.
    expect(serviceUsageSchema.safeParse({ ...may, id: 'x' }).success).toBe(true);
  });

  it('leaves the month it copies from untouched', () => {
    const before = JSON.parse(JSON.stringify(april)) as ServiceUsage;
    copyForwardUsage(april, '2025-05', context, () => 'x');
    expect(april).toEqual(before);
  });

  it('drops days that the new month does not have', () => {
    const january = serviceUsageSchema.parse({ id: 'u', month: '2025-01', lines: [{ id: 'l', providerOfficeNumber: '0879910021', serviceCode: '211111', plannedDays: [15, 29, 30, 31] }] });
    const february = copyForwardUsage(january, '2025-02', { ...context, shortStayDaysBefore: undefined }, () => 'l2');
    expect(february.lines[0]?.plannedDays).toEqual([15]);
    expect(february).not.toHaveProperty('shortStayDaysBefore');
    expect(serviceUsageSchema.safeParse({ ...february, id: 'x' }).success).toBe(true);
  });

  it('starts an empty month with the header from the case file only', () => {
    expect(emptyUsage('2025-05', { createdOn: '2025-04-20', certificationId: undefined, carePlanId: undefined, shortStayDaysBefore: undefined })).toEqual({
      id: '',
      month: '2025-05',
      createdOn: '2025-04-20',
      lines: [],
    });
  });

  it('defaults to next month and copies from the latest earlier month', () => {
    expect(defaultNewMonth('2025-04-20')).toBe('2025-05');
    expect(defaultNewMonth('2025-12-31')).toBe('2026-01');
    const months = [{ month: '2025-02' }, { month: '2025-04' }, { month: '2025-03' }, { month: '2025-06' }];
    expect(sourceMonthFor(months, '2025-05')).toEqual({ month: '2025-04' });
    expect(sourceMonthFor(months, '2025-02')).toBeUndefined();
  });
});
