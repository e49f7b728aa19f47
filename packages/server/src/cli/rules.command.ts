import { auditRules, compilePolicy, dataPartLabels, ruleTitles } from '@kizuki/core';
import { policyFromArgument } from '../policy/policy-argument.js';
import { optional, parseOptions } from './args.js';
import type { CliIo } from './cli-io.js';

const severityLabels = { standard: '基準', advice: '助言', question: '問いかけ' } as const;
const scopeLabels = { case: '利用者ごと', cohort: '複数の計画を比較', office: '事業所全体' } as const;

/** `kizuki rules [--policy ID|PATH]`: every audit rule; with a pack, its severity there. */
export function rulesCommand(args: string[], io: CliIo): number {
  const { values } = parseOptions(args, { policy: { type: 'string' } });
  const policyArg = optional(values.policy);
  const active = policyArg ? new Map(compilePolicy(policyFromArgument(policyArg)).rules.map((r) => [r.rule.id, r])) : undefined;
  for (const rule of auditRules) {
    const setting = active === undefined ? '' : active.has(rule.id) ? `［${severityLabels[active.get(rule.id)!.severity]}］` : '［無効］';
    io.out(`${rule.id.padEnd(42)}${setting} ${ruleTitles[rule.id]}（${scopeLabels[rule.scope]}・${rule.requires.map((p) => dataPartLabels[p]).join('・')}）\n`);
  }
  return 0;
}
