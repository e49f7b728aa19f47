import { formatIsoDate } from '../dates/iso-date.js';
import { currentCertification } from '../domain/current-certification.js';
import { effectiveBenefitLimitUnits, type Certification } from '../domain/certification.schema.js';
import { parseMonth } from './month-calendar.js';

/**
 * The certification whose 区分支給限度基準額 applies to a month's 利用票: the one it names, else the
 * one in force on the first day of the month. Takes a body still being typed (fields unknown).
 */
export function certificationForUsage(certifications: readonly Certification[], usage: { month?: unknown; certificationId?: unknown }): Certification | undefined {
  const named = typeof usage.certificationId === 'string' ? certifications.find((c) => c.id === usage.certificationId) : undefined;
  if (named) return named;
  const month = typeof usage.month === 'string' ? parseMonth(usage.month) : undefined;
  return month ? currentCertification(certifications, formatIsoDate({ ...month, day: 1 })) : undefined;
}

/** 区分支給限度基準額 (単位) for a month, or undefined when no certification tells it. */
export function limitUnitsForUsage(certifications: readonly Certification[], usage: { month?: unknown; certificationId?: unknown }): number | undefined {
  const cert = certificationForUsage(certifications, usage);
  return cert ? effectiveBenefitLimitUnits(cert) : undefined;
}
