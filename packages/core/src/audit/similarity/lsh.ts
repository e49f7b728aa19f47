/**
 * Locality-sensitive hashing over MinHash signatures (banding): each signature is cut into
 * `bands` bands of `rows` values, and two documents become a candidate pair when any band is
 * identical. A pair of similarity s is found with probability 1 − (1 − s^rows)^bands, so
 * near-duplicates meet in some bucket while dissimilar documents rarely do; no all-pairs
 * comparison is needed.
 */

/** How a signature is cut into bands. */
export interface Banding {
  bands: number;
  rows: number;
}

/** Probability that a pair with Jaccard similarity `similarity` becomes a candidate. */
export function candidateProbability(similarity: number, { bands, rows }: Banding): number {
  return 1 - (1 - similarity ** rows) ** bands;
}

/**
 * The banding for a similarity threshold: the most rows per band (fewest chance candidates)
 * that still finds a pair right at the threshold with probability `targetRecall`. Pairs above
 * the threshold are found more surely still.
 */
export function chooseBanding(threshold: number, numHashes: number, targetRecall = 0.97): Banding {
  if (!(threshold > 0 && threshold <= 1)) throw new RangeError('threshold must be in (0, 1]');
  for (let rows = numHashes; rows > 1; rows -= 1) {
    const banding = { bands: Math.floor(numHashes / rows), rows };
    if (candidateProbability(threshold, banding) >= targetRecall) return banding;
  }
  return { bands: numHashes, rows: 1 };
}

export interface CandidateOptions {
  /** Only pairs with at least one target are wanted (the others are peers). Default: all. */
  isTarget?: (index: number) => boolean;
  /**
   * A bucket larger than this (many copies of one boilerplate) is not expanded to all its
   * pairs; each member is paired with its next `window` members instead, which is enough to
   * name each document's closest matches and keeps the work linear.
   */
  maxBucket?: number;
  window?: number;
}

function bandKey(signature: Uint32Array, start: number, rows: number): number {
  // FNV-1a over the band's values: one 32-bit key per band.
  let h = 0x811c9dc5;
  for (let i = start; i < start + rows; i += 1) {
    const v = signature[i]!;
    h = Math.imul(h ^ (v & 0xffff), 0x01000193);
    h = Math.imul(h ^ (v >>> 16), 0x01000193);
  }
  return h >>> 0;
}

/** A growable list of pair keys `i · n + j`, deduplicated once at the end by sorting. */
class PairKeys {
  private keys = new Float64Array(1024);
  private length = 0;

  add(key: number): void {
    if (this.length === this.keys.length) {
      const grown = new Float64Array(this.keys.length * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    this.keys[this.length++] = key;
  }

  /** The distinct keys in ascending order. */
  distinct(): Float64Array {
    const keys = this.keys.subarray(0, this.length).sort();
    let n = 0;
    for (let i = 0; i < keys.length; i += 1) if (i === 0 || keys[i] !== keys[n - 1]) keys[n++] = keys[i]!;
    return keys.subarray(0, n);
  }
}

/**
 * Candidate pairs of documents sharing a band, as sorted keys `i · n + j` (i < j; decode with
 * `i = ⌊key / n⌋`, `j = key − i · n`): no small array per pair for 100,000 documents. Each band
 * is bucketed by sorting one Float64Array of `key · 2^indexBits + index` numbers, and pairs are
 * collected as numbers and deduplicated by one sort at the end (no Map, Set or per-bucket
 * arrays), so 100,000 signatures take well under a second. Band keys are cut to the bits left
 * beside the index; a chance collision only adds a candidate that the caller's exact check
 * rejects. Pair keys are exact up to about 90 million documents.
 */
export function candidatePairKeys(signatures: readonly Uint32Array[], banding: Banding, options: CandidateOptions = {}): Float64Array {
  const n = signatures.length;
  const isTarget = options.isTarget ?? (() => true);
  const maxBucket = options.maxBucket ?? 64;
  const window = options.window ?? 16;
  const indexBits = Math.max(1, Math.ceil(Math.log2(n + 1)));
  const keyBits = Math.min(32, 53 - indexBits);
  const scale = 2 ** indexBits;
  const targets = Uint8Array.from(signatures, (_, i) => (isTarget(i) ? 1 : 0));
  const found = new PairKeys();
  const add = (a: number, b: number): void => {
    if (a === b || (targets[a] === 0 && targets[b] === 0)) return;
    found.add(a < b ? a * n + b : b * n + a);
  };
  const packed = new Float64Array(n);
  for (let band = 0; band < banding.bands; band += 1) {
    for (let i = 0; i < n; i += 1) {
      const key = bandKey(signatures[i]!, band * banding.rows, banding.rows) >>> (32 - keyBits);
      packed[i] = key * scale + i;
    }
    packed.sort();
    let start = 0;
    while (start < n) {
      const key = Math.floor(packed[start]! / scale);
      let end = start + 1;
      while (end < n && Math.floor(packed[end]! / scale) === key) end += 1;
      const size = end - start;
      if (size > 1) {
        const base = key * scale;
        // Members are read in place (packed[start + k] - base): no function is made per bucket.
        if (size <= maxBucket) {
          for (let x = 0; x < size; x += 1) for (let y = x + 1; y < size; y += 1) add(packed[start + x]! - base, packed[start + y]! - base);
        } else {
          for (let x = 0; x < size; x += 1) for (let w = 1; w <= window; w += 1) add(packed[start + x]! - base, packed[start + ((x + w) % size)]! - base);
        }
      }
      start = end;
    }
  }
  return found.distinct();
}

/** {@link candidatePairKeys} as `[i, j]` pairs (i < j), ordered by i then j. */
export function candidatePairs(signatures: readonly Uint32Array[], banding: Banding, options: CandidateOptions = {}): Array<[number, number]> {
  const n = signatures.length;
  return Array.from(candidatePairKeys(signatures, banding, options), (key): [number, number] => {
    const i = Math.floor(key / n);
    return [i, key - i * n];
  });
}
