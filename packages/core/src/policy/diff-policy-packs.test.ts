import { describe, expect, it } from 'vitest';
import { shippedPack } from '../audit/testing/shipped-packs.js';
import { describePolicyPackDiff, diffPolicyPacks } from './diff-policy-packs.js';
import type { ResolvedPolicyPack } from './resolve-policy-pack.js';

const hitachi = shippedPack('hitachi');
const copyOf = (pack: ResolvedPolicyPack) => JSON.parse(JSON.stringify(pack)) as ResolvedPolicyPack;

function edited(edit: (pack: ResolvedPolicyPack) => void): ResolvedPolicyPack {
  const copy = copyOf(hitachi);
  copy.version = '1.1.0';
  edit(copy);
  return copy;
}

describe('diffPolicyPacks (版の比較)', () => {
  it('finds nothing between a version and itself', () => {
    const diff = diffPolicyPacks(hitachi, copyOf(hitachi));
    expect(diff.unchanged).toBe(true);
    expect(describePolicyPackDiff(diff)).toEqual(['変更はありません。']);
  });

  it('names principles added, removed and reworded, rules re-weighted or switched off, and words added', () => {
    const [first, second] = hitachi.principles;
    const after = edited((pack) => {
      pack.principles = pack.principles.filter((p) => p.id !== second!.id);
      pack.principles[0] = { ...first!, text: `${first!.text}（改訂）` };
      pack.principles.push({ id: 'hitachi.new-1', heading: '地域の資源を生かす', text: '地域の通いの場を計画に位置付けます。', packId: 'hitachi' });
      pack.rules['plan.goal-vague'] = { ...pack.rules['plan.goal-vague']!, severity: 'standard' };
      pack.rules['plan.need-not-own-words'] = { ...pack.rules['plan.need-not-own-words']!, enabled: false };
      pack.lexicons.vagueWords = [...(pack.lexicons.vagueWords ?? []), '見守られて'];
    });
    const diff = diffPolicyPacks(hitachi, after);
    expect(diff.unchanged).toBe(false);
    expect(diff.principles.map((c) => [c.id, c.change, c.parts])).toEqual([
      [first!.id, 'changed', ['本文']],
      ['hitachi.new-1', 'added', undefined],
      [second!.id, 'removed', undefined],
    ]);
    const vague = diff.rules.find((r) => r.ruleId === 'plan.goal-vague');
    expect(vague?.severity).toEqual({ from: hitachi.rules['plan.goal-vague']!.severity, to: 'standard' });
    expect(diff.rules.find((r) => r.ruleId === 'plan.need-not-own-words')?.enabled).toEqual({ from: true, to: false });
    expect(diff.lexicons).toEqual([{ name: 'vagueWords', added: ['見守られて'], removed: [] }]);
    const lines = describePolicyPackDiff(diff);
    expect(lines).toContain('原則「地域の資源を生かす」を追加');
    expect(lines.some((l) => l.startsWith('ルール「') && l.includes('（plan.goal-vague）') && l.endsWith('→ 基準'))).toBe(true);
    expect(lines).toContain('語彙「vagueWords」: 追加 見守られて');
  });

  it('compares two different packs item by item (national → hitachi adds the municipal principles)', () => {
    const diff = diffPolicyPacks(shippedPack('national'), hitachi);
    expect(diff.principles.filter((c) => c.change === 'added').every((c) => c.id.startsWith('hitachi.'))).toBe(true);
    expect(diff.principles.filter((c) => c.change === 'removed')).toEqual([]);
  });
});
