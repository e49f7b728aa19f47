/**
 * MinHash signatures: numbers that stand in for a set of shingles, such that two sets agree
 * at a position with probability equal to their Jaccard similarity.
 *
 * Classic MinHash applies k permutations to every element (k × |set| hash evaluations: about
 * 2.5 billion for 100,000 plans). This uses one-permutation hashing with optimal
 * densification (Li, Owen & Zhang 2012; Shrivastava 2017): one hash per element splits the
 * hash space into k bins and keeps the minimum of each bin; an empty bin copies the value of
 * the first non-empty bin on a fixed pseudo-random probe sequence, the same for every
 * document, which keeps the collision probability equal to the Jaccard similarity. The cost
 * is |set| + k per document. Everything is derived from a seed: the same seed gives the same
 * signatures on every run and machine.
 */

/** Mulberry32: a small deterministic 32-bit generator (for seeds and test data). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** MurmurHash3's finalizer: mixes every input bit into every output bit (a bijection on 32 bits). */
function mix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Marks an empty bin; bin values are below 2^32 / k ≤ 2^31, never negative. */
const empty = -1;

/** Computes MinHash signatures with a fixed, seeded hash. */
export interface MinHasher {
  readonly numHashes: number;
  /** The signature of a set of 32-bit shingle hashes (all 0xFFFFFFFF for an empty set). */
  signature(hashes: Uint32Array): Uint32Array;
}

/**
 * A MinHasher giving signatures of `numHashes` values, derived from `seed`.
 *
 * @throws RangeError when numHashes is not an integer from 2 to 65,536.
 */
export function createMinHasher(numHashes: number, seed: number): MinHasher {
  if (!Number.isInteger(numHashes) || numHashes < 2 || numHashes > 65536) throw new RangeError('numHashes must be an integer from 2 to 65536');
  const k = numHashes;
  // With a power of two (the usual 128) bins and values come from bit operations, not division.
  const shift = Number.isInteger(Math.log2(k)) ? Math.log2(k) : -1;
  const salt = seededRandom(seed)() | 0;
  const probeSalt = seededRandom(seed ^ 0x5bd1e995)() | 0;
  const probe = (bin: number, attempt: number): number => mix32(probeSalt ^ Math.imul(bin + 1, 0x9e3779b1) ^ Math.imul(attempt + 1, 0x85ebca77)) % k;
  return {
    numHashes,
    signature(hashes) {
      const bins = new Int32Array(k).fill(empty);
      for (let e = 0; e < hashes.length; e += 1) {
        const v = mix32(hashes[e]! ^ salt);
        const bin = shift >= 0 ? v & (k - 1) : v % k;
        const value = shift >= 0 ? v >>> shift : Math.floor(v / k);
        const current = bins[bin]!;
        if (current === empty || value < current) bins[bin] = value;
      }
      const signature = new Uint32Array(k);
      if (hashes.length === 0) return signature.fill(0xffffffff);
      signature.set(bins);
      for (let i = 0; i < k; i += 1) {
        if (bins[i] !== empty) continue;
        let found = -1;
        for (let attempt = 0; attempt < 8 * k && found < 0; attempt += 1) {
          const j = probe(i, attempt);
          if (bins[j] !== empty) found = j;
        }
        // The probe sequence practically always hits a full bin; a linear scan settles the rest.
        for (let step = 1; found < 0; step += 1) if (bins[(i + step) % k] !== empty) found = (i + step) % k;
        signature[i] = bins[found]!;
      }
      return signature;
    },
  };
}

/** The share of positions where two signatures agree: an estimate of Jaccard similarity. */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new RangeError('signatures must have the same length');
  if (a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i += 1) if (a[i] === b[i]) same += 1;
  return same / a.length;
}
