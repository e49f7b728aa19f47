/**
 * Character shingles for comparing plan texts. Japanese has no spaces between words, so
 * overlapping character n-grams (3-grams by default) are the usual dictionary-free unit.
 * Shingles are hashed to 32-bit integers at once: a plan becomes a sorted set of numbers,
 * cheap to store for 100,000 plans and to intersect by merging.
 */

/** Punctuation, symbols and spaces say nothing about wording; they are dropped before shingling. */
const noise = /[\p{P}\p{S}\s]/gu;

/** Spelling variants care managers mix (as in the lexicon matcher), folded so they compare equal. */
const variants: ReadonlyArray<[RegExp, string]> = [
  [/出来/gu, 'でき'],
  [/手摺り?/gu, '手すり'],
  [/車椅子/gu, '車いす'],
  [/買い物/gu, '買物'],
];

/**
 * Normalizes a text for shingling: NFKC (full-width digits and letters become half-width),
 * spelling variants folded, punctuation, symbols and spaces removed. Schema-valid texts are
 * already normalized for storage; this only adds what matters for comparing wording.
 */
export function normalizeForShingles(text: string): string {
  let out = text.normalize('NFKC').replace(noise, '');
  for (const [pattern, replacement] of variants) out = out.replace(pattern, replacement);
  return out;
}

/**
 * Joins the pieces of a document before normalizing it once (one NFKC and one pass of each
 * pattern per plan rather than per text). A private-use character survives normalization and is
 * neither punctuation, symbol nor space, so pieces stay apart.
 */
const separator = '\uE000';
const separatorCode = 0xe000;

const fnvOffset = 0x811c9dc5;
const fnvPrime = 0x01000193;

/** FNV-1a over code points `start` to `end` (exclusive). */
function hashRange(points: Int32Array, start: number, end: number): number {
  let h = fnvOffset;
  for (let i = start; i < end; i += 1) {
    h ^= points[i]!;
    h = Math.imul(h, fnvPrime);
  }
  return h >>> 0;
}

/** Scratch buffers reused across calls (shingling is synchronous): no garbage per document. */
let scratchHashes = new Uint32Array(1024);
let scratchPoints = new Int32Array(1024);

function sortedUnique(values: Uint32Array): Uint32Array {
  values.sort();
  let n = 0;
  for (let i = 0; i < values.length; i += 1) {
    if (i === 0 || values[i] !== values[n - 1]) values[n++] = values[i]!;
  }
  return values.slice(0, n);
}

/** A text's shingles as a set, and how many characters it had after normalization. */
export interface ShingleSet {
  /** Sorted, distinct 32-bit hashes of the shingles. */
  hashes: Uint32Array;
  /** Normalized characters over all pieces (for leaving out trivially short texts). */
  characters: number;
}

/**
 * The shingle set of a document made of several pieces (a plan's needs and goals). Shingles
 * never span two pieces, so the order of the pieces does not matter; a piece shorter than a
 * shingle still counts as one shingle (a two-character need is still wording). Shingles are
 * hashed with FNV-1a over code points, the same on every run and platform.
 *
 * @param size shingle length in characters (a positive integer).
 */
export function shingleSet(pieces: readonly string[], size = 3): ShingleSet {
  if (!Number.isInteger(size) || size < 1) throw new RangeError('shingle size must be a positive integer');
  const text = normalizeForShingles(pieces.join(separator)) + separator;
  if (scratchHashes.length < text.length) {
    scratchHashes = new Uint32Array(text.length * 2);
    scratchPoints = new Int32Array(text.length * 2);
  }
  const out = scratchHashes;
  const points = scratchPoints;
  let count = 0;
  let length = 0;
  let pieceStart = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i += 1;
    if (code === separatorCode) {
      if (length > pieceStart && length - pieceStart < size) out[count++] = hashRange(points, pieceStart, length);
      pieceStart = length;
      continue;
    }
    points[length++] = code;
    if (length - pieceStart >= size) out[count++] = hashRange(points, length - size, length);
  }
  const characters = length;
  return { hashes: sortedUnique(out.subarray(0, count)), characters };
}

/** Exact Jaccard similarity |A∩B| / |A∪B| of two sorted sets; 0 when both are empty. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  const union = a.length + b.length - shared;
  return union === 0 ? 0 : shared / union;
}
