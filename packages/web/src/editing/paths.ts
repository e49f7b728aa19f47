/** A location inside a document body: `['needs', 0, 'text']`. */
export type FieldPath = readonly (string | number)[];

/** The dotted form used for field errors and 気づき evidence: `needs.0.text`. */
export function pathKey(path: FieldPath): string {
  return path.map(String).join('.');
}

/** The value at `path`, or undefined when any step is missing. */
export function getAt(value: unknown, path: FieldPath): unknown {
  let current = value;
  for (const step of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[step];
  }
  return current;
}

/**
 * A copy of `value` with `next` at `path`; objects and arrays along the way are copied, missing
 * ones created (an array when the next step is a number). The input is never mutated.
 */
export function setAt<T>(value: T, path: FieldPath, next: unknown): T {
  if (path.length === 0) return next as T;
  const [step, ...rest] = path as [string | number, ...(string | number)[]];
  const container: unknown = value;
  const copy: Record<string | number, unknown> | unknown[] = Array.isArray(container)
    ? [...(container as unknown[])]
    : container !== null && typeof container === 'object'
      ? { ...(container as Record<string, unknown>) }
      : typeof step === 'number'
        ? []
        : {};
  const child = (copy as Record<string | number, unknown>)[step];
  (copy as Record<string | number, unknown>)[step] = setAt(child, rest, next);
  return copy as T;
}
