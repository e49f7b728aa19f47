/**
 * A bounded cache (least recently used first out) of values derived from committed revisions.
 * A committed revision never changes (document_revisions is append-only, enforced by triggers on
 * both backends), so a key that names the tenant, the document and the revision can never answer
 * stale content, in this process or next to another server process on the same database; a new
 * revision is a new key. Only reads outside a transaction may fill it: a revision read inside a
 * transaction that rolls back was never committed.
 *
 * Cached values are deeply frozen, since every reader of the key shares the one object.
 */
export class RevisionCache<V> {
  private readonly entries = new Map<string, { value: V; weight: number }>();
  private weight = 0;

  /** `maxWeight`: the sum of the entries' weights kept (for bodies, characters of JSON text). */
  constructor(readonly maxWeight: number) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    // Most recently used last: Map keeps insertion order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Keeps `value` (frozen deeply) under `key` and answers it; too heavy a value is answered but not kept. */
  set(key: string, value: V, weight: number): V {
    deepFreeze(value);
    if (weight > this.maxWeight) return value;
    const old = this.entries.get(key);
    if (old !== undefined) {
      this.entries.delete(key);
      this.weight -= old.weight;
    }
    this.entries.set(key, { value, weight });
    this.weight += weight;
    for (const [oldest, entry] of this.entries) {
      if (this.weight <= this.maxWeight) break;
      this.entries.delete(oldest);
      this.weight -= entry.weight;
    }
    return value;
  }

  get size(): number {
    return this.entries.size;
  }

  get totalWeight(): number {
    return this.weight;
  }
}

/** A cache key from parts that may hold any character (ids come from users and imports). */
export function revisionKey(...parts: readonly (string | number)[]): string {
  return parts.map((p) => (typeof p === 'number' ? String(p) : `${p.length}:${p}`)).join('|');
}

/** Freezes `value` and everything reachable from it. */
export function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}
