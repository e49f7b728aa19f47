/**
 * Counts, per rule, the 気づき raised on the exemplary plans of the vendor-style corpus, over every
 * style, under the national and hitachi packs. Prints a Markdown table (docs/vendor-corpus.md).
 *
 *   node --import tsx packages/server/src/csv/vendor-styles/count-findings.ts
 */
import { join } from 'node:path';
import { getPolicyPacks, orderedPolicyPacks } from '../../policy/load-packs.js';
import { auditCsv } from '../../services/csv-audit.service.js';
import { corpusDir } from './generate.js';
import { corpusPlans } from './plans.js';
import { vendorStyles } from './styles.js';

const exemplary = new Set(corpusPlans.filter((p) => p.expected.length === 0).map((p) => p.insuredNumber));
const packs = orderedPolicyPacks(getPolicyPacks()).filter((p) => p.id === 'national' || p.id === 'hitachi');
const counts = new Map<string, Record<string, number>>();
const byStyle = new Map<string, number>();
for (const pack of packs) {
  for (const style of vendorStyles) {
    const report = await auditCsv({ path: join(corpusDir, style.id) }, () => pack, '2025-08-01');
    for (const result of report.results) {
      if (!exemplary.has(result.client.insuredNumber)) continue;
      for (const finding of result.findings) {
        byStyle.set(style.id, (byStyle.get(style.id) ?? 0) + 1);
        const row = counts.get(finding.ruleId) ?? {};
        row[pack.id] = (row[pack.id] ?? 0) + 1;
        counts.set(finding.ruleId, row);
      }
    }
  }
}
console.log(`| rule | ${packs.map((p) => p.id).join(' | ')} |`);
console.log(`|---|${packs.map(() => '---:').join('|')}|`);
for (const [ruleId, row] of [...counts].sort(([a], [b]) => a.localeCompare(b))) console.log(`| ${ruleId} | ${packs.map((p) => row[p.id] ?? 0).join(' | ')} |`);
console.log(`| total (${exemplary.size} exemplary plans × ${vendorStyles.length} styles) | ${packs.map((p) => [...counts.values()].reduce((s, r) => s + (r[p.id] ?? 0), 0)).join(' | ')} |`);
console.log('');
console.log(`| style | findings on exemplary plans (${packs.map((p) => p.id).join(' + ')}) |`);
console.log('|---|---:|');
for (const style of vendorStyles) console.log(`| ${style.id} | ${byStyle.get(style.id) ?? 0} |`);
