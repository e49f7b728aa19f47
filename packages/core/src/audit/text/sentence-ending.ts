import { matchEnding } from './lexicon-match.js';
import { normalizeForMatch, stripTrailingMarks } from './match-text.js';

/**
 * Words that may follow a wish without changing it: politeness, thinking and reporting
 * (行きたいです, 続けたいと思っている, 帰りたいと話す). Removed before looking at the ending.
 */
const softeners = /(?:のです|んです|です|ですね|ね|よ|なあ|なぁ|な|と思う|と思います|と思っている|と思っています|と考えている|と考えています|と話す|と話している|と話される|と言う|と言っている|と希望|と希望している|という思い|との思い|との希望|気持ち|のだけど|けど|が)$/u;

/** Adjectives that end in たい but are no wish (冷たい, 重たい, 野暮ったい …). */
const taiAdjectives = /(?:冷|重|眠|平|煙|めで|目出|ありが|後ろめ|うしろめ|っ)たい$/u;

/**
 * How a sentence expresses a wish, if it does: `lexicon` (one of the pack's endings),
 * `tai` (the 〜たい / 〜たくない form of any verb), `hoshii` (〜してほしい), or undefined.
 */
export interface WishEnding {
  kind: 'lexicon' | 'tai' | 'hoshii';
  /** The ending as found (the lexicon word, or たい / たくない / ほしい). */
  ending: string;
}

function withoutSofteners(text: string): string {
  let out = text;
  for (let i = 0; i < 3; i += 1) {
    const next = stripTrailingMarks(out.replace(softeners, ''));
    if (next === out || next === '') return out;
    out = next;
  }
  return out;
}

/**
 * Finds the wish at the end of `text` (a 第2表 need): first the pack's `endings`, then,
 * when `grammar` is on, the たい form of any verb (入りたい, 安定させたい, 行きたくない) and
 * 〜てほしい. Closing punctuation, quotes, a trailing （本人）, politeness (です) and
 * reporting words (と思っている) are ignored. Adjectives ending in たい (冷たい) are not wishes.
 */
export function findWishEnding(text: string, endings: readonly string[], grammar = true): WishEnding | undefined {
  const body = stripTrailingMarks(normalizeForMatch(text));
  if (body === '') return undefined;
  for (const candidate of [body, withoutSofteners(body)]) {
    const word = matchEnding(candidate, endings);
    if (word !== undefined) return { kind: 'lexicon', ending: word };
  }
  if (!grammar) return undefined;
  const core = withoutSofteners(body);
  if (/たくない$/u.test(core)) return { kind: 'tai', ending: 'たくない' };
  if (/たい$/u.test(core) && !taiAdjectives.test(core)) return { kind: 'tai', ending: 'たい' };
  if (/(?:ほしい|欲しい|もらいたい)$/u.test(core)) return { kind: 'hoshii', ending: 'ほしい' };
  return undefined;
}

/**
 * Splits a text into clauses at sentence and clause punctuation (。、！？ and their ASCII
 * forms) and line breaks; empty pieces are dropped. Used to look at the last clause of a goal.
 */
export function splitClauses(text: string): string[] {
  return text
    .split(/\n/u)
    .flatMap((line) => normalizeForMatch(line).split(/[。．、，,！!？?；;]+/u))
    .filter((part) => part !== '');
}
