import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { KizukiError } from '../errors/kizuki-error.js';
import { parsePolicyPack } from '../policy/parse-policy-pack.js';
import { childPackData, rootPackData } from '../policy/policy-pack.fixtures.js';
import { compareVersions, editPackSource, latestPublished, nextVersion, officePolicyStanding, resolvePolicyVersionSource } from './policy-versions.js';

const bundled = new Map([['base', parsePolicyPack(stringify(rootPackData()), 'base.yaml')]]);
const childSource = `# テスト町の方針（コメントは残る）\n${stringify(childPackData())}`;

describe('policy versions (基本方針の版)', () => {
  it('orders versions numerically and proposes the next minor version', () => {
    expect(['1.10.0', '1.2.0', '1.1.0'].sort(compareVersions)).toEqual(['1.1.0', '1.2.0', '1.10.0']);
    expect(nextVersion('1.1.0')).toBe('1.2.0');
    expect(nextVersion('2.9.3')).toBe('2.10.0');
  });

  it('finds the latest published version of a pack, ignoring drafts and other packs', () => {
    const records = [
      { id: 'a', body: { packId: 'town', version: '1.0.0', status: 'published' as const } },
      { id: 'b', body: { packId: 'town', version: '1.10.0', status: 'published' as const } },
      { id: 'c', body: { packId: 'town', version: '1.11.0', status: 'draft' as const } },
      { id: 'd', body: { packId: 'other', version: '9.0.0', status: 'published' as const } },
    ];
    expect(latestPublished(records, 'town')?.id).toBe('b');
    expect(latestPublished(records, 'none')).toBeUndefined();
  });

  it('resolves an edited pack over the bundled packs it extends, and refuses another id or version', () => {
    const resolved = resolvePolicyVersionSource(childSource, { packId: 'town', version: '0.2.0' }, bundled);
    expect(resolved.chain).toEqual([{ id: 'town', version: '0.2.0' }, { id: 'base', version: '1.0.0' }]);
    expect(() => resolvePolicyVersionSource(childSource, { packId: 'city' }, bundled)).toThrow(/パックIDは「city」/u);
    try {
      resolvePolicyVersionSource(childSource, { packId: 'town', version: '0.3.0' }, bundled);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(KizukiError);
      expect((error as KizukiError).details).toEqual({ issues: [{ path: 'version', message: expect.stringContaining('0.3.0') }] });
    }
  });

  it("refuses a version whose rule params do not fit the rule, so a saved version always audits", () => {
    const rule = ['rules', 'plan.short-stay-over-half'];
    const source = editPackSource(childSource, [
      { path: [...rule, 'enabled'], value: true },
      { path: [...rule, 'severity'], value: 'advice' },
      { path: [...rule, 'params', 'maxRatio'], value: 'half' },
    ]);
    expect(() => resolvePolicyVersionSource(source, { packId: 'town' }, bundled)).toThrow(/ルール設定に1件の誤り.*rules\.plan\.short-stay-over-half\.params\.maxRatio/u);
  });

  it('edits the YAML from the form, keeping comments, adding rule overrides and deleting entries', () => {
    const edited = editPackSource(childSource, [
      { path: ['version'], value: '0.3.0' },
      { path: ['rules', 'process.monitoring-overdue', 'severity'], value: 'question' },
      { path: ['principles', 0, 'question'], value: undefined },
    ]);
    expect(edited).toContain('# テスト町の方針（コメントは残る）');
    const pack = parsePolicyPack(edited, 'town.yaml');
    expect(pack.version).toBe('0.3.0');
    expect(pack.rules['process.monitoring-overdue']?.severity).toBe('question');
    expect(pack.principles[0]?.question).toBeUndefined();
    const resolved = resolvePolicyVersionSource(edited, { packId: 'town', version: '0.3.0' }, bundled);
    expect(resolved.rules['process.monitoring-overdue']?.severity).toBe('question');
    expect(() => editPackSource('id: [', [])).toThrow(/YAMLの構文/u);
  });
});

describe('officePolicyStanding (事業所の確認状況)', () => {
  const v = (version: string, status: 'draft' | 'published', publishedOn?: string) => ({ id: version, body: { packId: 'town', version, status, publishedOn } });
  const versions = [v('1.0.0', 'published', '2025-04-01'), v('1.1.0', 'published', '2025-10-01'), v('1.2.0', 'draft')];
  it('finds the version in force, whether the office read it, and what it read last', () => {
    const standing = officePolicyStanding(versions, [{ body: { packId: 'town', version: '1.0.0' } }]);
    expect(standing).toEqual({ current: versions[1], lastAcknowledged: versions[0], acknowledged: false });
    expect(officePolicyStanding(versions, [{ body: { packId: 'town', version: '1.1.0' } }]).acknowledged).toBe(true);
    expect(officePolicyStanding(versions, [])).toEqual({ current: versions[1], acknowledged: false });
    expect(officePolicyStanding([versions[2]!], [])).toEqual({ acknowledged: false });
  });
});
