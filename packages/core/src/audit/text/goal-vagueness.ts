import { memoByListInRun } from '../run-memo.js';
import { analyzeConcreteness, type ConcretenessProfile } from './concreteness.js';
import { findLexiconWords } from './lexicon-match.js';
import { normalizeForMatch } from './match-text.js';

/** Why a goal reads as abstract, if it does. */
export type VaguenessReason = 'vague-words' | 'not-concrete';

export interface GoalVagueness {
  reason: VaguenessReason | undefined;
  /** Lexicon words found (安心, 現状維持 …), as the lexicon spells them. */
  vagueWords: string[];
  profile: ConcretenessProfile;
}

/**
 * Judges whether a goal is too abstract to check at monitoring.
 *
 * - Built on vague words (a word of `vagueWords`, e.g. 安心・現状維持): abstract unless the
 *   goal also has an amount or frequency, or at least two of place, activity, means and condition
 *   (「安心して週2回入浴できる」 is concrete; 「安全に歩ける」 is not yet: where, how far?).
 * - Without vague words: abstract when it has no amount, frequency, place, activity or
 *   observable condition at all (「在宅生活を継続する」「転倒しない」; 「褥瘡が治る」 is concrete).
 *   A means alone (一人で暮らせる) is not enough.
 *
 * A blank goal is not judged (a missing goal is another rule's finding).
 */
export const judgeGoalVagueness: (text: string, vagueWords: readonly string[]) => GoalVagueness = memoByListInRun((text, vagueWords): GoalVagueness => {
  const profile = analyzeConcreteness(text);
  if (normalizeForMatch(text) === '') return { reason: undefined, vagueWords: [], profile };
  const words = [...new Set(findLexiconWords(text, vagueWords).map((hit) => hit.word))];
  if (words.length > 0) {
    const concrete = profile.measurable || profile.situational >= 2;
    return { reason: concrete ? undefined : 'vague-words', vagueWords: words, profile };
  }
  const concrete = profile.measurable || profile.kinds.has('place') || profile.kinds.has('activity') || profile.kinds.has('condition');
  return { reason: concrete ? undefined : 'not-concrete', vagueWords: [], profile };
});
