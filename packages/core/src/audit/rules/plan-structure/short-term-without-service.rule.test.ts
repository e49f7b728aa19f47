import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../domain/document-bodies.js';
import { aCaseFile, anExemplaryCaseFile } from '../../../testing/builders.js';
import { anInformalLine, anInsuredLine } from '../../../testing/plan-parts.js';
import { audit } from '../../audit.js';
import { exemplaryAsOf, shippedPack } from '../../testing/shipped-packs.js';

const ruleId = 'plan.short-term-without-service';

function findings(caseFile: CaseFile) {
  return audit(caseFile, shippedPack('national'), { asOf: exemplaryAsOf }).findings.filter((f) => f.ruleId === ruleId);
}

describe('plan.short-term-without-service', () => {
  it('raises nothing for the exemplary case file', () => {
    expect(findings(anExemplaryCaseFile().build())).toEqual([]);
  });

  it('reports a short-term goal with no 援助内容, pointing at its lines', () => {
    const result = findings(anExemplaryCaseFile().withNeed('自分で料理を続けたい', { shortTermGoal: '週3回、昼食を自分で作る', lines: [] }).build());
    expect(result).toHaveLength(1);
    expect(result[0]?.severity).toBe('standard');
    expect(result[0]?.message).toContain('第2表 課題4 長期目標1 短期目標1「週3回、昼食を自分で作る」に援助内容（サービス内容）がありません');
    expect(result[0]?.evidence).toEqual([
      { document: 'care_plan', documentId: 'plan-1', path: ['needs', 3, 'longTermGoals', 0, 'shortTermGoals', 0, 'serviceLines'], label: '第2表 課題4 長期目標1 短期目標1 援助内容' },
      {
        document: 'care_plan',
        documentId: 'plan-1',
        path: ['needs', 3, 'longTermGoals', 0, 'shortTermGoals', 0, 'text'],
        label: '第2表 課題4 長期目標1 短期目標1',
        value: '週3回、昼食を自分で作る',
      },
    ]);
  });

  it('counts an empty row as no 援助内容 and points at its content', () => {
    const empty = anInsuredLine({ content: '', serviceTypeCode: undefined, serviceTypeName: undefined, providerName: undefined, providerOfficeNumber: undefined });
    const result = findings(anExemplaryCaseFile().withNeed('自分で料理を続けたい', { lines: [empty] }).build());
    expect(result[0]?.evidence[0]?.path).toEqual(['needs', 3, 'longTermGoals', 0, 'shortTermGoals', 0, 'serviceLines', 0, 'content']);
  });

  it('accepts a row that names who helps even without content', () => {
    const family = anInformalLine({ content: undefined, providerName: '長女' });
    expect(findings(anExemplaryCaseFile().withNeed('自分で料理を続けたい', { lines: [family] }).build())).toEqual([]);
  });

  it('leaves a blank short-term goal to plan.goal-without-short-term', () => {
    expect(findings(anExemplaryCaseFile().withNeed('自分で料理を続けたい', { shortTermGoal: '', lines: [] }).build())).toEqual([]);
  });

  it('reports a 介護予防 目標 without 支援計画', () => {
    const caseFile = aCaseFile()
      .withPreventionPlan({
        issues: [
          { id: 'i-1', overallIssue: '外出が減っている', goal: '週2回、公民館の体操に通う', supportRows: [{ id: 'r-1', supportPoints: ' ' }] },
          { id: 'i-2', overallIssue: '食事が偏っている', goal: '1日3食とる', supportRows: [{ id: 'r-2', selfCareAndInformal: '長女と週1回献立を考える' }] },
        ],
      })
      .build();
    const result = findings(caseFile);
    expect(result).toHaveLength(1);
    expect(result[0]?.message).toContain('介護予防サービス・支援計画書 課題1の目標「週2回、公民館の体操に通う」に支援計画がありません');
    expect(result[0]?.evidence[0]).toMatchObject({ document: 'prevention_plan', path: ['issues', 0, 'supportRows'] });
  });

  it('says nothing without a plan', () => {
    expect(findings(aCaseFile().build())).toEqual([]);
  });
});
