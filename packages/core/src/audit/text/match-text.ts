import { isNfkcStable, normalizeText, toHalfWidth } from '../../text/normalize-text.js';
import { memoInRun, withRunMemo } from '../run-memo.js';

/**
 * Spelling variants folded before matching, so a lexicon word written one way finds the
 * other (出来る / できる is the variant care managers mix most).
 */
const variants: ReadonlyArray<[RegExp, string]> = [
  [/出来/gu, 'でき'],
  [/手摺り?/gu, '手すり'],
  [/車椅子/gu, '車いす'],
  [/買い物/gu, '買物'],
];
/** The first characters of the variants above: text without them has nothing to fold. */
const variantStart = /[出手車買]/u;
const anySpace = /\s/u;

/**
 * Runs `work` (an audit) with each text normalized for matching only once: several rules read
 * the same need and goal texts. The cache lives for the run only, so memory does not build up.
 */
export function withNormalizedTextCache<T>(work: () => T): T {
  return withRunMemo(work);
}

/**
 * Normalizes text for matching words and patterns: the schema's inline normalization
 * (full-width digits and letters become half-width), all spaces removed (Japanese has no
 * word spaces, and stray ones would split a word), and common spelling variants folded.
 */
export const normalizeForMatch: (text: string) => string = memoInRun((text: string): string => {
  // The inline normalization's runs of spaces become one space, which is then removed: the same
  // as removing every space from the normalized text. Patterns run only where they can match.
  let out = normalizeText(text);
  if (anySpace.test(out)) out = out.replace(/\s+/gu, '');
  if (variantStart.test(out)) for (const [pattern, replacement] of variants) out = out.replace(pattern, replacement);
  return out;
});

/**
 * Like {@link normalizeForMatch}, but every full-width character becomes half-width too
 * (／ → /, ～ → ~, （ → (), for parsing numbers and frequencies (月１０日／２泊３日).
 */
export function normalizeForParsing(text: string): string {
  return normalizeForMatch(isNfkcStable(text) ? text.trim() : toHalfWidth(text));
}

/** Closing punctuation, quotes and brackets that may follow the last word of a sentence. */
const trailingMarks = /[。．.、,，！!？?…‥・〜~」』"”'’】〕\]\s]+$/u;
/** A trailing attribution or note in brackets: 「…行きたい」（本人）. */
const trailingNote = /[（(][^（）()]{0,20}[)）]$/u;

/**
 * Removes what may follow the last word of a sentence: closing quotes and punctuation
 * (。」』！ …) and a short note in brackets at the end (（本人）), repeatedly.
 */
export function stripTrailingMarks(text: string): string {
  let out = text.trim();
  for (;;) {
    const next = out.replace(trailingMarks, '').replace(trailingNote, '');
    if (next === out) return out;
    out = next;
  }
}
