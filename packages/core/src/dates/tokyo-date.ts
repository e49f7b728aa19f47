import type { IsoDate } from './iso-date.js';

/** Japan Standard Time is UTC+9 all year (no daylight saving). */
const jstOffsetMs = 9 * 60 * 60 * 1000;

/**
 * The calendar date in Japan at an instant, independent of the machine's time zone:
 * 2025-03-31T15:00:00Z is already 2025-04-01 in Japan.
 */
export function tokyoDateOf(instant: Date): IsoDate {
  return new Date(instant.getTime() + jstOffsetMs).toISOString().slice(0, 10);
}
