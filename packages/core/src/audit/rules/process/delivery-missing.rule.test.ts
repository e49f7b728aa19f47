import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../domain/document-bodies.js';
import { aCaseFile, anExemplaryCaseFile } from '../../../testing/builders.js';
import { anInsuredLine } from '../../../testing/plan-parts.js';
import { audit } from '../../audit.js';
import { exemplaryAsOf, shippedPack, shippedPackIds } from '../../testing/shipped-packs.js';

const ruleId = 'process.delivery-missing';

function findings(caseFile: CaseFile, pack = 'national') {
  return audit(caseFile, shippedPack(pack), { asOf: exemplaryAsOf }).findings.filter((f) => f.ruleId === ruleId);
}

describe('process.delivery-missing', () => {
  it.each(shippedPackIds)('raises nothing for the exemplary case file under %s', (pack) => {
    expect(findings(anExemplaryCaseFile().build(), pack)).toEqual([]);
  });

  it('reports a consented plan not delivered to the client', () => {
    const result = findings(anExemplaryCaseFile().mutate((c) => delete c.carePlans[0]!.delivery!.toClientOn).build());
    expect(result).toHaveLength(1);
    expect(result[0]?.message).toBe('同意（令和7年3月31日）を得た居宅サービス計画を利用者に交付した日が記録されていません。確定した計画を利用者に渡しましたか？');
    expect(result[0]?.evidence).toEqual([{ document: 'care_plan', documentId: 'plan-1', path: ['delivery', 'toClientOn'], label: '交付 利用者への交付日' }]);
  });

  it('reports each provider missing from the delivery list once, however many lines it carries', () => {
    const result = findings(anExemplaryCaseFile().mutate((c) => (c.carePlans[0]!.delivery!.toProviders = c.carePlans[0]!.delivery!.toProviders.slice(2))).build());
    expect(result).toHaveLength(2);
    expect(result[0]?.message).toContain('計画に位置付けた「テスト通所リハ」（通所リハビリテーション）に居宅サービス計画を交付した記録が見当たりません');
    expect(result[0]?.evidence).toEqual([
      { document: 'care_plan', documentId: 'plan-1', path: ['needs', 0, 'longTermGoals', 0, 'shortTermGoals', 0, 'serviceLines', 0, 'providerName'], label: '第2表 課題1 長期目標1 短期目標1 援助内容1 ※2 事業所', value: 'テスト通所リハ' },
      { document: 'care_plan', documentId: 'plan-1', path: ['delivery', 'toProviders'], label: '交付 事業所への交付' },
    ]);
    expect(result[1]?.message).toContain('「テスト福祉用具」');
  });

  it('points at the delivery date of a provider listed without one', () => {
    const result = findings(anExemplaryCaseFile().mutate((c) => delete c.carePlans[0]!.delivery!.toProviders[1]!.deliveredOn).build());
    expect(result).toHaveLength(1);
    expect(result[0]?.evidence[1]).toEqual({ document: 'care_plan', documentId: 'plan-1', path: ['delivery', 'toProviders', 1, 'deliveredOn'], label: '交付 テスト福祉用具 交付日' });
  });

  it('matches providers by office number or by name, ignoring spaces', () => {
    const byNumber = anExemplaryCaseFile().mutate((c) => (c.carePlans[0]!.delivery!.toProviders[0]!.providerName = '別名の事業所'));
    expect(findings(byNumber.build())).toEqual([]);
    const byName = anExemplaryCaseFile().mutate((c) => {
      const record = c.carePlans[0]!.delivery!.toProviders[0]!;
      delete record.officeNumber;
      record.providerName = 'テスト 通所リハ';
    });
    expect(findings(byName.build())).toEqual([]);
  });

  it('ignores informal support and lines that name no provider', () => {
    const caseFile = anExemplaryCaseFile().withNeed('夜ぐっすり眠りたい', { lines: [anInsuredLine({ providerName: undefined, providerOfficeNumber: undefined })] }).build();
    expect(findings(caseFile)).toEqual([]);
  });

  it('asks nothing of a plan that is not yet consented', () => {
    expect(findings(anExemplaryCaseFile().withPlan({ status: 'meeting_held', consent: undefined, delivery: undefined }).build())).toEqual([]);
  });

  it('checks the providers of a 介護予防サービス・支援計画書', () => {
    const caseFile = aCaseFile()
      .withPreventionPlan({
        id: 'pp-1',
        status: 'active',
        consent: { date: '2025-03-31' },
        delivery: { toClientOn: '2025-03-31', toProviders: [] },
        issues: [{ id: 'i-1', supportRows: [{ id: 'r-1', formalService: '通所型サービス', serviceTypeCode: 'A5', providerName: 'テスト通所' }, { id: 'r-2', selfCareAndInformal: '毎朝の散歩' }] }],
      })
      .build();
    const result = findings(caseFile);
    expect(result).toHaveLength(1);
    expect(result[0]?.evidence[0]).toMatchObject({ document: 'prevention_plan', path: ['issues', 0, 'supportRows', 0, 'providerName'], value: 'テスト通所' });
  });
});
