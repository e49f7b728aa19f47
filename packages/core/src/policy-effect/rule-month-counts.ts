import type { CaseAuditResult } from '../audit/finding.js';
import type { IsoDate } from '../dates/iso-date.js';
import type { RuleId } from '../policy/rule-ids.js';

/**
 * Counts of one rule over one office's plans of one month: how many plans were audited with the
 * rule, how many of them it raised a 気づき on. This is all an office shares when it opts in to the
 * insurer's effect report (匿名の集計): no client, no text, no plan.
 */
export interface RuleMonthCount {
  /** 事業所番号 of the office whose plans these are. */
  officeNumber: string;
  /** YYYY-MM of the plans' 作成（変更）日. */
  month: string;
  ruleId: RuleId;
  /** Plans the rule was evaluated on. */
  plans: number;
  /** Of those, plans on which it raised at least one 気づき. */
  withFinding: number;
}

/** One audited plan, with the office and the month it belongs to. */
export interface AuditedPlan {
  officeNumber: string;
  /** 居宅サービス計画作成（変更）日 */
  planDate: IsoDate;
  result: Pick<CaseAuditResult, 'findings' | 'notEvaluated'>;
}

/**
 * Counts per office, month and rule from audited plans. A rule listed under `notEvaluated` for a plan
 * (or for one of its checks) does not count that plan, so inputs that lack data never look better or
 * worse than they are. `ruleIds` are the rules to count (the themes' rules).
 */
export function countRuleMonths(plans: Iterable<AuditedPlan>, ruleIds: readonly RuleId[]): RuleMonthCount[] {
  const counts = new Map<string, RuleMonthCount>();
  for (const plan of plans) {
    const month = plan.planDate.slice(0, 7);
    const raised = new Set(plan.result.findings.map((f) => f.ruleId));
    const skipped = new Set(plan.result.notEvaluated.map((n) => n.ruleId));
    for (const ruleId of ruleIds) {
      if (skipped.has(ruleId)) continue;
      const key = `${plan.officeNumber}\u0000${month}\u0000${ruleId}`;
      let count = counts.get(key);
      if (!count) counts.set(key, (count = { officeNumber: plan.officeNumber, month, ruleId, plans: 0, withFinding: 0 }));
      count.plans += 1;
      if (raised.has(ruleId)) count.withFinding += 1;
    }
  }
  return [...counts.values()].sort((a, b) => a.officeNumber.localeCompare(b.officeNumber) || a.month.localeCompare(b.month) || a.ruleId.localeCompare(b.ruleId));
}
