import { readFileSync, readdirSync } from 'node:fs';
import { parsePolicyPack, resolvePolicyPack, type PolicyPack, type ResolvedPolicyPack } from '@kizuki/core';

const policiesDir = new URL('../../packages/core/policies/', import.meta.url);

/** A shipped policy pack, resolved through its `extends` chain. */
export function loadPack(id: string): ResolvedPolicyPack {
  const packs = new Map<string, PolicyPack>();
  for (const file of readdirSync(policiesDir).filter((f) => f.endsWith('.yaml'))) {
    packs.set(file.replace(/\.yaml$/u, ''), parsePolicyPack(readFileSync(new URL(file, policiesDir), 'utf8'), file));
  }
  return resolvePolicyPack(id, packs);
}
