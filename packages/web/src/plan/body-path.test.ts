import { describe, expect, it } from 'vitest';
import { appendAt, moveAt, removeAt } from './body-path.js';

const body = { needs: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], title: 't' };
const ids = (value: typeof body) => value.needs.map((n) => n.id);

describe('list edits of a body', () => {
  it('appends, creating a missing list', () => {
    expect(appendAt<Record<string, unknown>>({}, ['needs'], { id: 'x' })).toEqual({ needs: [{ id: 'x' }] });
    expect(ids(appendAt(body, ['needs'], { id: 'd' }))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('removes an item without touching the original', () => {
    expect(ids(removeAt(body, ['needs'], 1))).toEqual(['a', 'c']);
    expect(ids(body)).toEqual(['a', 'b', 'c']);
  });

  it('moves an item up and down and shares the untouched parts', () => {
    const up = moveAt(body, ['needs'], 2, -1);
    expect(ids(up)).toEqual(['a', 'c', 'b']);
    expect(up.needs[0]).toBe(body.needs[0]);
    expect(ids(moveAt(body, ['needs'], 0, 1))).toEqual(['b', 'a', 'c']);
  });

  it('moves nested lists by path', () => {
    const tree = { needs: [{ goals: [1, 2, 3] }] };
    expect(moveAt(tree, ['needs', 0, 'goals'], 1, 1)).toEqual({ needs: [{ goals: [1, 3, 2] }] });
  });

  it('returns the body itself for moves past the ends and bad indexes', () => {
    expect(moveAt(body, ['needs'], 0, -1)).toBe(body);
    expect(moveAt(body, ['needs'], 2, 1)).toBe(body);
    expect(moveAt(body, ['needs'], 7, -1)).toBe(body);
    expect(removeAt(body, ['needs'], 5)).toBe(body);
    expect(removeAt(body, ['missing'], 0)).toBe(body);
  });
});
