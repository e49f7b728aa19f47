import { parsePolicyPack, resolvePolicyPack } from '@kizuki/core';
import { describe, expect, it } from 'vitest';
import { selfCheckGroups } from './self-check.js';

const yaml = `
id: selfpack
title: 自己点検テスト
version: 1.0.0
date: 2025-04-01
source: { title: テスト方針, publisher: 架空市, file: test.txt }
principles:
  - id: selfpack.dignity
    heading: 尊厳の保持
    text: 本人の意思を尊重する。
    question: 本人の意思が計画に表れていますか。
  - id: selfpack.plain
    heading: 質問のない原則
    text: 記録を残す。
checklists:
  - id: selfpack.list
    title: 重点留意事項
    items:
      - { id: selfpack.list.human, text: 本人の言葉で書く, judgement: human, question: 本人の言葉で書きましたか。 }
      - { id: selfpack.list.both, text: 目標は具体的に, judgement: both, rules: [plan.goal-vague], question: 目標は本人と確かめられる形ですか。 }
      - { id: selfpack.list.rule, text: 会議を開く, judgement: rule, rules: [process.meeting-missing] }
`;

describe('selfCheckGroups', () => {
  it('lists human and both checklist items with their questions, then principle questions', () => {
    const pack = resolvePolicyPack('selfpack', new Map([['selfpack', parsePolicyPack(yaml, 'self.yaml')]]));
    const groups = selfCheckGroups(pack);
    expect(groups.map((g) => [g.title, g.questions.map((q) => q.question)])).toEqual([
      ['重点留意事項', ['本人の言葉で書きましたか。', '目標は本人と確かめられる形ですか。']],
      ['基本方針に照らした問い', ['本人の意思が計画に表れていますか。']],
    ]);
    expect(groups[1]!.questions[0]!.source).toBe('尊厳の保持: 本人の意思を尊重する。');
  });

  it('leaves out rule-only items and is empty for a pack without questions', () => {
    const bare = yaml.replace(/checklists:[\s\S]*$/u, '').replace('    question: 本人の意思が計画に表れていますか。\n', '');
    const pack = resolvePolicyPack('selfpack', new Map([['selfpack', parsePolicyPack(bare, 'self.yaml')]]));
    expect(selfCheckGroups(pack)).toEqual([]);
  });
});
