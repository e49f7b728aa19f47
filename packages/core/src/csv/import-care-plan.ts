import type { CarePlan } from '../domain/care-plan.schema.js';
import { sameCertification, type Certification } from '../domain/certification.schema.js';
import type { Client } from '../domain/client.schema.js';
import type { CaseFile } from '../domain/document-bodies.js';
import { certificationFromRows, clientFromSupplement, needsFromPlan2, planFromPlan1, scheduleFromPlan3, type ReadWarning, type SourceMap } from './care-plan-read.js';
import type { CsvRow } from './check-record.js';
import type { CsvFileContent } from './csv-file-reader.js';
import { csvIssue, type CsvIssue } from './csv-issue.js';
import { clientKey, planKey, type UnitFiles } from './import-types.js';
import { validateImportedCaseFile } from './import-validate.js';
import { csvLayouts } from './layouts.js';

const keyText = (key: string) => key.replace(/_/gu, '・');

function groupRows(file: CsvFileContent | undefined): Map<string, CsvRow[]> {
  const map = new Map<string, CsvRow[]>();
  for (const row of file?.rows ?? []) {
    const key = planKey(row.values);
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  }
  return map;
}

function warningIssues(file: CsvFileContent, warnings: readonly ReadWarning[]): CsvIssue[] {
  const columns = csvLayouts[file.name.kind].columns;
  return warnings.map((w) => {
    const column = columns.find((c) => c.key === w.columnKey);
    return csvIssue('warning', { file: file.file, row: w.line, ...(column ? { column: column.no, columnName: column.name } : {}) }, w.message);
  });
}

interface PlanParts {
  key: string;
  plan1: CsvRow;
  supplement: CsvRow;
  plan2: CsvRow[];
  plan3: CsvRow[];
}

/**
 * The 居宅 case files of a send unit: 第1表 is the parent; 利用者補足, 第2表 and 第3表 rows are linked
 * to it by 保険者番号 + 被保険者番号 + 居宅サービス計画作成（変更）日. Rows without their 第1表, a
 * 第1表 without 利用者補足, and duplicate 第1表 keys are errors.
 */
export function carePlanCaseFiles(files: UnitFiles): { caseFiles: CaseFile[]; issues: CsvIssue[] } {
  const issues: CsvIssue[] = [];
  const plan1 = files.UP1KYO;
  const plan1Keys = new Map<string, CsvRow>();
  for (const row of plan1?.rows ?? []) {
    const key = planKey(row.values);
    if (plan1Keys.has(key)) issues.push(csvIssue('error', { file: plan1?.file ?? '', row: row.line }, `同じ利用者・作成（変更）日の第1表が重複しています（${keyText(key)}）`));
    else plan1Keys.set(key, row);
  }
  const supplements = groupRows(files.UPHOSOKU);
  const plan2 = groupRows(files.UP2KYO);
  const plan3 = groupRows(files.UP3KYO);
  for (const [file, groups] of [[files.UPHOSOKU, supplements], [files.UP2KYO, plan2], [files.UP3KYO, plan3]] as const) {
    for (const [key, rows] of groups) {
      if (plan1Keys.has(key)) continue;
      // 利用者補足 keyed 00000000 goes with 第6表 units, not with 第1表.
      if (file?.name.kind === 'UPHOSOKU' && key.endsWith('_00000000')) continue;
      for (const row of rows) {
        issues.push(csvIssue('error', { file: file?.file ?? '', row: row.line }, `対応する第1表（UP1KYO）がありません（保険者番号・被保険者番号・作成（変更）日: ${keyText(key)}）`));
      }
    }
  }
  const byClient = new Map<string, PlanParts[]>();
  for (const [key, row] of plan1Keys) {
    const supplement = supplements.get(key)?.[0];
    if (!supplement) {
      issues.push(csvIssue('error', { file: plan1?.file ?? '', row: row.line }, `対応する利用者補足情報（UPHOSOKU）がありません（${keyText(key)}）`));
      continue;
    }
    const parts = { key, plan1: row, supplement, plan2: plan2.get(key) ?? [], plan3: plan3.get(key) ?? [] };
    const list = byClient.get(clientKey(row.values));
    if (list) list.push(parts);
    else byClient.set(clientKey(row.values), [parts]);
  }
  if (issues.length > 0) return { caseFiles: [], issues };

  const caseFiles: CaseFile[] = [];
  for (const [key, plans] of byClient) {
    const built = buildCaseFile(key, plans, files, issues);
    if (built) caseFiles.push(built);
  }
  return { caseFiles, issues };
}

function buildCaseFile(key: string, plans: PlanParts[], files: UnitFiles, issues: CsvIssue[]): CaseFile | undefined {
  const sorted = [...plans].sort((a, b) => a.key.localeCompare(b.key));
  const last = sorted[sorted.length - 1];
  if (!last) return undefined;
  const sources: SourceMap = new Map();
  const supplementFile = files.UPHOSOKU?.file ?? '';
  const client: Client = clientFromSupplement(`csv-client-${key}`, last.supplement);
  sources.set('client', { file: supplementFile, line: last.supplement.line });
  const certifications: Certification[] = [];
  const carePlans: CarePlan[] = [];
  const warnings = { UP2KYO: [] as ReadWarning[] };
  for (const parts of sorted) {
    const cert = certificationFromRows(`csv-cert-${parts.key}`, parts.supplement, parts.plan1);
    const same = certifications.find((c) => sameCertification(c, cert));
    if (!same) {
      sources.set(`certifications.${certifications.length}`, { file: supplementFile, line: parts.supplement.line });
      certifications.push(cert);
    }
    const path = `carePlans.${carePlans.length}`;
    const plan = planFromPlan1(`csv-plan-${parts.key}`, (same ?? cert).id, parts.plan1);
    sources.set(path, { file: files.UP1KYO?.file ?? '', line: parts.plan1.line });
    plan.needs = needsFromPlan2(parts.plan2, warnings.UP2KYO, sources, files.UP2KYO?.file ?? '', path);
    const schedule = scheduleFromPlan3(parts.plan3);
    if (schedule) {
      plan.weeklySchedule = schedule;
      const entryRows = parts.plan3.filter((r) => r.values.content || r.values.day || r.values.start || r.values.end);
      const activityRows = parts.plan3.filter((r) => r.values.activity || r.values.activityStart || r.values.activityEnd);
      const file = files.UP3KYO?.file ?? '';
      entryRows.forEach((r, i) => sources.set(`${path}.weeklySchedule.entries.${i}`, { file, line: r.line }));
      activityRows.forEach((r, i) => sources.set(`${path}.weeklySchedule.dailyActivities.${i}`, { file, line: r.line }));
    }
    carePlans.push(plan);
  }
  if (files.UP2KYO) issues.push(...warningIssues(files.UP2KYO, warnings.UP2KYO));
  const draft = { client, certifications, carePlans, assessments: [], careTeamMeetings: [], supportLog: [], monitorings: [], basicChecklists: [], preventionPlans: [] };
  const validated = validateImportedCaseFile(draft, sources, { file: files.UP1KYO?.file ?? '', line: last.plan1.line });
  issues.push(...validated.issues);
  return validated.caseFile;
}
