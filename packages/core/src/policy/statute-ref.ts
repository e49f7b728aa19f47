import type { StatuteRef } from './policy-pack.schema.js';

/** Adds 第 before a part that starts with a digit (13条 → 第13条); keeps other labels. */
function ordinal(part: string): string {
  return /^\d/.test(part) ? `第${part}` : part;
}

/**
 * Formats a statute reference for display: {law:'省令38号', article:'13条', item:'7号'}
 * → 「省令38号 第13条第7号」.
 */
export function formatStatuteRef(ref: StatuteRef): string {
  const parts = [ref.article, ref.paragraph, ref.item].filter((p): p is string => p !== undefined).map(ordinal);
  return `${ref.law} ${parts.join('')}`;
}
