import { describe, expect, it } from 'vitest';
import { childPackData, packFrom, rootPackData } from './policy-pack.fixtures.js';
import { renderPoliciesMarkdown } from './render-policies-markdown.js';
import { resolvePolicyPack } from './resolve-policy-pack.js';
import { formatStatuteRef } from './statute-ref.js';

describe('renderPoliciesMarkdown', () => {
  const packs = new Map([packFrom(rootPackData()), packFrom(childPackData())].map((p) => [p.id, p]));
  const resolved = [resolvePolicyPack('base', packs), resolvePolicyPack('town', packs)];
  const markdown = renderPoliciesMarkdown(resolved);
  const townSection = markdown.slice(markdown.indexOf('## テスト町の基本方針'));

  it('lists every pack in an index and gives each a section', () => {
    expect(markdown).toContain('| `base` | テスト用の基準 | 1.0.0 | — | — |');
    expect(markdown).toContain('| `town` | テスト町の基本方針 | 0.2.0 | テスト町 | `base` |');
    expect(markdown).toContain('| 保険者番号 | 未設定（出典に記載がないため） |');
    expect(markdown).toContain('| 継承 | `town` 0.2.0 ← `base` 1.0.0 |');
  });

  it('quotes each principle and shows how Kizuki supports it', () => {
    expect(markdown).toContain('> 利用者の自立を支援する。');
    expect(markdown).toContain('- ルール `plan.goal-vague`（抽象的な目標） — 助言');
    expect(townSection).toContain('- ルール `plan.goal-vague`（抽象的な目標） — 問いかけ');
    expect(townSection).toContain('- 自己点検の問い: 「本人の言葉ですか。」');
  });

  it('renders checklist items with judgement, rules, questions and linked principles', () => {
    expect(townSection).toContain('1. 目標は具体的ですか。（`town.item-1`）');
    expect(townSection).toContain('   - 判断: ルールで確認');
    expect(townSection).toContain('   - 原則: 原則1（`base.p1`）');
    expect(townSection).toContain('   - 自己点検の問い: 「家族の思いを聴きましたか。」');
  });

  it('renders workflows with their features and the effective rule table', () => {
    expect(townSection).toContain('- 機能: `feature.community-care-meeting`（地域ケア会議・地域ケア個別会議への事例提出と記録）');
    expect(townSection).toContain('| `plan.goal-vague` | 抽象的な目標 | 有効 | 問いかけ | `{"lexicon":"vagueWords","min":2}` | 原則1（`base.p1`）<br>町の原則（`town.p1`） | base, town |');
    expect(markdown).toContain('省令38号 第13条第14号');
    expect(townSection).toContain('- `vagueWords`: 安心、穏やかに');
  });

  it('does not repeat inherited items in the child section', () => {
    expect(townSection).not.toContain('> 利用者の自立を支援する。');
    expect(townSection).toContain('継承元の原則・点検項目・取組（1件）は各継承元の節を参照してください。');
  });

  it('is deterministic and ends with one newline', () => {
    expect(renderPoliciesMarkdown(resolved)).toBe(markdown);
    expect(markdown.endsWith('\n')).toBe(true);
    expect(markdown).not.toMatch(/\n{3,}/);
  });
});

describe('formatStatuteRef', () => {
  it('adds 第 to numbered parts only', () => {
    expect(formatStatuteRef({ law: '省令38号', article: '13条', item: '7号' })).toBe('省令38号 第13条第7号');
    expect(formatStatuteRef({ law: '省令38号', article: '4条', paragraph: '3項' })).toBe('省令38号 第4条第3項');
    expect(formatStatuteRef({ law: '老企第29号', article: '別紙1 第2表', item: '②' })).toBe('老企第29号 別紙1 第2表②');
  });
});
