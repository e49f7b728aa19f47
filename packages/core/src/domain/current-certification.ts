import { periodContains } from '../dates/iso-date.js';
import type { Certification } from './certification.schema.js';

/**
 * The certification in force on `asOf`: a 認定済 one whose validity contains the date; else the
 * most recent 認定済 one (by end of validity); else undefined. Applications in progress (申請中)
 * are never "in force".
 */
export function currentCertification(certifications: readonly Certification[], asOf: string): Certification | undefined {
  const certified = certifications.filter((c) => c.status === 'certified');
  const inForce = certified.filter((c) => c.validFrom && c.validTo && periodContains({ start: c.validFrom, end: c.validTo }, asOf));
  const pool = inForce.length > 0 ? inForce : certified;
  // ISO dates order lexically; a certification without dates sorts last.
  const key = (c: Certification) => c.validTo ?? c.validFrom ?? '';
  return [...pool].sort((a, b) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0))[0];
}
