import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CarePlan, CaseAuditResult, CsvAuditReport, Finding } from '@kizuki/core';
import { describe, expect, it } from 'vitest';
import { getPolicyPacks, orderedPolicyPacks } from '../../policy/load-packs.js';
import { auditCsv } from '../../services/csv-audit.service.js';
import { readCsvSource } from '../csv-source.js';
import { corpusDir, corpusFiles } from './generate.js';
import { corpusPlans, type CorpusPlan } from './plans.js';
import { lineProviderName, referenceStyle, vendorStyles } from './styles.js';

/**
 * The plans of plans.ts written the way other software writes ケアプランデータ連携 CSV (styles.ts):
 * every style is read whole, exemplary plans raise no 気づき in any style under any shipped pack,
 * and a plan's 気づき do not depend on the style it was written in. A style whose text cannot be
 * told apart may leave a check to notEvaluated, never raise a 気づき the reference style does not.
 */

const asOf = '2025-08-01';
const packs = orderedPolicyPacks(getPolicyPacks());
const exemplary = corpusPlans.filter((p) => p.expected.length === 0);

/** A 気づき as compared across styles: the rule and where its first evidence points. */
const findingKey = (f: Finding) => `${f.ruleId} ${f.evidence[0]?.document ?? ''}:${JSON.stringify(f.evidence[0]?.path ?? [])}`;

const audits = new Map<string, Promise<CsvAuditReport>>();
function audit(style: string, packId: string): Promise<CsvAuditReport> {
  const key = `${style} ${packId}`;
  let report = audits.get(key);
  if (!report) {
    const pack = packs.find((p) => p.id === packId);
    if (!pack) throw new Error(`no pack ${packId}`);
    report = auditCsv({ path: join(corpusDir, style) }, () => pack, asOf);
    audits.set(key, report);
  }
  return report;
}

async function resultOf(style: string, packId: string, plan: CorpusPlan): Promise<CaseAuditResult> {
  const result = (await audit(style, packId)).results.find((r) => r.client.insuredNumber === plan.insuredNumber);
  if (!result) throw new Error(`${style}: ${plan.insuredNumber} was not audited`);
  return result;
}

async function planOf(style: string, plan: CorpusPlan): Promise<CarePlan> {
  const { units } = await readCsvSource({ path: join(corpusDir, style) });
  const read = units.flatMap((u) => u.caseFiles).find((c) => c.client.insuredNumber === plan.insuredNumber)?.carePlans[0];
  if (!read) throw new Error(`${style}: no plan for ${plan.insuredNumber}`);
  return read;
}

/** Text as compared across styles: width (NFKC) and spacing aside. */
const plain = (text: string | undefined) => (text ?? '').normalize('NFKC').replace(/\s+/gu, '');

describe('vendor corpus', () => {
  it('is what the generator writes (regenerate: node --import tsx packages/server/src/csv/vendor-corpus/generate.ts)', () => {
    const files = corpusFiles();
    const committed = vendorStyles.flatMap((s) => readdirSync(join(corpusDir, s.id)).map((name) => `${s.id}/${name}`));
    expect(committed.sort()).toEqual(files.map((f) => f.path).sort());
    expect(readdirSync(corpusDir).sort()).toEqual(vendorStyles.map((s) => s.id).sort());
    for (const file of files) expect(Buffer.from(file.bytes).equals(readFileSync(join(corpusDir, file.path))), file.path).toBe(true);
  });

  it.each(vendorStyles.map((s) => s.id))('accepts the send unit of style %s with no error and finds every plan', async (style) => {
    const { units, ignored } = await readCsvSource({ path: join(corpusDir, style) });
    expect(ignored).toEqual([]);
    expect(units).toHaveLength(1);
    const unit = units[0]!;
    expect(unit.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(unit.accepted).toBe(true);
    expect(unit.caseFiles.map((c) => c.client.insuredNumber).sort()).toEqual(corpusPlans.map((p) => p.insuredNumber).sort());
    const report = await audit(style, 'national');
    expect(report.results.map((r) => r.client.insuredNumber).sort()).toEqual(corpusPlans.map((p) => p.insuredNumber).sort());
  });

  it.each(packs.map((p) => p.id))('raises on each plan of the reference style exactly the rules of its manifest under %s', async (packId) => {
    for (const plan of corpusPlans) {
      const raised = [...new Set((await resultOf(referenceStyle, packId, plan)).findings.map((f) => f.ruleId))].sort();
      expect(raised, `${plan.insuredNumber} (${plan.note})`).toEqual([...plan.expected].sort());
    }
  });

  it.each(packs.map((p) => p.id))('raises no 気づき on an exemplary plan in any style under %s', async (packId) => {
    const raised: string[] = [];
    for (const style of vendorStyles) {
      for (const plan of exemplary) {
        for (const f of (await resultOf(style.id, packId, plan)).findings) raised.push(`${style.id} ${plan.insuredNumber}: ${findingKey(f)} ${f.message}`);
      }
    }
    expect(raised).toEqual([]);
  });

  it.each(packs.map((p) => p.id))('gives every plan the 気づき of the reference style in every style under %s', async (packId) => {
    const problems: string[] = [];
    const reference = await audit(referenceStyle, packId);
    for (const style of vendorStyles) {
      for (const plan of corpusPlans) {
        const expected = new Set((await resultOf(referenceStyle, packId, plan)).findings.map(findingKey));
        const result = await resultOf(style.id, packId, plan);
        const got = new Set(result.findings.map(findingKey));
        const notEvaluated = new Set<string>(result.notEvaluated.map((n) => n.ruleId));
        for (const k of got) if (!expected.has(k)) problems.push(`${style.id} ${plan.insuredNumber}: raises ${k}, the reference does not`);
        for (const k of expected) if (!got.has(k) && !notEvaluated.has(k.split(' ')[0]!)) problems.push(`${style.id} ${plan.insuredNumber}: misses ${k} without reporting it not evaluated`);
      }
      const office = (await audit(style.id, packId)).office.map(findingKey).sort();
      if (JSON.stringify(office) !== JSON.stringify(reference.office.map(findingKey).sort())) problems.push(`${style.id}: office 気づき ${office.join(', ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('reads the same needs, goals, periods and 援助内容 from every style', async () => {
    const expected = (plan: CorpusPlan) =>
      plan.needs.map((need) => ({
        need: plain(need.text),
        goals: (need.longTerm ? [need.longTerm] : []).map((ltg) => ({
          text: plain(ltg.text),
          period: [ltg.period.start, ltg.period.end],
          shortTerms: ltg.shortTerms.map((stg) => ({
            text: plain(stg.text),
            period: [stg.period.start, stg.period.end],
            lines: stg.lines.map((l) => [plain(l.content), l.service ? 'insured' : 'informal', l.service?.type, plain(lineProviderName(l)), l.period.start, l.period.end]),
          })),
        })),
      }));
    const read = (plan: CarePlan) =>
      plan.needs.map((need) => ({
        need: plain(need.text),
        goals: need.longTermGoals.map((ltg) => ({
          text: plain(ltg.text),
          period: [ltg.period?.start, ltg.period?.end],
          shortTerms: ltg.shortTermGoals.map((stg) => ({
            text: plain(stg.text),
            period: [stg.period?.start, stg.period?.end],
            lines: stg.serviceLines.map((l) => [plain(l.content), l.kind, l.serviceTypeCode, plain(l.providerName), l.period?.start, l.period?.end]),
          })),
        })),
      }));
    for (const style of vendorStyles) {
      for (const plan of corpusPlans) expect(read(await planOf(style.id, plan)), `${style.id} ${plan.insuredNumber}`).toEqual(expected(plan));
    }
  });

  it('reads each 意向 part a style labels into its own field, and keeps unlabelled text as unattributed', async () => {
    const problems: string[] = [];
    // 本人「…」 keeps the person's quotation marks around their words.
    const words = (text: string | undefined) => plain(text).replace(/^「(.*)」$/u, '$1');
    for (const style of vendorStyles) {
      for (const plan of corpusPlans) {
        const intentions = (await planOf(style.id, plan)).intentions;
        const where = `${style.id} ${plan.insuredNumber}`;
        const unattributed = plain(intentions?.unattributed);
        const check = (labelled: boolean, part: string, got: string, text: string, contains: boolean) => {
          if (labelled && !(contains ? got.includes(plain(text)) : got === plain(text))) problems.push(`${where}: ${part} read as ${JSON.stringify(got)}`);
          if (!labelled && !unattributed.includes(plain(text))) problems.push(`${where}: unlabelled ${part} not kept as unattributed`);
        };
        check(style.labelled.client, '本人の意向', words(intentions?.client), plan.intentions.client, false);
        for (const member of plan.intentions.family) check(style.labelled.family, `家族の意向（${member.relation}）`, plain(intentions?.family), member.text, true);
        check(style.labelled.analysis, '課題分析の結果', plain(intentions?.analysisResult), plan.intentions.analysis, false);
      }
    }
    expect(problems).toEqual([]);
  });

  it('reports the 意向 parts of the unlabelled style as not evaluated, with the reason, never as missing', async () => {
    for (const plan of corpusPlans) {
      const result = await resultOf('unlabelled', 'national', plan);
      const reasons = result.notEvaluated.filter((n) => n.ruleId === 'plan.overview-missing').map((n) => n.reason);
      expect(reasons, plan.insuredNumber).toContain('第1表の意向欄に本人・家族・課題分析の結果のどれか分けられない記載があるため、本人の意向が書かれているかは評価していません');
      expect(reasons, plan.insuredNumber).toContain('第1表の意向欄に本人・家族・課題分析の結果のどれか分けられない記載があるため、課題分析の結果が書かれているかは評価していません');
      expect(result.findings.filter((f) => f.ruleId === 'plan.overview-missing' && f.evidence.some((e) => e.path[0] === 'intentions'))).toEqual([]);
    }
  });
});
