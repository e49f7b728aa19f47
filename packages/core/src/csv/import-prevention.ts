import { sameCertification, type Certification } from '../domain/certification.schema.js';
import type { CaseFile } from '../domain/document-bodies.js';
import type { PreventionPlan } from '../domain/prevention-plan.schema.js';
import type { ReadWarning, SourceMap } from './care-plan-read.js';
import type { CsvRow } from './check-record.js';
import type { CsvFileContent } from './csv-file-reader.js';
import { csvIssue, type CsvIssue } from './csv-issue.js';
import { clientKey, planKey, type UnitFiles } from './import-types.js';
import { validateImportedCaseFile } from './import-validate.js';
import { clientFromBasicInfo, preventionCertification, preventionPlanFromRows } from './prevention-read.js';

const keyText = (key: string) => key.replace(/_/gu, '・');

function orphanRows(file: CsvFileContent | undefined, parents: ReadonlySet<string>, dateKey: string, parent: string): CsvIssue[] {
  return (file?.rows ?? [])
    .filter((row) => !parents.has(planKey(row.values, dateKey)))
    .map((row) => csvIssue('error', { file: file?.file ?? '', row: row.line }, `対応する${parent}がありません（${keyText(planKey(row.values, dateKey))}）`));
}

/**
 * The 予防 case files of a send unit. 利用者基本情報 (UPKIHON) is the parent of its 別表 (keyed by
 * 相談日) and supplies the client; 介護予防サービス・支援計画書 (UPYOBO) is the parent of its 別表
 * (keyed by 計画作成（変更）日) and needs the client's 利用者基本情報 in the same unit.
 */
export function preventionCaseFiles(files: UnitFiles): { caseFiles: CaseFile[]; issues: CsvIssue[] } {
  const basics = files.UPKIHON?.rows ?? [];
  const plans = files.UPYOBO?.rows ?? [];
  const basicKeys = new Set(basics.map((r) => planKey(r.values, 'consultedOn')));
  const planKeys = new Set(plans.map((r) => planKey(r.values)));
  const issues = [
    ...orphanRows(files.UPKIHON_SUB1, basicKeys, 'consultedOn', '利用者基本情報（UPKIHON）'),
    ...orphanRows(files.UPKIHON_SUB2, basicKeys, 'consultedOn', '利用者基本情報（UPKIHON）'),
    ...orphanRows(files.UPYOBO_SUB, planKeys, 'planDate', '介護予防サービス・支援計画書（UPYOBO）'),
  ];
  const basicByClient = new Map<string, CsvRow>();
  for (const row of [...basics].sort((a, b) => (a.values.consultedOn ?? '').localeCompare(b.values.consultedOn ?? ''))) basicByClient.set(clientKey(row.values), row);
  const plansByClient = new Map<string, CsvRow[]>();
  const seen = new Set<string>();
  for (const row of plans) {
    const key = planKey(row.values);
    if (seen.has(key)) issues.push(csvIssue('error', { file: files.UPYOBO?.file ?? '', row: row.line }, `同じ利用者・計画作成（変更）日の計画書が重複しています（${keyText(key)}）`));
    seen.add(key);
    if (!basicByClient.has(clientKey(row.values))) {
      issues.push(csvIssue('error', { file: files.UPYOBO?.file ?? '', row: row.line }, `同じ送信単位に利用者基本情報（UPKIHON）がありません（${keyText(clientKey(row.values))}）`));
    }
    plansByClient.set(clientKey(row.values), [...(plansByClient.get(clientKey(row.values)) ?? []), row]);
  }
  if (issues.length > 0) return { caseFiles: [], issues };

  const subRows = new Map<string, CsvRow[]>();
  for (const row of files.UPYOBO_SUB?.rows ?? []) subRows.set(planKey(row.values), [...(subRows.get(planKey(row.values)) ?? []), row]);
  const caseFiles: CaseFile[] = [];
  for (const [key, basic] of basicByClient) {
    const sources: SourceMap = new Map([['client', { file: files.UPKIHON?.file ?? '', line: basic.line }]]);
    const warnings: ReadWarning[] = [];
    const clientPlans = [...(plansByClient.get(key) ?? [])].sort((a, b) => (a.values.planDate ?? '').localeCompare(b.values.planDate ?? ''));
    const certifications: Certification[] = [];
    const preventionPlans: PreventionPlan[] = [];
    for (const row of clientPlans.length > 0 ? clientPlans : [undefined]) {
      const cert = preventionCertification(`csv-cert-${key}_${row?.values.planDate ?? basic.values.consultedOn ?? ''}`, basic, row);
      const same = certifications.find((c) => sameCertification(c, cert));
      if (!same && (cert.careLevel || row)) certifications.push(cert);
      if (!row) continue;
      const path = `preventionPlans.${preventionPlans.length}`;
      sources.set(path, { file: files.UPYOBO?.file ?? '', line: row.line });
      preventionPlans.push(preventionPlanFromRows(`csv-plan-${planKey(row.values)}`, (same ?? cert).id, row, subRows.get(planKey(row.values)) ?? [], warnings, sources, files.UPYOBO_SUB?.file ?? '', path));
    }
    const sub = files.UPYOBO_SUB;
    if (sub) for (const w of warnings) issues.push(csvIssue('warning', { file: sub.file, row: w.line, column: 17, columnName: '【利用サービス】期間' }, w.message));
    const draft = { client: clientFromBasicInfo(`csv-client-${key}`, basic), certifications, preventionPlans, carePlans: [], assessments: [], careTeamMeetings: [], supportLog: [], monitorings: [], basicChecklists: [] };
    const validated = validateImportedCaseFile(draft, sources, { file: files.UPKIHON?.file ?? '', line: basic.line });
    issues.push(...validated.issues);
    if (validated.caseFile) caseFiles.push(validated.caseFile);
  }
  return { caseFiles, issues };
}
