import { describe, expect, it } from 'vitest';
import { diffBodies, displayValue } from './body-diff.js';
import { pathLabel } from './field-labels.js';

describe('diffBodies', () => {
  it('lists changed, added and removed leaf fields and leaves equal ones out', () => {
    const before = { id: 'a1', date: '2025-04-01', summary: '膝の痛み', items: { health: { symptoms: '痛み' } }, risks: { fall: true } };
    const after = { id: 'a1', date: '2025-04-02', summary: '膝の痛み', items: { health: { symptoms: '痛み', pain: { present: true } } } };
    expect(diffBodies(before, after)).toEqual([
      { path: ['date'], before: '令和7年4月1日', after: '令和7年4月2日', change: 'changed' },
      { path: ['risks', 'fall'], before: 'はい', after: undefined, change: 'removed' },
      { path: ['items', 'health', 'pain', 'present'], before: undefined, after: 'はい', change: 'added' },
    ]);
  });

  it('treats blank text as not entered and ignores row ids', () => {
    expect(diffBodies({ notes: '', rows: [{ id: 'x', name: '長女' }] }, { rows: [{ id: 'y', name: '長女' }] })).toEqual([]);
  });

  it('finds no difference between identical bodies, and everything against nothing', () => {
    const body = { date: '2025-04-01', answers: [true, false] };
    expect(diffBodies(body, structuredClone(body))).toEqual([]);
    expect(diffBodies(undefined, body).map((r) => r.change)).toEqual(['added', 'added', 'added']);
  });
});

describe('displayValue and pathLabel', () => {
  it('shows dates in 和暦 and yes/no in Japanese, other values as they are', () => {
    expect(displayValue('2019-05-01')).toBe('令和元年5月1日');
    expect(displayValue(false)).toBe('いいえ');
    expect(displayValue('2025-02-30')).toBe('2025-02-30');
    expect(displayValue(148.5)).toBe('148.5');
  });

  it('names paths in Japanese', () => {
    expect(pathLabel(['items', 'health', 'symptoms'])).toBe('10 健康状態 › 症状');
    expect(pathLabel(['needs', 0, 'longTermGoals', 1, 'text'])).toBe('ニーズ › 1件目 › 長期目標 › 2件目 › 内容');
    expect(pathLabel(['answers', 15])).toBe('回答 › No.16 週に1回以上は外出していますか');
    expect(pathLabel(['unknownKey'])).toBe('unknownKey');
  });
});
