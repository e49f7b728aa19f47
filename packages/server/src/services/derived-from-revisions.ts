import { deepFreeze } from '../store/revision-cache.js';

/** Where one kind of derived value is kept: by its first body, with every body it was made from. */
export type DerivedMemo<T> = WeakMap<object, { parts: readonly unknown[]; value: T }>;

export function derivedMemo<T>(): DerivedMemo<T> {
  return new WeakMap();
}

/**
 * A value derived from stored document bodies (a validated case file, a parsed certification),
 * made once for the same bodies. The store hands out one deeply frozen object per committed
 * revision (store/revision-cache.ts), so the same objects are the same revisions: a new revision
 * is a new object and the value is made again. Bodies that are not frozen (read in a transaction,
 * just written, given by a caller) are never memoized. Entries live as long as their first body
 * does, so the memo is bounded by the store's cache; the value is frozen, since readers share it.
 */
export function derivedFrom<T>(memo: DerivedMemo<T>, parts: readonly unknown[], derive: () => T): T {
  const [first] = parts;
  if (typeof first !== 'object' || first === null || !parts.every((p) => typeof p === 'object' && p !== null && Object.isFrozen(p))) return derive();
  const kept = memo.get(first);
  if (kept && kept.parts.length === parts.length && kept.parts.every((p, i) => p === parts[i])) return kept.value;
  const value = derive();
  deepFreeze(value);
  memo.set(first, { parts: [...parts], value });
  return value;
}

/**
 * A value made for a whole tenant (its peer case files, its client list), kept with the key it was
 * made for (the store's version of the documents it was read from, and whatever else it depends
 * on) and answered again while the key is the same. The most recently used `limit` tenants are kept.
 */
export class TenantMemo<T> {
  private readonly entries = new Map<string, { key: string; value: T }>();
  constructor(private readonly limit = 256) {}

  get(tenantId: string, key: string): T | undefined {
    const kept = this.entries.get(tenantId);
    return kept?.key === key ? kept.value : undefined;
  }

  set(tenantId: string, key: string, value: T): void {
    this.entries.delete(tenantId);
    this.entries.set(tenantId, { key, value });
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
  }
}
