import { effectiveBenefitLimitUnits } from '../domain/certification.schema.js';
import type { CaseFile } from '../domain/document-bodies.js';
import type { ServiceUsage } from '../domain/service-usage.schema.js';
import { calculateUsageSheet } from '../usage/usage-sheet.js';
import { certificationFromRows, clientFromSupplement, type SourceMap } from './care-plan-read.js';
import type { CsvFileContent } from './csv-file-reader.js';
import { csvIssue, type CsvIssue } from './csv-issue.js';
import { clientKey, type CsvUsageResult, type UnitFiles } from './import-types.js';
import { validateImportedCaseFile } from './import-validate.js';
import { csvLayouts } from './layouts.js';
import { applyUsageSheetRows, groupUsageRows, usageFromPlanRows } from './usage-rows.js';

const keyText = (key: string) => key.replace(/_/gu, '・');

/**
 * The サービス利用票 case files of a send unit (②: 第6表 予定 + 第7表 + 利用者補足). 第6表 is the
 * parent: 第7表 rows and the 利用者補足 row (作成（変更）日 00000000) are linked to it by
 * 保険者番号 + 被保険者番号 + 対象年月. Each client's month becomes a service_usage document with
 * the client (from 利用者補足) and, where 利用者補足 carries it, the certification.
 */
export function usageCaseFiles(files: UnitFiles): { caseFiles: CaseFile[]; issues: CsvIssue[] } {
  const issues: CsvIssue[] = [];
  const plan = files.UPPLAN;
  const months = groupUsageRows(plan?.rows ?? []);
  const fileMonth = plan?.name.month;
  for (const rows of months.values()) {
    const row = rows[0];
    if (plan && row && fileMonth && row.values.targetMonth !== fileMonth) {
      issues.push(monthMismatch(plan, row.line, row.values.targetMonth ?? '', fileMonth));
    }
  }
  const sheets = groupUsageRows(files.UPSIKYU?.rows ?? []);
  for (const [key, rows] of sheets) {
    if (months.has(key)) continue;
    for (const row of rows) issues.push(csvIssue('error', { file: files.UPSIKYU?.file ?? '', row: row.line }, `対応する第6表（UPPLAN）がありません（保険者番号・被保険者番号・対象年月: ${keyText(key)}）`));
  }
  const supplements = new Map((files.UPHOSOKU?.rows ?? []).filter((r) => r.values.planDate === '00000000').map((r) => [clientKey(r.values), r] as const));
  const caseFiles: CaseFile[] = [];
  const byClient = new Map<string, { usages: CaseFile['serviceUsages']; sources: SourceMap }>();
  for (const [key, rows] of months) {
    const first = rows[0];
    if (!first || !plan) continue;
    const supplement = supplements.get(clientKey(first.values));
    if (!supplement) {
      issues.push(csvIssue('error', { file: plan.file, row: first.line }, `対応する利用者補足情報（UPHOSOKU、作成（変更）日 00000000）がありません（${keyText(key)}）`));
      continue;
    }
    const read = usageFromPlanRows(rows);
    for (const w of read.warnings) issues.push(warning(plan, w.line, w.columnKey, w.message));
    const usage = applyUsageSheetRows(read.usage, sheets.get(key) ?? []);
    const client = byClient.get(clientKey(first.values)) ?? { usages: [] as CaseFile['serviceUsages'], sources: new Map() as SourceMap };
    client.sources.set(`serviceUsages.${client.usages.length}`, { file: plan.file, line: first.line });
    client.usages.push({ ...usage, id: `csv-usage-${key}` });
    byClient.set(clientKey(first.values), client);
  }
  if (issues.some((i) => i.severity === 'error')) return { caseFiles: [], issues };
  for (const [key, { usages: serviceUsages, sources }] of byClient) {
    const supplement = supplements.get(key);
    if (!supplement) continue;
    const supplementAt = { file: files.UPHOSOKU?.file ?? '', line: supplement.line };
    sources.set('client', supplementAt);
    const cert = certificationFromRows(`csv-cert-${key}_usage`, supplement, supplement);
    const certifications = cert.careLevel ? [cert] : [];
    const limitUnits = cert.careLevel ? effectiveBenefitLimitUnits(cert) : undefined;
    if (certifications.length > 0) sources.set('certifications.0', supplementAt);
    const draft = {
      client: clientFromSupplement(`csv-client-${key}`, supplement),
      certifications,
      serviceUsages: serviceUsages.map((u) => withoutAutomaticExcess({ ...u, ...(certifications.length > 0 ? { certificationId: cert.id } : {}) }, limitUnits)),
      carePlans: [],
      assessments: [],
      careTeamMeetings: [],
      supportLog: [],
      monitorings: [],
      basicChecklists: [],
      preventionPlans: [],
    };
    const validated = validateImportedCaseFile(draft, sources, supplementAt);
    issues.push(...validated.issues);
    if (validated.caseFile) caseFiles.push(validated.caseFile);
  }
  return { caseFiles, issues };
}

/**
 * 第7表 names the units over the limit line by line. Where they are what Kizuki would calculate
 * anyway (the excess taken from the last line backwards), they are left blank, so a month read
 * back keeps calculating them instead of holding them as the care manager's own assignment.
 */
function withoutAutomaticExcess(usage: ServiceUsage, limitUnits: number | undefined): ServiceUsage {
  if (usage.lines.every((l) => l.overLimitUnits === undefined)) return usage;
  const blank = usage.lines.map(({ overLimitUnits: _assigned, ...line }) => line);
  const automatic = calculateUsageSheet({ ...usage, lines: blank }, { limitUnits });
  const same = usage.lines.every((line, i) => (line.overLimitUnits ?? 0) === (automatic.lines[i]?.overLimitUnits ?? 0));
  return same ? { ...usage, lines: blank } : usage;
}

function monthMismatch(file: CsvFileContent, line: number, month: string, fileMonth: string): CsvIssue {
  const column = csvLayouts.UPPLAN.columns.find((c) => c.key === 'targetMonth');
  return csvIssue('error', { file: file.file, row: line, ...(column ? { column: column.no, columnName: column.name } : {}) }, `対象年月 ${month} がファイル名の年月 ${fileMonth} と違います（1ファイルには1か月分のみ入れます）`, {
    value: month,
    expected: fileMonth,
  });
}

function warning(file: CsvFileContent, line: number, columnKey: string, message: string): CsvIssue {
  const column = csvLayouts[file.name.kind].columns.find((c) => c.key === columnKey);
  return csvIssue('warning', { file: file.file, row: line, ...(column ? { column: column.no, columnName: column.name } : {}) }, message);
}

/**
 * 実績 (UPJSK) of a send unit from a provider: each client's month, per サービス事業者, as lines whose
 * days are the days provided. Rows dated outside the month are left out with a warning; a row of
 * another month than the file name says is an error.
 */
export function usageResults(files: UnitFiles): { results: CsvUsageResult[]; issues: CsvIssue[] } {
  const issues: CsvIssue[] = [];
  const file = files.UPJSK;
  if (!file) return { results: [], issues };
  const results: CsvUsageResult[] = [];
  for (const [key, rows] of groupUsageRows(file.rows)) {
    const first = rows[0];
    if (!first) continue;
    if (file.name.month && first.values.targetMonth !== file.name.month) {
      issues.push(monthMismatch(file, first.line, first.values.targetMonth ?? '', file.name.month));
      continue;
    }
    const byProvider = new Map<string, typeof rows>();
    for (const row of rows) {
      const provider = row.values.providerOfficeNumber ?? '';
      byProvider.set(provider, [...(byProvider.get(provider) ?? []), row]);
    }
    for (const [provider, providerRows] of byProvider) {
      const read = usageFromPlanRows(providerRows, `csv-result-line-${key}-${provider}-`);
      for (const w of read.warnings) issues.push(warning(file, w.line, w.columnKey, w.message));
      results.push({
        insurerNumber: read.insurerNumber,
        insuredNumber: read.insuredNumber,
        month: read.usage.month,
        providerOfficeNumber: provider,
        lines: read.usage.lines.map((line) => ({ ...line, actualDays: line.plannedDays, plannedDays: [] })),
        at: { file: file.file, line: providerRows[0]?.line ?? first.line },
      });
    }
  }
  return { results, issues };
}
