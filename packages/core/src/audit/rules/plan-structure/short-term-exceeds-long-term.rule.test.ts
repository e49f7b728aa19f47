import { describe, expect, it } from 'vitest';
import type { Period } from '../../../domain/common.schema.js';
import type { CaseFile } from '../../../domain/document-bodies.js';
import { aCaseFile, anExemplaryCaseFile } from '../../../testing/builders.js';
import { aLongTermGoal, aShortTermGoal } from '../../../testing/plan-parts.js';
import { audit } from '../../audit.js';
import { exemplaryAsOf, shippedPack } from '../../testing/shipped-packs.js';

const ruleId = 'plan.short-term-exceeds-long-term';

function findings(caseFile: CaseFile) {
  return audit(caseFile, shippedPack('national'), { asOf: exemplaryAsOf }).findings.filter((f) => f.ruleId === ruleId);
}

/** The exemplary file with one extra need whose goals have the given periods. */
function withPeriods(long: Period | undefined, short: Period | undefined): CaseFile {
  const shortGoal = { ...aShortTermGoal('週2回、自宅周辺を10分歩ける', { start: '2025-04-01' }), period: short };
  const longGoal = { ...aLongTermGoal('近所のスーパーまで歩いて買物に行ける', { start: '2025-04-01' }, [shortGoal]), period: long };
  return anExemplaryCaseFile().withNeed({ id: 'need-x', text: '自分で買物に行きたい', assessmentItems: [], longTermGoals: [longGoal] }).build();
}

describe('plan.short-term-exceeds-long-term', () => {
  it('raises nothing for the exemplary case file', () => {
    expect(findings(anExemplaryCaseFile().build())).toEqual([]);
  });

  it('reports a short-term goal ending after its long-term goal, with both periods in 和暦', () => {
    const result = findings(withPeriods({ start: '2025-04-01', end: '2025-09-30' }, { start: '2025-04-01', end: '2026-03-31' }));
    expect(result).toHaveLength(1);
    expect(result[0]?.severity).toBe('standard');
    expect(result[0]?.message).toBe(
      '第2表 課題4 長期目標1 短期目標1の期間（令和7年4月1日～令和8年3月31日）が、長期目標の期間（令和7年4月1日～令和7年9月30日）を超えています。長期目標に向けた段階として、達成の時期を見直してみませんか？',
    );
    expect(result[0]?.evidence).toEqual([
      { document: 'care_plan', documentId: 'plan-1', path: ['needs', 3, 'longTermGoals', 0, 'shortTermGoals', 0, 'period'], label: '第2表 課題4 長期目標1 短期目標1 期間', value: '令和7年4月1日～令和8年3月31日' },
      { document: 'care_plan', documentId: 'plan-1', path: ['needs', 3, 'longTermGoals', 0, 'period'], label: '第2表 課題4 長期目標1 期間', value: '令和7年4月1日～令和7年9月30日' },
    ]);
  });

  it('reports a short-term goal starting before its long-term goal', () => {
    expect(findings(withPeriods({ start: '2025-04-01', end: '2026-03-31' }, { start: '2025-03-01', end: '2025-09-30' }))).toHaveLength(1);
  });

  it('reports a start-only short-term goal that begins after the long-term goal ends', () => {
    const result = findings(withPeriods({ start: '2025-04-01', end: '2025-09-30' }, { start: '2025-10-01' }));
    expect(result[0]?.message).toContain('短期目標1の期間（令和7年10月1日～）');
  });

  it('accepts equal periods, open ends and missing periods', () => {
    expect(findings(withPeriods({ start: '2025-04-01', end: '2026-03-31' }, { start: '2025-04-01', end: '2026-03-31' }))).toEqual([]);
    expect(findings(withPeriods({ start: '2025-04-01', end: '2026-03-31' }, { start: '2025-04-01' }))).toEqual([]);
    expect(findings(withPeriods({ start: '2025-04-01' }, { start: '2025-04-01', end: '2027-03-31' }))).toEqual([]);
    expect(findings(withPeriods(undefined, { start: '2025-04-01', end: '2027-03-31' }))).toEqual([]);
    expect(findings(withPeriods({ start: '2025-04-01', end: '2025-09-30' }, undefined))).toEqual([]);
    expect(findings(withPeriods({ text: '認定期間中' }, { text: '半年' }))).toEqual([]);
  });

  it('shows dates before 明治6年 in 西暦 instead of throwing', () => {
    const result = findings(withPeriods({ start: '1870-04-01', end: '1870-09-30' }, { start: '1870-04-01', end: '1871-03-31' }));
    expect(result[0]?.message).toContain('（1870年4月1日～1871年3月31日）');
  });

  it('says nothing without a plan', () => {
    expect(findings(aCaseFile().build())).toEqual([]);
  });
});
