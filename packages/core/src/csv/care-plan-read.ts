import type { CarePlan } from '../domain/care-plan.schema.js';
import type { LongTermGoal, Need, ServiceLine, ShortTermGoal } from '../domain/care-plan-needs.schema.js';
import type { Certification } from '../domain/certification.schema.js';
import type { Client } from '../domain/client.schema.js';
import { careLevelTable, defaultBenefitLimitUnits } from '../domain/codes/care-level.js';
import { certificationStatusTable, livingSupportReasonTable, planCategoriesFromCode } from '../domain/codes/plan-codes.js';
import { serviceTypeFromText } from '../domain/codes/service-type-text.js';
import type { WeeklySchedule } from '../domain/weekly-schedule.schema.js';
import { emergencyHeading } from './care-plan-rows.js';
import type { CsvRow } from './check-record.js';
import { compact, fromCsvCode, fromCsvDate, fromCsvTime, optionalText } from './csv-values.js';
import { readIntentionColumn } from './intention-text.js';
import { periodFromCsvText } from './period-text.js';

/** A period warning found while reading, by the row and column it came from. */
export interface ReadWarning {
  line: number;
  columnKey: string;
  message: string;
}

/** Where each part of a built case file came from, for mapping validation errors back to rows. */
export type SourceMap = Map<string, { file: string; line: number }>;

/** The client (利用者基本情報) carried by a 利用者補足 row. */
export function clientFromSupplement(id: string, row: CsvRow): Client {
  const v = row.values;
  const address = compact({ postalCode: optionalText(v.postalCode), line1: optionalText(v.address1), line2: optionalText(v.address2) });
  return compact({
    id,
    insurerNumber: v.insurerNumber ?? '',
    insuredNumber: v.insuredNumber ?? '',
    name: v.name ?? '',
    nameKana: v.nameKana ?? '',
    sex: v.sex === '1' ? ('male' as const) : v.sex === '2' ? ('female' as const) : undefined,
    birthDate: fromCsvDate(v.birthDate) ?? '',
    address: Object.keys(address).length > 0 ? address : undefined,
    phone: optionalText(v.phone),
    familyMembers: [],
  });
}

/** The certification (要介護認定) carried by a 利用者補足 row, completed from 第1表. */
export function certificationFromRows(id: string, supplement: CsvRow, plan1: CsvRow): Certification {
  const s = supplement.values;
  const p = plan1.values;
  const careLevel = fromCsvCode(careLevelTable, s.careLevel || p.careLevel);
  const status = fromCsvCode(certificationStatusTable, s.certificationStatus || p.certificationStatus) ?? (careLevel ? 'certified' : 'applying');
  const limit = s.benefitLimitUnits ? Number(s.benefitLimitUnits) : undefined;
  return compact({
    id,
    status,
    careLevel,
    previousCareLevel: fromCsvCode(careLevelTable, s.previousCareLevel),
    certifiedOn: fromCsvDate(s.certifiedOn || p.certifiedOn),
    validFrom: fromCsvDate(s.limitFrom || p.validFrom),
    validTo: fromCsvDate(s.limitTo || p.validTo),
    // The standard amount of the level is what Kizuki assumes when none is recorded.
    benefitLimitUnits: limit !== undefined && careLevel && limit === defaultBenefitLimitUnits(careLevel) ? undefined : limit,
  });
}

/**
 * 緊急時の対応機関・連絡先 as vendors head it inside 総合的な援助の方針: Kizuki's 【緊急時の対応機関・連絡先】
 * line, or at the start of a line 緊急時連絡先：, 【緊急連絡先】, ＜緊急時の対応＞, ■緊急時: ….
 */
const emergencyLabel = /^\s*[【［[〈<＜《〔（(■◆●◇○※・]?\s*(?:緊急時の対応機関・連絡先|緊急時の対応機関|緊急時の連絡先|緊急時連絡先|緊急連絡先|緊急時の対応|緊急時対応|緊急時)\s*(?:[】］\]〉>＞》〕）)]\s*[：:]?|[：:])\s*/u;

function splitPolicy(text: string): { overallPolicy?: string; emergencyContactsNote?: string } {
  const lines = text.replace(/\r\n?/gu, '\n').split('\n');
  const own = lines.lastIndexOf(`【${emergencyHeading}】`);
  if (own >= 0) return compact({ overallPolicy: optionalText(lines.slice(0, own).join('\n')), emergencyContactsNote: optionalText(lines.slice(own + 1).join('\n')) });
  const at = lines.findIndex((line) => emergencyLabel.test(line));
  if (at < 0) return compact({ overallPolicy: optionalText(text) });
  const first = (lines[at] ?? '').replace(emergencyLabel, '');
  const note = [first, ...lines.slice(at + 1)].join('\n').trim();
  // A label with nothing after it is not a note: keep the text as the policy wrote it.
  if (note === '') return compact({ overallPolicy: optionalText(text) });
  return compact({ overallPolicy: optionalText(lines.slice(0, at).join('\n').trim()), emergencyContactsNote: note });
}

/** 第1表 fields of a plan (no needs or schedule yet). */
export function planFromPlan1(id: string, certificationId: string | undefined, row: CsvRow): CarePlan {
  const v = row.values;
  const reason = fromCsvCode(livingSupportReasonTable, v.livingSupportReason);
  const other = optionalText(v.livingSupportOther);
  return compact({
    id,
    status: 'active' as const,
    createdOn: fromCsvDate(v.createdOn),
    planDate: fromCsvDate(v.planDate),
    firstPlanDate: fromCsvDate(v.firstPlanDate),
    planCategories: (v.planCategory ? planCategoriesFromCode(v.planCategory) : undefined) ?? [],
    certificationStatus: fromCsvCode(certificationStatusTable, v.certificationStatus),
    certificationId,
    careLevel: fromCsvCode(careLevelTable, v.careLevel),
    certifiedOn: fromCsvDate(v.certifiedOn),
    certificationValidFrom: fromCsvDate(v.validFrom),
    certificationValidTo: fromCsvDate(v.validTo),
    authorName: optionalText(v.authorName),
    intentions: readIntentionColumn(v.intentions ?? ''),
    committeeOpinion: optionalText(v.committeeOpinion),
    ...splitPolicy(v.overallPolicy ?? ''),
    livingSupportReason: reason || other ? compact({ reason, otherText: other }) : undefined,
    needs: [],
    individualServicePlans: [],
  });
}

function period(row: CsvRow, key: string, warnings: ReadWarning[]) {
  const { period: value, warning } = periodFromCsvText(row.values[key] ?? '');
  if (warning) warnings.push({ line: row.line, columnKey: key, message: warning });
  return value;
}

function lineFrom(id: string, row: CsvRow, warnings: ReadWarning[]): ServiceLine {
  const v = row.values;
  const insured = v.insured === 'Y' ? true : v.insured === 'N' ? false : undefined;
  const typeName = optionalText(v.serviceTypeName);
  const type = serviceTypeFromText(typeName);
  // 保険対象区分 left blank: a line naming a service type of the insurance is an insured service.
  const kind = (insured ?? type !== undefined) ? ('insured' as const) : ('informal' as const);
  return compact({
    id,
    kind,
    content: optionalText(v.content),
    insured,
    serviceTypeCode: type?.code,
    serviceTypeName: typeName,
    providerOfficeNumber: optionalText(v.providerOfficeNumber),
    providerName: optionalText(v.providerName),
    frequency: optionalText(v.frequency),
    period: period(row, 'period', warnings),
  });
}

const lineColumns = ['lineNo', 'content', 'insured', 'serviceTypeName', 'providerOfficeNumber', 'providerName', 'frequency', 'period'];
const hasLine = (v: CsvRow['values']) => lineColumns.some((k) => (v[k] ?? '') !== '');

/**
 * The 課題 → 長期目標 → 短期目標 → 援助内容 tree of 第2表 rows (sorted as printed). Vendors write
 * continuation rows in several ways, all read as "same as above" (標準仕様: either form is allowed):
 * a 課題 or 目標 printed once and left blank below, or repeated in full on every row; 援助目標NO kept,
 * renumbered on every row, or left blank on the rows that continue a goal.
 */
export function needsFromPlan2(rows: readonly CsvRow[], warnings: ReadWarning[], sources: SourceMap, file: string, path: string): Need[] {
  const needs: Need[] = [];
  let need: Need | undefined;
  let needNo = '';
  let ltg: LongTermGoal | undefined;
  let ltgKey = '';
  let stg: ShortTermGoal | undefined;
  let stgKey = '';
  for (const { row, goal } of printOrder(rows)) {
    const v = row.values;
    // 課題NO names the need: two needs may well be worded alike.
    if (!need || v.needNo !== needNo) {
      need = compact({ id: `need-${needs.length + 1}`, text: optionalText(v.need), assessmentItems: [], longTermGoals: [] });
      needs.push(need);
      sources.set(`${path}.needs.${needs.length - 1}`, { file, line: row.line });
      ltg = undefined;
      stg = undefined;
    } else if (!need.text && optionalText(v.need)) need.text = v.need;
    needNo = v.needNo ?? '';
    if (!goal) continue;
    // A 目標 left blank, or written again as above, continues the one above; only new text starts another.
    const longKey = goalKey(v.longTermGoal, v.longTermPeriod);
    if (!ltg || (longKey !== '' && longKey !== ltgKey)) {
      ltg = compact({ id: `${need.id}-ltg-${need.longTermGoals.length + 1}`, text: optionalText(v.longTermGoal), period: period(row, 'longTermPeriod', warnings), shortTermGoals: [] });
      need.longTermGoals.push(ltg);
      ltgKey = longKey;
      stg = undefined;
    }
    const shortKey = goalKey(v.shortTermGoal, v.shortTermPeriod);
    if (!stg || (shortKey !== '' && shortKey !== stgKey)) {
      const hasGoal = shortKey !== '' || hasLine(v);
      stg = hasGoal ? compact({ id: `${ltg.id}-stg-${ltg.shortTermGoals.length + 1}`, text: optionalText(v.shortTermGoal), period: period(row, 'shortTermPeriod', warnings), serviceLines: [] }) : undefined;
      if (stg) ltg.shortTermGoals.push(stg);
      stgKey = shortKey;
    }
    if (stg && hasLine(v)) stg.serviceLines.push(lineFrom(`${stg.id}-line-${stg.serviceLines.length + 1}`, row, warnings));
  }
  return needs;
}

/** A goal's text and period as one key; '' when both are blank. */
function goalKey(text: string | undefined, period: string | undefined): string {
  const t = text?.trim() ?? '';
  const p = period?.trim() ?? '';
  return t === '' && p === '' ? '' : `${t}\u0000${p}`;
}

/**
 * Rows in printed order: by 課題NO, 援助目標NO and 援助内容NO, file order breaking ties. A row that
 * leaves 援助目標NO blank continues the goal of the row above it in the file (same 課題NO).
 */
function printOrder(rows: readonly CsvRow[]): { row: CsvRow; goal: string }[] {
  let lastNeed = '';
  let lastGoal = '';
  const filled = rows.map((row, index) => {
    const v = row.values;
    if (v.needNo !== lastNeed) lastGoal = '';
    lastNeed = v.needNo ?? '';
    const written = v.goalNo ?? '';
    // Only a row that carries a goal or a line continues the goal above; a bare 課題 row starts none.
    const goal = written !== '' ? written : hasLine(v) || optionalText(v.shortTermGoal) ? lastGoal : '';
    if (goal !== '') lastGoal = goal;
    return { row, goal, index };
  });
  const n = (value: string | undefined) => Number(value || 0);
  return filled
    .sort((a, b) => n(a.row.values.needNo) - n(b.row.values.needNo) || n(a.goal) - n(b.goal) || n(a.row.values.lineNo) - n(b.row.values.lineNo) || a.index - b.index)
    .map(({ row, goal }) => ({ row, goal }));
}

/** 第3表 from its rows, or undefined when there are none. */
export function scheduleFromPlan3(rows: readonly CsvRow[]): WeeklySchedule | undefined {
  if (rows.length === 0) return undefined;
  const createdOn = fromCsvDate(rows.find((r) => r.values.createdOn)?.values.createdOn);
  const schedule: WeeklySchedule = compact({ createdOn, entries: [], dailyActivities: [], nonWeeklyServices: undefined });
  const nonWeekly: string[] = [];
  rows.forEach((row) => {
    const v = row.values;
    if (v.content || v.day || v.start || v.end) {
      schedule.entries.push(compact({ id: `wk-${schedule.entries.length + 1}`, day: Number(v.day || 0), start: fromCsvTime(v.start), end: fromCsvTime(v.end), content: optionalText(v.content) }));
    }
    if (v.activity || v.activityStart || v.activityEnd) {
      schedule.dailyActivities.push(compact({ id: `da-${schedule.dailyActivities.length + 1}`, start: fromCsvTime(v.activityStart), end: fromCsvTime(v.activityEnd), content: optionalText(v.activity) }));
    }
    if (optionalText(v.nonWeekly)) nonWeekly.push(v.nonWeekly ?? '');
  });
  if (nonWeekly.length > 0) schedule.nonWeeklyServices = nonWeekly.join('\n');
  return schedule;
}
