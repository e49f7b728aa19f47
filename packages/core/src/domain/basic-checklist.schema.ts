import { z } from 'zod';
import { freeText, idSchema, inlineText, optionalBoolean, optionalNumber, requiredDate } from './common.schema.js';

/** Who filled in the checklist. */
export const checklistRespondents = ['client', 'family', 'staff_interview', 'other'] as const;

/**
 * 基本チェックリスト (document kind `basic_checklist`). `answers[i]` is question i+1 answered
 * はい (true) or いいえ (false), or undefined when not answered. Question 12 is judged from
 * height and weight (BMI); its answer slot is used only when they are missing.
 */
export const basicChecklistSchema = z.object({
  id: idSchema,
  date: requiredDate('記入日'),
  respondent: z.enum(checklistRespondents, { error: '記入者を選択肢から選んでください' }).optional(),
  respondentNote: inlineText(100),
  answers: z
    .array(optionalBoolean())
    .max(25, { error: '基本チェックリストの質問は25問です' })
    .default([]),
  heightCm: optionalNumber({ min: 50, max: 250, unit: 'cm' }),
  weightKg: optionalNumber({ min: 10, max: 300, unit: 'kg' }),
  notes: freeText(),
});
export type BasicChecklist = z.infer<typeof basicChecklistSchema>;
