import { describe, expect, it } from 'vitest';
import { candidatePairs, candidateProbability, chooseBanding } from './lsh.js';

describe('chooseBanding', () => {
  it('finds a pair at the threshold with at least the target probability, using at most numHashes values', () => {
    for (const threshold of [0.5, 0.7, 0.8, 0.9]) {
      const banding = chooseBanding(threshold, 128);
      expect(banding.bands * banding.rows).toBeLessThanOrEqual(128);
      expect(candidateProbability(threshold, banding)).toBeGreaterThanOrEqual(0.97);
    }
  });

  it('rarely proposes clearly dissimilar pairs at the default threshold', () => {
    const banding = chooseBanding(0.8, 128);
    expect(banding.rows).toBeGreaterThan(4);
    expect(candidateProbability(0.3, banding)).toBeLessThan(0.01);
  });

  it('rejects a threshold outside (0, 1]', () => {
    expect(() => chooseBanding(0, 128)).toThrow(RangeError);
    expect(() => chooseBanding(1.2, 128)).toThrow(RangeError);
    expect(() => chooseBanding(Number.NaN, 128)).toThrow(RangeError);
  });
});

describe('candidatePairs', () => {
  const sig = (...values: number[]) => Uint32Array.from(values);

  it('pairs documents that share any whole band, once each', () => {
    const signatures = [sig(1, 2, 3, 4), sig(1, 2, 9, 9), sig(7, 7, 3, 4), sig(5, 6, 7, 8)];
    expect(candidatePairs(signatures, { bands: 2, rows: 2 })).toEqual([
      [0, 1],
      [0, 2],
    ]);
  });

  it('skips pairs with no target', () => {
    const signatures = [sig(1, 1), sig(1, 1), sig(1, 1)];
    expect(candidatePairs(signatures, { bands: 1, rows: 2 }, { isTarget: (i) => i === 2 })).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it('pairs each member of an oversized bucket with its next few members only', () => {
    const signatures = Array.from({ length: 100 }, () => sig(3, 3));
    const pairs = candidatePairs(signatures, { bands: 1, rows: 2 }, { maxBucket: 10, window: 2 });
    expect(pairs.length).toBe(200);
    expect(pairs).toContainEqual([0, 1]);
    expect(pairs).toContainEqual([0, 99]);
    expect(pairs).not.toContainEqual([0, 50]);
  });

  it('returns nothing for no or one document', () => {
    expect(candidatePairs([], { bands: 4, rows: 2 })).toEqual([]);
    expect(candidatePairs([sig(1, 2)], { bands: 1, rows: 2 })).toEqual([]);
  });
});
