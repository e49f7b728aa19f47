import { livingSupportLines } from '../audit/rules/plan-content/livelihood-reason-missing.rule.js';
import { excerpt } from '../audit/text/excerpt.js';
import { daysInMonth, formatIsoDate, type IsoDate } from '../dates/iso-date.js';
import type { CarePlan } from '../domain/care-plan.schema.js';
import { careLevelTable } from '../domain/codes/care-level.js';
import { livingSupportReasonTable } from '../domain/codes/plan-codes.js';
import type { CaseFile } from '../domain/document-bodies.js';
import type { ServiceUsage, ServiceUsageLine } from '../domain/service-usage.schema.js';
import { parseMonth, shiftMonth } from '../usage/month-calendar.js';
import { certificationForUsage } from '../usage/usage-certification.js';
import { calculateUsageSheet, serviceTypeOf } from '../usage/usage-sheet.js';
import { effectiveBenefitLimitUnits } from '../domain/certification.schema.js';
import { municipalNotificationRules } from './office-rules.js';

/**
 * 市町村への届出 (省令38号 第13条第十八号の二・第十八号の三), counted from each client's サービス利用票
 * (第6表) of the month, never from the plan's free text: a client without the month's 利用票 is
 * listed as such, not guessed.
 */

type NotifiedLevel = keyof typeof municipalNotificationRules.livingSupportCounts.value;

/** A 利用票 row counted as 生活援助中心型. */
export interface LivingSupportUsageLine {
  serviceCode: string;
  serviceName: string;
  providerName: string;
  /** 予定: planned days × times a day */
  planned: number;
  /** 実績: provided days × times a day */
  actual: number;
}

/** One client whose month's 利用票 places 生活援助中心型 訪問介護. */
export interface LivingSupportNotification {
  clientId: string;
  name: string;
  /** 要介護状態区分 of the certification the 利用票 uses (undefined: none known) */
  careLevel?: string;
  /** 告示の回数 for the level (undefined for 要支援 or an unknown level: not judged) */
  threshold?: number;
  /** 生活援助中心型 visits planned in the month (予定) */
  planned: number;
  /** visits provided (実績) as recorded so far */
  actual: number;
  /** planned reaches the 告示の回数: the plan must be sent to the municipality with its reason */
  mustNotify: boolean;
  lines: LivingSupportUsageLine[];
  /** The plan the 利用票 carries out (named by it, else the latest one made by the month's end) */
  planId?: string;
  planDate?: IsoDate;
  /** 第1表 生活援助中心型の算定理由 as recorded, undefined when absent */
  reason?: string;
  /** 第2表 lines of the plan centred on 生活援助 (shown only; the count comes from the 利用票) */
  planLines: string[];
}

/** A supported 要介護 client without a 利用票 for the month: no count can be made. */
export interface NotificationWithoutUsage {
  clientId: string;
  name: string;
  careLevel?: string;
  /** 第2表 lines of the latest plan centred on 生活援助 */
  planLines: string[];
}

/** 第十八号の三: the office's plans of the month against 区分支給限度基準額, and 訪問介護's part. */
export interface OfficeShare {
  /** false before 令和3年10月 (the rule did not exist) */
  applies: boolean;
  /** 利用票 counted: those of 要介護 clients with a known 区分支給限度基準額 */
  plans: number;
  limitUnits: number;
  /** サービス費: units of the services counted against the limit, within the limit */
  serviceUnits: number;
  /** of which 訪問介護 */
  homeCareUnits: number;
  /** serviceUnits / limitUnits, undefined with no plan */
  limitShare?: number;
  /** homeCareUnits / serviceUnits, undefined with no service */
  homeCareShare?: number;
  meetsLimitShare: boolean;
  meetsHomeCareShare: boolean;
  /** both: the office must send the plans when the municipality asks */
  notifyOnRequest: boolean;
}

export interface MunicipalNotificationReport {
  month: string;
  /** 届出の期限 for plans of this month: the end of the next month */
  deadline: IsoDate;
  /** clients whose 利用票 places 生活援助中心型, those to notify first */
  livingSupport: LivingSupportNotification[];
  withoutUsage: NotificationWithoutUsage[];
  /** 訪問介護 rows without a サービス内容 name: they cannot be told 生活援助 or not */
  unnamedHomeCareLines: number;
  officeShare: OfficeShare;
}

/** The 告示の回数 (生活援助中心型, per month) of a 要介護状態区分, undefined when none applies. */
export function livingSupportThreshold(careLevel: string | undefined): number | undefined {
  const counts: Partial<Record<string, number>> = municipalNotificationRules.livingSupportCounts.value;
  return careLevel === undefined ? undefined : counts[careLevel as NotifiedLevel];
}

/** Whether a 利用票 row is 生活援助中心型 訪問介護 (by its サービス種類 and the code's name). */
export function isLivingSupportUsageLine(line: Pick<ServiceUsageLine, 'serviceCode' | 'serviceName'>): boolean {
  if (serviceTypeOf(line.serviceCode) !== municipalNotificationRules.livingSupportServiceType.value) return false;
  const name = (line.serviceName ?? '').normalize('NFKC').replace(/\s/gu, '');
  return name.startsWith(municipalNotificationRules.livingSupportNamePrefix.value);
}

/** 届出の期限 for a month's plans: the last day of the following month. */
export function notificationDeadline(month: string): IsoDate {
  const next = parseMonth(shiftMonth(month, municipalNotificationRules.deadlineMonthsAfter.value));
  if (!next) throw new RangeError(`Not a YYYY-MM month: ${month}`);
  return formatIsoDate({ ...next, day: daysInMonth(next.year, next.month) });
}

/** a/b ≥ numerator/denominator, in integers (69.99…% is not 70%). */
function reaches(part: number, whole: number, ratio: { numerator: number; denominator: number }): boolean {
  return whole > 0 && part * ratio.denominator >= whole * ratio.numerator;
}

const madeOn = (p: CarePlan) => p.planDate ?? p.consent?.date ?? p.createdOn;

function planFor(file: CaseFile, usage: ServiceUsage | undefined, monthEnd: IsoDate): CarePlan | undefined {
  const named = usage?.carePlanId ? file.carePlans.find((p) => p.id === usage.carePlanId) : undefined;
  if (named) return named;
  return file.carePlans
    .filter((p) => p.status !== 'draft' && (madeOn(p) ?? '9999') <= monthEnd)
    .sort((a, b) => ((madeOn(a) ?? '') < (madeOn(b) ?? '') ? -1 : 1))
    .at(-1);
}

function reasonOf(plan: CarePlan | undefined): string | undefined {
  const recorded = plan?.livingSupportReason;
  if (!recorded || (recorded.reason === undefined && recorded.otherText === undefined)) return undefined;
  return [recorded.reason ? livingSupportReasonTable[recorded.reason].label : undefined, recorded.otherText].filter(Boolean).join('：');
}

function planLinesOf(plan: CarePlan | undefined): string[] {
  return plan ? livingSupportLines(plan).map((ref) => `${ref.label}「${excerpt(ref.line.content ?? '', 40)}」`) : [];
}

const times = (days: readonly number[], perDay: number | undefined) => days.length * (perDay ?? 1);

/**
 * The month's 届出: each client whose 利用票 places 生活援助中心型 訪問介護 (予定の回数 vs 告示の回数
 * of the 要介護度 of the certification the 利用票 uses), the supported 要介護 clients without a
 * 利用票, and the office's 区分支給限度基準額 / 訪問介護 shares over the month's 利用票.
 */
export function municipalNotifications(caseFiles: readonly CaseFile[], month: string): MunicipalNotificationReport {
  const parts = parseMonth(month);
  if (!parts) throw new RangeError(`Not a YYYY-MM month: ${month}`);
  const monthStart = formatIsoDate({ ...parts, day: 1 });
  const monthEnd = formatIsoDate({ ...parts, day: daysInMonth(parts.year, parts.month) });
  const livingSupport: LivingSupportNotification[] = [];
  const withoutUsage: NotificationWithoutUsage[] = [];
  let unnamedHomeCareLines = 0;
  const share = { plans: 0, limitUnits: 0, serviceUnits: 0, homeCareUnits: 0 };

  for (const file of caseFiles) {
    const { client } = file;
    if ((client.endedOn !== undefined && client.endedOn < monthStart) || (client.startedOn !== undefined && client.startedOn > monthEnd)) continue;
    const usage = file.serviceUsages.filter((u) => u.month === month).sort((a, b) => ((a.createdOn ?? '') < (b.createdOn ?? '') ? -1 : 1)).at(-1);
    const cert = certificationForUsage(file.certifications, usage ?? { month });
    const level = cert?.careLevel;
    const levelLabel = level ? careLevelTable[level].label : undefined;
    const threshold = livingSupportThreshold(level);
    const plan = planFor(file, usage, monthEnd);
    if (!usage) {
      if (threshold !== undefined) withoutUsage.push({ clientId: client.id, name: client.name, ...(levelLabel ? { careLevel: levelLabel } : {}), planLines: planLinesOf(plan) });
      continue;
    }
    const homeCare = usage.lines.filter((l) => serviceTypeOf(l.serviceCode) === municipalNotificationRules.livingSupportServiceType.value);
    unnamedHomeCareLines += homeCare.filter((l) => (l.serviceName ?? '').trim() === '').length;
    const lines = homeCare.filter(isLivingSupportUsageLine).map((l) => ({
      serviceCode: l.serviceCode,
      serviceName: l.serviceName ?? '',
      providerName: l.providerName ?? '',
      planned: times(l.plannedDays, l.timesPerDay),
      actual: times(l.actualDays, l.timesPerDay),
    }));
    if (lines.length > 0) {
      const planned = lines.reduce((sum, l) => sum + l.planned, 0);
      const reason = reasonOf(plan);
      livingSupport.push({
        clientId: client.id,
        name: client.name,
        ...(levelLabel ? { careLevel: levelLabel } : {}),
        ...(threshold !== undefined ? { threshold } : {}),
        planned,
        actual: lines.reduce((sum, l) => sum + l.actual, 0),
        mustNotify: threshold !== undefined && planned >= threshold,
        lines,
        ...(plan ? { planId: plan.id } : {}),
        ...(plan && madeOn(plan) ? { planDate: madeOn(plan) } : {}),
        ...(reason ? { reason } : {}),
        planLines: planLinesOf(plan),
      });
    }
    // 第十八号の三 covers 居宅サービス計画 (要介護) with a known limit.
    const limitUnits = cert && threshold !== undefined ? effectiveBenefitLimitUnits(cert) : undefined;
    if (limitUnits === undefined) continue;
    const sheet = calculateUsageSheet(usage, { limitUnits });
    const counted = sheet.lines.filter((l) => !l.outsideLimit);
    share.plans += 1;
    share.limitUnits += limitUnits;
    share.serviceUnits += counted.reduce((sum, l) => sum + l.withinLimitUnits, 0);
    share.homeCareUnits += counted.filter((l) => l.serviceTypeCode === municipalNotificationRules.livingSupportServiceType.value).reduce((sum, l) => sum + l.withinLimitUnits, 0);
  }

  const { limitShare, homeCareShare, officeShareFrom } = municipalNotificationRules;
  const meetsLimitShare = reaches(share.serviceUnits, share.limitUnits, limitShare.value);
  const meetsHomeCareShare = reaches(share.homeCareUnits, share.serviceUnits, homeCareShare.value);
  const applies = month >= officeShareFrom.value;
  livingSupport.sort((a, b) => Number(b.mustNotify) - Number(a.mustNotify) || b.planned - a.planned || a.name.localeCompare(b.name, 'ja'));
  return {
    month,
    deadline: notificationDeadline(month),
    livingSupport,
    withoutUsage,
    unnamedHomeCareLines,
    officeShare: {
      applies,
      ...share,
      ...(share.limitUnits > 0 ? { limitShare: share.serviceUnits / share.limitUnits } : {}),
      ...(share.serviceUnits > 0 ? { homeCareShare: share.homeCareUnits / share.serviceUnits } : {}),
      meetsLimitShare,
      meetsHomeCareShare,
      notifyOnRequest: applies && meetsLimitShare && meetsHomeCareShare,
    },
  };
}
