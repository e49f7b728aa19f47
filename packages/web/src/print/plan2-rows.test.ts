import type { Need } from '@kizuki/core';
import { describe, expect, it } from 'vitest';
import { plan2Rows } from './plan2-rows.js';

const line = (id: string) => ({ id, kind: 'insured' as const, content: id });

describe('第2表 print rows', () => {
  it('spans need and goal cells over their service lines', () => {
    const needs: Need[] = [
      {
        id: 'n1', text: '買物に行きたい', assessmentItems: [],
        longTermGoals: [
          { id: 'l1', text: '商店街まで歩ける', shortTermGoals: [
            { id: 's1', text: '10分歩ける', serviceLines: [line('a'), line('b')] },
            { id: 's2', text: '杖で歩ける', serviceLines: [line('c')] },
          ] },
        ],
      },
      { id: 'n2', text: '風呂に入りたい', assessmentItems: [], longTermGoals: [{ id: 'l2', text: '入浴できる', shortTermGoals: [{ id: 's3', serviceLines: [line('d')] }] }] },
    ];
    const rows = plan2Rows(needs);
    expect(rows.map((r) => r.line?.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(rows.map((r) => r.need?.rowSpan)).toEqual([3, undefined, undefined, 1]);
    expect(rows.map((r) => r.longTermGoal?.rowSpan)).toEqual([3, undefined, undefined, 1]);
    expect(rows.map((r) => r.shortTermGoal?.rowSpan)).toEqual([2, undefined, 1, 1]);
  });

  it('keeps needs and goals that have nothing under them yet', () => {
    const rows = plan2Rows([
      { id: 'n1', text: '課題だけ', assessmentItems: [], longTermGoals: [] },
      { id: 'n2', text: '目標まで', assessmentItems: [], longTermGoals: [{ id: 'l', text: '長期', shortTermGoals: [{ id: 's', text: '短期', serviceLines: [] }] }] },
    ]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ need: { rowSpan: 1 } });
    expect(rows[0]!.longTermGoal).toBeUndefined();
    expect(rows[1]).toMatchObject({ need: { rowSpan: 1 }, longTermGoal: { rowSpan: 1 }, shortTermGoal: { rowSpan: 1 } });
    expect(rows[1]!.line).toBeUndefined();
    expect(new Set(rows.map((r) => r.key)).size).toBe(2);
  });

  it('prints nothing for a plan without needs', () => {
    expect(plan2Rows([])).toEqual([]);
  });
});
