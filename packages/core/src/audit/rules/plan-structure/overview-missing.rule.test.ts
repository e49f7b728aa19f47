import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../domain/document-bodies.js';
import { isKizukiError } from '../../../errors/kizuki-error.js';
import type { ResolvedPolicyPack } from '../../../policy/resolve-policy-pack.js';
import { aCaseFile, anExemplaryCaseFile } from '../../../testing/builders.js';
import { audit } from '../../audit.js';
import { exemplaryAsOf, shippedPack } from '../../testing/shipped-packs.js';

const ruleId = 'plan.overview-missing';

function findings(caseFile: CaseFile, pack: ResolvedPolicyPack = shippedPack('national')) {
  return audit(caseFile, pack, { asOf: exemplaryAsOf }).findings.filter((f) => f.ruleId === ruleId);
}

function packWithParams(params: Record<string, unknown>): ResolvedPolicyPack {
  const national = shippedPack('national');
  return { ...national, rules: { ...national.rules, [ruleId]: { ...national.rules[ruleId]!, params } } };
}

describe('plan.overview-missing', () => {
  it('raises nothing for the exemplary case file', () => {
    expect(findings(anExemplaryCaseFile().build())).toEqual([]);
  });

  it('asks for the 総合的な援助の方針 when it is blank', () => {
    const result = findings(anExemplaryCaseFile().withPlan({ overallPolicy: '  ' }).build());
    expect(result).toHaveLength(1);
    expect(result[0]?.severity).toBe('standard');
    expect(result[0]?.message).toContain('「総合的な援助の方針」が空欄です');
    expect(result[0]?.evidence).toEqual([{ document: 'care_plan', documentId: 'plan-1', path: ['overallPolicy'], label: '第1表 総合的な援助の方針' }]);
  });

  it('gives one finding per blank 第1表 field, in form order', () => {
    const result = findings(anExemplaryCaseFile().withPlan({ intentions: undefined, overallPolicy: undefined }).build());
    expect(result.map((f) => f.evidence[0]?.path)).toEqual([['intentions', 'client'], ['intentions', 'family'], ['intentions', 'analysisResult'], ['overallPolicy']]);
    expect(result[0]?.message).toContain('本人の生活に対する意向');
    expect(result[1]?.message).toContain('家族の意向');
  });

  it('does not ask for a family 意向 when no family is recorded', () => {
    const caseFile = anExemplaryCaseFile().withClient({ familyMembers: [] }).withPlan({ intentions: { client: '家で暮らしたい', analysisResult: '膝の痛みで外出が減っている' } }).build();
    expect(findings(caseFile)).toEqual([]);
  });

  it('lets a pack switch off 課題分析の結果, and refuses a malformed switch', () => {
    const caseFile = anExemplaryCaseFile().withPlan({ intentions: { client: '家で暮らしたい', family: '見守りたい' } }).build();
    expect(findings(caseFile)).toHaveLength(1);
    expect(findings(caseFile, packWithParams({ checkAnalysisResult: false }))).toEqual([]);
    let error: unknown;
    try {
      findings(caseFile, packWithParams({ checkAnalysisResult: 'はい' }));
    } catch (e) {
      error = e;
    }
    expect(isKizukiError(error) && error.code === 'validation_failed' && error.message.includes('checkAnalysisResult')).toBe(true);
  });

  it('checks 目標とする生活 and 総合的な方針 of a 介護予防 plan, even without a 居宅サービス計画', () => {
    const result = findings(aCaseFile().withPreventionPlan({ targetLife: { day: '朝の散歩を続ける' } }).build());
    expect(result.map((f) => [f.evidence[0]?.document, f.evidence[0]?.path])).toEqual([
      ['prevention_plan', ['targetLife', 'year']],
      ['prevention_plan', ['overallPolicy']],
    ]);
    expect(result[0]?.message).toContain('「目標とする生活（1年）」が空欄です');
  });

  it('reads only the live 介護予防 plan', () => {
    const caseFile = aCaseFile()
      .withPreventionPlan({ status: 'superseded', planDate: '2025-04-01' })
      .mutate((c) => c.preventionPlans.push({ id: 'pp-2', status: 'active', planDate: '2025-03-01', planCategories: [], domains: {}, issues: [], targetLife: { day: '散歩', year: '旅行' }, overallPolicy: '活動的に' }))
      .build();
    expect(findings(caseFile)).toEqual([]);
  });

  it('says nothing when there is no plan of either kind', () => {
    expect(findings(aCaseFile().build())).toEqual([]);
  });

  it('does not call a part missing when the 意向 column holds text no label attributes', () => {
    const caseFile = anExemplaryCaseFile().withPlan({ intentions: { unattributed: '自宅で暮らしたいとのこと。長女は週末に来る。' } }).build();
    const result = audit(caseFile, shippedPack('national'), { asOf: exemplaryAsOf });
    expect(result.findings.filter((f) => f.ruleId === ruleId)).toEqual([]);
    const reasons = result.notEvaluated.filter((n) => n.ruleId === ruleId).map((n) => n.reason);
    expect(reasons).toHaveLength(3);
    for (const [i, part] of ['本人の意向', '家族の意向', '課題分析の結果'].entries()) {
      expect(reasons[i]).toBe(`第1表の意向欄に本人・家族・課題分析の結果のどれか分けられない記載があるため、${part}が書かれているかは評価していません`);
    }
  });

  it('still asks for the parts that are missing beside labelled ones', () => {
    const caseFile = anExemplaryCaseFile().withPlan({ intentions: { client: '家にいたい', unattributed: '転倒の危険' } }).build();
    const result = audit(caseFile, shippedPack('national'), { asOf: exemplaryAsOf });
    expect(result.findings.filter((f) => f.ruleId === ruleId)).toEqual([]);
    expect(result.notEvaluated.filter((n) => n.ruleId === ruleId).map((n) => n.reason.slice(-22))).toEqual(['家族の意向が書かれているかは評価していません', '課題分析の結果が書かれているかは評価していません'].map((r) => r.slice(-22)));
  });

  it('on an input without 家族構成 (CSV), reports the family part as not evaluated rather than passed', () => {
    const caseFile = anExemplaryCaseFile().withPlan({ intentions: { client: '家にいたい', analysisResult: '転倒予防' } }).build();
    const result = audit(caseFile, shippedPack('national'), { asOf: exemplaryAsOf, available: ['client', 'certification', 'plan'] });
    expect(result.findings.filter((f) => f.ruleId === ruleId)).toEqual([]);
    expect(result.notEvaluated.filter((n) => n.ruleId === ruleId)).toEqual([{ ruleId, reason: '入力に家族構成が含まれないため、家族の意向が必要かどうかは評価していません' }]);
    // With the family part written, there is nothing left undecided.
    const written = anExemplaryCaseFile().withPlan({ intentions: { client: '家にいたい', family: '長女：見守る', analysisResult: '転倒予防' } }).build();
    expect(audit(written, shippedPack('national'), { asOf: exemplaryAsOf, available: ['client', 'certification', 'plan'] }).notEvaluated.filter((n) => n.ruleId === ruleId)).toEqual([]);
  });
});
