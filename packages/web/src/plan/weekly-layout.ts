import type { DailyActivity, WeeklyEntry } from '@kizuki/core';

/** 曜日 in form order (1 = 月 … 7 = 日, as in the CSV). */
export const weekDays = [1, 2, 3, 4, 5, 6, 7] as const;

/** A row of 第3表: two hours, with the form's band name (深夜・早朝・午前・午後・夜間). */
export interface TimeSlot {
  index: number;
  /** Minutes from midnight. */
  from: number;
  to: number;
  label: string;
  band: string;
}

function bandOf(hour: number): string {
  if (hour < 6) return '深夜';
  if (hour < 8) return '早朝';
  if (hour < 12) return '午前';
  if (hour < 18) return '午後';
  if (hour < 22) return '夜間';
  return '深夜';
}

/** The twelve two-hour rows of the 第3表 grid, 0:00 to 24:00. */
export const timeSlots: readonly TimeSlot[] = Array.from({ length: 12 }, (_, i) => ({
  index: i,
  from: i * 120,
  to: (i + 1) * 120,
  label: `${i * 2}:00`,
  band: bandOf(i * 2),
}));

/** Minutes from midnight of `HH:MM` (also 9:00, ９：００), or undefined when it is not a time. */
export function minutesOf(time: string | undefined): number | undefined {
  if (time === undefined) return undefined;
  const m = /^(\d{1,2})[:：](\d{2})$/u.exec(time.trim().replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
  if (!m) return undefined;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes <= 24 * 60 ? minutes : undefined;
}

/** The slot a start time falls in (24:00 belongs to the last row); undefined without a readable time. */
export function slotIndexOf(time: string | undefined): number | undefined {
  const minutes = minutesOf(time);
  if (minutes === undefined) return undefined;
  return Math.min(Math.floor(minutes / 120), timeSlots.length - 1);
}

/** The weekly entries shown in one cell: those of `day` starting in `slot`, earliest first. */
export function entriesInCell<T extends Pick<WeeklyEntry, 'day' | 'start'>>(entries: readonly T[], day: number, slot: number): T[] {
  return entries
    .filter((entry) => entry.day === day && slotIndexOf(entry.start) === slot)
    .sort((a, b) => (minutesOf(a.start) ?? 0) - (minutesOf(b.start) ?? 0));
}

/** Entries without a readable start time (listed under the grid so nothing is hidden). */
export function unplacedEntries<T extends Pick<WeeklyEntry, 'start'>>(entries: readonly T[]): T[] {
  return entries.filter((entry) => slotIndexOf(entry.start) === undefined);
}

/** 主な日常生活上の活動 starting in `slot`. */
export function activitiesInSlot<T extends Pick<DailyActivity, 'start'>>(activities: readonly T[], slot: number): T[] {
  return activities.filter((activity) => slotIndexOf(activity.start) === slot).sort((a, b) => (minutesOf(a.start) ?? 0) - (minutesOf(b.start) ?? 0));
}

/** `09:30〜12:00`, or only the start when the end is open. */
export function timeRangeText(start: string | undefined, end: string | undefined): string {
  if (!start && !end) return '時間未定';
  return `${start ?? ''}〜${end ?? ''}`;
}
