import { describe, expect, it } from 'vitest';
import { certificationSchema, type Certification } from './certification.schema.js';
import { currentCertification } from './current-certification.js';

const cert = (id: string, validFrom: string, validTo: string, status: 'certified' | 'applying' = 'certified'): Certification =>
  certificationSchema.parse({ id, status, careLevel: status === 'certified' ? 'care_2' : undefined, validFrom, validTo });

describe('currentCertification', () => {
  const older = cert('a', '2024-04-01', '2025-03-31');
  const now = cert('b', '2025-04-01', '2026-03-31');
  const applying = cert('c', '2026-04-01', '2027-03-31', 'applying');

  it('picks the certification whose validity contains the date', () => {
    expect(currentCertification([older, now, applying], '2025-04-01')?.id).toBe('b');
    expect(currentCertification([older, now], '2025-03-31')?.id).toBe('a');
  });

  it('falls back to the latest certified one, never an application in progress', () => {
    expect(currentCertification([older, now, applying], '2026-06-01')?.id).toBe('b');
    expect(currentCertification([applying], '2026-06-01')).toBeUndefined();
  });
});
