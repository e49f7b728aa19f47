import {
  currentCertification,
  effectiveBenefitLimitUnits,
  serviceUsageLineSchema,
  serviceUsageSchema,
  yearMonthSchema,
  type Certification,
  type ServiceUsage,
  type ServiceUsageLine,
} from '@kizuki/core';
import { monthDays, parseMonth } from './month-calendar.js';

/** What the live 第7表 is calculated from while the care manager types. */
export interface SheetInput {
  /** The month as far as it reads; undefined while 対象年月 itself is wrong. */
  usage: ServiceUsage | undefined;
  /** Rows (0-based) left out because one of their fields does not read yet. */
  skippedLines: number[];
}

const headerNumbers = ['shortStayDaysBefore', 'benefitRatePercent'] as const;

/**
 * The body being edited, normalized by the core schema for the 第7表. A form half typed still
 * gives a sheet: a row with an error is left out (and named), a wrong header number counts as
 * blank. Only a wrong 対象年月 gives no sheet at all.
 */
export function usageForSheet(body: unknown): SheetInput {
  const record = (body ?? {}) as Record<string, unknown>;
  const id = typeof record.id === 'string' && record.id !== '' ? record.id : 'unsaved';
  const whole = serviceUsageSchema.safeParse({ ...record, id });
  if (whole.success) return { usage: whole.data, skippedLines: [] };

  const month = yearMonthSchema.safeParse(record.month);
  if (!month.success) return { usage: undefined, skippedLines: [] };
  const lastDay = monthDays(month.data).length;
  const rawLines = Array.isArray(record.lines) ? (record.lines as unknown[]) : [];
  const lines: ServiceUsageLine[] = [];
  const skippedLines: number[] = [];
  rawLines.forEach((raw, index) => {
    const line = serviceUsageLineSchema.safeParse(raw);
    const fits = line.success && [...line.data.plannedDays, ...line.data.actualDays].every((day) => day <= lastDay);
    const timed = line.success && (line.data.startTime === undefined) === (line.data.endTime === undefined);
    if (line.success && fits && timed) lines.push(line.data);
    else skippedLines.push(index);
  });
  const header: Record<string, unknown> = { id, month: month.data, lines };
  for (const key of headerNumbers) {
    const value = serviceUsageSchema.shape[key].safeParse(record[key]);
    if (value.success && value.data !== undefined) header[key] = value.data;
  }
  const rebuilt = serviceUsageSchema.safeParse(header);
  return rebuilt.success ? { usage: rebuilt.data, skippedLines } : { usage: undefined, skippedLines };
}

/**
 * The certification whose 区分支給限度基準額 applies to a month: the one the 利用票 names, else
 * the one in force on the first day of the month.
 */
export function certificationForUsage(certifications: readonly Certification[], usage: { month?: unknown; certificationId?: unknown }): Certification | undefined {
  const named = typeof usage.certificationId === 'string' ? certifications.find((c) => c.id === usage.certificationId) : undefined;
  if (named) return named;
  const month = typeof usage.month === 'string' ? parseMonth(usage.month) : undefined;
  const firstDay = month ? `${String(month.year).padStart(4, '0')}-${String(month.month).padStart(2, '0')}-01` : undefined;
  return firstDay ? currentCertification(certifications, firstDay) : undefined;
}

/** 区分支給限度基準額 (単位) for a month, or undefined when no certification tells it. */
export function limitUnitsForUsage(certifications: readonly Certification[], usage: { month?: unknown; certificationId?: unknown }): number | undefined {
  const cert = certificationForUsage(certifications, usage);
  return cert ? effectiveBenefitLimitUnits(cert) : undefined;
}
