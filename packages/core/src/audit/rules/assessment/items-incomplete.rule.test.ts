import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../domain/document-bodies.js';
import { aCaseFile, anExemplaryCaseFile } from '../../../testing/builders.js';
import { audit } from '../../audit.js';
import { exemplaryAsOf, shippedPack } from '../../testing/shipped-packs.js';

const ruleId = 'assessment.items-incomplete';

function findings(caseFile: CaseFile) {
  return audit(caseFile, shippedPack('national'), { asOf: exemplaryAsOf }).findings.filter((f) => f.ruleId === ruleId);
}

describe('assessment.items-incomplete', () => {
  it('raises nothing for the exemplary case file (all 23 items, one of them 該当なし)', () => {
    expect(findings(anExemplaryCaseFile().build())).toEqual([]);
  });

  it('lists the missing items by number and name in one finding, with evidence per item', () => {
    const result = findings(anExemplaryCaseFile().withoutAssessmentItem('health').withoutAssessmentItem('oral').build());
    expect(result).toHaveLength(1);
    const [finding] = result;
    expect(finding?.severity).toBe('standard');
    expect(finding?.message).toContain('令和7年3月25日のアセスメント');
    expect(finding?.message).toContain('23項目のうち2項目（10 健康状態、18 口腔内の状況）');
    expect(finding?.message).toMatch(/？/u);
    expect(finding?.evidence).toEqual([
      { document: 'assessment', documentId: 'assessment-1', path: ['items', 'health'], label: '課題分析標準項目10 健康状態' },
      { document: 'assessment', documentId: 'assessment-1', path: ['items', 'oral'], label: '課題分析標準項目18 口腔内の状況' },
    ]);
  });

  it('accepts an item marked 該当なし with nothing else', () => {
    expect(findings(anExemplaryCaseFile().withAssessmentItem('oral', { notApplicable: true }).build())).toEqual([]);
  });

  it('counts an entry holding only blanks as not recorded', () => {
    const result = findings(anExemplaryCaseFile().withAssessmentItem('hygiene', { notes: '   ', bathing: '' }).build());
    expect(result[0]?.evidence.map((e) => e.path)).toEqual([['items', 'hygiene']]);
  });

  it('takes item 9 from the top-level reason, and misses it when neither is there', () => {
    expect(findings(anExemplaryCaseFile().withoutAssessmentItem('assessmentReason').build())).toEqual([]);
    const result = findings(anExemplaryCaseFile().withoutAssessmentItem('assessmentReason').withAssessment({ reason: undefined }).build());
    expect(result[0]?.message).toContain('9 今回のアセスメントの理由');
  });

  it('reports all 23 items of an empty assessment', () => {
    const result = findings(aCaseFile().withPlan({ planDate: '2025-04-01' }).withAssessment({}).build());
    expect(result).toHaveLength(1);
    expect(result[0]?.evidence).toHaveLength(23);
    expect(result[0]?.message).toContain('23項目のうち23項目');
  });

  it('says so when the plan has no assessment at all', () => {
    const result = findings(anExemplaryCaseFile().mutate((c) => (c.assessments = [])).build());
    expect(result).toHaveLength(1);
    expect(result[0]?.message).toContain('令和7年4月1日の居宅サービス計画のもとになったアセスメントの記録が見当たりません');
    expect(result[0]?.evidence).toEqual([{ document: 'care_plan', documentId: 'plan-1', path: ['assessmentId'], label: '計画のもとにしたアセスメント' }]);
  });

  it('names the plan without a date when it has neither 作成日 nor 計画作成日', () => {
    const result = findings(aCaseFile().withPlan({}).build());
    expect(result[0]?.message).toMatch(/^この居宅サービス計画のもとになった/u);
  });

  it('says nothing when there is no plan (nothing to base an assessment on yet)', () => {
    expect(findings(aCaseFile().withAssessment({}).build())).toEqual([]);
    expect(findings(aCaseFile().build())).toEqual([]);
  });

  it('is not evaluated when the input carries no assessment', () => {
    const result = audit(anExemplaryCaseFile().build(), shippedPack('national'), { asOf: exemplaryAsOf, available: ['client', 'certification', 'plan'] });
    expect(result.notEvaluated.map((n) => n.ruleId)).toContain(ruleId);
  });
});
