/**
 * The insurer's effect report (気づきの集計による基本方針の浸透の検証) over 100,000 audited plans:
 * counting per office, month and rule, then every theme before and after an event, for the region
 * and for each office. The plans' audit results come from auditing 2,000 generated case files once.
 */
import { auditMany, countRuleMonths, policyThemes, themeBeforeAfter, themeByMonth, type AuditedPlan } from '@kizuki/core';
import { count, duration, measure } from './measure.js';
import { syntheticCaseFiles } from './synthetic-plans.js';
import { loadPack } from './load-pack.js';

export function run(): Promise<{ name: string; lines: string[] }> {
  const lines: string[] = [];
  const files = syntheticCaseFiles(2000);
  const report = auditMany(files, loadPack('hitachi'), { asOf: '2025-07-10' });
  const offices = Array.from({ length: 120 }, (_, i) => `0899${String(i).padStart(6, '0')}`);
  const plans: AuditedPlan[] = Array.from({ length: 100_000 }, (_, i) => {
    const month = Math.floor(i / offices.length) % 24;
    return {
      officeNumber: offices[i % offices.length]!,
      planDate: `${2024 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-15`,
      result: report.results[i % report.results.length]!,
    };
  });
  const ruleIds = policyThemes.map((t) => t.ruleId);
  const counted = measure(() => countRuleMonths(plans, ruleIds));
  lines.push(`countRuleMonths: ${count(plans.length)} plans × ${ruleIds.length} rules → ${count(counted.result.length)} office-month-rule counts in ${duration(counted.ms)}`);
  const effects = measure(() => {
    let n = 0;
    for (const theme of policyThemes) {
      themeByMonth(counted.result, theme, '2024-01', '2025-12');
      themeBeforeAfter(counted.result, theme, '2024-10-01', 6);
      n += 2;
      for (const office of offices) {
        const own = counted.result.filter((c) => c.officeNumber === office);
        themeBeforeAfter(own, theme, '2024-10-01', 6);
        n += 1;
      }
    }
    return n;
  });
  lines.push(`theme trends and before/after for the region and ${offices.length} offices: ${count(effects.result)} comparisons in ${duration(effects.ms)}`);
  lines.push(`total ${duration(counted.ms + effects.ms)} (target < 5 s)`);
  return Promise.resolve({ name: 'policy effect report (100,000 plans)', lines });
}
