import { formatWareki, tryParseDateInput, type IsoDate } from '@kizuki/core';

/** The ends of a period as typed in the editor (YYYY-MM-DD, 令和7年4月1日, R7.4.1 …). */
export interface PeriodInput {
  start?: string | undefined;
  end?: string | undefined;
}

/** The certification validity the plan's periods must stay within (認定の有効期間). */
export interface CertificationPeriod {
  validFrom?: string | undefined;
  validTo?: string | undefined;
}

function dateOf(text: string | undefined): { date?: IsoDate; unreadable: boolean } {
  if (text === undefined || text.trim() === '') return { unreadable: false };
  const date = tryParseDateInput(text);
  return date === undefined ? { unreadable: true } : { date, unreadable: false };
}

function wareki(date: IsoDate): string {
  try {
    return formatWareki(date);
  } catch {
    return date;
  }
}

/**
 * Messages about a 第2表 period, shown next to it while typing: unreadable dates, an end before
 * the start, ends outside 認定の有効期間, and (for a short-term goal) ends beyond the enclosing
 * long-term goal's period. Open ends are not judged (記載要領 allows a start only).
 */
export function periodIssues(period: PeriodInput | undefined, certification: CertificationPeriod | undefined, enclosing?: PeriodInput, enclosingLabel = '長期目標'): string[] {
  const start = dateOf(period?.start);
  const end = dateOf(period?.end);
  const issues: string[] = [];
  if (start.unreadable) issues.push('開始日を日付として読み取れません（例: 令和7年4月1日、R7.4.1、2025-04-01）');
  if (end.unreadable) issues.push('終了日を日付として読み取れません（例: 令和8年3月31日、R8.3.31、2026-03-31）');
  if (start.date && end.date && end.date < start.date) issues.push('終了日が開始日より前になっています');

  const validFrom = dateOf(certification?.validFrom).date;
  const validTo = dateOf(certification?.validTo).date;
  const range = `認定の有効期間（${validFrom ? wareki(validFrom) : ''}〜${validTo ? wareki(validTo) : ''}）`;
  if (validFrom && start.date && start.date < validFrom) issues.push(`開始日が${range}より前です`);
  if (validTo && end.date && end.date > validTo) issues.push(`終了日が${range}を過ぎています`);
  if (validTo && start.date && start.date > validTo) issues.push(`開始日が${range}の後です`);

  const outerStart = dateOf(enclosing?.start).date;
  const outerEnd = dateOf(enclosing?.end).date;
  if (outerStart && start.date && start.date < outerStart) issues.push(`開始日が${enclosingLabel}の期間の開始（${wareki(outerStart)}）より前です`);
  if (outerEnd && end.date && end.date > outerEnd) issues.push(`終了日が${enclosingLabel}の期間の終了（${wareki(outerEnd)}）を過ぎています`);
  return issues;
}
