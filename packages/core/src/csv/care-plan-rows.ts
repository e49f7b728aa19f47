import type { CarePlan } from '../domain/care-plan.schema.js';
import type { LongTermGoal, Need, ServiceLine, ShortTermGoal } from '../domain/care-plan-needs.schema.js';
import { effectiveBenefitLimitUnits, type Certification } from '../domain/certification.schema.js';
import type { Client } from '../domain/client.schema.js';
import { careLevelTable } from '../domain/codes/care-level.js';
import { certificationStatusTable, livingSupportReasonTable, planCategoryCode } from '../domain/codes/plan-codes.js';
import { findServiceType } from '../domain/codes/service-types.js';
import { KizukiError } from '../errors/kizuki-error.js';
import type { CsvValues } from './csv-file-writer.js';
import { joinSections, toCsvCode, toCsvDate, toCsvTime } from './csv-values.js';
import { csvVersion } from './layout-types.js';
import { periodToCsvText } from './period-text.js';

/** Headings that pack the 意向 and 課題分析の結果 into the one column of 第1表. */
export const intentionHeadings = { client: '本人の意向', family: '家族の意向', analysisResult: '課題分析の結果' } as const;
/** Heading of the 緊急時の対応機関・連絡先 appended to 総合的な援助の方針. */
export const emergencyHeading = '緊急時の対応機関・連絡先';

/** The sending office as printed on 第1表. */
export interface CsvSenderOffice {
  officeNumber: string;
  serviceType: string;
  name?: string;
  postalCode?: string;
  address1?: string;
  address2?: string;
}

/** A line left out of the export, and why. */
export interface CsvExclusion {
  insuredNumber: string;
  item: string;
  reason: string;
}

/** The rows of one client's plan for 利用者補足, 第1表, 第2表 and 第3表. */
export interface CarePlanRows {
  UPHOSOKU: CsvValues[];
  UP1KYO: CsvValues[];
  UP2KYO: CsvValues[];
  UP3KYO: CsvValues[];
}

/** True when a service line may be sent: informal support, or a service type within the standard (連携対象). */
export function isLineInScope(line: Pick<ServiceLine, 'serviceTypeCode'>): boolean {
  if (!line.serviceTypeCode) return true;
  return findServiceType(line.serviceTypeCode)?.csvLinked ?? true;
}

function keys(client: Client): CsvValues {
  return { version: csvVersion, insurerNumber: client.insurerNumber, insuredNumber: client.insuredNumber };
}

function sexCode(client: Client): string {
  return client.sex === 'male' ? '1' : client.sex === 'female' ? '2' : '';
}

/**
 * 利用者補足 (UPHOSOKU) of a client: 利用者・認定 fields keyed by `planDate` (YYYY-MM-DD of 第1表, or
 * the CSV's 00000000 when it goes with 第6表) and 対象年月 000000 (第1表); the 第6表 unit overrides
 * 対象年月 and the 限度超・短期入所 fields.
 */
export function supplementRow(client: Client, planDate: string | undefined, cert: Certification | undefined, sender: CsvSenderOffice): CsvValues {
  const limit = cert ? effectiveBenefitLimitUnits(cert) : undefined;
  return {
    ...keys(client),
    planDate: planDate === '00000000' ? planDate : toCsvDate(planDate),
    nameKana: client.nameKana,
    name: client.name,
    sex: sexCode(client),
    birthDate: toCsvDate(client.birthDate),
    postalCode: client.address?.postalCode,
    address1: client.address?.line1,
    address2: client.address?.line2,
    phone: client.phone,
    certifiedOn: toCsvDate(cert?.certifiedOn),
    limitFrom: toCsvDate(cert?.validFrom),
    limitTo: toCsvDate(cert?.validTo),
    certificationStatus: toCsvCode(certificationStatusTable, cert?.status),
    careLevel: toCsvCode(careLevelTable, cert?.careLevel),
    benefitLimitUnits: limit === undefined ? '' : String(limit),
    previousCareLevel: toCsvCode(careLevelTable, cert?.previousCareLevel),
    consentOffice: sender.officeNumber,
    updaterCode: sender.officeNumber,
    targetMonth: '000000',
  };
}

/**
 * 意向 and 課題分析の結果 in one column, each part under its 【見出し】 line; text that was never
 * attributed to a part (read from another software) goes first, bare, as it was written.
 */
function intentionsText(plan: CarePlan): string {
  const i = plan.intentions;
  if (!i) return '';
  const sections = joinSections([
    [intentionHeadings.client, i.client],
    [intentionHeadings.family, i.family],
    [intentionHeadings.analysisResult, i.analysisResult],
  ]);
  return [i.unattributed, sections].filter((part) => part !== undefined && part !== '').join('\n');
}

function plan1Row(client: Client, plan: CarePlan, sender: CsvSenderOffice): CsvValues {
  return {
    ...keys(client),
    createdOn: toCsvDate(plan.createdOn),
    postalCode: client.address?.postalCode,
    address1: client.address?.line1,
    address2: client.address?.line2,
    authorName: plan.authorName,
    officeName: sender.name,
    officePostalCode: sender.postalCode,
    officeAddress1: sender.address1,
    officeAddress2: sender.address2,
    officeNumber: sender.officeNumber,
    planDate: toCsvDate(plan.planDate),
    firstPlanDate: toCsvDate(plan.firstPlanDate),
    planCategory: planCategoryCode(plan.planCategories) ?? '',
    certificationStatus: toCsvCode(certificationStatusTable, plan.certificationStatus),
    certifiedOn: toCsvDate(plan.certifiedOn),
    validFrom: toCsvDate(plan.certificationValidFrom),
    validTo: toCsvDate(plan.certificationValidTo),
    careLevel: toCsvCode(careLevelTable, plan.careLevel),
    intentions: intentionsText(plan),
    committeeOpinion: plan.committeeOpinion,
    overallPolicy: [plan.overallPolicy, plan.emergencyContactsNote ? joinSections([[emergencyHeading, plan.emergencyContactsNote]]) : undefined].filter(Boolean).join('\n'),
    livingSupportReason: toCsvCode(livingSupportReasonTable, plan.livingSupportReason?.reason),
    livingSupportOther: plan.livingSupportReason?.otherText,
    updaterCode: sender.officeNumber,
  };
}

function checkNo(n: number, what: string): string {
  if (n > 99) throw new KizukiError('validation_failed', `${what}が99を超えるため標準仕様のCSVに書き出せません。`);
  return String(n);
}

function insuredFlag(line: ServiceLine): string {
  if (line.insured !== undefined) return line.insured ? 'Y' : 'N';
  return line.kind === 'insured' ? 'Y' : 'N';
}

function lineCells(line: ServiceLine, index: number): CsvValues {
  return {
    lineNo: checkNo(index + 1, '援助内容ＮＯ'),
    content: line.content,
    insured: insuredFlag(line),
    serviceTypeName: line.serviceTypeName ?? (line.serviceTypeCode ? findServiceType(line.serviceTypeCode)?.name : undefined),
    providerOfficeNumber: line.providerOfficeNumber,
    providerName: line.providerName,
    frequency: line.frequency,
    period: periodToCsvText(line.period),
  };
}

/**
 * 第2表 rows as the form prints them (帳票出力イメージ): one row per 援助内容, 課題 and 目標 written
 * on their first row only. 援助目標ＮＯ numbers each (長期目標, 短期目標) pair within a 課題.
 */
function plan2Rows(client: Client, plan: CarePlan, sender: CsvSenderOffice, excluded: CsvExclusion[]): CsvValues[] {
  const rows: CsvValues[] = [];
  const base = { ...keys(client), createdOn: toCsvDate(plan.createdOn), planDate: toCsvDate(plan.planDate), updaterCode: sender.officeNumber };
  plan.needs.forEach((need: Need, needIndex) => {
    const needNo = checkNo(needIndex + 1, '課題ＮＯ');
    let needPrinted = false;
    const push = (row: CsvValues) => {
      rows.push({ ...base, needNo, ...(needPrinted ? {} : { need: need.text }), ...row });
      needPrinted = true;
    };
    let goalNo = 0;
    if (need.longTermGoals.length === 0) push({});
    need.longTermGoals.forEach((ltg: LongTermGoal) => {
      let ltgPrinted = false;
      const pushGoal = (row: CsvValues) => {
        push({ ...(ltgPrinted ? {} : { longTermGoal: ltg.text, longTermPeriod: periodToCsvText(ltg.period) }), ...row });
        ltgPrinted = true;
      };
      const pairs: Array<ShortTermGoal | undefined> = ltg.shortTermGoals.length > 0 ? ltg.shortTermGoals : [undefined];
      for (const stg of pairs) {
        goalNo += 1;
        const no = checkNo(goalNo, '援助目標ＮＯ');
        const goalCells = stg ? { shortTermGoal: stg.text, shortTermPeriod: periodToCsvText(stg.period) } : {};
        const lines = (stg?.serviceLines ?? []).filter((line) => {
          if (isLineInScope(line)) return true;
          excluded.push({ insuredNumber: client.insuredNumber, item: `第2表「${line.content ?? ''}」（${line.serviceTypeName ?? line.serviceTypeCode ?? ''}）`, reason: '連携対象外のサービスです' });
          return false;
        });
        if (lines.length === 0) pushGoal({ goalNo: no, ...goalCells });
        lines.forEach((line, lineIndex) => pushGoal({ goalNo: no, ...(lineIndex === 0 ? goalCells : {}), ...lineCells(line, lineIndex) }));
      }
    });
  });
  return rows;
}

/** 第3表 rows: one per weekly slot, one per daily activity, then 週単位以外のサービス. */
function plan3Rows(client: Client, plan: CarePlan): CsvValues[] {
  const schedule = plan.weeklySchedule;
  if (!schedule) return [];
  const base = { ...keys(client), createdOn: toCsvDate(schedule.createdOn), planDate: toCsvDate(plan.planDate) };
  const rows: CsvValues[] = [
    ...schedule.entries.map((e) => ({ ...base, content: e.content, day: String(e.day), start: toCsvTime(e.start), end: toCsvTime(e.end) })),
    ...schedule.dailyActivities.map((a) => ({ ...base, activity: a.content, activityStart: toCsvTime(a.start), activityEnd: toCsvTime(a.end) })),
  ];
  if (schedule.nonWeeklyServices) rows.push({ ...base, nonWeekly: schedule.nonWeeklyServices });
  // A schedule with nothing in it still says when it was made.
  if (rows.length === 0) rows.push(base);
  return rows;
}

/**
 * The CSV rows of one client's 居宅サービス計画 (利用者補足, 第1表, 第2表, 第3表). Service lines outside
 * the standard's scope (特定福祉用具販売, 住宅改修 …) are left out and listed in `excluded`.
 * Throws KizukiError('validation_failed') when the plan has no 作成（変更）日, the key of every file.
 */
export function carePlanRows(client: Client, plan: CarePlan, cert: Certification | undefined, sender: CsvSenderOffice, excluded: CsvExclusion[]): CarePlanRows {
  if (!plan.planDate) throw new KizukiError('validation_failed', `${client.name}さんの計画に居宅サービス計画作成（変更）日がないため書き出せません。`);
  return {
    UPHOSOKU: [supplementRow(client, plan.planDate, cert, sender)],
    UP1KYO: [plan1Row(client, plan, sender)],
    UP2KYO: plan2Rows(client, plan, sender, excluded),
    UP3KYO: plan3Rows(client, plan),
  };
}
