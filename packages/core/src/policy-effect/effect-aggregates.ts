import type { RuleId } from '../policy/rule-ids.js';
import type { EffectAggregate, EffectParticipation } from '../records/record-kinds.js';
import { policyThemes } from './policy-themes.js';
import type { RuleMonthCount } from './rule-month-counts.js';

/** The rules an office counts for its insurer: those of the policy themes, nothing else. */
export const effectRuleIds: readonly RuleId[] = [...new Set(policyThemes.map((theme) => theme.ruleId))];

/** How many months back (this month included) an office sends or refreshes its aggregates. */
export const effectAggregateMonths = 12;

/**
 * The monthly `effect_aggregate` bodies of one office from its counts (see countRuleMonths): per month,
 * the plans, and per theme rule the plans it raised a 気づき on (and, when fewer, the plans it was
 * evaluated on). Nothing else leaves the office.
 */
export function aggregatesFromCounts(
  counts: readonly RuleMonthCount[],
  planCountByMonth: ReadonlyMap<string, number>,
  address: { insurerOrganizationId: string; packId: string },
): EffectAggregate[] {
  const months = [...planCountByMonth.keys()].sort();
  return months.map((month) => {
    const planCount = planCountByMonth.get(month) ?? 0;
    const ruleCounts: Record<string, number> = {};
    const rulePlans: Record<string, number> = {};
    for (const ruleId of effectRuleIds) {
      const count = counts.find((c) => c.month === month && c.ruleId === ruleId);
      ruleCounts[ruleId] = count?.withFinding ?? 0;
      if ((count?.plans ?? 0) !== planCount) rulePlans[ruleId] = count?.plans ?? 0;
    }
    return { insurerOrganizationId: address.insurerOrganizationId, month, packId: address.packId, planCount, ruleCounts, ...(Object.keys(rulePlans).length > 0 ? { rulePlans } : {}) };
  });
}

/** The counts an aggregate stands for, as the effect statistics read them. */
export function countsFromAggregate(officeNumber: string, aggregate: EffectAggregate): RuleMonthCount[] {
  return Object.entries(aggregate.ruleCounts).map(([ruleId, withFinding]) => ({
    officeNumber,
    month: aggregate.month,
    ruleId: ruleId as RuleId,
    plans: aggregate.rulePlans?.[ruleId] ?? aggregate.planCount,
    withFinding,
  }));
}

/** True when two aggregate bodies say the same (a refresh then writes nothing). */
export function sameAggregate(a: EffectAggregate, b: EffectAggregate): boolean {
  const sorted = (r: Record<string, number> | undefined) => JSON.stringify(Object.entries(r ?? {}).sort(([x], [y]) => x.localeCompare(y)));
  return a.insurerOrganizationId === b.insurerOrganizationId && a.month === b.month && a.packId === b.packId && a.planCount === b.planCount && sorted(a.ruleCounts) === sorted(b.ruleCounts) && sorted(a.rulePlans) === sorted(b.rulePlans);
}

/** One month an office would send, next to what it sent before (if anything). */
export interface EffectAggregateMonth {
  month: string;
  /** what the office's plans give today */
  body: EffectAggregate;
  /** the record already sent for the month */
  sent?: { recordId: string; revision: number; savedAt: string; body: EffectAggregate };
  /** true when the sent record says the same as `body` */
  upToDate: boolean;
}

/** `GET /api/effect/aggregates`: what an office would send its insurer, and what it has sent. */
export interface EffectAggregatePreview {
  insurer: { organizationId: string; name: string; insurerNumber: string };
  packId: string;
  /** the office's current decision (absent: never decided, so not sending) */
  participation?: { recordId: string; revision: number; body: EffectParticipation };
  months: EffectAggregateMonth[];
  /** sent records of months no longer in the window, kept and listed */
  earlier: { recordId: string; revision: number; savedAt: string; body: EffectAggregate }[];
  /** the plans the counts are of, and what they leave out */
  basis: { plans: number; clients: number; clientsOfOtherInsurers: number };
}

/** `POST /api/effect/aggregates/send`: what was written. */
export interface EffectSendResult {
  created: number;
  updated: number;
  unchanged: number;
}

/** An office of the area in the insurer's effect report. */
export interface EffectOffice {
  officeNumber: string;
  name: string;
  organizationId?: string;
}

/** `GET /api/effect/report`: the insurer's counts, by source; the browser computes shares and intervals with core. */
export interface EffectReportData {
  packId: string;
  offices: EffectOffice[];
  /**
   * (a) plans the insurer can see for 点検, audited under its pack: submitted through live grants, and
   * read from an office's CSV into a 点検 case (`csvPlans` of `plans`)
   */
  submitted: { counts: RuleMonthCount[]; plans: number; grants: number; csvPlans: number; notAudited: number };
  /** 点検 cases received as CSV whose case file was not kept, so they cannot be counted here */
  csvCases: number;
  /** (b) offices' opt-in anonymous aggregates addressed to the insurer */
  aggregates: { counts: RuleMonthCount[]; records: number; offices: number };
}

/** A month with fewer plans than this is shown as a point apart, not joined into the trend line. */
export const smallMonth = 10;
