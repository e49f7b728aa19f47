import { describe, expect, it } from 'vitest';
import { createMinHasher, estimatedJaccard, seededRandom } from './minhash.js';
import { jaccard } from './shingles.js';

function randomSet(random: () => number, size: number): number[] {
  return Array.from({ length: size }, () => random());
}

function sorted(values: number[]): Uint32Array {
  return Uint32Array.from(new Set(values)).sort();
}

describe('seededRandom', () => {
  it('repeats for the same seed and differs for another', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const c = seededRandom(8);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
    for (const v of first) expect(v).toBeGreaterThanOrEqual(0);
  });
});

describe('createMinHasher', () => {
  it('gives deterministic signatures of the requested length', () => {
    const set = Uint32Array.of(10, 20, 30);
    const one = createMinHasher(64, 1).signature(set);
    expect(one).toHaveLength(64);
    expect(createMinHasher(64, 1).signature(set)).toEqual(one);
    expect(createMinHasher(64, 2).signature(set)).not.toEqual(one);
  });

  it('gives equal signatures for equal sets and the empty-set sentinel for an empty set', () => {
    const hasher = createMinHasher(32, 3);
    expect(hasher.signature(Uint32Array.of(5, 6, 7))).toEqual(hasher.signature(Uint32Array.of(5, 6, 7)));
    expect([...hasher.signature(new Uint32Array())].every((v) => v === 0xffffffff)).toBe(true);
  });

  it('estimates Jaccard similarity within a few points over many random pairs', () => {
    const random = seededRandom(42);
    const hasher = createMinHasher(256, 9);
    let worst = 0;
    for (let trial = 0; trial < 40; trial += 1) {
      const shared = randomSet(random, 40 + (trial % 10) * 15);
      const a = sorted([...shared, ...randomSet(random, 30)]);
      const b = sorted([...shared, ...randomSet(random, 30)]);
      const error = Math.abs(estimatedJaccard(hasher.signature(a), hasher.signature(b)) - jaccard(a, b));
      worst = Math.max(worst, error);
    }
    // Standard error at 256 hashes is at most 1/(2·16) ≈ 0.03; allow about 3.5 standard errors.
    expect(worst).toBeLessThan(0.11);
  });

  it('rejects a non-positive or fractional number of hashes and mismatched signatures', () => {
    expect(() => createMinHasher(0, 1)).toThrow(RangeError);
    expect(() => createMinHasher(2.5, 1)).toThrow(RangeError);
    expect(() => createMinHasher(70000, 1)).toThrow(RangeError);
    expect(() => estimatedJaccard(new Uint32Array(2), new Uint32Array(3))).toThrow(RangeError);
    expect(estimatedJaccard(new Uint32Array(), new Uint32Array())).toBe(0);
  });
});
