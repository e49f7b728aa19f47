import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../domain/document-bodies.js';
import type { ResolvedPolicyPack } from '../../../policy/resolve-policy-pack.js';
import { aCaseFile, anExemplaryCaseFile } from '../../../testing/builders.js';
import { audit } from '../../audit.js';
import { exemplaryAsOf, shippedPack, shippedPackIds } from '../../testing/shipped-packs.js';

const ruleId = 'plan.goal-vague';

function findings(caseFile: CaseFile, pack: ResolvedPolicyPack = shippedPack('national')) {
  return audit(caseFile, pack, { asOf: exemplaryAsOf }).findings.filter((f) => f.ruleId === ruleId);
}

function withGoals(longTermGoal: string, shortTermGoal = '週2回、自宅周辺を10分歩ける'): CaseFile {
  return aCaseFile().withNeed('自分で買物に行けるようになりたい', { longTermGoal, shortTermGoal }).build();
}

describe(ruleId, () => {
  it.each(shippedPackIds)('is silent on the exemplary goals under %s', (packId) => {
    expect(findings(anExemplaryCaseFile().build(), shippedPack(packId))).toEqual([]);
  });

  it('asks what 「安心して暮らせる」 and 「現状維持」 would look like, one finding per goal at its text', () => {
    const caseFile = anExemplaryCaseFile().withNeed('家で暮らし続けたい', { longTermGoal: '安心して暮らせる', shortTermGoal: '現状維持' }).build();
    const [long, short, ...rest] = findings(caseFile);
    expect(rest).toEqual([]);
    expect(long).toMatchObject({ ruleId, severity: 'advice' });
    expect(long?.message).toBe(
      '第2表 課題4 長期目標1『安心して暮らせる』は、どんな暮らしができたら達成といえるでしょうか。「安心」は受け止め方が人によって違う言葉です。どこで、何を、どのくらいできたらよいのか、場所や回数など本人と一緒に確かめられる形にしてみませんか？',
    );
    expect(long?.evidence).toEqual([{ document: 'care_plan', documentId: 'plan-1', path: ['needs', 3, 'longTermGoals', 0, 'text'], label: '第2表 課題4 長期目標1', value: '安心して暮らせる' }]);
    expect(short?.message).toMatch(/^第2表 課題4 長期目標1 短期目標1『現状維持』/u);
    expect(short?.evidence[0]?.path).toEqual(['needs', 3, 'longTermGoals', 0, 'shortTermGoals', 0, 'text']);
  });

  it('points out a goal with no activity, place, amount or frequency', () => {
    const [finding] = findings(withGoals('在宅生活を継続する'));
    expect(finding?.message).toMatch(/『在宅生活を継続する』からは、具体的な活動・場所・回数や量が読み取れません/u);
  });

  it.each([
    ['杖を使って商店街（片道10分）まで歩いて買物に行ける', 0],
    ['見守りがあれば自宅の浴槽に入れる', 0],
    ['老人会の花壇当番にまた参加できる', 0],
    ['安心して週2回入浴できる', 0],
    ['安心して暮らせる', 1],
    ['健康に過ごせる', 1],
    ['安全に歩ける', 1],
    ['転倒しない', 1],
    ['一人で暮らせる', 1],
  ])('「%s」 → %i finding(s)', (goal, count) => {
    expect(findings(withGoals(goal))).toHaveLength(count);
  });

  it('reads the vague words from the lexicon the pack names', () => {
    const national = shippedPack('national');
    const withoutWords: ResolvedPolicyPack = { ...national, lexicons: { ...national.lexicons, vagueWords: [] } };
    const caseFile = withGoals('安心して買物に行ける');
    expect(findings(caseFile, national)).toHaveLength(1);
    expect(findings(caseFile, withoutWords)).toEqual([]);
    const renamed: ResolvedPolicyPack = {
      ...national,
      rules: { ...national.rules, [ruleId]: { ...national.rules[ruleId]!, params: { lexicon: 'localWords' } } },
      lexicons: { ...national.lexicons, localWords: ['自分らしく'] },
    };
    expect(findings(withGoals('自分らしく買物に行ける'), renamed)).toHaveLength(1);
    expect(findings(withGoals('自分らしく買物に行ける'), national)).toEqual([]);
  });

  it('reads the 目標 of a 介護予防 plan too', () => {
    const caseFile = aCaseFile()
      .withPreventionPlan({ id: 'pp-1', status: 'active', issues: [{ id: 'i-1', goal: '安心して一人暮らしを続ける', supportRows: [] }, { id: 'i-2', goal: '週2回、近所の公民館の体操教室に歩いて通う', supportRows: [] }] })
      .build();
    const found = audit(caseFile, shippedPack('national'), { asOf: exemplaryAsOf }).findings.filter((f) => f.ruleId === ruleId);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('介護予防計画 課題1 目標『安心して一人暮らしを続ける』');
    expect(found[0]?.evidence).toEqual([{ document: 'prevention_plan', documentId: 'pp-1', path: ['issues', 0, 'goal'], label: '介護予防計画 課題1 目標', value: '安心して一人暮らしを続ける' }]);
  });

  it('leaves blank goals and cases without a plan alone', () => {
    expect(findings(withGoals('', ''))).toEqual([]);
    expect(findings(aCaseFile().build())).toEqual([]);
  });
});
