import type { ResolvedPolicyPack } from './resolve-policy-pack.js';

/** One pack of `GET /api/policies`. */
export interface PolicySummary {
  id: string;
  title: string;
  version: string;
  date: string;
  insurer?: ResolvedPolicyPack['insurer'];
  extends?: string;
  chain: { id: string; version: string }[];
}

/** A pack as the pack list shows it (no rules, principles or lexicons). */
export function policySummary(pack: ResolvedPolicyPack): PolicySummary {
  return {
    id: pack.id,
    title: pack.title,
    version: pack.version,
    date: pack.date,
    ...(pack.insurer !== undefined ? { insurer: pack.insurer } : {}),
    ...(pack.extends !== undefined ? { extends: pack.extends } : {}),
    chain: pack.chain,
  };
}
