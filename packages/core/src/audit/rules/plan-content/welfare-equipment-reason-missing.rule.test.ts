import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../domain/document-bodies.js';
import { aCaseFile, anExemplaryCaseFile } from '../../../testing/builders.js';
import { anInsuredLine } from '../../../testing/plan-parts.js';
import { audit } from '../../audit.js';
import { exemplaryAsOf, shippedPack, shippedPackIds } from '../../testing/shipped-packs.js';

const ruleId = 'plan.welfare-equipment-reason-missing';

function findings(caseFile: CaseFile, packId = 'national') {
  return audit(caseFile, shippedPack(packId), { asOf: exemplaryAsOf }).findings.filter((f) => f.ruleId === ruleId);
}

function withLine(patch: Parameters<typeof anInsuredLine>[0]): CaseFile {
  return aCaseFile().withNeed('一人でトイレに行けるようになりたい', { lines: [anInsuredLine(patch)] }).build();
}

describe(ruleId, () => {
  it.each(shippedPackIds)('is silent on the exemplary case file under %s', (packId) => {
    expect(findings(anExemplaryCaseFile().build(), packId)).toEqual([]);
  });

  it('asks why the rented walker is needed, at the reason field of its line', () => {
    const caseFile = anExemplaryCaseFile()
      .mutate((c) => {
        delete c.carePlans[0]!.needs[0]!.longTermGoals[0]!.shortTermGoals[0]!.serviceLines[1]!.reason;
      })
      .build();
    const [finding, ...rest] = findings(caseFile);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId, severity: 'standard' });
    expect(finding?.message).toMatch(/^第2表 課題1 長期目標1 短期目標1 援助内容2の福祉用具貸与「テスト歩行器」に、必要な理由が書かれていません。/u);
    expect(finding?.message).toMatch(/継続して貸与を受ける必要があるか/u);
    expect(finding?.evidence).toEqual([
      { document: 'care_plan', documentId: 'plan-1', path: ['needs', 0, 'longTermGoals', 0, 'shortTermGoals', 0, 'serviceLines', 1, 'reason'], label: '第2表 課題1 長期目標1 短期目標1 援助内容2 福祉用具が必要な理由' },
    ]);
  });

  it.each([
    ['17', '福祉用具貸与', true],
    ['67', '介護予防福祉用具貸与', true],
    ['41', '特定福祉用具販売', false],
    ['44', '特定介護予防福祉用具販売', false],
  ])('checks code %s (%s)', (serviceTypeCode, serviceTypeName, rental) => {
    const [finding] = findings(withLine({ serviceTypeCode, serviceTypeName, content: 'ポータブルトイレ' }));
    expect(finding?.message).toContain(`${serviceTypeName}「ポータブルトイレ」`);
    expect(/継続して貸与/u.test(finding?.message ?? '')).toBe(rental);
  });

  it('is satisfied by a reason, and ignores other services and informal equipment', () => {
    expect(findings(withLine({ serviceTypeCode: '17', serviceTypeName: '福祉用具貸与', reason: '夜間のトイレ移動でふらつくため' }))).toEqual([]);
    expect(findings(withLine({ serviceTypeCode: '42', serviceTypeName: '住宅改修', content: '手すりの設置' }))).toEqual([]);
    expect(findings(withLine({ kind: 'informal', insured: false, informalCategory: 'private', serviceTypeCode: '17', content: '自費の杖' }))).toEqual([]);
    expect(findings(aCaseFile().build())).toEqual([]);
  });
});
