import type { CaseFile } from '../domain/document-bodies.js';
import type { CareLevel } from '../domain/codes/care-level.js';
import { currentCertification } from '../domain/current-certification.js';
import { endOfMonth, type IsoDate } from '../dates/iso-date.js';
import { caseloadRules, fullTimeHoursFloor, type BillingType } from './office-rules.js';
import type { OfficeProfile, StaffMember } from './office-records.schema.js';

/** A staff member as kept (the record id and its body). */
export interface StaffEntry {
  id: string;
  body: StaffMember;
}

/** The month `YYYY-MM` as its first and last day. */
export function monthBounds(month: string): { start: IsoDate; end: IsoDate } {
  const start = `${month}-01`;
  return { start, end: endOfMonth(start) };
}

/** Whether a staff member is on the staff for the whole month. */
export function employedThroughMonth(staff: StaffMember, month: string): boolean {
  const { start, end } = monthBounds(month);
  return staff.hiredOn <= start && (staff.leftOn === undefined || staff.leftOn >= end);
}

/** Care managers (主任 included): those who keep clients. */
export function isCareManager(staff: StaffMember): boolean {
  return staff.qualification === 'chief_care_manager' || staff.qualification === 'care_manager';
}

/** 常勤換算: 1 for 常勤, else weekly hours over the office's 常勤 hours (never under the floor), at most 1. */
export function fullTimeEquivalent(staff: StaffMember, fullTimeWeeklyHours: number): number {
  if (staff.employment === 'full_time') return 1;
  return Math.min(1, staff.weeklyHours / Math.max(fullTimeWeeklyHours, fullTimeHoursFloor.value));
}

const careLevelsOfCare: readonly CareLevel[] = ['care_1', 'care_2', 'care_3', 'care_4', 'care_5'];
const careLevelsOfPrevention: readonly CareLevel[] = ['support_1', 'support_2', 'business_target'];

/** A client the office supports in a month, and how it counts. */
export interface CaseloadClient {
  clientId: string;
  name: string;
  careManagerUserId?: string;
  careLevel: CareLevel;
  /** 居宅介護支援 (要介護) or 介護予防支援 (要支援・事業対象者) */
  kind: 'care' | 'prevention';
}

/**
 * The clients counted in a month: supported on its last day (started by then, not ended before
 * it began) with a certification in force on that day. 入院中 clients stay counted (the office still
 * keeps them); a client with no 認定 in force is not counted.
 */
export function clientsOfMonth(caseFiles: readonly CaseFile[], month: string): CaseloadClient[] {
  const { start, end } = monthBounds(month);
  const clients: CaseloadClient[] = [];
  for (const { client, certifications } of caseFiles) {
    if (client.startedOn !== undefined && client.startedOn > end) continue;
    if (client.endedOn !== undefined && client.endedOn < start) continue;
    if (client.status === 'ended' && client.endedOn === undefined) continue;
    const level = currentCertification(certifications, end);
    if (!level?.careLevel || level.validTo === undefined || level.validTo < start) continue;
    const kind = careLevelsOfCare.includes(level.careLevel) ? 'care' : careLevelsOfPrevention.includes(level.careLevel) ? 'prevention' : undefined;
    if (kind === undefined) continue;
    clients.push({ clientId: client.id, name: client.name, ...(client.careManagerUserId ? { careManagerUserId: client.careManagerUserId } : {}), careLevel: level.careLevel, kind });
  }
  return clients;
}

/** A count of clients weighted as 取扱件数: kept as a fraction so the boundaries are exact. */
export interface WeightedCount {
  care: number;
  prevention: number;
  /** care + prevention × factor */
  value: number;
}

export function weightedCount(care: number, prevention: number): WeightedCount {
  const { numerator, denominator } = caseloadRules.preventionFactor.value;
  return { care, prevention, value: (care * caseloadRules.careFactor.value * denominator + prevention * numerator) / denominator };
}

/** Whether `count` is at or above `limit × fte` (exact for the 1/3 factor). */
export function reaches(count: WeightedCount, limit: number, fte = 1): boolean {
  const { numerator, denominator } = caseloadRules.preventionFactor.value;
  return count.care * caseloadRules.careFactor.value * denominator + count.prevention * numerator >= Math.round(limit * fte * denominator * 1e6) / 1e6;
}

/** 逓減の段階: 1 = (ⅰ), 2 = (ⅱ), 3 = (ⅲ). */
export type CaseloadTier = 1 | 2 | 3;

export function tierOf(count: WeightedCount, billing: BillingType, fte = 1): CaseloadTier {
  if (reaches(count, caseloadRules.tier3From.value[billing], fte)) return 3;
  if (reaches(count, caseloadRules.tier2From.value[billing], fte)) return 2;
  return 1;
}

export interface CareManagerCaseload {
  staffId: string;
  name: string;
  userId?: string;
  fte: number;
  count: WeightedCount;
  /** the 逓減 tier this person's count would fall in, scaled by their 常勤換算 */
  tier: CaseloadTier;
  /** within the warning margin below (ⅱ), or already in (ⅱ)/(ⅲ) */
  near: boolean;
}

export interface OfficeCaseload {
  month: string;
  billingType: BillingType;
  tier2From: number;
  tier3From: number;
  careManagers: CareManagerCaseload[];
  /** clients whose 担当 is no care manager of the register */
  unassigned: CaseloadClient[];
  total: WeightedCount;
  /** 介護支援専門員の常勤換算数 */
  fte: number;
  /** 取扱件数 = total ÷ fte (undefined without care managers) */
  perCareManager?: number;
  tier?: CaseloadTier;
  /** 要介護 clients and those of 要介護3〜5, for 加算 イ(5) */
  careClients: number;
  heavyCareClients: number;
}

/** The caseload of each care manager and of the office in a month. */
export function officeCaseload(staff: readonly StaffEntry[], caseFiles: readonly CaseFile[], profile: Pick<OfficeProfile, 'billingType' | 'fullTimeWeeklyHours'>, month: string): OfficeCaseload {
  const billing = profile.billingType;
  const clients = clientsOfMonth(caseFiles, month);
  const managers = staff.filter((s) => isCareManager(s.body) && employedThroughMonth(s.body, month));
  const assigned = new Set<string>();
  const careManagers = managers.map((s): CareManagerCaseload => {
    const mine = clients.filter((c) => s.body.userId !== undefined && c.careManagerUserId === s.body.userId);
    for (const c of mine) assigned.add(c.clientId);
    const count = weightedCount(mine.filter((c) => c.kind === 'care').length, mine.filter((c) => c.kind === 'prevention').length);
    const fte = fullTimeEquivalent(s.body, profile.fullTimeWeeklyHours);
    const tier = tierOf(count, billing, fte);
    const near = tier > 1 || reaches(count, caseloadRules.tier2From.value[billing] - caseloadRules.nearMargin.value, fte);
    return { staffId: s.id, name: s.body.name, ...(s.body.userId ? { userId: s.body.userId } : {}), fte, count, tier, near };
  });
  const total = weightedCount(clients.filter((c) => c.kind === 'care').length, clients.filter((c) => c.kind === 'prevention').length);
  const fte = careManagers.reduce((sum, m) => sum + m.fte, 0);
  const care = clients.filter((c) => c.kind === 'care');
  return {
    month,
    billingType: billing,
    tier2From: caseloadRules.tier2From.value[billing],
    tier3From: caseloadRules.tier3From.value[billing],
    careManagers,
    unassigned: clients.filter((c) => !assigned.has(c.clientId)),
    total,
    fte,
    ...(fte > 0 ? { perCareManager: total.value / fte, tier: tierOf(total, billing, fte) } : {}),
    careClients: care.length,
    heavyCareClients: care.filter((c) => c.careLevel === 'care_3' || c.careLevel === 'care_4' || c.careLevel === 'care_5').length,
  };
}
