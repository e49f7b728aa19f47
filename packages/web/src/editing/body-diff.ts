import { formatWareki, isValidIsoDate } from '@kizuki/core';
import type { FieldPath } from './paths.js';

/** One leaf field that differs between two versions of a document. */
export interface DiffRow {
  path: (string | number)[];
  /** Display text of each side; undefined when the field is absent on that side. */
  before: string | undefined;
  after: string | undefined;
  change: 'added' | 'removed' | 'changed';
}

/** Treats blank text, null and empty lists as "not entered", as the schemas do. */
function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** Leaf values of a body by path (objects and arrays are walked; ids are bookkeeping and skipped). */
export function flattenBody(value: unknown, path: (string | number)[] = [], out = new Map<string, { path: (string | number)[]; value: unknown }>()) {
  if (Array.isArray(value)) {
    value.forEach((item, index) => flattenBody(item, [...path, index], out));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      if (key === 'id' && path.length > 0) continue;
      flattenBody(child, [...path, key], out);
    }
  } else if (!isBlank(value) && !(path.length === 1 && path[0] === 'id')) {
    out.set(path.map(String).join('.'), { path, value });
  }
  return out;
}

/** How a leaf value reads to a person: dates in 和暦, yes/no in Japanese. */
export function displayValue(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'はい' : 'いいえ';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(value) && isValidIsoDate(value)) return formatWareki(value);
  return String(value);
}

/**
 * The fields that differ between two bodies, in the order they appear (before's order, then
 * fields only in after). Equal fields are left out.
 */
export function diffBodies(before: unknown, after: unknown): DiffRow[] {
  const left = flattenBody(before);
  const right = flattenBody(after);
  const rows: DiffRow[] = [];
  const keys = [...left.keys(), ...[...right.keys()].filter((key) => !left.has(key))];
  for (const key of keys) {
    const a = left.get(key);
    const b = right.get(key);
    if (a && b && a.value === b.value) continue;
    rows.push({
      path: (a ?? b)!.path,
      before: a ? displayValue(a.value) : undefined,
      after: b ? displayValue(b.value) : undefined,
      change: a && b ? 'changed' : a ? 'removed' : 'added',
    });
  }
  return rows;
}

/** Rows whose path starts with `prefix` (for showing one part of a long document). */
export function rowsUnder(rows: readonly DiffRow[], prefix: FieldPath): DiffRow[] {
  return rows.filter((row) => prefix.every((step, i) => row.path[i] === step));
}
