import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { KizukiError, type FieldIssue } from '../errors/kizuki-error.js';
import { childPackData, packFrom, rootPackData } from './policy-pack.fixtures.js';
import { parsePolicyPack } from './parse-policy-pack.js';

function failure(run: () => unknown): { error: KizukiError; issues: FieldIssue[] } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(KizukiError);
    const e = error as KizukiError;
    expect(e.code).toBe('validation_failed');
    return { error: e, issues: (e.details as { issues: FieldIssue[] }).issues };
  }
  throw new Error('expected parsePolicyPack to throw');
}

function failWith(mutate: (data: Record<string, unknown>) => void, data = childPackData()) {
  mutate(data);
  return failure(() => parsePolicyPack(stringify(data), 'town.yaml'));
}

describe('parsePolicyPack', () => {
  it('returns the validated pack with defaults filled in', () => {
    const pack = packFrom(childPackData());
    expect(pack.id).toBe('town');
    expect(pack.extends).toBe('base');
    expect(pack.checklists[0]!.items[1]!.rules).toEqual([]);
    expect(pack.rules['plan.goal-vague']).toEqual({ severity: 'question', params: { min: 2 }, citations: ['town.p1'] });
    expect(pack.lexicons.vagueWords).toEqual({ add: ['穏やかに'], remove: ['安全に'] });
    expect(pack.workflows[0]!.principles).toEqual([]);
  });

  it('accepts statute citations and optional insurer number', () => {
    const data = rootPackData();
    data.insurer = { name: 'テスト市', number: '012345' };
    const pack = packFrom(data);
    expect(pack.rules['process.monitoring-overdue']!.citations).toEqual([{ law: '省令38号', article: '13条', item: '14号' }]);
    expect(pack.insurer?.number).toBe('012345');
  });

  it('reports broken YAML in Japanese with the file name and line', () => {
    const { error, issues } = failure(() => parsePolicyPack('id: town\ntitle: [閉じていない\nversion: 1.0.0\n', 'town.yaml'));
    expect(error.message).toContain('town.yaml');
    expect(error.message).toMatch(/\d+行目: YAMLの構文が正しくありません/);
    expect(issues).toHaveLength(1);
  });

  it('refuses an alias without its anchor, and an alias bomb, in Japanese', () => {
    expect(failure(() => parsePolicyPack('id: town\ntitle: *nowhere\n', 'alias.yaml')).error.message).toContain('アンカー（&）がありません');
    const bomb = 'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n';
    expect(failure(() => parsePolicyPack(bomb, 'bomb.yaml')).error.message).toContain('展開が多すぎます');
  });

  it('rejects duplicate keys so a repeated rule cannot hide the first one', () => {
    const text = 'id: town\nrules:\n  plan.goal-vague:\n    severity: advice\n  plan.goal-vague:\n    severity: question\n';
    const { error, issues } = failure(() => parsePolicyPack(text, 'dup.yaml'));
    expect(error.message).toContain('dup.yaml');
    expect(issues[0]!.code).toBe('DUPLICATE_KEY');
  });

  it('rejects a YAML document that is not a mapping', () => {
    const { error } = failure(() => parsePolicyPack('- a\n- b\n', 'list.yaml'));
    expect(error.message).toContain('マッピング');
    expect(failure(() => parsePolicyPack('', 'empty.yaml')).error.message).toContain('empty.yaml');
  });

  it('rejects an unknown rule id in rule settings, naming the path', () => {
    const { error, issues } = failWith((d) => {
      (d.rules as Record<string, unknown>)['plan.goal-vagu'] = { severity: 'advice' };
    });
    expect(error.message).toContain('town.yaml');
    expect(error.message).toContain('不明なルールIDです: plan.goal-vagu');
    expect(issues[0]!.path).toBe('rules.plan.goal-vagu');
  });

  it('rejects an unknown rule id in a checklist item and an unknown feature id', () => {
    const { issues } = failWith((d) => {
      const list = (d.checklists as { items: Record<string, unknown>[] }[])[0]!;
      list.items[0]!.rules = ['plan.nope'];
      (d.workflows as Record<string, unknown>[])[0]!.features = ['feature.nope'];
    });
    expect(issues.map((i) => i.path)).toEqual(expect.arrayContaining(['checklists.0.items.0.rules.0', 'workflows.0.features.0']));
    expect(issues.map((i) => i.message)).toEqual(expect.arrayContaining(['不明なルールIDです: plan.nope', '不明な機能IDです: feature.nope']));
  });

  it('requires enabled and severity for every rule of a root pack', () => {
    const { issues } = failWith((d) => {
      (d.rules as Record<string, unknown>)['plan.goal-vague'] = { enabled: true };
    }, rootPackData());
    expect(issues[0]).toMatchObject({ path: 'rules.plan.goal-vague', message: expect.stringContaining('severity') as string });
  });

  it('requires a question for human judgement and rules for rule judgement', () => {
    const { issues } = failWith((d) => {
      const items = (d.checklists as { items: Record<string, unknown>[] }[])[0]!.items;
      items[0]!.rules = [];
      delete items[1]!.question;
    });
    expect(issues.map((i) => i.path)).toEqual(['checklists.0.items.0.rules', 'checklists.0.items.1.question']);
  });

  it('requires ids to start with the pack id and to be unique', () => {
    const { issues } = failWith((d) => {
      (d.principles as Record<string, unknown>[]).push({ id: 'other.p1', heading: 'x', text: 'y' }, { id: 'town.p1', heading: 'x', text: 'y' });
    });
    expect(issues.map((i) => i.message)).toEqual(['IDはパックID「town.」で始めてください: other.p1', 'IDが重複しています: town.p1']);
  });

  it('rejects a workflow with neither quotation nor principles, and one without features', () => {
    const { issues } = failWith((d) => {
      (d.workflows as Record<string, unknown>[]).push({ id: 'town.w2', title: 't', actor: 'office', features: ['feature.bcp-record'] });
      (d.workflows as Record<string, unknown>[]).push({ id: 'town.w3', title: 't', actor: 'office', text: 'x', features: [] });
    });
    expect(issues.map((i) => i.path)).toEqual(['workflows.1.text', 'workflows.2.features']);
  });

  it('rejects bad metadata: version, date, insurer number, self-extension, unknown keys', () => {
    const { issues } = failWith((d) => {
      d.version = '1.0';
      d.date = '2026-02-30';
      d.insurer = { name: 'テスト町', number: '12345' };
      d.extends = 'town';
      d.colour = 'red';
    });
    const paths = issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['version', 'date', 'insurer.number', 'extends', '']));
    expect(issues.find((i) => i.path === 'insurer.number')!.message).toBe('保険者番号は6桁の数字です');
  });

  it('rejects a wrong severity and judgement with Japanese messages', () => {
    const { issues } = failWith((d) => {
      (d.rules as Record<string, Record<string, unknown>>)['plan.goal-vague']!.severity = 'warning';
      (d.checklists as { items: Record<string, unknown>[] }[])[0]!.items[0]!.judgement = 'maybe';
    });
    expect(issues.map((i) => i.message).join(' ')).toMatch(/severity は 'standard'/);
    expect(issues.map((i) => i.message).join(' ')).toMatch(/judgement は 'rule'/);
  });
});
