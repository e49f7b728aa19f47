import hitachi from '../../../policies/hitachi.yaml?raw';
import national from '../../../policies/national.yaml?raw';
import nemuro from '../../../policies/nemuro.yaml?raw';
import omagariSenboku from '../../../policies/omagari-senboku.yaml?raw';
import otaru from '../../../policies/otaru.yaml?raw';
import shiojiri from '../../../policies/shiojiri.yaml?raw';
import { parsePolicyPack } from '../../policy/parse-policy-pack.js';
import type { PolicyPack } from '../../policy/policy-pack.schema.js';
import { resolvePolicyPack, type ResolvedPolicyPack } from '../../policy/resolve-policy-pack.js';

/** Test-only: the packs shipped in packages/core/policies, read through Vite's `?raw` import. */
const sources: Record<string, string> = { national, 'omagari-senboku': omagariSenboku, hitachi, shiojiri, nemuro, otaru };

export const shippedPackIds = Object.keys(sources);

let packs: Map<string, PolicyPack> | undefined;

/** A shipped pack, resolved with its `extends` chain. */
export function shippedPack(id: string): ResolvedPolicyPack {
  packs ??= new Map(Object.entries(sources).map(([packId, text]) => [packId, parsePolicyPack(text, `${packId}.yaml`)]));
  return resolvePolicyPack(id, packs);
}

/** The day the exemplary case file is audited on: its June monitoring done, July's not yet due. */
export const exemplaryAsOf = '2025-07-10';
