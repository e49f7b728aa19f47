import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../domain/document-bodies.js';
import { aCaseFile, anExemplaryCaseFile } from '../../../testing/builders.js';
import { anInsuredLine } from '../../../testing/plan-parts.js';
import { audit } from '../../audit.js';
import { exemplaryAsOf, shippedPack, shippedPackIds } from '../../testing/shipped-packs.js';

const ruleId = 'plan.goal-is-service';

function findings(caseFile: CaseFile, packId = 'national') {
  return audit(caseFile, shippedPack(packId), { asOf: exemplaryAsOf }).findings.filter((f) => f.ruleId === ruleId);
}

function withGoals(longTermGoal: string, shortTermGoal = '週2回、自宅周辺を10分歩ける', lines = [anInsuredLine()]): CaseFile {
  return aCaseFile().withNeed('自分で買物に行けるようになりたい', { longTermGoal, shortTermGoal, lines }).build();
}

describe(ruleId, () => {
  it.each(shippedPackIds)('is silent on the exemplary goals under %s (通所 there is a means)', (packId) => {
    expect(findings(anExemplaryCaseFile().build(), packId)).toEqual([]);
  });

  it('asks what life 「デイサービスに通う」 is for, at the goal text', () => {
    const [finding, ...rest] = findings(withGoals('デイサービスに通う'));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId, severity: 'advice' });
    expect(finding?.message).toBe(
      '第2表 課題1 長期目標1『デイサービスに通う』は、「デイサービス」を使うこと自体が目標になっているように読めます。サービスは目標を達成するための手段です。デイサービスを通して本人がどんな暮らしを取り戻したい（続けたい）のか、本人の「したい」「できるようになりたい」を目標にしてみませんか？',
    );
    expect(finding?.evidence).toEqual([{ document: 'care_plan', documentId: expect.any(String), path: ['needs', 0, 'longTermGoals', 0, 'text'], label: '第2表 課題1 長期目標1', value: 'デイサービスに通う' }]);
  });

  it('reports short-term goals too, and a service acting instead of the person', () => {
    const [finding] = findings(withGoals('近所のスーパーまで歩いて買物に行ける', 'ヘルパーが掃除を行う'));
    expect(finding?.evidence[0]?.path).toEqual(['needs', 0, 'longTermGoals', 0, 'shortTermGoals', 0, 'text']);
    expect(finding?.message).toMatch(/「ヘルパー」が何をするかが目標になっていて/u);
  });

  it.each([
    ['ヘルパーを利用する', 1],
    ['福祉用具を使う', 1],
    ['デイサービスを利用して楽しく過ごす', 1],
    ['週2回のデイサービス', 1],
    ['入浴介助を受ける', 1],
    ['デイサービスで入浴できる', 0],
    ['デイサービスを利用して、週2回お風呂に入れる', 0],
    ['ヘルパーと一緒に掃除ができる', 0],
    ['福祉用具（歩行器）を使って商店街まで歩ける', 0],
    ['見守りがあれば自宅の浴槽に入れる', 0],
  ])('「%s」 → %i finding(s)', (goal, count) => {
    expect(findings(withGoals(goal))).toHaveLength(count);
  });

  it('notices a short-term goal that repeats its own 援助内容', () => {
    const line = anInsuredLine({ serviceTypeCode: '15', serviceTypeName: '通所介護', content: '歩行練習・筋力訓練' });
    const [finding] = findings(withGoals('近所のスーパーまで歩いて買物に行ける', '歩行練習と筋力訓練', [line]));
    expect(finding?.message).toMatch(/援助内容「歩行練習・筋力訓練」とほぼ同じ言葉/u);
    expect(findings(withGoals('近所のスーパーまで歩いて買物に行ける', '歩行器で自宅周辺を10分歩ける', [line]))).toEqual([]);
  });

  it('leaves blank goals and cases without a plan alone', () => {
    expect(findings(withGoals('', ''))).toEqual([]);
    expect(findings(aCaseFile().build())).toEqual([]);
  });
});
