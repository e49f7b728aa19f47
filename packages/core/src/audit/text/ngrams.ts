import { memoInRun } from '../run-memo.js';
import { normalizeForMatch } from './match-text.js';

/** Punctuation and symbols carry no meaning for similarity; they are dropped before n-grams. */
const noise = /[\p{P}\p{S}\s]/gu;

/**
 * Character n-grams of a text (bigrams by default), after normalizing and dropping
 * punctuation. Japanese has no word boundaries, so overlapping character n-grams are the
 * usual dictionary-free unit for comparing texts. A text shorter than `n` yields itself.
 */
export function characterNgrams(text: string, n = 2): string[] {
  if (!Number.isInteger(n) || n < 1) throw new RangeError('n must be a positive integer');
  const chars = [...normalizeForMatch(text).replace(noise, '')];
  if (chars.length === 0) return [];
  if (chars.length < n) return [chars.join('')];
  const grams: string[] = [];
  for (let i = 0; i + n <= chars.length; i += 1) grams.push(chars.slice(i, i + n).join(''));
  return grams;
}

/** How often each n-gram occurs (a bag of n-grams). */
export function ngramCounts(text: string, n = 2): Map<string, number> {
  const counts = new Map<string, number>();
  for (const gram of characterNgrams(text, n)) counts.set(gram, (counts.get(gram) ?? 0) + 1);
  return counts;
}

/** Bigram bags, counted once per text in an audit run. */
const bigramCounts: (text: string) => ReadonlyMap<string, number> = memoInRun((text: string) => ngramCounts(text, 2));

/**
 * Dice similarity of two texts over their character n-gram bags: 1 for the same wording,
 * 0 when they share no n-gram (or either is empty). Symmetric.
 */
export function diceSimilarity(a: string, b: string, n = 2): number {
  const ca = n === 2 ? bigramCounts(a) : ngramCounts(a, n);
  const cb = n === 2 ? bigramCounts(b) : ngramCounts(b, n);
  let total = 0;
  let shared = 0;
  for (const count of ca.values()) total += count;
  for (const [gram, count] of cb) {
    total += count;
    shared += Math.min(count, ca.get(gram) ?? 0);
  }
  return total === 0 ? 0 : (2 * shared) / total;
}
