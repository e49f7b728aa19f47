import type { RuleId } from '../policy/rule-ids.js';

/**
 * A theme of the policies whose spread an insurer follows (基本方針の浸透): the share of plans on
 * which one rule raises a 気づき. `goodWhen` says which direction is the policy's aim, so a chart can
 * say 改善 or 悪化 without the reader knowing the rule. Kept as data: an insurer's pack may follow others.
 */
export interface PolicyTheme {
  id: string;
  /** 「インフォーマルな支援を位置付けた計画」 */
  label: string;
  ruleId: RuleId;
  /**
   * `without`: the theme is met by plans on which the rule raises nothing (インフォーマル支援がある計画).
   * `with`: the theme counts plans on which the rule raises something (抽象的な目標がある計画), lower is better.
   */
  counts: 'without' | 'with';
}

/** The themes the five seed policies share (自立支援, 本人の言葉, インフォーマル, 具体的な目標). */
export const policyThemes: readonly PolicyTheme[] = [
  { id: 'informal-support', label: 'インフォーマルな支援を位置付けた計画', ruleId: 'plan.no-informal-support', counts: 'without' },
  { id: 'own-words', label: 'ニーズを本人の言葉で書いた計画', ruleId: 'plan.need-not-own-words', counts: 'without' },
  { id: 'vague-goals', label: '抽象的な目標がある計画', ruleId: 'plan.goal-vague', counts: 'with' },
  { id: 'service-goals', label: 'サービス利用を目標にした計画', ruleId: 'plan.goal-is-service', counts: 'with' },
];

/** The theme with `id`, or undefined. */
export function findPolicyTheme(id: string): PolicyTheme | undefined {
  return policyThemes.find((theme) => theme.id === id);
}
