import { describe, expect, it } from 'vitest';
import { certificationSchema } from '../domain/certification.schema.js';
import { certificationForUsage, limitUnitsForUsage } from './usage-certification.js';

describe('the certification and 区分支給限度基準額 of a month', () => {
  const old = certificationSchema.parse({ id: 'c-old', status: 'certified', careLevel: 'care_1', validFrom: '2024-04-01', validTo: '2025-03-31' });
  const current = certificationSchema.parse({ id: 'c-new', status: 'certified', careLevel: 'care_2', validFrom: '2025-04-01', validTo: '2026-03-31' });
  const custom = certificationSchema.parse({ id: 'c-custom', status: 'certified', careLevel: 'care_3', benefitLimitUnits: 20000 });
  const certifications = [old, current, custom];

  it('uses the certification the 利用票 names', () => {
    expect(certificationForUsage(certifications, { month: '2025-04', certificationId: 'c-old' })?.id).toBe('c-old');
    expect(limitUnitsForUsage(certifications, { month: '2025-04', certificationId: 'c-custom' })).toBe(20000);
  });

  it('else the one in force on the first day of the month', () => {
    expect(certificationForUsage(certifications, { month: '2025-03' })?.id).toBe('c-old');
    expect(limitUnitsForUsage(certifications, { month: '2025-03' })).toBe(16765);
    expect(limitUnitsForUsage(certifications, { month: '2025-04', certificationId: 'gone' })).toBe(19705);
  });

  it('knows no limit without a certification or a month', () => {
    expect(limitUnitsForUsage([], { month: '2025-04' })).toBeUndefined();
    expect(certificationForUsage(certifications, { month: 'いつか' })).toBeUndefined();
  });
});
