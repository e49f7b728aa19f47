import type { CarePlan } from '@kizuki/core';
import { fieldDomId, type FieldPath } from '../editing/index.js';
import { remapAcknowledgements } from './acknowledgements.js';
import { appendAt, getAt, moveAt, removeAt } from './body-path.js';

/** Structural edits of the plan's lists (第2表 tree, 第3表 rows), with focus put where the user expects it. */
export interface TreeOps {
  add(listPath: FieldPath, item: unknown, focusField?: (string | number)[]): void;
  move(listPath: FieldPath, index: number, delta: -1 | 1): void;
  remove(listPath: FieldPath, index: number, label: string): void;
}

function hasContent(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(hasContent);
  if (value !== null && typeof value === 'object') return Object.entries(value).some(([key, v]) => key !== 'id' && key !== 'kind' && key !== 'insured' && hasContent(v));
  return false;
}

export function treeOps(plan: CarePlan, setPlan: (next: CarePlan) => void): TreeOps {
  return {
    add(listPath, item, focusField) {
      const index = ((getAt(plan, listPath) as unknown[] | undefined) ?? []).length;
      setPlan(appendAt(plan, listPath, item));
      // Focus the first field of the new row so typing can start at once.
      const target = fieldDomId([...listPath, index, ...(focusField ?? [])]);
      requestAnimationFrame(() => document.getElementById(target)?.focus());
    },
    move(listPath, index, delta) {
      const moved = moveAt(plan, listPath, index, delta);
      if (moved === plan) return;
      const target = index + delta;
      // Acknowledged 気づき stay with the item, not with its old position.
      setPlan(remapAcknowledgements(moved, listPath, (i) => (i === index ? target : i === target ? index : i)));
    },
    remove(listPath, index, label) {
      const item = getAt(plan, [...listPath, index]);
      // An empty row goes at once; a written one only after the user confirms.
      if (hasContent(item) && !window.confirm(`${label}を削除します。書いた内容も消えます（保存済みの版は履歴に残ります）。よろしいですか？`)) return;
      setPlan(remapAcknowledgements(removeAt(plan, listPath, index), listPath, (i) => (i === index ? undefined : i > index ? i - 1 : i)));
    },
  };
}
