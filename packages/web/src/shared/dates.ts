import { formatWareki, isValidIsoDate, tokyoDateOf } from '@kizuki/core';

/** Today in Japan as YYYY-MM-DD (the browser's own time zone does not matter). */
export function todayIso(): string {
  return tokyoDateOf(new Date());
}

/** 和暦 of an ISO date; other text (a draft's half-typed date) as it is; 未記入 when empty. */
export function wareki(date: string | undefined, fallback = '未記入'): string {
  if (!date) return fallback;
  return isValidIsoDate(date) ? formatWareki(date) : date;
}

/** A timestamp (ISO 8601) in Japanese local time for "saved at" lines. */
export function dateTimeText(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo', dateStyle: 'medium', timeStyle: 'short' });
}
