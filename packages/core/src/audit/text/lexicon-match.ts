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
  // Characters already part of a (longer) hit; made at the first hit, as most texts have none.
  let taken: Uint8Array | undefined;
  const hits: LexiconHit[] = [];
  for (const { word, needle } of candidates) {
    for (let from = haystack.indexOf(needle); from !== -1; from = haystack.indexOf(needle, from + 1)) {
      const end = from + needle.length;
      taken ??= new Uint8Array(haystack.length);
      if (taken.subarray(from, end).includes(1)) continue;
      taken.fill(1, from, end);
      hits.push({ word, index: from, length: needle.length });
    }
  }
  return hits.length < 2 ? hits : hits.sort((a, b) => a.index - b.index);
});

/**
 * The longest of `endings` that `text` ends with, after normalizing and removing closing
 * punctuation, quotes and a trailing note in brackets; undefined when none matches.
 */
export function matchEnding(text: string, endings: readonly string[]): string | undefined {
  const body = stripTrailingMarks(normalizeForMatch(text));
  let best: { ending: string; needle: string } | undefined;
  for (const candidate of preparedEndings(endings)) {
    if (body.endsWith(candidate.needle) && (best === undefined || candidate.needle.length > best.needle.length)) best = candidate;
  }
  return best?.ending;
}

/** The endings normalized, in the list's order, blank ones left out (prepared once per run). */
const preparedEndings = memoInRun((endings: readonly string[]) =>
  endings.map((ending) => ({ ending, needle: normalizeForMatch(ending) })).filter(({ needle }) => needle !== ''),
);
