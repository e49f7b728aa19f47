import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '@kizuki/core';
import { describe, expect, it } from 'vitest';
import { getPolicyPacks, orderedPolicyPacks } from '../../policy/load-packs.js';
import { auditCsv } from '../../services/csv-audit.service.js';
import { readCsvSource } from '../csv-source.js';
import { corpusDir, corpusFiles } from './generate.js';
import { corpusPlans } from './plans.js';
import { vendorStyles } from './styles.js';

/**
 * The same fictional plans written the way other software writes ケアプランデータ連携 CSV: a plan's
 * 気づき must not depend on the style it was written in, exemplary plans raise none in any style,
 * and a style whose text cannot be told apart leaves the rule to notEvaluated rather than raising it.
 */

const asOf = '2025-08-01';
const reference = 'labels-colon';
const packs = orderedPolicyPacks(getPolicyPacks());
const exemplary = corpusPlans.filter((p) => p.expected.length === 0).map((p) => p.insuredNumber);

const key = (f: Finding) => `${f.ruleId} ${f.evidence[0]?.document ?? ''}:${f.evidence[0]?.path.join('.') ?? ''}`;

async function auditStyle(style: string, packId: string) {
  const pack = packs.find((p) => p.id === packId)!;
  const report = await auditCsv({ path: join(corpusDir, style) }, () => pack, asOf);
  return new Map(report.results.map((r) => [r.client.insuredNumber, r]));
}

describe('vendor-style corpus', () => {
  it('is what the generator writes (regenerate with node --import tsx packages/server/src/csv/vendor-styles/generate.ts)', () => {
    const files = corpusFiles();
    expect(files.length).toBe(vendorStyles.length * 4);
    for (const file of files) expect(Buffer.from(readFileSync(join(corpusDir, file.path))).equals(Buffer.from(file.bytes)), file.path).toBe(true);
  });

  it.each(vendorStyles.map((s) => s.id))('reads every plan of style %s with no error', async (style) => {
    const { units } = await readCsvSource({ path: join(corpusDir, style) });
    expect(units).toHaveLength(1);
    expect(units[0]!.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(units[0]!.caseFiles.map((c) => c.client.insuredNumber).sort()).toEqual(corpusPlans.map((p) => p.insuredNumber));
  });

  it('raises on each plan of the reference style exactly the rules its weakness calls for', async () => {
    const results = await auditStyle(reference, 'hitachi');
    for (const plan of corpusPlans) {
      const raised = [...new Set(results.get(plan.insuredNumber)!.findings.map((f) => f.ruleId))].sort();
      expect(raised, `${plan.insuredNumber} ${plan.note}`).toEqual([...plan.expected].sort());
    }
  });

  it.each(packs.map((p) => p.id))('gives every plan the same 気づき in every style under %s, and none on exemplary plans', async (packId) => {
    const base = await auditStyle(reference, packId);
    const problems: string[] = [];
    for (const style of vendorStyles) {
      const results = await auditStyle(style.id, packId);
      for (const plan of corpusPlans) {
        const result = results.get(plan.insuredNumber)!;
        const expected = new Set(base.get(plan.insuredNumber)!.findings.map(key));
        const got = new Set(result.findings.map(key));
        const skipped = new Set(result.notEvaluated.map((n) => n.ruleId));
        for (const k of got) if (!expected.has(k)) problems.push(`${style.id} ${plan.insuredNumber}: extra ${k}`);
        for (const k of expected) if (!got.has(k) && !skipped.has(k.split(' ')[0] as never)) problems.push(`${style.id} ${plan.insuredNumber}: missing ${k}`);
        if (exemplary.includes(plan.insuredNumber) && result.findings.length > 0) problems.push(`${style.id} ${plan.insuredNumber}: exemplary plan raised ${result.findings.map(key).join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('reports the 意向 parts it cannot tell apart as not evaluated, with the reason', async () => {
    const results = await auditStyle('unlabelled', 'hitachi');
    const reasons = results.get(corpusPlans[0]!.insuredNumber)!.notEvaluated.filter((n) => n.ruleId === 'plan.overview-missing').map((n) => n.reason);
    expect(reasons).toContain('第1表の意向欄に本人・家族・課題分析の結果のどれか分けられない記載があるため、本人の意向が書かれているかは評価していません');
  });
});
