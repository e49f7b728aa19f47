import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../domain/document-bodies.js';
import { aCaseFile, anExemplaryCaseFile } from '../../../testing/builders.js';
import { audit } from '../../audit.js';
import { exemplaryAsOf, shippedPack, shippedPackIds } from '../../testing/shipped-packs.js';

const ruleId = 'process.service-plans-not-requested';

function findings(caseFile: CaseFile, pack = 'national') {
  return audit(caseFile, shippedPack(pack), { asOf: exemplaryAsOf }).findings.filter((f) => f.ruleId === ruleId);
}

describe('process.service-plans-not-requested', () => {
  it.each(shippedPackIds)('raises nothing for the exemplary case file under %s', (pack) => {
    expect(findings(anExemplaryCaseFile().build(), pack)).toEqual([]);
  });

  it('reports each provider of an insured service not asked for its plan', () => {
    const result = findings(anExemplaryCaseFile().withPlan({ individualServicePlans: [] }).build());
    // テスト薬局 only provides 居宅療養管理指導, which has no 個別サービス計画 in the 基準.
    expect(result.map((f) => f.evidence[0]?.value)).toEqual(['テスト通所リハ', 'テスト福祉用具']);
    expect(result[0]?.message).toBe('計画に位置付けた「テスト通所リハ」（通所リハビリテーション）に、個別サービス計画の提出を求めた記録が見当たりません。事業所の計画を受け取り、居宅サービス計画と目標がつながっているか確かめませんか？');
    expect(result[0]?.evidence[1]).toEqual({ document: 'care_plan', documentId: 'plan-1', path: ['individualServicePlans'], label: '個別サービス計画の提出依頼' });
  });

  it('points at the request date of a provider recorded without one', () => {
    const result = findings(anExemplaryCaseFile().mutate((c) => delete c.carePlans[0]!.individualServicePlans[1]!.requestedOn).build());
    expect(result).toHaveLength(1);
    expect(result[0]?.evidence[1]).toMatchObject({ path: ['individualServicePlans', 1, 'requestedOn'] });
  });

  it('asks nothing of a 原案', () => {
    expect(findings(anExemplaryCaseFile().withPlan({ status: 'draft', consent: undefined, individualServicePlans: [] }).build())).toEqual([]);
    expect(findings(aCaseFile().build())).toEqual([]);
  });
});
