import { z } from 'zod';
import { freeText, optionalBoolean } from './common.schema.js';

/**
 * Fields every 課題分析標準項目 entry has: free-text notes and 該当なし. An item counts as
 * recorded when it is marked 該当なし or holds any content (see isAssessmentItemRecorded).
 */
export const itemBaseShape = {
  /** 記述 */
  notes: freeText(),
  /** 該当なし / 情報なし: the care manager looked and there is nothing to record. */
  notApplicable: optionalBoolean(),
};

/** An item entry with only notes and 該当なし. */
export const plainItemSchema = z.object(itemBaseShape);
export type PlainItem = z.infer<typeof plainItemSchema>;

/** A yes/no finding with details (痛みあり: 右膝、歩行時). */
export const findingSchema = z.object({
  present: optionalBoolean(),
  notes: freeText(1000),
});
export type ConditionFinding = z.infer<typeof findingSchema>;
