import { type CsvImportAction, type CsvImportedClient, type CsvImportedPlan, type CsvImportReport, type CsvImportSummary as CoreCsvImportSummary, type CsvIssue, type CsvUnitSummary as CsvImportUnitSummary, findServiceType, warekiMonth } from '@kizuki/core';
import type { CaseFileTab } from '../routing/routes.js';
import { wareki } from '../shared/dates.js';

// The answer of `POST /api/csv/import`: core's CsvImportReport and its parts.
export type { CsvImportAction, CsvImportedClient, CsvImportedPlan, CsvImportUnitSummary };

/** The server's answer (core `CsvImportReport`); where it went and where the files come from are read only when present. */
export type CsvImportSummary = CoreCsvImportSummary & Partial<Pick<CsvImportReport, 'organization' | 'senders'>>;
export type CsvImportedPlanKind = CsvImportedPlan['kind'];

/** The rule people must know before reading the result. */
export const allOrNothingText = '送信単位ごとに、全部取り込むか、何も取り込まないかのどちらかです。エラーが1件でもある送信単位からは、何も取り込んでいません。';

export const actionLabels: Record<CsvImportAction, string> = { created: '新規', updated: '更新', unchanged: '変更なし' };

export const planKindLabels: Record<CsvImportedPlanKind, string> = {
  care_plan: '居宅サービス計画',
  prevention_plan: '介護予防サービス・支援計画',
  service_usage: 'サービス利用票',
};

/** The case file tab that shows each kind of imported plan. */
export const planKindTabs: Record<CsvImportedPlanKind, CaseFileTab> = { care_plan: 'care-plan', prevention_plan: 'prevention', service_usage: 'usage' };

const severityLabels: Record<CsvIssue['severity'], string> = { error: 'エラー', warning: '警告' };

/** A plan's date for people: 和暦 of 作成日, or of the 対象年月 of a 利用票. */
export function planDateText(plan: Pick<CsvImportedPlan, 'kind' | 'planDate'>): string {
  if (!plan.planDate) return '日付なし';
  if (/^\d{4}-\d{2}$/u.test(plan.planDate)) return warekiMonth(plan.planDate);
  return wareki(plan.planDate);
}

/** What one unit's outcome means for people. */
export function unitOutcomeText(unit: Pick<CsvImportUnitSummary, 'accepted' | 'clients' | 'plans'>): string {
  if (!unit.accepted) return '取り込みませんでした（エラーがあるため、この送信単位からは何も保存していません）';
  return `取り込みました（利用者 ${unit.clients.length}人・計画など ${unit.plans.length}件）`;
}

/** 送信元 → 送信先 and when the unit was written, read from its key `YYYYMMDDHHMMSS_送信元番号_種類_送信先番号_種類`. */
export function describeUnitKey(key: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})_(\d{10})_([0-9A-Z]{2})_(\d{10})_([0-9A-Z]{2})$/u.exec(key);
  if (!m) return key;
  const [, y, mo, d, h, mi, s, fromOffice, fromType, toOffice, toType] = m as unknown as string[];
  const party = (office: string | undefined, type: string | undefined) => `${office}（${findServiceType(type ?? '')?.name ?? `サービス種類 ${type}`}）`;
  return `送信元 ${party(fromOffice, fromType)} → 送信先 ${party(toOffice, toType)}、作成 ${y}/${mo}/${d} ${h}:${mi}:${s}`;
}

/**
 * The warning when the files come from another office than the user's own: the import went into
 * the user's organization all the same (a browser never creates organizations), so they should
 * know before working on those clients. Undefined when every sender is their own office.
 */
export function otherSenderWarning(summary: Pick<CsvImportSummary, 'organization' | 'senders'>): string | undefined {
  const others = (summary.senders ?? []).filter((s) => !s.sameOffice);
  if (others.length === 0) return undefined;
  const list = others.map((s) => `「${s.name ?? '名称不明'}」（事業所番号 ${s.officeNumber}・${findServiceType(s.serviceType)?.name ?? `サービス種類 ${s.serviceType}`}）`).join('、');
  const org = summary.organization;
  const own = org ? `この組織「${org.name}」（${org.officeNumber ? `事業所番号 ${org.officeNumber}` : '事業所番号なし'}）` : 'この組織';
  return `ファイルの送信元${list}は、${own}と事業所番号が違います。取り込んだ利用者・計画は、この組織のものとして登録しました。別の事業所のファイルでないか確かめてください（送信元の事業所を別の組織として取り込むのは、サーバーの管理者が kizuki csv import --create-office で行います）。`;
}

/** One line of the issue table (重要度・ファイル・行・列・内容・値・期待される値). */
export interface IssueRow {
  severity: CsvIssue['severity'];
  severityLabel: string;
  file: string;
  row: string;
  column: string;
  content: string;
  value: string;
  expected: string;
}

/**
 * The problem alone, without the location and value the other columns show: `csvIssue` writes
 * `FILE 3行目 6列目（名）: problem（値: 「x」） 正しい形式: y`. A message of another shape is kept whole.
 */
export function issueProblem(issue: CsvIssue): string {
  let where = issue.file;
  if (issue.row !== undefined) where += ` ${issue.row}行目`;
  if (issue.column !== undefined) where += ` ${issue.column}列目（${issue.columnName ?? ''}）`;
  let text = issue.message;
  if (!text.startsWith(`${where}: `)) return text;
  text = text.slice(where.length + 2);
  const expected = issue.expected === undefined ? '' : ` 正しい形式: ${issue.expected}`;
  if (expected !== '' && text.endsWith(expected)) text = text.slice(0, -expected.length);
  const value = issue.value === undefined ? '' : `（値: 「${issue.value}」）`;
  if (value !== '' && text.endsWith(value)) text = text.slice(0, -value.length);
  return text === '' ? issue.message : text;
}

/** The rows of the issue table, in the server's order (file by file, row by row). */
export function issueRows(issues: readonly CsvIssue[]): IssueRow[] {
  return issues.map((issue) => ({
    severity: issue.severity,
    severityLabel: severityLabels[issue.severity],
    file: issue.file,
    row: issue.row === undefined ? '' : String(issue.row),
    column: issue.column === undefined ? (issue.columnName ?? '') : `${issue.column}${issue.columnName ? `（${issue.columnName}）` : ''}`,
    content: issueProblem(issue),
    value: issue.value ?? '',
    expected: issue.expected ?? '',
  }));
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Whether an answer has the summary's shape (a proxy or an old server could answer something else). */
export function isCsvImportSummary(value: unknown): value is CsvImportSummary {
  if (!isRecord(value) || !Array.isArray(value.units) || !Array.isArray(value.ignored) || !isRecord(value.totals)) return false;
  const { senders, organization } = value;
  if (senders !== undefined && !(Array.isArray(senders) && senders.every((s) => isRecord(s) && typeof s.officeNumber === 'string' && typeof s.serviceType === 'string' && typeof s.sameOffice === 'boolean'))) return false;
  if (organization !== undefined && organization !== null && !(isRecord(organization) && typeof organization.name === 'string')) return false;
  return value.units.every((u) => isRecord(u) && typeof u.key === 'string' && typeof u.accepted === 'boolean' && [u.files, u.clients, u.plans, u.issues].every(Array.isArray));
}
