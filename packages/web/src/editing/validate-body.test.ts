import { describe, expect, it } from 'vitest';
import { documentFieldErrors, issuesOf, sameDocumentContent, stableStringify } from './validate-body.js';

describe('documentFieldErrors', () => {
  it('keys Japanese messages by dotted path', () => {
    const errors = documentFieldErrors('assessment', { date: '', items: { health: { heightCm: 'とても高い' } } });
    expect(errors['date']).toBe('アセスメント実施日を入力してください');
    expect(errors['items.health.heightCm']).toBe('数値で入力してください');
  });

  it('accepts a new document without an id and a valid body', () => {
    expect(documentFieldErrors('support_log_entry', { date: '令和7年4月1日', content: '電話で確認' })).toEqual({});
    expect(documentFieldErrors('support_log_entry', undefined)).toEqual({});
  });

  it('reports a nested period error at the end date', () => {
    const errors = documentFieldErrors('care_plan', {
      needs: [{ id: 'n', longTermGoals: [{ id: 'l', period: { start: '2025-04-01', end: '2025-03-01' } }] }],
    });
    expect(errors['needs.0.longTermGoals.0.period.end']).toBe('終了日は開始日以降の日付にしてください');
  });
});

describe('sameDocumentContent', () => {
  it('sees through normalization (blank text, 和暦, key order, defaults)', () => {
    const saved = { id: 's', date: '2025-04-01', kind: 'phone', content: '電話' };
    expect(sameDocumentContent('support_log_entry', { content: '電話', kind: 'phone', date: 'R7.4.1', id: 's', title: '  ' }, saved)).toBe(true);
    expect(sameDocumentContent('support_log_entry', { ...saved, content: '訪問' }, saved)).toBe(false);
  });

  it('compares invalid drafts literally', () => {
    expect(sameDocumentContent('support_log_entry', { date: 'きのう' }, { date: 'きのう' })).toBe(true);
    expect(sameDocumentContent('support_log_entry', { date: 'きのう' }, { date: '2025-04-01' })).toBe(false);
  });
});

describe('helpers', () => {
  it('stableStringify ignores key order', () => {
    expect(stableStringify({ b: 1, a: { d: 2, c: 3 } })).toBe(stableStringify({ a: { c: 3, d: 2 }, b: 1 }));
  });

  it('issuesOf reads only well-formed issues', () => {
    expect(issuesOf({ issues: [{ path: 'a', message: 'm' }, { path: 1 }, null] })).toEqual([{ path: 'a', message: 'm' }]);
    expect(issuesOf(undefined)).toEqual([]);
    expect(issuesOf({ issues: 'no' })).toEqual([]);
  });
});
