import type { ResolvedPolicyPack } from '../policy/resolve-policy-pack.js';
import { compilePolicy } from './compile-policy.js';
import type { AuditRule } from './rule.js';

/**
 * A rule's params as a pack sets them (validated and defaulted the same way the audit does),
 * or the rule's defaults when the pack switches the rule off. Screens that show what the rule
 * checks (the dashboard's due items) read the pack through this, so they cannot drift from it.
 */
export function ruleParams<P>(pack: ResolvedPolicyPack, rule: AuditRule<P>): P {
  const active = compilePolicy(pack).rules.find((r) => r.rule === rule);
  return active !== undefined ? (active.params as P) : rule.params.parse({});
}
