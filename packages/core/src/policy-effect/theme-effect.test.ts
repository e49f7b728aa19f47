import { describe, expect, it } from 'vitest';
import type { RuleId } from '../policy/rule-ids.js';
import { findPolicyTheme, policyThemes } from './policy-themes.js';
import { countRuleMonths, type AuditedPlan } from './rule-month-counts.js';
import { effectCaveat, themeBeforeAfter, themeByMonth } from './theme-effect.js';

const informal = findPolicyTheme('informal-support')!;
const vague = findPolicyTheme('vague-goals')!;

/** n plans of an office in a month, the first `raised` of them with a 気づき of `ruleId`. */
function plans(officeNumber: string, month: string, n: number, raised: number, ruleId: RuleId): AuditedPlan[] {
  return Array.from({ length: n }, (_, i) => ({
    officeNumber,
    planDate: `${month}-15`,
    result: { findings: i < raised ? [{ ruleId } as never] : [], notEvaluated: [] },
  }));
}

describe('countRuleMonths', () => {
  it('counts plans per office, month and rule, leaving out plans the rule was not evaluated on', () => {
    const input: AuditedPlan[] = [
      ...plans('0899000001', '2025-04', 3, 1, 'plan.no-informal-support'),
      { officeNumber: '0899000001', planDate: '2025-04-20', result: { findings: [], notEvaluated: [{ ruleId: 'plan.no-informal-support', reason: '…' }] } },
    ];
    expect(countRuleMonths(input, ['plan.no-informal-support', 'plan.goal-vague'])).toEqual([
      { officeNumber: '0899000001', month: '2025-04', ruleId: 'plan.goal-vague', plans: 4, withFinding: 0 },
      { officeNumber: '0899000001', month: '2025-04', ruleId: 'plan.no-informal-support', plans: 3, withFinding: 1 },
    ]);
  });
});

describe('theme shares before and after a dissemination event', () => {
  const rule = informal.ruleId;
  const counts = countRuleMonths(
    [
      // Before the 研修 in 2025-07: 40 of 60 plans lack informal support; after: 15 of 60.
      ...plans('0899000001', '2025-05', 30, 20, rule),
      ...plans('0899000002', '2025-06', 30, 20, rule),
      ...plans('0899000001', '2025-07', 50, 0, rule),
      ...plans('0899000001', '2025-08', 30, 8, rule),
      ...plans('0899000002', '2025-09', 30, 7, rule),
      ...plans('0899000003', '2026-01', 10, 10, rule),
    ],
    policyThemes.map((t) => t.ruleId),
  );

  it('reads the region before and after, leaves the event month out, and states the sample sizes', () => {
    const result = themeBeforeAfter(counts, informal, '2025-07-10', 2);
    expect(result.before).toEqual({ plans: 60, counted: 20, share: 20 / 60 });
    expect(result.after).toEqual({ plans: 60, counted: 45, share: 45 / 60 });
    expect(result.changePoints).toBe(41.7);
    expect(result.interval![0]).toBeGreaterThan(0);
    expect(result.direction).toBe('better');
    expect(result.smallSample).toBe(false);
  });

  it('draws no conclusion from a small sample, for one office', () => {
    const office = counts.filter((c) => c.officeNumber === '0899000002');
    const result = themeBeforeAfter(office, informal, '2025-07-10', 2);
    expect([result.before.plans, result.after.plans]).toEqual([30, 30]);
    expect(result.smallSample).toBe(false);
    const tiny = themeBeforeAfter(counts.filter((c) => c.officeNumber === '0899000003'), informal, '2025-12-01', 2);
    expect(tiny).toMatchObject({ smallSample: true, before: { plans: 0, counted: 0 } });
    expect(tiny.direction).toBeUndefined();
  });

  it('knows which way is better for a theme that counts 気づき (fewer vague goals is better)', () => {
    const vagueCounts = countRuleMonths([...plans('0899000001', '2025-05', 40, 30, vague.ruleId), ...plans('0899000001', '2025-09', 40, 5, vague.ruleId)], [vague.ruleId]);
    expect(themeBeforeAfter(vagueCounts, vague, '2025-07-01', 3).direction).toBe('better');
  });

  it('gives month by month shares, with empty months as zero plans', () => {
    const months = themeByMonth(counts, informal, '2025-05', '2025-08');
    expect(months.map((m) => [m.month, m.share.plans, m.share.counted])).toEqual([
      ['2025-05', 30, 10],
      ['2025-06', 30, 10],
      ['2025-07', 50, 50],
      ['2025-08', 30, 22],
    ]);
    expect(themeByMonth(counts, informal, '2025-10', '2025-10')[0]!.share).toEqual({ plans: 0, counted: 0 });
  });

  it('says that the figures do not prove a cause', () => {
    expect(effectCaveat).toContain('効果を示すとは限りません');
  });
});
