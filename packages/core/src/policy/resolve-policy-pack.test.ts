import { describe, expect, it } from 'vitest';
import { KizukiError } from '../errors/kizuki-error.js';
import { childPackData, packFrom, rootPackData } from './policy-pack.fixtures.js';
import type { PolicyPack } from './policy-pack.schema.js';
import { findPrinciple, resolvePolicyPack } from './resolve-policy-pack.js';

function packs(...list: PolicyPack[]): Map<string, PolicyPack> {
  return new Map(list.map((p) => [p.id, p]));
}

function thrown(run: () => unknown): KizukiError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(KizukiError);
    return error as KizukiError;
  }
  throw new Error('expected an error');
}

describe('resolvePolicyPack', () => {
  const base = packFrom(rootPackData());
  const town = packFrom(childPackData());

  it('accumulates principles, checklists and workflows, ancestors first, with their pack', () => {
    const resolved = resolvePolicyPack('town', packs(base, town));
    expect(resolved.principles.map((p) => [p.id, p.packId])).toEqual([
      ['base.p1', 'base'],
      ['town.p1', 'town'],
    ]);
    expect(resolved.checklists.map((c) => c.packId)).toEqual(['town']);
    expect(resolved.workflows.map((w) => w.id)).toEqual(['town.meeting']);
    expect(resolved.chain).toEqual([
      { id: 'town', version: '0.2.0' },
      { id: 'base', version: '1.0.0' },
    ]);
    expect(resolved.title).toBe('テスト町の基本方針');
    expect(findPrinciple(resolved, 'base.p1')?.text).toBe('利用者の自立を支援する。');
  });

  it('overrides rule settings field by field: severity replaced, params merged, citations appended', () => {
    const rules = resolvePolicyPack('town', packs(base, town)).rules;
    expect(rules['plan.goal-vague']).toEqual({
      enabled: true,
      severity: 'question',
      params: { lexicon: 'vagueWords', min: 2 },
      citations: ['base.p1', 'town.p1'],
      setBy: ['base', 'town'],
    });
    expect(rules['process.monitoring-overdue']?.setBy).toEqual(['base']);
    expect(rules['plan.goal-is-service']).toBeUndefined();
  });

  it('keeps the parent untouched when resolved on its own (record input)', () => {
    const resolved = resolvePolicyPack('base', { base, town });
    expect(resolved.rules['plan.goal-vague']?.severity).toBe('advice');
    expect(resolved.lexicons.vagueWords).toEqual(['安心', '安全に']);
    expect(resolved.chain).toEqual([{ id: 'base', version: '1.0.0' }]);
  });

  it('merges lexicons: removals then additions, without duplicates', () => {
    const data = childPackData();
    data.lexicons = { vagueWords: { add: ['穏やかに', '安心'], remove: ['安全に'] }, serviceWords: { add: ['ヘルパー'] } };
    const resolved = resolvePolicyPack('town', packs(base, packFrom(data)));
    expect(resolved.lexicons).toEqual({ vagueWords: ['安心', '穏やかに'], serviceWords: ['ヘルパー'] });
  });

  it('reports removal of a word the parent does not have', () => {
    const data = childPackData();
    data.lexicons = { vagueWords: { remove: ['楽しく'] } };
    const error = thrown(() => resolvePolicyPack('town', packs(base, packFrom(data))));
    expect(error.code).toBe('validation_failed');
    expect(error.message).toContain('削除する語「楽しく」は継承元の語彙 vagueWords にありません');
  });

  it('reports an unknown pack as not_found, listing the known ids', () => {
    const error = thrown(() => resolvePolicyPack('nowhere', packs(base, town)));
    expect(error.code).toBe('not_found');
    expect(error.message).toBe('ポリシーパック「nowhere」は見つかりません（登録済み: base, town）');
  });

  it('reports a missing parent in Japanese', () => {
    const error = thrown(() => resolvePolicyPack('town', packs(town)));
    expect(error.code).toBe('validation_failed');
    expect(error.message).toBe('ポリシーパック「town」の継承元「base」が見つかりません');
  });

  it('reports a cycle in the extends chain', () => {
    const a = packFrom({ ...childPackData(), id: 'a', extends: 'b', principles: [], checklists: [], workflows: [], rules: {}, lexicons: {} });
    const b = packFrom({ ...childPackData(), id: 'b', extends: 'a', principles: [], checklists: [], workflows: [], rules: {}, lexicons: {} });
    const error = thrown(() => resolvePolicyPack('a', packs(a, b)));
    expect(error.code).toBe('validation_failed');
    expect(error.message).toBe('ポリシーパックの継承が循環しています: a → b → a');
  });

  it('reports principle ids that no pack in the chain defines', () => {
    const data = childPackData();
    (data.rules as Record<string, Record<string, unknown>>)['plan.goal-vague']!.citations = ['town.missing'];
    (data.workflows as Record<string, unknown>[])[0]!.principles = ['base.nope'];
    const error = thrown(() => resolvePolicyPack('town', packs(base, packFrom(data))));
    expect(error.code).toBe('validation_failed');
    const issues = (error.details as { issues: { path: string; message: string }[] }).issues;
    expect(issues.map((i) => i.message)).toEqual(['原則ID「base.nope」が継承元を含めて見つかりません', '原則ID「town.missing」が継承元を含めて見つかりません']);
  });

  it('reports a rule introduced by a child without enabled or severity', () => {
    const data = childPackData();
    (data.rules as Record<string, unknown>)['plan.goal-is-service'] = { params: { x: 1 } };
    const error = thrown(() => resolvePolicyPack('town', packs(base, packFrom(data))));
    expect(error.message).toContain('ルール plan.goal-is-service の enabled・severity がどのパックにも指定されていません');
  });
});
