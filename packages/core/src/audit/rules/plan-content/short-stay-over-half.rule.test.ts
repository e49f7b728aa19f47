import { describe, expect, it } from 'vitest';
import type { ServiceLine } from '../../../domain/care-plan-needs.schema.js';
import type { CaseFile } from '../../../domain/document-bodies.js';
import type { ResolvedPolicyPack } from '../../../policy/resolve-policy-pack.js';
import { aCaseFile, anExemplaryCaseFile, type CaseFileBuilder } from '../../../testing/builders.js';
import { anInsuredLine } from '../../../testing/plan-parts.js';
import { audit } from '../../audit.js';
import { exemplaryAsOf, shippedPack, shippedPackIds } from '../../testing/shipped-packs.js';

const ruleId = 'plan.short-stay-over-half';
const wholeYear = { start: '2025-04-01', end: '2026-03-31' };

function findings(caseFile: CaseFile, pack: ResolvedPolicyPack = shippedPack('national')) {
  return audit(caseFile, pack, { asOf: exemplaryAsOf }).findings.filter((f) => f.ruleId === ruleId);
}

function shortStay(patch: Partial<ServiceLine> = {}): ServiceLine {
  return anInsuredLine({ serviceTypeCode: '21', serviceTypeName: '短期入所生活介護', providerName: 'テスト特養', providerOfficeNumber: '0899000021', content: '入浴・食事・機能訓練', period: wholeYear, ...patch });
}

/** aCaseFile's certification runs 2025-04-01〜2026-03-31 (365 days). */
function withStays(...lines: ServiceLine[]): CaseFileBuilder {
  return aCaseFile().withNeed('家族が休める間も家で暮らし続けたい', { period: wholeYear, lines });
}

describe(ruleId, () => {
  it.each(shippedPackIds)('is silent on the exemplary case file under %s', (packId) => {
    expect(findings(anExemplaryCaseFile().build(), shippedPack(packId))).toEqual([]);
  });

  it('states the estimate and how it was computed when stays exceed half the certification', () => {
    const [finding, ...rest] = findings(withStays(shortStay({ frequency: '月20日' })).build());
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId, severity: 'standard' });
    expect(finding?.message).toBe(
      '短期入所の利用日数を計画の頻度から見積もると、認定の有効期間（2025-04-01〜2026-03-31、365日）のうち約240日（66%）で、おおむね半数（182日）を超えています。' +
        '内訳: 短期入所生活介護「入浴・食事・機能訓練」「月20日」× 2025-04-01〜2026-03-31（365日）≒ 240日。' +
        '居宅での自立した生活を続ける視点から、この日数が本人の心身の状況などから特に必要といえるのか、その理由を計画に記載しているか確かめませんか？',
    );
    expect(finding?.evidence).toEqual([
      { document: 'care_plan', documentId: expect.any(String), path: ['needs', 0, 'longTermGoals', 0, 'shortTermGoals', 0, 'serviceLines', 0, 'frequency'], label: '第2表 課題1 長期目標1 短期目標1 援助内容1 頻度', value: '月20日' },
    ]);
  });

  it.each([
    ['月10日', 0],
    ['2泊3日を月2回', 0],
    ['週4日', 1],
    ['毎日', 1],
    ['毎月1日〜20日', 1],
    ['月1回（3週間）', 1],
  ])('「%s」 over the whole year → %i finding(s)', (frequency, count) => {
    expect(findings(withStays(shortStay({ frequency })).build())).toHaveLength(count);
  });

  it('adds up different stays, and counts the period of each line only inside the certification', () => {
    const roken = shortStay({ serviceTypeCode: '22', serviceTypeName: '短期入所療養介護（介護老人保健施設）', providerName: 'テスト老健', providerOfficeNumber: '0899000022', frequency: '月10日', physicianInstruction: '指示あり' });
    expect(findings(withStays(shortStay({ frequency: '月10日' }), roken).build())).toHaveLength(1);
    const beyond = shortStay({ frequency: '毎日', period: { start: '2026-01-01', end: '2026-12-31' } });
    expect(findings(withStays(beyond).build())).toEqual([]);
  });

  it('judges a plan shorter than the certification by the pace it sets', () => {
    const half = { start: '2025-04-01', end: '2025-09-30' };
    const [finding] = findings(aCaseFile().withNeed('家族が休める間も家で暮らし続けたい', { period: half, lines: [shortStay({ frequency: '毎月20日', period: half })] }).build());
    expect(finding?.message).toContain('計画の期間（2025-04-01〜2025-09-30、183日）のうち短期入所は約120日（66%）');
    expect(finding?.message).toContain('このペースが続くと、認定の有効期間（2025-04-01〜2026-03-31）のおおむね半数を超えます');
    expect(findings(aCaseFile().withNeed('家族が休める間も家で暮らし続けたい', { period: half, lines: [shortStay({ frequency: '月10日', period: half })] }).build())).toEqual([]);
  });

  it('counts the same stay listed under two needs once', () => {
    const caseFile = withStays(shortStay({ frequency: '月10日' }))
      .withNeed('夜はぐっすり眠りたい', { period: wholeYear, lines: [shortStay({ frequency: '月10日' })] })
      .build();
    expect(findings(caseFile)).toEqual([]);
  });

  it('does not guess from a frequency without days, but reads 第3表 for that line', () => {
    const line = shortStay({ id: 'line-ss', frequency: '月2回' });
    expect(findings(withStays(line).build())).toEqual([]);
    const weekly = withStays(line)
      .withPlan({ weeklySchedule: { entries: [1, 2, 3, 4].map((day) => ({ id: `wk-${day}`, day, content: 'ショートステイ', serviceLineId: 'line-ss' })), dailyActivities: [] } })
      .build();
    const [finding] = findings(weekly);
    expect(finding?.message).toMatch(/「第3表 週4日」× 2025-04-01〜2026-03-31（365日）≒ 209日/u);
    expect(finding?.evidence.map((e) => e.path)).toEqual([0, 1, 2, 3].map((k) => ['weeklySchedule', 'entries', k]));
  });

  it('reads 第3表 slots of short stay when no line names it', () => {
    const caseFile = aCaseFile()
      .withNeed('家で暮らし続けたい', { period: wholeYear })
      .withPlan({ weeklySchedule: { entries: [1, 2, 3, 4, 5].map((day) => ({ id: `wk-${day}`, day, content: '短期入所' })), dailyActivities: [] } })
      .build();
    expect(findings(caseFile)[0]?.message).toMatch(/第3表の短期入所「第3表 週5日」/u);
  });

  it('uses the pack’s maxRatio', () => {
    const national = shippedPack('national');
    const strict: ResolvedPolicyPack = { ...national, rules: { ...national.rules, [ruleId]: { ...national.rules[ruleId]!, params: { maxRatio: 0.3 } } } };
    const caseFile = withStays(shortStay({ frequency: '月10日' })).build();
    expect(findings(caseFile)).toEqual([]);
    expect(findings(caseFile, strict)[0]?.message).toMatch(/30%（109日）を超えています/u);
    const invalid: ResolvedPolicyPack = { ...national, rules: { ...national.rules, [ruleId]: { ...national.rules[ruleId]!, params: { maxRatio: 2 } } } };
    expect(() => findings(caseFile, invalid)).toThrow(/maxRatio/u);
  });

  it('falls back to the period copied on 第1表, and stays silent without any certification period', () => {
    const noCertificationPeriod = withStays(shortStay({ frequency: '毎日' })).withCertification({ validFrom: undefined, validTo: undefined });
    expect(findings(noCertificationPeriod.build())).toEqual([]);
    expect(findings(noCertificationPeriod.withPlan({ certificationValidFrom: '2025-04-01', certificationValidTo: '2026-03-31' }).build())).toHaveLength(1);
    expect(findings(aCaseFile().build())).toEqual([]);
  });
});
