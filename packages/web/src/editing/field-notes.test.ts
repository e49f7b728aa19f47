import { describe, expect, it } from 'vitest';
import { placeNotes, samePlacement, type FieldNote } from './field-notes.js';

const note = (key: string, extra: Partial<FieldNote> = {}): FieldNote => ({ key, tone: 'advice', badge: '助言', text: '抽象的な目標', ...extra });
const slots = (...keys: string[]) => (key: string) => keys.includes(key);

describe('placeNotes', () => {
  it('puts a remark at the field of its path', () => {
    const placed = placeNotes([{ path: ['needs', 0, 'longTermGoals', 0, 'text'], note: note('a') }], slots('needs.0', 'needs.0.longTermGoals.0.text'));
    expect([...placed.keys()]).toEqual(['needs.0.longTermGoals.0.text']);
    expect(placed.get('needs.0.longTermGoals.0.text')?.map((n) => n.key)).toEqual(['a']);
  });

  it('puts a remark about something with no field of its own on the nearest enclosing item', () => {
    const placed = placeNotes([{ path: ['needs', 1, 'longTermGoals', 0, 'shortTermGoals'], note: note('missing') }], slots('needs.1', 'needs.1.longTermGoals.0'));
    expect([...placed.keys()]).toEqual(['needs.1.longTermGoals.0']);
  });

  it('keeps several remarks on one field in order and leaves out those with no place', () => {
    const placed = placeNotes(
      [
        { path: ['overallPolicy'], note: note('x') },
        { path: ['overallPolicy'], note: note('y') },
        { path: ['delivery', 'toProviders'], note: note('z') },
      ],
      slots('overallPolicy'),
    );
    expect(placed.get('overallPolicy')?.map((n) => n.key)).toEqual(['x', 'y']);
    expect(placed.size).toBe(1);
  });
});

describe('samePlacement', () => {
  it('tells equal placements from changed ones', () => {
    const a = new Map([['t', [note('a')]]]);
    expect(samePlacement(a, new Map([['t', [note('a')]]]))).toBe(true);
    expect(samePlacement(a, new Map([['t', [note('a', { fresh: true })]]]))).toBe(false);
    expect(samePlacement(a, new Map([['u', [note('a')]]]))).toBe(false);
    expect(samePlacement(a, new Map())).toBe(false);
  });
});
