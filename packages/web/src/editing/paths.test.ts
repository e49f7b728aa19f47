import { describe, expect, it } from 'vitest';
import { getAt, pathKey, setAt } from './paths.js';

describe('paths', () => {
  const body = { needs: [{ id: 'n1', text: '買物に行きたい', longTermGoals: [] as unknown[] }], date: '2025-04-01' };

  it('reads values by path and answers undefined for missing steps', () => {
    expect(getAt(body, ['needs', 0, 'text'])).toBe('買物に行きたい');
    expect(getAt(body, ['needs', 3, 'text'])).toBeUndefined();
    expect(getAt(body, ['date', 'year'])).toBeUndefined();
    expect(getAt(undefined, ['a'])).toBeUndefined();
  });

  it('writes a copy, leaving the input and untouched branches as they were', () => {
    const next = setAt(body, ['needs', 0, 'text'], '自分で買物に行きたい');
    expect(next.needs[0]!.text).toBe('自分で買物に行きたい');
    expect(body.needs[0]!.text).toBe('買物に行きたい');
    expect(next.needs[0]!.longTermGoals).toBe(body.needs[0]!.longTermGoals);
    expect(next).not.toBe(body);
  });

  it('creates missing objects and arrays along the way', () => {
    expect(setAt({}, ['items', 'health', 'pain', 'present'], true)).toEqual({ items: { health: { pain: { present: true } } } });
    const withArray = setAt<{ answers?: unknown[] }>({}, ['answers', 2], false);
    expect(Array.isArray(withArray.answers)).toBe(true);
    expect(withArray.answers?.[2]).toBe(false);
  });

  it('names paths the way validation errors do', () => {
    expect(pathKey(['needs', 0, 'longTermGoals', 1, 'period', 'end'])).toBe('needs.0.longTermGoals.1.period.end');
  });
});
