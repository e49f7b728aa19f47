import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KizukiError, parsePolicyPack, resolvePolicyPack, type PolicyPack, type ResolvedPolicyPack } from '@kizuki/core';

/** packages/core/policies, found relative to this module so the working directory does not matter. */
export const defaultPoliciesDir = fileURLToPath(new URL('../../../core/policies/', import.meta.url));

/** Every pack as authored and resolved, keyed by pack id. */
export interface PolicyPackSet {
  packs: ReadonlyMap<string, PolicyPack>;
  resolved: ReadonlyMap<string, ResolvedPolicyPack>;
}

/**
 * Reads every `<id>.yaml` in `dir`, validates each, checks that the file name matches the
 * pack id, and resolves every pack's `extends` chain. Throws the first KizukiError met
 * (Japanese message naming the file).
 */
export function loadPolicyPacks(dir: string = defaultPoliciesDir): PolicyPackSet {
  const packs = new Map<string, PolicyPack>();
  const files = readdirSync(dir).filter((name) => name.endsWith('.yaml')).sort();
  for (const file of files) {
    const pack = parsePolicyPack(readFileSync(join(dir, file), 'utf8'), file);
    if (`${pack.id}.yaml` !== file) {
      throw new KizukiError('validation_failed', `ポリシーパック ${file} のID「${pack.id}」がファイル名と一致しません（${pack.id}.yaml にしてください）`, {
        source: file,
        issues: [{ path: 'id', message: 'IDはファイル名（拡張子を除く）と同じにしてください' }],
      });
    }
    packs.set(pack.id, pack);
  }
  const resolved = new Map<string, ResolvedPolicyPack>();
  for (const id of packs.keys()) resolved.set(id, resolvePolicyPack(id, packs));
  return { packs, resolved };
}

/** Resolved packs in display order: packs with shorter chains (national) first, then by id. */
export function orderedPolicyPacks(set: PolicyPackSet): ResolvedPolicyPack[] {
  return [...set.resolved.values()].sort((a, b) => a.chain.length - b.chain.length || a.id.localeCompare(b.id));
}

let cached: PolicyPackSet | undefined;

/** The packs in packages/core/policies, loaded and validated once per process. */
export function getPolicyPacks(): PolicyPackSet {
  cached ??= loadPolicyPacks();
  return cached;
}

/**
 * The resolved pack `id` from packages/core/policies.
 *
 * @throws KizukiError('not_found') listing the known pack ids.
 */
export function getPolicyPack(id: string, set: PolicyPackSet = getPolicyPacks()): ResolvedPolicyPack {
  const pack = set.resolved.get(id);
  if (pack === undefined) {
    const known = orderedPolicyPacks(set).map((p) => p.id).join(', ');
    throw new KizukiError('not_found', `ポリシーパック「${id}」は見つかりません。利用できるパック: ${known}`, { id, known: orderedPolicyPacks(set).map((p) => p.id) });
  }
  return pack;
}
