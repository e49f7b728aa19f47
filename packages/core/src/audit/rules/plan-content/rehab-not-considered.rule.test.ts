import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../domain/document-bodies.js';
import { aCaseFile, anExemplaryCaseFile, type CaseFileBuilder } from '../../../testing/builders.js';
import { anInformalLine, anInsuredLine } from '../../../testing/plan-parts.js';
import { audit } from '../../audit.js';
import { exemplaryAsOf, shippedPack, shippedPackIds } from '../../testing/shipped-packs.js';

const ruleId = 'plan.rehab-not-considered';

function findings(caseFile: CaseFile, packId = 'national') {
  return audit(caseFile, shippedPack(packId), { asOf: exemplaryAsOf }).findings.filter((f) => f.ruleId === ruleId);
}

/** The exemplary case (declining, at risk of falls) with its 通所リハ lines and every mention of training removed. */
function withoutRehab(): CaseFileBuilder {
  return anExemplaryCaseFile().mutate((c) => {
    const plan = c.carePlans[0]!;
    for (const need of plan.needs) {
      for (const goal of need.longTermGoals) {
        for (const short of goal.shortTermGoals) short.serviceLines = short.serviceLines.filter((line) => line.serviceTypeCode !== '16');
      }
    }
    plan.intentions = { ...plan.intentions, analysisResult: '膝の痛みで歩く機会が減り、転倒の危険が高まっている。' };
  });
}

describe(ruleId, () => {
  it.each(shippedPackIds)('is silent on the exemplary case file under %s', (packId) => {
    expect(findings(anExemplaryCaseFile().build(), packId)).toEqual([]);
  });

  it('asks whether training was considered, pointing at each decline the assessment records', () => {
    const [finding, ...rest] = findings(withoutRehab().build());
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId, severity: 'question' });
    expect(finding?.message).toMatch(/^2025-03-25 のアセスメントでは心身機能の低下、歩行の低下、階段昇降の低下、買物の低下などが記録されていますが、計画に機能訓練・リハビリテーション/u);
    expect(finding?.message).toMatch(/その判断と理由を総合的な援助の方針などに残しておきませんか？$/u);
    expect(finding?.evidence.map((e) => [e.document, e.path.join('.')])).toEqual([
      ['assessment', 'functionTrend'],
      ['assessment', 'items.adl.activities.0.trend'],
      ['assessment', 'items.adl.activities.1.trend'],
      ['assessment', 'items.iadl.activities.0.trend'],
      ['assessment', 'risks.fall'],
      ['care_plan', 'overallPolicy'],
    ]);
  });

  it('takes its severity from the pack (hitachi raises it to advice)', () => {
    expect(findings(withoutRehab().build(), 'hitachi')[0]?.severity).toBe('advice');
  });

  it.each([
    ['a community 体操 line', (b: CaseFileBuilder) => b.withNeed('足腰を鍛えたい', { lines: [anInformalLine({ informalCategory: 'community', content: '公民館の百歳体操に参加する' })] })],
    ['個別機能訓練 at a day service', (b: CaseFileBuilder) => b.withNeed('足腰を鍛えたい', { lines: [anInsuredLine({ serviceTypeCode: '15', serviceTypeName: '通所介護', content: '個別機能訓練' })] })],
    ['a 訪問リハ line', (b: CaseFileBuilder) => b.withNeed('足腰を鍛えたい', { lines: [anInsuredLine({ serviceTypeCode: '14', serviceTypeName: '訪問リハビリテーション', content: '自宅内の動作確認' })] })],
    ['a therapist named by abbreviation', (b: CaseFileBuilder) => b.withNeed('足腰を鍛えたい', { lines: [anInsuredLine({ serviceTypeCode: '13', serviceTypeName: '訪問看護', content: 'PTによる自宅内の動作確認' })] })],
    ['a judgement in the overall policy', (b: CaseFileBuilder) => b.withPlan({ overallPolicy: '主治医と相談し、膝の炎症が落ち着くまでリハビリは控える。' })],
  ])('is satisfied by %s', (_label, change) => {
    expect(findings(change(withoutRehab()).build())).toEqual([]);
  });

  it('does not take ASCII words containing PT/OT/ST for therapists', () => {
    expect(findings(withoutRehab().withPlan({ overallPolicy: 'COST と POST の確認' }).build())).toHaveLength(1);
  });

  it('stays silent when the assessment shows no decline or risk', () => {
    const stable = withoutRehab()
      .withAssessment({ functionTrend: 'stable', risks: {} })
      .withAssessmentItem('adl', { activities: [{ activity: 'walking', status: 'independent', trend: 'stable' }] })
      .withAssessmentItem('iadl', { activities: [] })
      .build();
    expect(findings(stable)).toEqual([]);
  });

  it('counts an activity marked at risk even when its trend is stable', () => {
    const atRisk = withoutRehab()
      .withAssessment({ functionTrend: 'stable', risks: {} })
      .withAssessmentItem('adl', { activities: [{ activity: 'transfer', trend: 'stable', atRisk: true }] })
      .withAssessmentItem('iadl', { activities: [] })
      .build();
    const [finding] = findings(atRisk);
    expect(finding?.message).toMatch(/移乗の低下のおそれ/u);
    expect(finding?.evidence[0]?.path).toEqual(['items', 'adl', 'activities', 0, 'atRisk']);
  });

  it('is not evaluated without the assessment, and silent without a plan or assessment', () => {
    const result = audit(withoutRehab().build(), shippedPack('national'), { asOf: exemplaryAsOf, available: ['client', 'plan'] });
    expect(result.notEvaluated.map((n) => n.ruleId)).toContain(ruleId);
    expect(findings(aCaseFile().withNeed('歩けるようになりたい').build())).toEqual([]);
  });
});
