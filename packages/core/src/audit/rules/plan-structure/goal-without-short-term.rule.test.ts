import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../domain/document-bodies.js';
import { aCaseFile, anExemplaryCaseFile } from '../../../testing/builders.js';
import { aShortTermGoal, aPeriod } from '../../../testing/plan-parts.js';
import { audit } from '../../audit.js';
import { exemplaryAsOf, shippedPack } from '../../testing/shipped-packs.js';

const ruleId = 'plan.goal-without-short-term';

function findings(caseFile: CaseFile) {
  return audit(caseFile, shippedPack('national'), { asOf: exemplaryAsOf }).findings.filter((f) => f.ruleId === ruleId);
}

describe('plan.goal-without-short-term', () => {
  it('raises nothing for the exemplary case file', () => {
    expect(findings(anExemplaryCaseFile().build())).toEqual([]);
  });

  it('reports a long-term goal with no short-term goal, pointing at its short-term goals', () => {
    const result = findings(anExemplaryCaseFile().mutate((c) => (c.carePlans[0]!.needs[1]!.longTermGoals[0]!.shortTermGoals = [])).build());
    expect(result).toHaveLength(1);
    expect(result[0]?.severity).toBe('standard');
    expect(result[0]?.message).toContain('第2表 課題2 長期目標1「見守りがあれば自宅の浴槽に入れる」に短期目標がありません');
    expect(result[0]?.message).toContain('緊急対応');
    expect(result[0]?.evidence).toEqual([
      { document: 'care_plan', documentId: 'plan-1', path: ['needs', 1, 'longTermGoals', 0, 'shortTermGoals'], label: '第2表 課題2 長期目標1 短期目標' },
      { document: 'care_plan', documentId: 'plan-1', path: ['needs', 1, 'longTermGoals', 0, 'text'], label: '第2表 課題2 長期目標1', value: '見守りがあれば自宅の浴槽に入れる' },
    ]);
  });

  it('counts a short-term goal with blank text as none and points at it', () => {
    const result = findings(anExemplaryCaseFile().withNeed('自分で料理を続けたい', { shortTermGoal: '' }).build());
    expect(result[0]?.evidence[0]?.path).toEqual(['needs', 3, 'longTermGoals', 0, 'shortTermGoals', 0, 'text']);
  });

  it('is satisfied by one short-term goal with text', () => {
    const caseFile = anExemplaryCaseFile()
      .mutate((c) => c.carePlans[0]!.needs[0]!.longTermGoals[0]!.shortTermGoals.push(aShortTermGoal('', aPeriod('2025-10-01', '2026-03-31'))))
      .build();
    expect(findings(caseFile)).toEqual([]);
  });

  it('leaves a blank long-term goal to plan.need-without-goal', () => {
    const caseFile = anExemplaryCaseFile().mutate((c) => (c.carePlans[0]!.needs[0]!.longTermGoals[0] = { id: 'g', text: undefined, shortTermGoals: [] })).build();
    expect(findings(caseFile)).toEqual([]);
    expect(audit(caseFile, shippedPack('national'), { asOf: exemplaryAsOf }).findings.map((f) => f.ruleId)).toContain('plan.need-without-goal');
  });

  it('says nothing without a plan', () => {
    expect(findings(aCaseFile().build())).toEqual([]);
  });
});
