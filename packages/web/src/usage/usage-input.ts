import {
  monthDays,
  serviceUsageLineSchema,
  serviceUsageSchema,
  yearMonthSchema,
  type ServiceUsage,
  type ServiceUsageLine,
} from '@kizuki/core';

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
