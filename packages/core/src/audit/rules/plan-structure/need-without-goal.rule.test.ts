import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../domain/document-bodies.js';
import { aCaseFile, anExemplaryCaseFile } from '../../../testing/builders.js';
import { aLongTermGoal, aPeriod } from '../../../testing/plan-parts.js';
import { audit } from '../../audit.js';
import { exemplaryAsOf, shippedPack } from '../../testing/shipped-packs.js';

const ruleId = 'plan.need-without-goal';

function findings(caseFile: CaseFile) {
  return audit(caseFile, shippedPack('national'), { asOf: exemplaryAsOf }).findings.filter((f) => f.ruleId === ruleId);
}

describe('plan.need-without-goal', () => {
  it('raises nothing for the exemplary case file', () => {
    expect(findings(anExemplaryCaseFile().build())).toEqual([]);
  });

  it('reports a need with no long-term goal, quoting it and pointing at its goals', () => {
    const result = findings(anExemplaryCaseFile().withNeed({ id: 'need-x', text: '友人とお茶を飲みに出かけたい', assessmentItems: [], longTermGoals: [] }).build());
    expect(result).toHaveLength(1);
    expect(result[0]?.severity).toBe('standard');
    expect(result[0]?.message).toContain('第2表 課題4「友人とお茶を飲みに出かけたい」に長期目標がありません');
    expect(result[0]?.evidence).toEqual([
      { document: 'care_plan', documentId: 'plan-1', path: ['needs', 3, 'longTermGoals'], label: '第2表 課題4 長期目標' },
      { document: 'care_plan', documentId: 'plan-1', path: ['needs', 3, 'text'], label: '第2表 課題4 生活全般の解決すべき課題', value: '友人とお茶を飲みに出かけたい' },
    ]);
  });

  it('counts a goal with blank text as no goal, and points at that text', () => {
    const result = findings(anExemplaryCaseFile().withNeed('友人とお茶を飲みに出かけたい', { longTermGoal: ' ' }).build());
    expect(result[0]?.evidence[0]?.path).toEqual(['needs', 3, 'longTermGoals', 0, 'text']);
  });

  it('is satisfied by one goal with text among blank ones', () => {
    const caseFile = anExemplaryCaseFile()
      .mutate((c) => c.carePlans[0]!.needs[0]!.longTermGoals.unshift(aLongTermGoal('', aPeriod('2025-04-01', '2026-03-31'), [])))
      .build();
    expect(findings(caseFile)).toEqual([]);
  });

  it('shortens a long need in the message and still reports a need without text that has goal rows', () => {
    const long = findings(anExemplaryCaseFile().withNeed({ id: 'n', text: 'あ'.repeat(40), assessmentItems: [], longTermGoals: [] }).build());
    expect(long[0]?.message).toContain(`「${'あ'.repeat(20)}…」`);
    const untitled = findings(anExemplaryCaseFile().withNeed('', { longTermGoal: '' }).build());
    expect(untitled[0]?.message).toMatch(/^第2表 課題4に長期目標がありません/u);
  });

  it('skips a row with nothing in it yet', () => {
    expect(findings(anExemplaryCaseFile().withNeed({ id: 'n', text: '', assessmentItems: [], longTermGoals: [] }).build())).toEqual([]);
  });

  it('reports a 介護予防 総合的課題 with no agreed 目標', () => {
    const caseFile = aCaseFile()
      .withPreventionPlan({
        issues: [
          { id: 'i-1', overallIssue: '膝の痛みで外出が減っている', goal: '週2回、公民館の体操に通う', supportRows: [] },
          { id: 'i-2', overallIssue: '食事が偏っている', supportRows: [] },
          { id: 'i-3', supportRows: [] },
        ],
      })
      .build();
    const result = findings(caseFile);
    expect(result).toHaveLength(1);
    expect(result[0]?.message).toContain('介護予防サービス・支援計画書 課題2「食事が偏っている」に目標がありません');
    expect(result[0]?.evidence[0]).toEqual({ document: 'prevention_plan', documentId: caseFile.preventionPlans[0]!.id, path: ['issues', 1, 'goal'], label: '介護予防サービス・支援計画書 課題2 目標' });
  });

  it('says nothing without a plan or with an empty 第2表', () => {
    expect(findings(aCaseFile().build())).toEqual([]);
    expect(findings(anExemplaryCaseFile().withoutNeeds().build())).toEqual([]);
  });
});
