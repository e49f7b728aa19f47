import { KizukiError, type FieldIssue } from '../errors/kizuki-error.js';
import { formatStatuteRef } from '../policy/statute-ref.js';
import type { Severity } from '../policy/policy-pack.schema.js';
import { findPrinciple, type ResolvedPolicyPack } from '../policy/resolve-policy-pack.js';
import type { ResolvedCitation } from './finding.js';
import type { AuditRule } from './rule.js';
import { auditRules } from './rules/index.js';

/** A rule switched on by a pack, with its validated params and resolved citations. */
export interface ActiveRule {
  rule: AuditRule;
  severity: Severity;
  params: unknown;
  citations: ResolvedCitation[];
}

/** A pack made ready for auditing: validated once, then applied to any number of case files. */
export interface CompiledPolicy {
  pack: ResolvedPolicyPack;
  rules: ActiveRule[];
  lexicon: (name: string) => readonly string[];
}

function resolveCitations(pack: ResolvedPolicyPack, citations: ResolvedPolicyPack['rules'][keyof ResolvedPolicyPack['rules']]): ResolvedCitation[] {
  return (citations?.citations ?? []).flatMap((citation): ResolvedCitation[] => {
    if (typeof citation !== 'string') return [{ kind: 'statute', ref: citation, label: formatStatuteRef(citation) }];
    const principle = findPrinciple(pack, citation);
    // resolvePolicyPack already refuses unknown principle ids; this guards hand-built packs.
    return principle ? [{ kind: 'principle', id: principle.id, packId: principle.packId, heading: principle.heading, text: principle.text }] : [];
  });
}

const compiled = new WeakMap<ResolvedPolicyPack, CompiledPolicy>();

/**
 * Validates every enabled rule's params against the rule's own schema and resolves
 * citations. Cached per pack object, so auditing on every keystroke costs nothing extra.
 *
 * @throws KizukiError('validation_failed') naming the rule and parameter when a pack's params are wrong.
 */
export function compilePolicy(pack: ResolvedPolicyPack): CompiledPolicy {
  const cached = compiled.get(pack);
  if (cached) return cached;
  const issues: FieldIssue[] = [];
  const rules: ActiveRule[] = [];
  for (const rule of auditRules) {
    const setting = pack.rules[rule.id];
    if (setting === undefined || !setting.enabled) continue;
    const parsed = rule.params.safeParse(setting.params);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        issues.push({ path: ['rules', rule.id, 'params', ...issue.path.map(String)].join('.'), message: issue.message });
      }
      continue;
    }
    rules.push({ rule, severity: setting.severity, params: parsed.data, citations: resolveCitations(pack, setting) });
  }
  if (issues.length > 0) {
    const first = issues[0]!;
    throw new KizukiError('validation_failed', `ポリシーパック「${pack.id}」のルール設定に${issues.length}件の誤りがあります: ${first.message}（${first.path}）`, { id: pack.id, issues });
  }
  const lexicons = pack.lexicons;
  const result: CompiledPolicy = { pack, rules, lexicon: (name) => (Object.hasOwn(lexicons, name) ? lexicons[name]! : []) };
  compiled.set(pack, result);
  return result;
}
