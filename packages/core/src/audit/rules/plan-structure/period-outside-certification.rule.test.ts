import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../domain/document-bodies.js';
import { aCaseFile, anExemplaryCaseFile } from '../../../testing/builders.js';
import { aPeriod } from '../../../testing/plan-parts.js';
import { audit } from '../../audit.js';
import { exemplaryAsOf, shippedPack } from '../../testing/shipped-packs.js';

const ruleId = 'plan.period-outside-certification';

function findings(caseFile: CaseFile) {
  return audit(caseFile, shippedPack('national'), { asOf: exemplaryAsOf }).findings.filter((f) => f.ruleId === ruleId);
}

describe('plan.period-outside-certification', () => {
  it('raises nothing for the exemplary case file', () => {
    expect(findings(anExemplaryCaseFile().build())).toEqual([]);
  });

  it('reports a long-term goal reaching past the 有効期間 of the certification the plan names', () => {
    // aNeed ends the short-term goal on 2025-09-30, inside the validity; its lines carry no period.
    const result = findings(anExemplaryCaseFile().withNeed('自分で買物に行きたい', { period: aPeriod('2025-04-01', '2026-09-30') }).build());
    expect(result).toHaveLength(1);
    expect(result[0]?.severity).toBe('standard');
    expect(result[0]?.message).toContain('第2表 課題4 長期目標1の期間（令和7年4月1日～令和8年9月30日）が、認定の有効期間（令和7年4月1日～令和8年3月31日）に収まっていません');
    expect(result[0]?.message).toMatch(/見直してみませんか？$/u);
    expect(result[0]?.evidence).toEqual([
      { document: 'care_plan', documentId: 'plan-1', path: ['needs', 3, 'longTermGoals', 0, 'period'], label: '第2表 課題4 長期目標1 期間', value: '令和7年4月1日～令和8年9月30日' },
      { document: 'certification', documentId: 'cert-1', path: ['validTo'], label: '認定の有効期間', value: '令和7年4月1日～令和8年3月31日' },
    ]);
  });

  it('reports a short-term goal together with its lines, pointing at the 有効期間の開始 it precedes', () => {
    const caseFile = anExemplaryCaseFile()
      .mutate((c) => {
        const short = c.carePlans[0]!.needs[0]!.longTermGoals[0]!.shortTermGoals[0]!;
        short.period = aPeriod('2025-03-01', '2025-09-30');
        short.serviceLines[0]!.period = aPeriod('2025-03-01', '2025-09-30');
        short.serviceLines[2]!.period = aPeriod('2025-03-15', '2025-09-30');
      })
      .build();
    const result = findings(caseFile);
    expect(result).toHaveLength(1);
    expect(result[0]?.message).toContain('第2表 課題1 長期目標1 短期目標1の期間（令和7年3月1日～令和7年9月30日）と、その援助内容2件の期間が');
    expect(result[0]?.evidence.map((e) => e.path)).toEqual([
      ['needs', 0, 'longTermGoals', 0, 'shortTermGoals', 0, 'period'],
      ['needs', 0, 'longTermGoals', 0, 'shortTermGoals', 0, 'serviceLines', 0, 'period'],
      ['needs', 0, 'longTermGoals', 0, 'shortTermGoals', 0, 'serviceLines', 2, 'period'],
      ['validFrom'],
    ]);
  });

  it('reports a line on its own when its goal is inside', () => {
    const caseFile = anExemplaryCaseFile().mutate((c) => (c.carePlans[0]!.needs[1]!.longTermGoals[0]!.shortTermGoals[0]!.serviceLines[0]!.period = aPeriod('2025-04-01', '2026-06-30'))).build();
    const result = findings(caseFile);
    expect(result).toHaveLength(1);
    expect(result[0]?.message).toContain('第2表 課題2 長期目標1 短期目標1 援助内容1（通所リハビリテーション）の期間（令和7年4月1日～令和8年6月30日）');
    expect(result[0]?.evidence[0]?.path).toEqual(['needs', 1, 'longTermGoals', 0, 'shortTermGoals', 0, 'serviceLines', 0, 'period']);
  });

  it('uses the 有効期間 copied onto 第1表 when the plan names no certification', () => {
    const caseFile = anExemplaryCaseFile().withPlan({ certificationId: undefined, certificationValidTo: '2025-12-31' }).build();
    const result = findings(caseFile);
    expect(result.map((f) => f.evidence[0]?.path)).toEqual([
      ['needs', 0, 'longTermGoals', 0, 'period'],
      ['needs', 1, 'longTermGoals', 0, 'period'],
      ['needs', 2, 'longTermGoals', 0, 'period'],
    ]);
    expect(result[0]?.evidence[1]).toEqual({ document: 'care_plan', documentId: 'plan-1', path: ['certificationValidTo'], label: '第1表 認定の有効期間', value: '令和7年4月1日～令和7年12月31日' });
  });

  it('prefers the named certification to the copy on 第1表', () => {
    expect(findings(anExemplaryCaseFile().withPlan({ certificationValidTo: '2025-12-31' }).build())).toEqual([]);
  });

  it('falls back to the certification in force when the plan records no 有効期間', () => {
    const caseFile = anExemplaryCaseFile().withPlan({ certificationId: undefined, certificationValidFrom: undefined, certificationValidTo: undefined }).withCertification({ validTo: '2025-12-31' }).build();
    expect(findings(caseFile)).toHaveLength(3);
  });

  it('judges only recorded ends', () => {
    const caseFile = anExemplaryCaseFile().withNeed('自分で買物に行きたい', { period: { start: '2025-04-01' } }).build();
    expect(findings(caseFile)).toEqual([]);
  });

  it('says nothing without a known 有効期間 (申請中) or without a plan', () => {
    const applying = aCaseFile()
      .withCertification({ status: 'applying', careLevel: undefined, validFrom: undefined, validTo: undefined })
      .withNeed('自分で買物に行きたい', { period: aPeriod('2020-04-01', '2030-03-31') })
      .build();
    expect(findings(applying)).toEqual([]);
    expect(findings(aCaseFile().build())).toEqual([]);
  });

  it('is not evaluated when the input carries no certification', () => {
    const result = audit(anExemplaryCaseFile().build(), shippedPack('national'), { asOf: exemplaryAsOf, available: ['client', 'plan'] });
    expect(result.notEvaluated.map((n) => n.ruleId)).toContain(ruleId);
    expect(result.notEvaluated.map((n) => n.ruleId)).not.toContain('plan.short-term-exceeds-long-term');
  });
});
