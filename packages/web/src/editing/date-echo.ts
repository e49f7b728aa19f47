import { formatWareki, tryParseDateInput } from '@kizuki/core';

/**
 * How a date field reads what was typed, shown under it (`令和8年12月1日（2026年）`), or undefined
 * when there is nothing to add: nothing readable was typed, or the text already is the date in
 * 和暦 as the field shows it once left.
 */
export function dateEcho(text: string): string | undefined {
  const typed = text.trim();
  if (typed === '') return undefined;
  const iso = tryParseDateInput(typed);
  if (iso === undefined) return undefined;
  const shown = formatWareki(iso);
  return typed === shown ? undefined : `${shown}（${iso.slice(0, 4)}年）`;
}
