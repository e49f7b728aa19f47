import { describe, expect, it } from 'vitest';
import { accessLogRetention, accessLogRetentionCutoff, securitySettingsSchema } from './access-log-retention.js';
import { isTwoFactorRequired } from './two-factor.js';

describe('access-log retention', () => {
  it('counts calendar months back, clamping to the month end', () => {
    expect(accessLogRetentionCutoff(new Date('2026-12-04T10:00:00.000Z'), 60)).toBe('2021-12-04T10:00:00.000Z');
    expect(accessLogRetentionCutoff(new Date('2026-03-31T00:00:00.000Z'), 1)).toBe('2026-02-28T00:00:00.000Z');
    expect(accessLogRetentionCutoff(new Date('2026-01-15T00:00:00.000Z'), 13)).toBe('2024-12-15T00:00:00.000Z');
  });

  it('refuses a retention shorter than the minimum with a Japanese message', () => {
    const result = securitySettingsSchema.safeParse({ requireTwoFactor: false, accessLogRetentionMonths: accessLogRetention.minMonths - 1 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('5年');
    expect(securitySettingsSchema.safeParse({ requireTwoFactor: true, accessLogRetentionMonths: 84 }).success).toBe(true);
  });
});

describe('two-factor requirement', () => {
  it('is always on for insurer staff and admins, per organization for the others', () => {
    expect(isTwoFactorRequired('insurer_staff', false)).toBe(true);
    expect(isTwoFactorRequired('admin', false)).toBe(true);
    expect(isTwoFactorRequired('care_manager', false)).toBe(false);
    expect(isTwoFactorRequired('care_manager', true)).toBe(true);
    expect(isTwoFactorRequired('office_admin', true)).toBe(true);
  });
});
