import type { DocumentKind } from '@kizuki/core';
import { getEditingUser } from './current-user.js';

/** What is kept in localStorage for a document with unsaved changes. */
export interface StoredDraft {
  kind: DocumentKind;
  body: unknown;
  /** The server revision the draft was edited from; undefined for a document not created yet. */
  baseRevision: number | undefined;
  /** When the draft was last written (ISO 8601). */
  savedAt: string;
}

const prefix = 'kizuki.draft.v1';

/** The storage key of a draft: per user, client and document (or "new <kind>" before the document exists). */
export function draftKey(clientId: string, kind: DocumentKind, documentId: string | undefined): string {
  const user = getEditingUser()?.id ?? 'anonymous';
  return [prefix, user, clientId, documentId ?? `new:${kind}`].map(encodeURIComponent).join('/');
}

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // storage disabled by the browser's privacy settings
  }
}

export function readDraft(key: string): StoredDraft | undefined {
  const text = storage()?.getItem(key);
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Partial<StoredDraft>;
    if (typeof value !== 'object' || value === null || typeof value.body !== 'object' || typeof value.savedAt !== 'string') return undefined;
    return value as StoredDraft;
  } catch {
    return undefined;
  }
}

/** Writes the draft; returns false when the browser refused (storage full or disabled). */
export function writeDraft(key: string, draft: StoredDraft): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function removeDraft(key: string): void {
  storage()?.removeItem(key);
}
