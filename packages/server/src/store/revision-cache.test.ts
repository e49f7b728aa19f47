import { describe, expect, it } from 'vitest';
import { RevisionCache, revisionKey } from './revision-cache.js';

describe('RevisionCache', () => {
  it('keeps values up to its weight, dropping the least recently used first', () => {
    const cache = new RevisionCache<{ n: number }>(10);
    cache.set('a', { n: 1 }, 4);
    cache.set('b', { n: 2 }, 4);
    expect(cache.get('a')).toEqual({ n: 1 }); // a is now the most recently used
    cache.set('c', { n: 3 }, 4);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toEqual({ n: 1 });
    expect(cache.get('c')).toEqual({ n: 3 });
    expect(cache.totalWeight).toBe(8);
    expect(cache.size).toBe(2);
  });

  it('answers but does not keep a value heavier than the whole cache', () => {
    const cache = new RevisionCache<string[]>(10);
    const heavy = ['x'];
    expect(cache.set('big', heavy, 11)).toBe(heavy);
    expect(cache.get('big')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('freezes what it keeps, deeply, so one reader cannot change what the next one gets', () => {
    const cache = new RevisionCache<{ needs: { text: string }[] }>(100);
    const value = cache.set('k', { needs: [{ text: '歩きたい' }] }, 10);
    expect(() => {
      value.needs[0]!.text = '変更';
    }).toThrow(TypeError);
    expect(() => value.needs.push({ text: '追加' })).toThrow(TypeError);
    expect(cache.get('k')).toEqual({ needs: [{ text: '歩きたい' }] });
  });

  it('replaces a key without counting its weight twice', () => {
    const cache = new RevisionCache<number[]>(10);
    cache.set('k', [1], 6);
    cache.set('k', [2], 6);
    expect(cache.totalWeight).toBe(6);
    expect(cache.get('k')).toEqual([2]);
  });

  it('makes keys that parts with separators cannot collide', () => {
    expect(revisionKey('a|1', 'b', 2)).not.toBe(revisionKey('a', '1|b', 2));
    expect(revisionKey('t', 'd', 1)).not.toBe(revisionKey('t', 'd', 11));
    expect(revisionKey('t', 'd', 1)).toBe(revisionKey('t', 'd', 1));
  });
});
