import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { KizukiError, parsePolicyPack, resolvePolicyPack, type ResolvedPolicyPack } from '@kizuki/core';
import { getPolicyPack, getPolicyPacks } from './load-packs.js';

/**
 * The pack a `--policy` argument names: a shipped pack id (hitachi), or the path of a pack
 * YAML file, whose `extends` chain resolves against the shipped packs.
 */
export function policyFromArgument(argument: string): ResolvedPolicyPack {
  if (!/[/\\.]/u.test(argument)) return getPolicyPack(argument);
  let text: string;
  try {
    text = readFileSync(argument, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'ファイルがありません' : String(error);
    throw new KizukiError('not_found', `ポリシーパックのファイル「${argument}」を読めません（${reason}）。`, { path: argument });
  }
  const pack = parsePolicyPack(text, basename(argument));
  const packs = new Map(getPolicyPacks().packs);
  packs.set(pack.id, pack);
  return resolvePolicyPack(pack.id, packs);
}
