import { z } from 'zod';
import { freeText, idSchema, inlineText, optionalDate, optionalTime } from './common.schema.js';

/** 曜日 as in the CSV: 1 = 月 … 7 = 日. */
export const weekdayLabels: Record<number, string> = { 1: '月', 2: '火', 3: '水', 4: '木', 5: '金', 6: '土', 7: '日' };

const daySchema = z.preprocess(
  (value) => (typeof value === 'string' && /^[1-7]$/u.test(value.trim()) ? Number(value) : value),
  z
    .number({ error: '曜日を選んでください' })
    .int({ error: '曜日は1（月）〜7（日）で指定してください' })
    .min(1, { error: '曜日は1（月）〜7（日）で指定してください' })
    .max(7, { error: '曜日は1（月）〜7（日）で指定してください' }),
);

function endAfterStart(entry: { start?: string | undefined; end?: string | undefined }, ctx: z.RefinementCtx): void {
  if (entry.start && entry.end && entry.end <= entry.start) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: '終了時刻は開始時刻より後にしてください', input: entry.end });
  }
}

/** A weekly service slot (介護サービス内容 × 曜日 × 時間). */
export const weeklyEntrySchema = z
  .object({
    id: idSchema,
    day: daySchema,
    start: optionalTime(),
    end: optionalTime(),
    content: inlineText(200),
    /** The 第2表 service line this slot carries out, when linked. */
    serviceLineId: inlineText(100),
  })
  .superRefine(endAfterStart);
export type WeeklyEntry = z.infer<typeof weeklyEntrySchema>;

/** 主な日常生活上の活動 (起床、食事、就寝 …). */
export const dailyActivitySchema = z
  .object({ id: idSchema, start: optionalTime(), end: optionalTime(), content: inlineText(200) })
  .superRefine(endAfterStart);
export type DailyActivity = z.infer<typeof dailyActivitySchema>;

/** 第3表 週間サービス計画表 */
export const weeklyScheduleSchema = z.object({
  /** 作成年月日 */
  createdOn: optionalDate(),
  entries: z.array(weeklyEntrySchema).default([]),
  dailyActivities: z.array(dailyActivitySchema).default([]),
  /** 週単位以外のサービス */
  nonWeeklyServices: freeText(2000),
});
export type WeeklySchedule = z.infer<typeof weeklyScheduleSchema>;
