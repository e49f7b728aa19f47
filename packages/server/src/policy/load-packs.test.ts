import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isKnownRuleId, KizukiError, knownRuleIds, type ResolvedPolicyPack } from '@kizuki/core';
import { defaultPoliciesDir, getPolicyPack, getPolicyPacks, loadPolicyPacks, orderedPolicyPacks } from './load-packs.js';

const municipalIds = ['hitachi', 'nemuro', 'omagari-senboku', 'otaru', 'shiojiri'];

function thrown(run: () => unknown): KizukiError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(KizukiError);
    return error as KizukiError;
  }
  throw new Error('expected an error');
}

/** Ids referenced by anything in the pack's own items, rule settings and workflows. */
function referencedPrincipleIds(pack: ResolvedPolicyPack): Set<string> {
  const ids = new Set<string>();
  for (const setting of Object.values(pack.rules)) for (const c of setting.citations) if (typeof c === 'string') ids.add(c);
  for (const list of pack.checklists) for (const item of list.items) item.principles.forEach((id) => ids.add(id));
  for (const w of pack.workflows) w.principles.forEach((id) => ids.add(id));
  return ids;
}

describe('the policy packs in packages/core/policies', () => {
  const set = getPolicyPacks();

  it('all load, validate and resolve: national and the five municipal packs', () => {
    expect(orderedPolicyPacks(set).map((p) => p.id)).toEqual(['national', ...municipalIds]);
  });

  it('every municipal pack extends national and names its insurer without inventing a 保険者番号', () => {
    for (const id of municipalIds) {
      const pack = getPolicyPack(id);
      expect(pack.extends).toBe('national');
      expect(pack.chain.map((c) => c.id)).toEqual([id, 'national']);
      expect(pack.insurer?.name).toBeTruthy();
      // None of the seed documents states its 保険者番号.
      expect(pack.insurer?.number).toBeUndefined();
      expect(pack.insurer?.numberNote).toContain('記載がない');
      expect(pack.source.file).toBe(`${id}.txt`);
    }
  });

  it('national configures every known rule with enabled and severity', () => {
    const national = getPolicyPack('national');
    expect(Object.keys(national.rules)).toEqual([...knownRuleIds]);
    expect(national.rules['office.provider-concentration']?.params).toEqual({ threshold: 0.8, periodMonths: 6, services: ['11', '15', '78', '17'] });
    expect(national.rules['process.monitoring-overdue']?.params).toMatchObject({ preventionTypeAMonths: 3 });
    expect(national.rules['process.certification-expiring']?.params).toEqual({ daysBefore: 60 });
  });

  it('names only known rule ids in the YAML files themselves', () => {
    for (const file of readdirSync(defaultPoliciesDir).filter((f) => f.endsWith('.yaml'))) {
      const raw = parse(readFileSync(join(defaultPoliciesDir, file), 'utf8')) as {
        rules?: Record<string, unknown>;
        checklists?: { items: { rules?: string[] }[] }[];
      };
      const ids = [...Object.keys(raw.rules ?? {}), ...(raw.checklists ?? []).flatMap((l) => l.items.flatMap((i) => i.rules ?? []))];
      expect(ids.filter((id) => !isKnownRuleId(id)), file).toEqual([]);
    }
  });

  it('links every checklist item to rules, a self-check question or a feature', () => {
    for (const pack of set.resolved.values()) {
      for (const item of pack.checklists.flatMap((l) => l.items)) {
        expect(item.rules.length > 0 || item.question !== undefined || item.features.length > 0, item.id).toBe(true);
      }
    }
  });

  it('supports every principle by a rule citation, a checklist item, a workflow or a question', () => {
    for (const pack of set.resolved.values()) {
      const referenced = referencedPrincipleIds(pack);
      const unsupported = pack.principles.filter((p) => p.packId === pack.id && !referenced.has(p.id) && p.question === undefined);
      expect(unsupported.map((p) => p.id), pack.id).toEqual([]);
    }
  });

  it('gives each municipal pack the lists found in its source', () => {
    expect(getPolicyPack('hitachi').checklists.find((l) => l.id === 'hitachi.focus')?.items).toHaveLength(12);
    const otaruReview = getPolicyPack('otaru').checklists.filter((l) => l.id.startsWith('otaru.review-'));
    expect(otaruReview.flatMap((l) => l.items)).toHaveLength(7);
    expect(getPolicyPack('shiojiri').checklists.find((l) => l.id === 'shiojiri.process')?.items).toHaveLength(6);
    expect(getPolicyPack('nemuro').checklists.find((l) => l.id === 'nemuro.tendencies')?.items).toHaveLength(3);
    expect(getPolicyPack('otaru').workflows.some((w) => w.features.includes('feature.bcp-record'))).toBe(true);
  });

  it('keeps the national statute texts verbatim where rules cite them', () => {
    const national = getPolicyPack('national');
    const item7 = national.principles.find((p) => p.id === 'national.s38-13-7');
    expect(item7?.text).toBe(
      '介護支援専門員は、前号に規定する解決すべき課題の把握（以下「アセスメント」という。）に当たっては、利用者の居宅を訪問し、利用者及びその家族に面接して行わなければならない。この場合において、介護支援専門員は、面接の趣旨を利用者及びその家族に対して十分に説明し、理解を得なければならない。',
    );
    expect(item7?.statute).toEqual({ law: '省令38号', article: '13条', item: '7号' });
  });
});

describe('getPolicyPack', () => {
  it('returns a resolved pack with inherited principles', () => {
    const hitachi = getPolicyPack('hitachi');
    expect(hitachi.principles.some((p) => p.id === 'national.s38-13-7')).toBe(true);
    expect(hitachi.rules['plan.uniform-across-clients']?.severity).toBe('advice');
  });

  it('reports an unknown id as not_found, listing the known ids in Japanese', () => {
    const error = thrown(() => getPolicyPack('sapporo'));
    expect(error.code).toBe('not_found');
    expect(error.message).toBe(`ポリシーパック「sapporo」は見つかりません。利用できるパック: national, ${municipalIds.join(', ')}`);
  });
});

describe('loadPolicyPacks', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  function dirWith(files: Record<string, string>): string {
    dir = mkdtempSync(join(tmpdir(), 'kizuki-policies-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  }

  const minimal = (id: string, extra = ''): string =>
    `id: ${id}\ntitle: テスト\nversion: 1.0.0\ndate: 2026-01-01\nsource: { title: テスト, publisher: テスト, file: ${id}.txt }\n${extra}`;

  it('rejects a file whose name does not match its id', () => {
    const error = thrown(() => loadPolicyPacks(dirWith({ 'other.yaml': minimal('town') })));
    expect(error.message).toBe('ポリシーパック other.yaml のID「town」がファイル名と一致しません（town.yaml にしてください）');
  });

  it('reports a missing parent in Japanese', () => {
    const error = thrown(() => loadPolicyPacks(dirWith({ 'town.yaml': minimal('town', 'extends: national\n') })));
    expect(error.code).toBe('validation_failed');
    expect(error.message).toBe('ポリシーパック「town」の継承元「national」が見つかりません');
  });

  it('reports bad YAML and unknown rule ids naming the file', () => {
    expect(thrown(() => loadPolicyPacks(dirWith({ 'town.yaml': minimal('town', 'rules: [\n') }))).message).toMatch(/^ポリシーパック town\.yaml のYAML/);
    const unknownRule = thrown(() => loadPolicyPacks(dirWith({ 'town.yaml': minimal('town', 'rules:\n  plan.nothing: { enabled: true, severity: advice }\n') })));
    expect(unknownRule.message).toBe('ポリシーパック town.yaml の内容に1件の誤りがあります: 不明なルールIDです: plan.nothing（rules.plan.nothing）');
  });

  it('loads a valid directory and ignores other files', () => {
    const loaded = loadPolicyPacks(dirWith({ 'town.yaml': minimal('town'), 'README.md': '# x' }));
    expect([...loaded.resolved.keys()]).toEqual(['town']);
  });
});
