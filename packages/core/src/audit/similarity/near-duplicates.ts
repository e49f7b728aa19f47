import { candidatePairKeys, chooseBanding, type Banding } from './lsh.js';
import { createMinHasher } from './minhash.js';
import { jaccard, shingleSet, type ShingleSet } from './shingles.js';

/** Settings of a near-duplicate search; every field has a default. */
export interface NearDuplicateOptions {
  /** Jaccard similarity of shingle sets from which two documents count as near-duplicates. */
  threshold?: number;
  /** Shingle length in characters. */
  shingleSize?: number;
  /** MinHash signature length. */
  numHashes?: number;
  /** Seed of the MinHash permutations (same seed, same result). */
  seed?: number;
  /** Documents with fewer normalized characters are left out (trivially short boilerplate). */
  minCharacters?: number;
  /** Indices of the documents to report on; pairs between two others are not compared. Default: all. */
  targets?: readonly number[];
  /** Pairs the caller does not want (the same client's other plan …). */
  skipPair?: (a: number, b: number) => boolean;
  /** See {@link candidatePairs}. */
  maxBucket?: number;
  window?: number;
}

/** Two documents whose shingle sets have Jaccard similarity ≥ the threshold (a < b). */
export interface SimilarPair {
  a: number;
  b: number;
  similarity: number;
}

/** Counts for benchmarks and tests: how much work the search did. */
export interface NearDuplicateStats {
  documents: number;
  /** Documents long enough to compare. */
  compared: number;
  banding: Banding;
  /** Candidate pairs from LSH. */
  candidates: number;
  /** Candidates left after the size and signature filters, checked with exact Jaccard. */
  exactChecks: number;
}

/** Jaccard similarity is at most |small| / |large|: pairs too different in size cannot reach the threshold. */
function sizesAllow(x: number, y: number, threshold: number): boolean {
  return Math.min(x, y) >= threshold * Math.max(x, y);
}

/**
 * Before the exact check, a candidate whose signatures agree on fewer than threshold − 0.15 of
 * their positions is dropped: over four standard errors of the estimate at 128 hashes, so a
 * pair at the threshold is lost about once in 100,000, while most chance candidates are
 * rejected after comparing a few dozen numbers instead of merging two shingle sets.
 */
const estimateMargin = 0.15;

function signaturesAllow(a: Uint32Array, b: Uint32Array, maxMismatches: number): boolean {
  let mismatches = 0;
  for (let i = 0; i < a.length; i += 1) {
    if (a[i] !== b[i] && ++mismatches > maxMismatches) return false;
  }
  return true;
}

export const nearDuplicateDefaults = { threshold: 0.8, shingleSize: 3, numHashes: 128, seed: 0x4b697a75, minCharacters: 30 } as const;

/**
 * What the search needs of one document, made once per document and reusable across searches
 * (a peer plan audited with many clients): its shingle set and, made when first needed, its
 * MinHash signature under the default hash settings.
 */
export interface TextFingerprint extends ShingleSet {
  /** The MinHash signature (default numHashes and seed); see {@link fingerprintSignature}. */
  signature?: Uint32Array;
}

const defaultHasher = createMinHasher(nearDuplicateDefaults.numHashes, nearDuplicateDefaults.seed);

/** The fingerprint of a document made of text pieces (default shingle size). */
export function textFingerprint(pieces: readonly string[]): TextFingerprint {
  return shingleSet(pieces, nearDuplicateDefaults.shingleSize);
}

/** The fingerprint's signature under the default hash settings, made on first use and kept on it. */
export function fingerprintSignature(fingerprint: TextFingerprint): Uint32Array {
  return (fingerprint.signature ??= defaultHasher.signature(fingerprint.hashes));
}

/**
 * Near-duplicate documents among many, without comparing all pairs: shingle each document,
 * MinHash the shingle sets, band the signatures (LSH) for candidate pairs, drop candidates
 * whose sizes or signatures rule them out, then keep those whose exact Jaccard similarity
 * reaches the threshold. There are no false positives; a true pair is missed only when LSH
 * does not propose it (chance below 3% at the threshold, falling fast above it).
 * Deterministic for a given seed.
 *
 * @param documents each document as the text pieces it is made of.
 */
export function findNearDuplicates(documents: readonly (readonly string[])[], options: NearDuplicateOptions = {}): { pairs: SimilarPair[]; stats: NearDuplicateStats } {
  const size = options.shingleSize ?? nearDuplicateDefaults.shingleSize;
  const numHashes = options.numHashes ?? nearDuplicateDefaults.numHashes;
  const seed = options.seed ?? nearDuplicateDefaults.seed;
  const sets: TextFingerprint[] = documents.map((pieces) => shingleSet(pieces, size));
  const defaults = numHashes === nearDuplicateDefaults.numHashes && seed === nearDuplicateDefaults.seed;
  const hasher = defaults ? undefined : createMinHasher(numHashes, seed);
  return findNearDuplicateFingerprints(sets, options, hasher ? (set) => hasher.signature(set.hashes) : fingerprintSignature);
}

/**
 * {@link findNearDuplicates} over fingerprints made beforehand ({@link textFingerprint}): the same
 * answer for the same documents, without shingling again documents already fingerprinted.
 * `shingleSize`, `numHashes` and `seed` of the options are those of the fingerprints.
 */
export function findNearDuplicateFingerprints(
  sets: readonly TextFingerprint[],
  options: NearDuplicateOptions = {},
  signatureOf: (set: TextFingerprint) => Uint32Array = fingerprintSignature,
): { pairs: SimilarPair[]; stats: NearDuplicateStats } {
  const threshold = options.threshold ?? nearDuplicateDefaults.threshold;
  const numHashes = options.numHashes ?? nearDuplicateDefaults.numHashes;
  const minCharacters = options.minCharacters ?? nearDuplicateDefaults.minCharacters;
  // Only documents long enough take part; `kept` maps their compact index back to the input.
  const kept = sets.flatMap((set, i) => (set.characters >= minCharacters && set.hashes.length > 0 ? [i] : []));
  const targetSet = new Set(options.targets ?? sets.map((_, i) => i));
  const signatures = kept.map((i) => signatureOf(sets[i]!));
  const banding = chooseBanding(threshold, numHashes);
  const maxMismatches = Math.floor(numHashes * (1 - Math.max(0, threshold - estimateMargin)));
  const candidates = candidatePairKeys(signatures, banding, {
    isTarget: (k) => targetSet.has(kept[k]!),
    ...(options.maxBucket !== undefined ? { maxBucket: options.maxBucket } : {}),
    ...(options.window !== undefined ? { window: options.window } : {}),
  });
  const pairs: SimilarPair[] = [];
  let exactChecks = 0;
  const n = kept.length;
  for (const key of candidates) {
    const x = Math.floor(key / n);
    const y = key - x * n;
    const a = kept[x]!;
    const b = kept[y]!;
    if (options.skipPair?.(a, b)) continue;
    if (!sizesAllow(sets[a]!.hashes.length, sets[b]!.hashes.length, threshold)) continue;
    if (!signaturesAllow(signatures[x]!, signatures[y]!, maxMismatches)) continue;
    exactChecks += 1;
    const similarity = jaccard(sets[a]!.hashes, sets[b]!.hashes);
    if (similarity >= threshold) pairs.push({ a, b, similarity });
  }
  pairs.sort((p, q) => p.a - q.a || p.b - q.b);
  return { pairs, stats: { documents: sets.length, compared: kept.length, banding, candidates: candidates.length, exactChecks } };
}

/**
 * The exact answer by comparing every pair (quadratic): the reference that the LSH search is
 * measured against in tests and benchmarks. Same filtering as {@link findNearDuplicates}.
 */
export function exactNearDuplicates(sets: readonly ShingleSet[], threshold: number, minCharacters: number = nearDuplicateDefaults.minCharacters): SimilarPair[] {
  // Sorted by size, the inner loop can stop once the larger set is too large to reach the
  // threshold; this prunes without changing the answer.
  const kept = sets.flatMap((set, i) => (set.characters >= minCharacters && set.hashes.length > 0 ? [i] : [])).sort((x, y) => sets[x]!.hashes.length - sets[y]!.hashes.length || x - y);
  const pairs: SimilarPair[] = [];
  for (let x = 0; x < kept.length; x += 1) {
    const a = sets[kept[x]!]!.hashes;
    for (let y = x + 1; y < kept.length; y += 1) {
      const b = sets[kept[y]!]!.hashes;
      if (!sizesAllow(a.length, b.length, threshold)) break;
      const similarity = jaccard(a, b);
      if (similarity >= threshold) pairs.push({ a: Math.min(kept[x]!, kept[y]!), b: Math.max(kept[x]!, kept[y]!), similarity });
    }
  }
  return pairs.sort((p, q) => p.a - q.a || p.b - q.b);
}
