import { describe, expect, it } from 'vitest';
import type { RuleId } from '../policy/rule-ids.js';
import { aggregatesFromCounts, countsFromAggregate, effectRuleIds, sameAggregate } from './effect-aggregates.js';
import { describeBeforeAfter, effectVerificationText } from './effect-verification-text.js';
import { findPolicyTheme } from './policy-themes.js';
import { countRuleMonths, type AuditedPlan } from './rule-month-counts.js';
import { effectCaveat, themeBeforeAfter } from './theme-effect.js';

const informal = findPolicyTheme('informal-support')!;

function plans(month: string, n: number, raised: number, ruleId: RuleId, skipped?: RuleId): AuditedPlan[] {
  return Array.from({ length: n }, (_, i) => ({
    officeNumber: '0899000001',
    planDate: `${month}-10`,
    result: { findings: i < raised ? [{ ruleId } as never] : [], notEvaluated: skipped && i === n - 1 ? [{ ruleId: skipped, reason: '…' }] : [] },
  }));
}

describe('effect aggregates', () => {
  const input = [...plans('2025-05', 4, 1, 'plan.no-informal-support', 'plan.need-not-own-words'), ...plans('2025-06', 2, 2, 'plan.goal-vague')];
  const counts = countRuleMonths(input, effectRuleIds);
  const bodies = aggregatesFromCounts(counts, new Map([['2025-05', 4], ['2025-06', 2]]), { insurerOrganizationId: 'ins-x', packId: 'hitachi' });

  it('carries per month the plans and, per theme rule, the plans with a 気づき, nothing else', () => {
    expect(bodies[0]).toEqual({
      insurerOrganizationId: 'ins-x',
      month: '2025-05',
      packId: 'hitachi',
      planCount: 4,
      ruleCounts: { 'plan.no-informal-support': 1, 'plan.need-not-own-words': 0, 'plan.goal-vague': 0, 'plan.goal-is-service': 0 },
      // One plan could not be read for the person's own words: the rule counts 3 plans, not 4.
      rulePlans: { 'plan.need-not-own-words': 3 },
    });
    expect(bodies[1]!.rulePlans).toBeUndefined();
  });

  it('reads back into the same counts the statistics use', () => {
    const back = bodies.flatMap((b) => countsFromAggregate('0899000001', b)).filter((c) => c.plans > 0);
    expect(back.sort((a, b) => a.month.localeCompare(b.month) || a.ruleId.localeCompare(b.ruleId))).toEqual(counts);
  });

  it('knows when a refresh would change nothing', () => {
    expect(sameAggregate(bodies[0]!, { ...bodies[0]!, ruleCounts: { ...bodies[0]!.ruleCounts } })).toBe(true);
    expect(sameAggregate(bodies[0]!, { ...bodies[0]!, planCount: 5 })).toBe(false);
    expect(sameAggregate(bodies[0]!, { ...bodies[0]!, rulePlans: undefined })).toBe(false);
  });
});

describe('the text of an エ record', () => {
  const counts = countRuleMonths([...plans('2025-05', 40, 30, informal.ruleId), ...plans('2025-09', 40, 10, informal.ruleId)], [informal.ruleId]);

  it('states the method, the sample sizes, the interval and the caveat', () => {
    const result = themeBeforeAfter(counts, informal, '2025-07-15', 3);
    const text = effectVerificationText({ theme: informal, event: { date: '2025-07-15', title: '事業者連絡会議' }, windowMonths: 3, source: 'aggregates', comparisons: [{ scopeLabel: '管内全体', result }] });
    expect(text.method).toContain('「事業者連絡会議」（2025-07-15）の前後3か月');
    expect(text.result).toContain('前 25.0%（10/40件） → 後 75.0%（30/40件）');
    expect(text.result).toContain('方針の方向に変化');
    expect(text.result).toContain(effectCaveat);
  });

  it('draws no trend from a small sample', () => {
    const small = countRuleMonths([...plans('2025-05', 5, 4, informal.ruleId), ...plans('2025-09', 5, 0, informal.ruleId)], [informal.ruleId]);
    const line = describeBeforeAfter(themeBeforeAfter(small, informal, '2025-07-15', 3));
    expect(line).toContain('30件未満');
    expect(line).not.toContain('方針の方向');
  });
});
