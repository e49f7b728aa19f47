import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../domain/document-bodies.js';
import { aCaseFile, anExemplaryCaseFile } from '../../../testing/builders.js';
import { audit } from '../../audit.js';
import { exemplaryAsOf, shippedPack } from '../../testing/shipped-packs.js';

const ruleId = 'assessment.life-history-missing';

function findings(caseFile: CaseFile) {
  return audit(caseFile, shippedPack('national'), { asOf: exemplaryAsOf }).findings.filter((f) => f.ruleId === ruleId);
}

describe('assessment.life-history-missing', () => {
  it('raises nothing for the exemplary case file', () => {
    expect(findings(anExemplaryCaseFile().build())).toEqual([]);
  });

  it('names every blank part in one finding, pointing at each field', () => {
    const result = findings(anExemplaryCaseFile().withAssessmentItem('lifeHistory', { currentLife: '日中はテレビを見て過ごす' }).build());
    expect(result).toHaveLength(1);
    expect(result[0]?.severity).toBe('advice');
    expect(result[0]?.message).toContain('令和7年3月25日のアセスメントの「これまでの生活と現在の状況」に、生活歴・大切にしていること・好み・価値観・以前の暮らし方が記録されていません');
    expect(result[0]?.evidence.map((e) => e.path)).toEqual([
      ['items', 'lifeHistory', 'lifeHistory'],
      ['items', 'lifeHistory', 'valuesAndPreferences'],
      ['items', 'lifeHistory', 'dailyLifeBefore'],
    ]);
  });

  it('names only what is missing', () => {
    const result = findings(
      anExemplaryCaseFile().withAssessmentItem('lifeHistory', { lifeHistory: '青果店を営んだ', dailyLifeBefore: '毎朝散歩していた', valuesAndPreferences: ' ' }).build(),
    );
    expect(result[0]?.message).toContain('に、大切にしていること・好み・価値観が記録されていません');
    expect(result[0]?.evidence.map((e) => e.path)).toEqual([['items', 'lifeHistory', 'valuesAndPreferences']]);
  });

  it('does not accept 該当なし for a life history, and reports an absent item', () => {
    expect(findings(anExemplaryCaseFile().withAssessmentItem('lifeHistory', { notApplicable: true }).build())[0]?.evidence).toHaveLength(3);
    expect(findings(anExemplaryCaseFile().withoutAssessmentItem('lifeHistory').build())[0]?.evidence).toHaveLength(3);
  });

  it('says nothing without a plan or without an assessment', () => {
    expect(findings(aCaseFile().withAssessment({}).build())).toEqual([]);
    expect(findings(anExemplaryCaseFile().mutate((c) => (c.assessments = [])).build())).toEqual([]);
  });
});
