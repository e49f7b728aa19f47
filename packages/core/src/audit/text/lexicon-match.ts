import { memoByListInRun, memoInRun } from '../run-memo.js';
import { normalizeForMatch, stripTrailingMarks } from './match-text.js';

/** A lexicon word found in a text: the word as the lexicon spells it and where it starts. */
export interface LexiconHit {
  word: string;
  /** Index in the normalized text (see {@link normalizeForMatch}). */
  index: number;
  /** Length of the match in the normalized text. */
  length: number;
}

/** A lexicon's words normalized, longest first (prepared once per run, not per text). */
const preparedLexicon = memoInRun((words: readonly string[]) =>
  words
    .map((word) => ({ word, needle: normalizeForMatch(word) }))
    .filter(({ needle }) => needle !== '')
    .sort((a, b) => b.needle.length - a.needle.length),
);

/**
 * Finds lexicon words in `text`. Text and words are normalized alike, longer words win over
 * words they contain (訪問リハビリ over 訪問), and hits never overlap. Hits are in text order.
 */
export const findLexiconWords: (text: string, words: readonly string[]) => readonly LexiconHit[] = memoByListInRun((text, words) => {
  const haystack = normalizeForMatch(text);
  const candidates = preparedLexicon(words);
  const taken = new Array<boolean>(haystack.length).fill(false);
  const hits: LexiconHit[] = [];
  for (const { word, needle } of candidates) {
    for (let from = haystack.indexOf(needle); from !== -1; from = haystack.indexOf(needle, from + 1)) {
      const span = taken.slice(from, from + needle.length);
      if (span.some(Boolean)) continue;
      taken.fill(true, from, from + needle.length);
      hits.push({ word, index: from, length: needle.length });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
});

/**
 * The longest of `endings` that `text` ends with, after normalizing and removing closing
 * punctuation, quotes and a trailing note in brackets; undefined when none matches.
 */
export function matchEnding(text: string, endings: readonly string[]): string | undefined {
  const body = stripTrailingMarks(normalizeForMatch(text));
  let best: string | undefined;
  for (const ending of endings) {
    const needle = normalizeForMatch(ending);
    if (needle !== '' && body.endsWith(needle) && (best === undefined || needle.length > normalizeForMatch(best).length)) best = ending;
  }
  return best;
}
