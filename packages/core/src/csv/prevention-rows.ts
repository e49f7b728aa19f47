import type { Diagnosis } from '../domain/assessment-health-items.schema.js';
import type { Assessment } from '../domain/assessment.schema.js';
import type { BasicChecklist } from '../domain/basic-checklist.schema.js';
import type { Certification } from '../domain/certification.schema.js';
import type { Client } from '../domain/client.schema.js';
import { careLevelTable, type CareLevel } from '../domain/codes/care-level.js';
import { certificationStatusTable, planCategoryCode } from '../domain/codes/plan-codes.js';
import { findServiceType } from '../domain/codes/service-types.js';
import type { PreventionPlan } from '../domain/prevention-plan.schema.js';
import { KizukiError } from '../errors/kizuki-error.js';
import { normalizeInlineText, toHalfWidth } from '../text/normalize-text.js';
import { isLineInScope, type CsvExclusion } from './care-plan-rows.js';
import type { CsvValues } from './csv-file-writer.js';
import { toCsvCode, toCsvDate } from './csv-values.js';
import { csvVersion } from './layout-types.js';
import { periodToCsvText } from './period-text.js';

/** The rows of one client's 介護予防 files. */
export interface PreventionRows {
  UPKIHON: CsvValues[];
  UPKIHON_SUB1: CsvValues[];
  UPKIHON_SUB2: CsvValues[];
  UPYOBO: CsvValues[];
  UPYOBO_SUB: CsvValues[];
}

/** 要支援状態区分 of 介護予防サービス・支援計画書: 1 要支援1, 2 要支援2, 3 地域支援事業 (事業対象者). */
export const supportLevelCodes: Partial<Record<CareLevel, string>> = { support_1: '1', support_2: '2', business_target: '3' };

/** Domain keys and CSV key prefixes of the four アセスメント領域. */
export const preventionDomainColumns = [
  ['movement', 'movement'],
  ['dailyLife', 'dailyLife'],
  ['socialParticipation', 'social'],
  ['healthManagement', 'health'],
] as const;

/** The six 基本チェックリスト domains, in CSV order. */
export const checklistDomainKeys = ['movement', 'nutrition', 'oral', 'housebound', 'cognition', 'depression'] as const;

const flag12 = (value: boolean | undefined) => (value === undefined ? '' : value ? '1' : '2');

/** 相談日, the key of 利用者基本情報: Kizuki keeps no 相談日, so the plan's first 作成日 stands in. */
export function consultationDate(plan: PreventionPlan): string {
  return toCsvDate(plan.firstPlanDate ?? plan.planDate);
}

function keys(client: Client): CsvValues {
  return { version: csvVersion, insurerNumber: client.insurerNumber, insuredNumber: client.insuredNumber };
}

function basicInfoRow(client: Client, plan: PreventionPlan, cert: Certification | undefined, checklist: BasicChecklist | undefined): CsvValues {
  const contacts = client.familyMembers
    .filter((m) => m.isEmergencyContact)
    .sort((a, b) => (a.emergencyPriority ?? 99) - (b.emergencyPriority ?? 99))
    .slice(0, 4);
  const contactCells: Record<string, string | undefined> = {};
  contacts.forEach((m, i) => {
    contactCells[`emergency${i + 1}Name`] = m.name;
    contactCells[`emergency${i + 1}Relationship`] = m.relationship;
    contactCells[`emergency${i + 1}Address`] = m.address;
    contactCells[`emergency${i + 1}Phone`] = m.phone;
  });
  const address = [client.address?.line1, client.address?.line2].filter(Boolean).join(' ');
  return {
    ...keys(client),
    consultedOn: consultationDate(plan),
    planKind: plan.planKind === 'prevention_support' ? '1' : plan.planKind === 'care_management' ? '2' : '',
    delegation: plan.delegated === undefined ? '' : plan.delegated ? '2' : '1',
    authorName: plan.careManagerName ?? plan.centerStaffName,
    nameKana: client.nameKana,
    name: client.name,
    sex: client.sex === 'male' ? '1' : client.sex === 'female' ? '2' : '',
    birthDate: toCsvDate(client.birthDate),
    address,
    phone: client.phone,
    careLevel: toCsvCode(careLevelTable, plan.careLevel ?? cert?.careLevel),
    validFrom: toCsvDate(plan.certificationValidFrom ?? cert?.validFrom),
    validTo: toCsvDate(plan.certificationValidTo ?? cert?.validTo),
    previousCareLevel: toCsvCode(careLevelTable, cert?.previousCareLevel),
    checklistDate: toCsvDate(checklist?.date),
    ...contactCells,
    consentDate: toCsvDate(plan.consent?.date),
    consentBy: plan.consent?.by,
  };
}

function planRow(client: Client, plan: PreventionPlan): CsvValues {
  const cells: Record<string, string | undefined> = {};
  for (const [domain, prefix] of preventionDomainColumns) {
    const d = plan.domains[domain];
    cells[`${prefix}Status`] = d?.currentStatus;
    cells[`${prefix}Intention`] = d?.intention;
    cells[`${prefix}HasIssue`] = flag12(d?.hasIssue);
    cells[`${prefix}Background`] = d?.issueBackground;
  }
  for (const key of checklistDomainKeys) {
    const count = plan.checklistCounts?.[key];
    cells[`${key}Count`] = count === undefined ? '' : String(count);
    cells[`${key}Program`] = flag12(plan.programNeeds?.[key]);
  }
  return {
    ...keys(client),
    planDate: toCsvDate(plan.planDate),
    planKind: plan.planKind === 'prevention_support' ? '1' : plan.planKind === 'care_management' ? '2' : '',
    delegation: plan.delegated === undefined ? '' : plan.delegated ? '2' : '1',
    serialNumber: plan.serialNumber,
    name: client.name,
    certifiedOn: toCsvDate(plan.certifiedOn),
    validFrom: toCsvDate(plan.certificationValidFrom),
    validTo: toCsvDate(plan.certificationValidTo),
    planCategory: planCategoryCode(plan.planCategories) ?? '',
    certificationStatus: toCsvCode(certificationStatusTable, plan.certificationStatus),
    supportLevel: plan.careLevel ? (supportLevelCodes[plan.careLevel] ?? '') : '',
    centerStaffName: plan.centerStaffName,
    careManagerName: plan.careManagerName,
    delegatedOfficeName: plan.delegatedOffice?.name,
    delegatedOfficeAddress: plan.delegatedOffice?.address,
    delegatedOfficePhone: plan.delegatedOffice?.phone,
    firstPlanDate: toCsvDate(plan.firstPlanDate),
    centerName: plan.centerName,
    targetDay: plan.targetLife?.day,
    targetYear: plan.targetLife?.year,
    ...cells,
    healthNotes: plan.healthNotes,
    policyWhenUnavailable: plan.policyWhenSupportUnavailable,
    overallPolicy: plan.overallPolicy,
    centerOpinion: plan.centerOpinion,
    consentDate: toCsvDate(plan.consent?.date),
    consentBy: plan.consent?.by,
  };
}

function checkNo(n: number, what: string): string {
  if (n > 99) throw new KizukiError('validation_failed', `${what}が99を超えるため標準仕様のCSVに書き出せません。`);
  return String(n);
}

/** 支援計画 rows: 課題 cells on the first row of each 課題 only, one 支援計画ＮＯ per support row. */
function supportRows(client: Client, plan: PreventionPlan, excluded: CsvExclusion[]): CsvValues[] {
  const rows: CsvValues[] = [];
  const base = { ...keys(client), planDate: toCsvDate(plan.planDate) };
  plan.issues.forEach((issue, i) => {
    const issueCells = { overallIssue: issue.overallIssue, proposal: issue.proposal, intention: issue.intention, goal: issue.goal };
    const inScope = issue.supportRows.filter((row) => {
      if (isLineInScope(row)) return true;
      excluded.push({ insuredNumber: client.insuredNumber, item: `支援計画「${row.formalService ?? row.supportPoints ?? ''}」（${row.serviceTypeName ?? row.serviceTypeCode ?? ''}）`, reason: '連携対象外のサービスです' });
      return false;
    });
    const issueNo = checkNo(i + 1, '課題ＮＯ');
    if (inScope.length === 0) rows.push({ ...base, issueNo, ...issueCells });
    inScope.forEach((row, j) => {
      const hasService = Boolean(row.serviceTypeName || row.serviceTypeCode || row.providerName || row.period);
      rows.push({
        ...base,
        issueNo,
        ...(j === 0 ? issueCells : {}),
        supportNo: checkNo(j + 1, '支援計画ＮＯ'),
        supportPoints: row.supportPoints,
        selfCare: row.selfCareAndInformal,
        formalService: row.formalService,
        serviceNo: hasService ? '1' : '',
        serviceTypeName: row.serviceTypeName ?? (row.serviceTypeCode ? findServiceType(row.serviceTypeCode)?.name : undefined),
        providerName: row.providerName,
        period: periodToCsvText(row.period),
      });
    });
  });
  return rows;
}

const courseCodes: Record<NonNullable<Diagnosis['status']>, string> = { treating: '01', observing: '02', cured: '03', other: '03' };

const sameName = (a: string | undefined, b: string | undefined) => Boolean(a && b && normalizeInlineText(a).replace(/\s/gu, '') === normalizeInlineText(b).replace(/\s/gu, ''));

/**
 * 別表2 現病歴・既往歴 from the assessment's 既往歴・主傷病: one row per diagnosis. 主治医フラグ is 1
 * where the diagnosis was made at the 主治医's institution (whose phone is then given), else 2.
 */
function historyRows(client: Client, plan: PreventionPlan, assessment: Assessment | undefined): CsvValues[] {
  const doctor = client.primaryDoctor;
  return (assessment?.items.health?.diagnoses ?? [])
    .filter((d) => d.name)
    .map((d) => {
      const atDoctor = sameName(d.institution, doctor?.institution);
      return {
        ...keys(client),
        consultedOn: consultationDate(plan),
        date: toCsvDate(d.onsetDate),
        disease: d.isPrimary ? `${d.name}（主傷病）` : d.name,
        institution: [d.institution, atDoctor ? doctor?.doctorName : undefined].filter(Boolean).join(' '),
        doctorFlag: d.institution ? (atDoctor ? '1' : '2') : '',
        phone: atDoctor ? doctor?.phone : undefined,
        course: d.status ? courseCodes[d.status] : '',
        treatment: [d.onsetDate ? undefined : d.onsetText, d.notes].filter(Boolean).join(' '),
      };
    });
}

/** A line of the 1日の過ごし方 that starts with a time of day: 6:00 起床, 7時30分 朝食 (full-width digits and spaces accepted). */
const timedLine = /^(\d{1,2}(?::\d{2}|時(?:\d{1,2}分|半)?))\s*(.*)$/u;

/**
 * 別表1 タイムスケジュール from the assessment's 生活リズム (1日の過ごし方): each line that starts with
 * a time becomes a row; lines without a time continue the row above.
 */
function scheduleRows(client: Client, plan: PreventionPlan, assessment: Assessment | undefined): CsvValues[] {
  const rows: Array<{ time: string; clientLife: string }> = [];
  for (const raw of (assessment?.items.dailyRhythm?.daySchedule ?? '').split(/\r?\n/u)) {
    const line = toHalfWidth(raw).trim();
    if (!line) continue;
    const m = timedLine.exec(line);
    const last = rows[rows.length - 1];
    if (m) rows.push({ time: m[1] ?? '', clientLife: m[2] ?? '' });
    else if (last) last.clientLife = last.clientLife ? `${last.clientLife}\n${line}` : line;
    else rows.push({ time: '', clientLife: line });
  }
  return rows.map((r) => ({ ...keys(client), consultedOn: consultationDate(plan), time: r.time, clientLife: r.clientLife, familyLife: '' }));
}

/**
 * The CSV rows of one client's 介護予防サービス・支援計画書 and 利用者基本情報, with 別表1
 * (タイムスケジュール) and 別表2 (現病歴・既往歴) taken from the latest assessment when there is one.
 */
export function preventionRows(
  client: Client,
  plan: PreventionPlan,
  cert: Certification | undefined,
  checklist: BasicChecklist | undefined,
  excluded: CsvExclusion[],
  assessment?: Assessment,
): PreventionRows {
  if (!plan.planDate) throw new KizukiError('validation_failed', `${client.name}さんの介護予防サービス・支援計画書に計画作成（変更）日がないため書き出せません。`);
  return {
    UPKIHON: [basicInfoRow(client, plan, cert, checklist)],
    UPKIHON_SUB1: scheduleRows(client, plan, assessment),
    UPKIHON_SUB2: historyRows(client, plan, assessment),
    UPYOBO: [planRow(client, plan)],
    UPYOBO_SUB: supportRows(client, plan, excluded),
  };
}
