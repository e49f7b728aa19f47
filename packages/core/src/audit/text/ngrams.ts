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

/** A bag of n-grams laid out for comparing: each distinct gram once, with its count and the total. */
interface NgramBag {
  grams: string[];
  counts: number[];
  byGram: ReadonlyMap<string, number>;
  total: number;
}

function ngramBag(text: string, n: number): NgramBag {
  const byGram = ngramCounts(text, n);
  const grams: string[] = [];
  const counts: number[] = [];
  let total = 0;
  byGram.forEach((count, gram) => {
    grams.push(gram);
    counts.push(count);
    total += count;
  });
  return { grams, counts, byGram, total };
}

/** Bigram bags, counted once per text in an audit run. */
const bigramBag: (text: string) => NgramBag = memoInRun((text: string) => ngramBag(text, 2));

/**
 * Dice similarity of two texts over their character n-gram bags: 1 for the same wording,
 * 0 when they share no n-gram (or either is empty). Symmetric.
 */
export function diceSimilarity(a: string, b: string, n = 2): number {
  const ba = n === 2 ? bigramBag(a) : ngramBag(a, n);
  const bb = n === 2 ? bigramBag(b) : ngramBag(b, n);
  const total = ba.total + bb.total;
  if (total === 0) return 0;
  let shared = 0;
  for (let i = 0; i < bb.grams.length; i += 1) shared += Math.min(bb.counts[i]!, ba.byGram.get(bb.grams[i]!) ?? 0);
  return (2 * shared) / total;
}
