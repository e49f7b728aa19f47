import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setEditingUser } from './current-user.js';
import { draftKey, readDraft, removeDraft, writeDraft } from './draft-storage.js';

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, value),
  };
}

describe('draft storage', () => {
  beforeEach(() => vi.stubGlobal('localStorage', memoryStorage()));
  afterEach(() => {
    vi.unstubAllGlobals();
    setEditingUser(undefined);
  });

  it('keeps drafts per user, client and document', () => {
    setEditingUser({ id: 'u1', displayName: '佐藤' });
    const mine = draftKey('c1', 'assessment', 'a1');
    setEditingUser({ id: 'u2', displayName: '田中' });
    expect(draftKey('c1', 'assessment', 'a1')).not.toBe(mine);
    expect(draftKey('c1', 'assessment', undefined)).not.toBe(draftKey('c1', 'monitoring', undefined));
    expect(draftKey('c2', 'assessment', 'a1')).not.toBe(draftKey('c1', 'assessment', 'a1'));
  });

  it('writes, reads back and removes a draft', () => {
    const key = draftKey('c1', 'support_log_entry', undefined);
    const draft = { kind: 'support_log_entry' as const, body: { content: '途中' }, baseRevision: undefined, savedAt: '2025-04-01T00:00:00.000Z' };
    expect(writeDraft(key, draft)).toBe(true);
    expect(readDraft(key)).toEqual({ kind: 'support_log_entry', body: { content: '途中' }, savedAt: '2025-04-01T00:00:00.000Z' });
    removeDraft(key);
    expect(readDraft(key)).toBeUndefined();
  });

  it('ignores broken or foreign entries', () => {
    localStorage.setItem('k1', 'not json');
    localStorage.setItem('k2', JSON.stringify({ body: 'text' }));
    expect(readDraft('k1')).toBeUndefined();
    expect(readDraft('k2')).toBeUndefined();
    expect(readDraft('missing')).toBeUndefined();
  });

  it('reports a full storage instead of throwing', () => {
    vi.stubGlobal('localStorage', { ...memoryStorage(), setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } });
    expect(writeDraft('k', { kind: 'assessment', body: {}, baseRevision: 1, savedAt: 'now' })).toBe(false);
  });
});
