import type { Certification } from '../domain/certification.schema.js';
import type { Client, FamilyMember } from '../domain/client.schema.js';
import { careLevelTable } from '../domain/codes/care-level.js';
import { certificationStatusTable, planCategoriesFromCode } from '../domain/codes/plan-codes.js';
import { serviceTypeFromText } from '../domain/codes/service-type-text.js';
import type { PreventionPlan } from '../domain/prevention-plan.schema.js';
import type { ReadWarning, SourceMap } from './care-plan-read.js';
import type { CsvRow } from './check-record.js';
import { compact, fromCsvCode, fromCsvDate, optionalText } from './csv-values.js';
import { periodFromCsvText } from './period-text.js';
import { checklistDomainKeys, preventionDomainColumns, supportLevelCodes } from './prevention-rows.js';

const flag12 = (value: string | undefined) => (value === '1' ? true : value === '2' ? false : undefined);

/** The client carried by a 利用者基本情報 row, with its 緊急連絡先 as family members. */
export function clientFromBasicInfo(id: string, row: CsvRow): Client {
  const v = row.values;
  const familyMembers: FamilyMember[] = [];
  for (let n = 1; n <= 4; n++) {
    const name = optionalText(v[`emergency${n}Name`]);
    if (!name) continue;
    familyMembers.push(
      compact({
        id: `fm-${n}`,
        name,
        relationship: optionalText(v[`emergency${n}Relationship`]),
        address: optionalText(v[`emergency${n}Address`]),
        phone: optionalText(v[`emergency${n}Phone`]),
        isEmergencyContact: true,
        emergencyPriority: familyMembers.length + 1,
      }),
    );
  }
  const line1 = optionalText(v.address);
  return compact({
    id,
    insurerNumber: v.insurerNumber ?? '',
    insuredNumber: v.insuredNumber ?? '',
    name: v.name ?? '',
    nameKana: v.nameKana ?? '',
    sex: v.sex === '1' ? ('male' as const) : v.sex === '2' ? ('female' as const) : undefined,
    birthDate: fromCsvDate(v.birthDate) ?? '',
    address: line1 ? { line1 } : undefined,
    phone: optionalText(v.phone),
    familyMembers,
  });
}

/** The certification of a 予防 client: level and validity from 利用者基本情報, the rest from the plan. */
export function preventionCertification(id: string, basic: CsvRow, plan: CsvRow | undefined): Certification {
  const b = basic.values;
  const p = plan?.values ?? {};
  const careLevel = fromCsvCode(careLevelTable, b.careLevel);
  return compact({
    id,
    status: fromCsvCode(certificationStatusTable, p.certificationStatus) ?? (careLevel && careLevel !== 'not_applicable' ? 'certified' : 'applying'),
    careLevel,
    previousCareLevel: fromCsvCode(careLevelTable, b.previousCareLevel),
    certifiedOn: fromCsvDate(p.certifiedOn),
    validFrom: fromCsvDate(b.validFrom || p.validFrom),
    validTo: fromCsvDate(b.validTo || p.validTo),
  });
}

const levelBySupportCode = new Map(Object.entries(supportLevelCodes).map(([level, code]) => [code, level as keyof typeof supportLevelCodes]));
function planFields(id: string, certificationId: string | undefined, row: CsvRow): PreventionPlan {
  const v = row.values;
  const domains: PreventionPlan['domains'] = {};
  for (const [domain, prefix] of preventionDomainColumns) {
    const d = compact({
      currentStatus: optionalText(v[`${prefix}Status`]),
      intention: optionalText(v[`${prefix}Intention`]),
      hasIssue: flag12(v[`${prefix}HasIssue`]),
      issueBackground: optionalText(v[`${prefix}Background`]),
    });
    if (Object.keys(d).length > 0) domains[domain] = d;
  }
  const counts: Record<string, number> = {};
  const programs: Record<string, boolean> = {};
  for (const key of checklistDomainKeys) {
    if (v[`${key}Count`]) counts[key] = Number(v[`${key}Count`]);
    const need = flag12(v[`${key}Program`]);
    if (need !== undefined) programs[key] = need;
  }
  const office = compact({ name: optionalText(v.delegatedOfficeName), address: optionalText(v.delegatedOfficeAddress), phone: optionalText(v.delegatedOfficePhone) });
  const target = compact({ day: optionalText(v.targetDay), year: optionalText(v.targetYear) });
  const consent = compact({ date: fromCsvDate(v.consentDate), by: optionalText(v.consentBy) });
  return compact({
    id,
    status: 'active' as const,
    planKind: v.planKind === '1' ? ('prevention_support' as const) : v.planKind === '2' ? ('care_management' as const) : undefined,
    delegated: v.delegation === '2' ? true : v.delegation === '1' ? false : undefined,
    serialNumber: optionalText(v.serialNumber),
    planDate: fromCsvDate(v.planDate),
    firstPlanDate: fromCsvDate(v.firstPlanDate),
    planCategories: (v.planCategory ? planCategoriesFromCode(v.planCategory) : undefined) ?? [],
    certificationStatus: fromCsvCode(certificationStatusTable, v.certificationStatus),
    careLevel: levelBySupportCode.get(v.supportLevel ?? ''),
    certificationId,
    certifiedOn: fromCsvDate(v.certifiedOn),
    certificationValidFrom: fromCsvDate(v.validFrom),
    certificationValidTo: fromCsvDate(v.validTo),
    centerStaffName: optionalText(v.centerStaffName),
    careManagerName: optionalText(v.careManagerName),
    delegatedOffice: Object.keys(office).length > 0 ? office : undefined,
    centerName: optionalText(v.centerName),
    targetLife: Object.keys(target).length > 0 ? target : undefined,
    domains,
    issues: [],
    healthNotes: optionalText(v.healthNotes),
    policyWhenSupportUnavailable: optionalText(v.policyWhenUnavailable),
    overallPolicy: optionalText(v.overallPolicy),
    checklistCounts: Object.keys(counts).length > 0 ? counts : undefined,
    programNeeds: Object.keys(programs).length > 0 ? programs : undefined,
    centerOpinion: optionalText(v.centerOpinion),
    consent: Object.keys(consent).length > 0 ? consent : undefined,
  });
}

function order(row: CsvRow): number {
  const n = (key: string) => Number(row.values[key] || 0);
  return n('issueNo') * 1_000_000 + n('supportNo') * 1_000 + n('serviceNo');
}

/**
 * A 介護予防サービス・支援計画書 from its UPYOBO row and UPYOBO_SUB rows. Blank 課題 cells after the
 * first row of a 課題ＮＯ mean "same as above"; a second 利用サービスＮＯ under one 支援計画 becomes a
 * support row of its own carrying only the service.
 */
export function preventionPlanFromRows(id: string, certificationId: string | undefined, row: CsvRow, subRows: readonly CsvRow[], warnings: ReadWarning[], sources: SourceMap, file: string, path: string): PreventionPlan {
  const plan = planFields(id, certificationId, row);
  let issueNo = '';
  let supportNo = '';
  for (const sub of [...subRows].sort((a, b) => order(a) - order(b))) {
    const v = sub.values;
    let issue = plan.issues[plan.issues.length - 1];
    if (!issue || v.issueNo !== issueNo) {
      issueNo = v.issueNo ?? '';
      supportNo = '';
      issue = compact({ id: `issue-${plan.issues.length + 1}`, overallIssue: optionalText(v.overallIssue), proposal: optionalText(v.proposal), intention: optionalText(v.intention), goal: optionalText(v.goal), supportRows: [] });
      plan.issues.push(issue);
      sources.set(`${path}.issues.${plan.issues.length - 1}`, { file, line: sub.line });
    }
    if (!v.supportNo) continue;
    const newSupport = v.supportNo !== supportNo;
    supportNo = v.supportNo;
    const { period, warning } = periodFromCsvText(v.period ?? '');
    if (warning) warnings.push({ line: sub.line, columnKey: 'period', message: warning });
    const typeName = optionalText(v.serviceTypeName);
    issue.supportRows.push(
      compact({
        id: `${issue.id}-support-${issue.supportRows.length + 1}`,
        supportPoints: newSupport ? optionalText(v.supportPoints) : undefined,
        selfCareAndInformal: newSupport ? optionalText(v.selfCare) : undefined,
        formalService: newSupport ? optionalText(v.formalService) : undefined,
        serviceTypeCode: serviceTypeFromText(typeName)?.code,
        serviceTypeName: typeName,
        providerName: optionalText(v.providerName),
        period,
      }),
    );
  }
  return plan;
}
