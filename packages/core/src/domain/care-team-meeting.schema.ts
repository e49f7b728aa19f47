import { z } from 'zod';
import { choice, freeText, idSchema, inlineText, optionalBoolean, optionalChoice, optionalDate, optionalNumber, optionalTime, requiredDate } from './common.schema.js';

/** A サービス担当者会議 held, or 照会 (asking members in writing when a meeting is not possible). */
export const meetingKinds = ['meeting', 'inquiry'] as const;
export type MeetingKind = (typeof meetingKinds)[number];

/** Why the meeting was held (13条15号: new plan, 更新, 区分変更 …). */
export const meetingOccasions = ['new_plan', 'renewal', 'level_change', 'plan_change', 'other'] as const;
export const meetingOccasionLabels: Record<(typeof meetingOccasions)[number], string> = {
  new_plan: '新規計画',
  renewal: '要介護認定の更新',
  level_change: '区分変更',
  plan_change: '計画の変更',
  other: 'その他',
};

/** 会議出席者 */
export const attendeeSchema = z.object({
  id: idSchema,
  name: inlineText(100),
  /** 所属 */
  organization: inlineText(200),
  /** 職種 */
  role: inlineText(100),
  /** 本人 */
  isClient: optionalBoolean(),
  /** 家族 */
  isFamily: optionalBoolean(),
  /** 続柄 (family) */
  relationship: inlineText(50),
});
export type Attendee = z.infer<typeof attendeeSchema>;

/** 欠席者 and what they were asked (照会内容) and answered. */
export const absenteeSchema = z.object({
  id: idSchema,
  name: inlineText(100),
  organization: inlineText(200),
  role: inlineText(100),
  inquiryContent: freeText(2000),
  reply: freeText(2000),
  repliedOn: optionalDate(),
});
export type Absentee = z.infer<typeof absenteeSchema>;

/** サービス担当者会議の要点 (第4表), document kind `care_team_meeting`. */
export const careTeamMeetingSchema = z.object({
  id: idSchema,
  kind: choice(meetingKinds, '会議の種類').default('meeting'),
  occasion: optionalChoice(meetingOccasions, '開催の理由'),
  /** The plan (原案) discussed. */
  planId: inlineText(100),
  /** 開催日 (照会: the day the inquiry was sent) */
  date: requiredDate('開催日'),
  startTime: optionalTime(),
  endTime: optionalTime(),
  /** 開催場所 */
  place: inlineText(200),
  /** テレビ電話装置等を活用した開催 */
  online: optionalBoolean(),
  /** 開催回数 */
  count: optionalNumber({ min: 1, max: 999, integer: true, unit: '回' }),
  /** 作成者 (user id) */
  authorUserId: inlineText(100),
  attendees: z.array(attendeeSchema).default([]),
  absentees: z.array(absenteeSchema).default([]),
  /** 照会の理由 (やむを得ない理由) */
  inquiryReason: freeText(1000),
  /** 検討した項目 */
  itemsDiscussed: freeText(),
  /** 検討内容 */
  discussion: freeText(),
  /** 結論 */
  conclusions: freeText(),
  /** 残された課題 */
  openIssues: freeText(),
  /** 次回の開催時期 */
  nextDate: optionalDate(),
  nextText: inlineText(100),
});
export type CareTeamMeeting = z.infer<typeof careTeamMeetingSchema>;
