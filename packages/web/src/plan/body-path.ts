import { getAt, pathKey, setAt, type FieldPath } from '../editing/paths.js';

/**
 * List edits of a document body addressed by a path (`['needs', 0, 'longTermGoals']`), on top
 * of the editing layer's getAt/setAt: the 第2表 tree is reordered and pruned with these.
 */

function listAt(body: unknown, path: FieldPath): unknown[] {
  const value = getAt(body, path);
  return Array.isArray(value) ? (value as unknown[]) : [];
}

/** A copy with `item` appended to the list at `path` (created when missing). */
export function appendAt<T>(body: T, path: FieldPath, item: unknown): T {
  return setAt(body, path, [...listAt(body, path), item]);
}

/** A copy without item `index` of the list at `path`; the body itself when there is no such item. */
export function removeAt<T>(body: T, path: FieldPath, index: number): T {
  const list = listAt(body, path);
  if (index < 0 || index >= list.length) return body;
  return setAt(body, path, list.filter((_, i) => i !== index));
}

/** A copy with item `index` of the list at `path` moved by `delta` (−1 上へ, +1 下へ); the body itself at the ends. */
export function moveAt<T>(body: T, path: FieldPath, index: number, delta: number): T {
  const list = [...listAt(body, path)];
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return body;
  const [item] = list.splice(index, 1);
  list.splice(target, 0, item);
  return setAt(body, path, list);
}

export { getAt, pathKey, setAt, type FieldPath };
