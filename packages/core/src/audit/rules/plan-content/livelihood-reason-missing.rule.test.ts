import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../domain/document-bodies.js';
import { aCaseFile, anExemplaryCaseFile } from '../../../testing/builders.js';
import { anInsuredLine } from '../../../testing/plan-parts.js';
import { audit } from '../../audit.js';
import { exemplaryAsOf, shippedPack, shippedPackIds } from '../../testing/shipped-packs.js';

const ruleId = 'plan.livelihood-reason-missing';

function findings(caseFile: CaseFile, packId = 'national') {
  return audit(caseFile, shippedPack(packId), { asOf: exemplaryAsOf }).findings.filter((f) => f.ruleId === ruleId);
}

const housework = anInsuredLine({ content: '掃除・洗濯' });

describe(ruleId, () => {
  it.each(shippedPackIds)('is silent on the exemplary case file under %s', (packId) => {
    expect(findings(anExemplaryCaseFile().build(), packId)).toEqual([]);
  });

  it('asks for the 算定理由 when 訪問介護 is centred on housework, with evidence at the reason and the line', () => {
    const caseFile = aCaseFile().withNeed('自宅で清潔に暮らしたい', { lines: [housework, anInsuredLine({ content: '調理と買物' })] }).build();
    const [finding, ...rest] = findings(caseFile);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId, severity: 'standard' });
    expect(finding?.message).toMatch(/^訪問介護「掃除・洗濯」ほか1件は生活援助（掃除・洗濯・調理・買物など）を中心とした内容に見えますが、第1表に生活援助中心型の算定理由が記載されていません。/u);
    expect(finding?.evidence.map((e) => e.path)).toEqual([
      ['livingSupportReason', 'reason'],
      ['needs', 0, 'longTermGoals', 0, 'shortTermGoals', 0, 'serviceLines', 0, 'content'],
      ['needs', 0, 'longTermGoals', 0, 'shortTermGoals', 0, 'serviceLines', 1, 'content'],
    ]);
  });

  it('asks for the text when the reason is その他', () => {
    const caseFile = aCaseFile().withNeed('自宅で清潔に暮らしたい', { lines: [housework] }).withPlan({ livingSupportReason: { reason: 'other' } }).build();
    const [finding] = findings(caseFile);
    expect(finding?.message).toMatch(/「その他」ですが、その内容が書かれていません/u);
    expect(finding?.evidence[0]?.path).toEqual(['livingSupportReason', 'otherText']);
  });

  it.each([
    ['a reason is recorded', { reason: 'family_unable' as const }],
    ['その他 has its text', { reason: 'other' as const, otherText: '同居の長男は夜勤で日中不在のため' }],
    ['the reason is written as text with no code (another software)', { otherText: '一人暮らしのため' }],
  ])('is satisfied when %s', (_label, livingSupportReason) => {
    const caseFile = aCaseFile().withNeed('自宅で清潔に暮らしたい', { lines: [housework] }).withPlan({ livingSupportReason }).build();
    expect(findings(caseFile)).toEqual([]);
  });

  it.each([
    ['housework done together with the client (見守り的援助, 身体介護)', anInsuredLine({ content: '掃除・買物の一部を一緒に行う' })],
    ['身体介護', anInsuredLine({ content: '入浴介助' })],
    ['housework by another service type', anInsuredLine({ serviceTypeCode: '15', serviceTypeName: '通所介護', content: '調理訓練' })],
    ['housework by the family', anInsuredLine({ kind: 'informal', insured: false, informalCategory: 'family', serviceTypeCode: undefined, content: '洗濯' })],
  ])('does not ask for %s', (_label, line) => {
    expect(findings(aCaseFile().withNeed('自宅で清潔に暮らしたい', { lines: [line] }).build())).toEqual([]);
  });

  it('counts 生活援助 written as such even beside 身体介護', () => {
    const line = anInsuredLine({ content: '身体介護（入浴介助）と生活援助（掃除）' });
    expect(findings(aCaseFile().withNeed('自宅で清潔に暮らしたい', { lines: [line] }).build())).toHaveLength(1);
  });

  it('recognises 訪問介護 by its name when the code is missing', () => {
    const line = anInsuredLine({ serviceTypeCode: undefined, serviceTypeName: '訪問介護', content: '掃除' });
    expect(findings(aCaseFile().withNeed('自宅で清潔に暮らしたい', { lines: [line] }).build())).toHaveLength(1);
  });
});
