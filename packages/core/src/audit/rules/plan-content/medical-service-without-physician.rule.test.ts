import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../domain/document-bodies.js';
import { aCaseFile, anExemplaryCaseFile } from '../../../testing/builders.js';
import { anInsuredLine } from '../../../testing/plan-parts.js';
import { audit } from '../../audit.js';
import { exemplaryAsOf, shippedPack, shippedPackIds } from '../../testing/shipped-packs.js';

const ruleId = 'plan.medical-service-without-physician';

function findings(caseFile: CaseFile, packId = 'national') {
  return audit(caseFile, shippedPack(packId), { asOf: exemplaryAsOf }).findings.filter((f) => f.ruleId === ruleId);
}

function withLine(patch: Parameters<typeof anInsuredLine>[0]): CaseFile {
  return aCaseFile().withNeed('体調を崩さずに家で暮らしたい', { lines: [anInsuredLine(patch)] }).build();
}

describe(ruleId, () => {
  it.each(shippedPackIds)('is silent on the exemplary case file under %s', (packId) => {
    expect(findings(anExemplaryCaseFile().build(), packId)).toEqual([]);
  });

  it('asks for the physician’s instruction of the 通所リハ line, at that field', () => {
    const caseFile = anExemplaryCaseFile()
      .mutate((c) => {
        delete c.carePlans[0]!.needs[0]!.longTermGoals[0]!.shortTermGoals[0]!.serviceLines[0]!.physicianInstruction;
      })
      .build();
    const [finding, ...rest] = findings(caseFile);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId, severity: 'standard' });
    expect(finding?.message).toBe(
      '第2表 課題1 長期目標1 短期目標1 援助内容1の通所リハビリテーション「下肢筋力訓練・歩行練習」（テスト通所リハ）は医療サービスですが、主治の医師等の指示の記録がありません。いつ、どの医師から、どんな指示や留意事項を受けたのかを記載しておきましょう。計画を作成したら主治医にも交付し、医療との連携を確かめていきませんか？',
    );
    expect(finding?.evidence[0]).toMatchObject({ document: 'care_plan', path: ['needs', 0, 'longTermGoals', 0, 'shortTermGoals', 0, 'serviceLines', 0, 'physicianInstruction'] });
  });

  it.each([
    ['13', '訪問看護'],
    ['14', '訪問リハビリテーション'],
    ['31', '居宅療養管理指導'],
    ['22', '短期入所療養介護（介護老人保健施設）'],
    ['2A', '短期入所療養介護（介護医療院）'],
    ['63', '介護予防訪問看護'],
    ['66', '介護予防通所リハビリテーション'],
  ])('checks code %s (%s)', (serviceTypeCode, serviceTypeName) => {
    expect(findings(withLine({ serviceTypeCode, serviceTypeName, content: '健康管理' }))).toHaveLength(1);
  });

  it('checks 定期巡回・看多機 only when the line includes nursing', () => {
    expect(findings(withLine({ serviceTypeCode: '76', serviceTypeName: '定期巡回・随時対応型訪問介護看護', content: '排泄介助と安否確認' }))).toEqual([]);
    expect(findings(withLine({ serviceTypeCode: '76', serviceTypeName: '定期巡回・随時対応型訪問介護看護', content: '訪問看護による服薬管理' }))).toHaveLength(1);
    expect(findings(withLine({ serviceTypeCode: '77', serviceTypeName: '看護小規模多機能型居宅介護', content: '看護師による褥瘡の処置' }))).toHaveLength(1);
  });

  it('recognises a medical service by its name when the code is missing', () => {
    expect(findings(withLine({ serviceTypeCode: undefined, serviceTypeName: '訪問看護', content: '健康管理' }))).toHaveLength(1);
  });

  it('is satisfied by a recorded instruction and ignores other services', () => {
    expect(findings(withLine({ serviceTypeCode: '13', serviceTypeName: '訪問看護', physicianInstruction: 'テスト内科 医師より令和7年3月20日に指示書' }))).toEqual([]);
    expect(findings(withLine({ serviceTypeCode: '15', serviceTypeName: '通所介護', content: '健康チェック' }))).toEqual([]);
    expect(findings(aCaseFile().build())).toEqual([]);
  });
});
