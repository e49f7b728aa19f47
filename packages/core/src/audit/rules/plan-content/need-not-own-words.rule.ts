import { z } from 'zod';
import { needLabel, planEvidence } from '../../evidence.js';
import { defineRule, type Observation } from '../../rule.js';
import { normalizeForMatch } from '../../text/match-text.js';
import { findWishEnding } from '../../text/sentence-ending.js';
import { excerpt } from '../../text/excerpt.js';

/**
 * 老企第29号 第2表①, 13条8号: a need (生活全般の解決すべき課題) is best written as the
 * person's own wish (〜したい, 〜できるようになりたい), so the plan is theirs. Fires per need
 * whose text does not end in a wish: an ending of the pack's lexicon (params.lexicon), or —
 * with params.grammar on (default) — the たい form of any verb (入りたい, 安定させたい) and
 * 〜てほしい, since no lexicon lists every verb. Closing quotes, punctuation, a trailing
 * （本人） and です／と思っている are ignored. Blank needs are left to the structure rules.
 */
export const needNotOwnWordsRule = defineRule({
  id: 'plan.need-not-own-words',
  scope: 'case',
  params: z.object({
    /** Name of the pack lexicon of wish endings. */
    lexicon: z.string().min(1).default('wishEndings'),
    /** Also accept the たい / てほしい form of any verb, beyond the lexicon's endings. */
    grammar: z.boolean().default(true),
  }),
  requires: ['plan'],
  evaluate(ctx) {
    const { plan, params } = ctx;
    if (plan === undefined) return [];
    const endings = ctx.lexicon(params.lexicon);
    const clientWords = plan.intentions?.client;
    const quoted = clientWords === undefined ? undefined : excerpt(clientWords, 50);
    // The intention is often already in quotes (「また歩きたい」); do not wrap it twice.
    const hint = quoted === undefined ? '' : `第1表の本人の意向には${quoted.startsWith('「') ? quoted : `「${quoted}」`}とあります。`;
    return plan.needs.flatMap((need, n): Observation[] => {
      const text = need.text ?? '';
      if (normalizeForMatch(text) === '' || findWishEnding(text, endings, params.grammar) !== undefined) return [];
      return [
        {
          message:
            `${needLabel(n)}『${excerpt(text, 40)}』は、本人の「〜したい」という言葉ではなく、支援する側から見た課題の書き方になっています。` +
            `本人はこのことをどんな言葉で話していましたか？${hint}` +
            '本人の言葉（「〜したい」「〜できるようになりたい」）で書くと、本人が自分の目標として取り組みやすくなります。',
          evidence: [planEvidence(plan, ['needs', n, 'text'], `${needLabel(n)} 生活全般の解決すべき課題（ニーズ）`, text)],
        },
      ];
    });
  },
});
