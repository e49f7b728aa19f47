import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../domain/document-bodies.js';
import { aCaseFile, anExemplaryCaseFile } from '../../../testing/builders.js';
import { anInformalLine, anInsuredLine } from '../../../testing/plan-parts.js';
import { audit } from '../../audit.js';
import { exemplaryAsOf, shippedPack, shippedPackIds } from '../../testing/shipped-packs.js';

const ruleId = 'plan.no-informal-support';

function findings(caseFile: CaseFile, packId = 'national') {
  return audit(caseFile, shippedPack(packId), { asOf: exemplaryAsOf }).findings.filter((f) => f.ruleId === ruleId);
}

describe(ruleId, () => {
  it.each(shippedPackIds)('is silent on the exemplary case file under %s', (packId) => {
    expect(findings(anExemplaryCaseFile().build(), packId)).toEqual([]);
  });

  it('asks about support beyond the insurance when every line is an insured service', () => {
    const [finding, ...rest] = findings(anExemplaryCaseFile().withoutInformalSupport().build());
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId, severity: 'advice' });
    expect(finding?.message).toMatch(/介護保険以外の支えが位置付けられていません/u);
    expect(finding?.message).toMatch(/老人会、サロン/u);
    expect(finding?.evidence).toEqual([{ document: 'care_plan', documentId: 'plan-1', path: ['needs'], label: '第2表 援助内容' }]);
    expect(finding?.citations.map((c) => (c.kind === 'principle' ? c.id : c.label))).toContain('national.s38-13-4');
  });

  it("does not count the client's own effort as informal support", () => {
    const caseFile = aCaseFile().withNeed('一人で買物に行きたい', { lines: [anInsuredLine(), anInformalLine({ informalCategory: 'self', providerName: '本人' })] }).build();
    expect(findings(caseFile)).toHaveLength(1);
  });

  it.each([
    ['a line of kind informal', anInformalLine({ informalCategory: 'volunteer', providerName: '傾聴ボランティア' })],
    ['an uninsured line with an informal category', anInsuredLine({ kind: 'insured', insured: false, informalCategory: 'community', serviceTypeCode: undefined, content: '百歳体操' })],
    ['an informal line without a category', anInformalLine({ informalCategory: undefined })],
  ])('is satisfied by %s', (_label, line) => {
    const caseFile = aCaseFile().withNeed('一人で買物に行きたい', { lines: [anInsuredLine(), line] }).build();
    expect(findings(caseFile)).toEqual([]);
  });

  it('leaves a plan without any service line to the structure rules, and a case without a plan alone', () => {
    expect(findings(anExemplaryCaseFile().withoutNeeds().build())).toEqual([]);
    expect(findings(aCaseFile().build())).toEqual([]);
  });

  describe('介護予防サービス・支援計画書', () => {
    const withRows = (selfCareAndInformal: string) =>
      anExemplaryCaseFile()
        .withPreventionPlan({ issues: [{ id: 'issue-1', supportRows: [{ id: 'row-1', selfCareAndInformal, formalService: '通所型サービス（週1回）' }] }] })
        .build();

    it('asks when the self-care and informal column names only the client', () => {
      const [finding] = findings(withRows('本人：毎朝ラジオ体操をする'));
      expect(finding?.message).toMatch(/本人等のセルフケアや家族の支援、インフォーマルサービス/u);
      expect(finding?.evidence[0]).toMatchObject({ document: 'prevention_plan', path: ['issues'] });
    });

    it('is satisfied when family or community support is written there', () => {
      expect(findings(withRows('本人：毎朝体操。近所の友人とサロンに通う'))).toEqual([]);
      expect(findings(withRows('長女が週末に買物を手伝う'))).toEqual([]);
    });

    it('checks the prevention plan even when the case has no care plan', () => {
      const caseFile = aCaseFile()
        .withPreventionPlan({ issues: [{ id: 'issue-1', supportRows: [{ id: 'row-1', formalService: '通所型サービス' }] }] })
        .build();
      expect(findings(caseFile)).toHaveLength(1);
    });
  });
});
