/**
 * Counts the 気づき raised on the exemplary plans of both vendor corpora (vendor-styles and
 * vendor-corpus) over every style, per rule and per style, under the packs national and hitachi
 * (audit date 2025-08-01). An exemplary plan should raise none, so every count is a false 気づき.
 * Prints Markdown (docs/vendor-corpus.md).
 *
 *   node --import tsx packages/server/src/csv/vendor-corpus/count-findings.ts
 */
import { join } from 'node:path';
import { getPolicyPacks, orderedPolicyPacks } from '../../policy/load-packs.js';
import { auditCsv } from '../../services/csv-audit.service.js';
import * as styles from '../vendor-styles/generate.js';
import * as stylesPlans from '../vendor-styles/plans.js';
import * as stylesStyles from '../vendor-styles/styles.js';
import * as corpus from './generate.js';
import * as corpusPlans from './plans.js';
import * as corpusStyles from './styles.js';

interface Corpus {
  name: string;
  dir: string;
  plans: readonly { insuredNumber: string; expected: readonly string[] }[];
  styles: readonly { id: string }[];
}

const corpora: Corpus[] = [
  { name: 'vendor-styles', dir: styles.corpusDir, plans: stylesPlans.corpusPlans, styles: stylesStyles.vendorStyles },
  { name: 'vendor-corpus', dir: corpus.corpusDir, plans: corpusPlans.corpusPlans, styles: corpusStyles.vendorStyles },
];
const packIds = ['national', 'hitachi'];
const packs = orderedPolicyPacks(getPolicyPacks()).filter((p) => packIds.includes(p.id));

type Table = Map<string, Map<string, number>>;
const add = (table: Table, key: string, packId: string) => {
  const row = table.get(key) ?? new Map<string, number>();
  row.set(packId, (row.get(packId) ?? 0) + 1);
  table.set(key, row);
};
const cells = (row: Map<string, number> | undefined) => packs.map((p) => row?.get(p.id) ?? 0).join(' | ');
const total = (table: Table) => packs.map((p) => [...table.values()].reduce((s, row) => s + (row.get(p.id) ?? 0), 0)).join(' | ');
const header = (first: string) => [`| ${first} | ${packs.map((p) => p.id).join(' | ')} |`, `|---|${packs.map(() => '---:').join('|')}|`];

for (const { name, dir, plans, styles: corpusStyleList } of corpora) {
  const exemplary = new Set(plans.filter((p) => p.expected.length === 0).map((p) => p.insuredNumber));
  const byRule: Table = new Map();
  const byStyle: Table = new Map();
  const messages = new Set<string>();
  for (const pack of packs) {
    for (const style of corpusStyleList) {
      const report = await auditCsv({ path: join(dir, style.id) }, () => pack, '2025-08-01');
      for (const result of report.results) {
        if (!exemplary.has(result.client.insuredNumber)) continue;
        for (const finding of result.findings) {
          add(byRule, finding.ruleId, pack.id);
          add(byStyle, style.id, pack.id);
          messages.add(`${finding.ruleId} (${finding.evidence[0]?.path.join('.') ?? ''}): ${finding.message.split('。')[0] ?? ''}。`);
        }
      }
    }
  }
  console.log(`### ${name}\n`);
  console.log(header('rule').join('\n'));
  for (const [ruleId, row] of [...byRule].sort(([a], [b]) => a.localeCompare(b))) console.log(`| ${ruleId} | ${cells(row)} |`);
  console.log(`| total (${exemplary.size} exemplary plans × ${corpusStyleList.length} styles) | ${total(byRule)} |\n`);
  console.log(header('style').join('\n'));
  for (const style of corpusStyleList) console.log(`| ${style.id} | ${cells(byStyle.get(style.id))} |`);
  for (const message of [...messages].sort()) console.log(`- ${message}`);
  console.log('');
}
