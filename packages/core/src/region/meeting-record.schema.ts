import { z } from 'zod';
import { choice, freeText, idSchema, inlineText, optionalDate, requiredDate, requiredText } from '../domain/common.schema.js';
import { meetingFunctions, type MeetingFunction } from './meeting-functions.js';
import { presentationSheetSchema } from './meeting-presentation.js';
import { meetingProfessions } from './meeting-professions.js';

/**
 * 地域ケア会議の記録 (record kind `community_care_meeting`), kept by the 地域包括支援センター or the
 * insurer. A 地域ケア個別会議 discusses cases presented through a grant (each case carries its frozen
 * presentation sheet); a 地域ケア推進会議 takes the region's issues toward policy. Finalizing the
 * record sends each case's advice back to the presenting office's case file.
 */
export const communityMeetingKinds = ['individual', 'promotion'] as const;
export type CommunityMeetingKind = (typeof communityMeetingKinds)[number];
export const communityMeetingKindLabels: Record<CommunityMeetingKind, string> = {
  individual: '地域ケア個別会議',
  promotion: '地域ケア推進会議',
};

export const communityMeetingStatuses = ['draft', 'finalized'] as const;
export type CommunityMeetingStatus = (typeof communityMeetingStatuses)[number];
export const communityMeetingStatusLabels: Record<CommunityMeetingStatus, string> = { draft: '記録中', finalized: '確定' };

export const meetingAttendeeSchema = z.object({
  name: requiredText('出席者の氏名', 100),
  profession: choice(meetingProfessions, '出席者の職種'),
  organization: inlineText(200),
});
export type MeetingAttendee = z.infer<typeof meetingAttendeeSchema>;

/** 専門職からの助言 */
export const meetingAdviceSchema = z.object({
  profession: choice(meetingProfessions, '助言者の職種'),
  adviser: inlineText(100),
  content: requiredText('助言の内容', 2000),
});
export type MeetingAdvice = z.infer<typeof meetingAdviceSchema>;

/** 合意した取り組み (担当・期限) */
export const meetingActionSchema = z.object({
  action: requiredText('取り組むこと', 500),
  owner: requiredText('担当', 100),
  dueOn: optionalDate(),
});
export type MeetingAction = z.infer<typeof meetingActionSchema>;

/** 期間毎の到達目標 (根室市 基本方針 7) */
export const periodGoalSchema = z.object({
  period: requiredText('期間', 60),
  target: requiredText('到達目標', 500),
});
export type PeriodGoal = z.infer<typeof periodGoalSchema>;

/** 「自立」の合意形成（支援者）: what the supporters agreed and who agreed (根室市 基本方針 7). */
export const independenceConsensusSchema = z.object({
  agreement: freeText(2000),
  agreedBy: z.array(requiredText('合意した人', 100)).max(60, { error: '合意した人は60人以内にしてください' }).default([]),
});
export type IndependenceConsensus = z.infer<typeof independenceConsensusSchema>;

/** Where a presented case came from: the grant the presenting office gave and its presentation record. */
export const presentationRefSchema = z.object({
  ownerOrganizationId: idSchema,
  grantId: idSchema,
  presentationId: idSchema,
});
export type PresentationRef = z.infer<typeof presentationRefSchema>;

export const meetingCaseSchema = z.object({
  id: idSchema,
  presentation: presentationRefSchema,
  /** the sheet as presented (frozen; the server checks it against the presentation) */
  sheet: presentationSheetSchema,
  /** 個別課題 */
  individualIssues: freeText(2000),
  advice: z.array(meetingAdviceSchema).max(40, { error: '助言は40件以内にしてください' }).default([]),
  actions: z.array(meetingActionSchema).max(40, { error: '取り組みは40件以内にしてください' }).default([]),
  periodGoals: z.array(periodGoalSchema).max(20, { error: '到達目標は20件以内にしてください' }).default([]),
  consensus: independenceConsensusSchema.optional(),
  /** ケアプラン見直しの提案 */
  planSuggestions: freeText(2000),
});
export type MeetingCase = z.infer<typeof meetingCaseSchema>;

/** A 地域課題 candidate; the 地域課題 register reads these from meeting records. */
export const regionIssueCandidateSchema = z.object({
  statement: requiredText('地域課題の候補', 300),
  /** 日常生活圏域 */
  area: requiredText('日常生活圏域', 60),
  category: choice(meetingFunctions, '地域ケア会議の機能'),
});
export interface RegionIssueCandidate {
  statement: string;
  area: string;
  category: MeetingFunction;
}

export const communityCareMeetingSchema = z
  .object({
    kind: choice(communityMeetingKinds, '会議の種類'),
    status: choice(communityMeetingStatuses, '記録の状態').default('draft'),
    title: inlineText(200),
    heldOn: requiredDate('開催日'),
    place: inlineText(200),
    /** 対象の日常生活圏域 */
    area: inlineText(60),
    attendees: z.array(meetingAttendeeSchema).max(100, { error: '出席者は100人以内にしてください' }).default([]),
    cases: z.array(meetingCaseSchema).max(20, { error: '検討する事例は20件以内にしてください' }).default([]),
    /** 協議の内容 (推進会議), その他 */
    discussion: freeText(4000),
    regionIssueCandidates: z.array(regionIssueCandidateSchema).max(50, { error: '地域課題の候補は50件以内にしてください' }).default([]),
    finalizedOn: optionalDate(),
  })
  .superRefine((m, ctx) => {
    if (m.kind === 'promotion' && m.cases.length > 0) ctx.addIssue({ code: 'custom', path: ['cases'], message: '地域ケア推進会議には個別の事例を載せられません（地域ケア個別会議で検討してください）' });
    const ids = new Set<string>();
    m.cases.forEach((c, i) => {
      const key = `${c.presentation.ownerOrganizationId}/${c.presentation.presentationId}`;
      if (ids.has(key)) ctx.addIssue({ code: 'custom', path: ['cases', i], message: `${i + 1}件目の事例は同じ会議にすでに載っています` });
      ids.add(key);
    });
  });
export type CommunityCareMeeting = z.infer<typeof communityCareMeetingSchema>;

export function meetingTitle(m: Pick<CommunityCareMeeting, 'kind' | 'heldOn' | 'title'>): string {
  return `${m.heldOn} ${communityMeetingKindLabels[m.kind]}${m.title ? ` ${m.title}` : ''}`;
}

/**
 * 事例提出 (record kind `community_care_presentation`), kept by the presenting office with the case
 * file: the grant it made, the sheet it sent, and, once the meeting is finalized, what the meeting
 * advised (`result`). Written only by the 地域ケア会議 service.
 */
export const meetingResultSchema = z.object({
  meetingRecordId: idSchema,
  meetingOrganizationName: inlineText(200),
  heldOn: requiredDate('開催日'),
  kind: choice(communityMeetingKinds, '会議の種類'),
  individualIssues: freeText(2000),
  advice: z.array(meetingAdviceSchema).default([]),
  actions: z.array(meetingActionSchema).default([]),
  periodGoals: z.array(periodGoalSchema).default([]),
  consensus: independenceConsensusSchema.optional(),
  planSuggestions: freeText(2000),
  /** the 支援経過 entry written into the case file */
  supportLogDocumentId: inlineText(100),
});
export type MeetingResult = z.infer<typeof meetingResultSchema>;

export const meetingPresentationSchema = z.object({
  clientId: idSchema,
  grantId: idSchema,
  meetingOrganizationId: idSchema,
  meetingOrganizationName: inlineText(200),
  meetingNote: inlineText(200),
  sheet: presentationSheetSchema,
  result: meetingResultSchema.optional(),
});
export type MeetingPresentation = z.infer<typeof meetingPresentationSchema>;

/** A presentation as the meeting's organization lists it (through a live grant; no client id). */
export interface ReceivedPresentation {
  ownerOrganizationId: string;
  ownerName: string;
  grantId: string;
  presentationId: string;
  validUntil: string;
  meetingNote?: string | undefined;
  sheet: z.infer<typeof presentationSheetSchema>;
  /** the meeting record of the receiving organization that already holds it, if any */
  meetingRecordId?: string | undefined;
}

/** A presentation of the actor's office as the case file shows it. */
export interface OwnPresentation {
  id: string;
  grantId: string;
  grantState: 'live' | 'expired' | 'revoked' | 'pending';
  body: MeetingPresentation;
  savedAt: string;
}

/** The 支援経過 entry a finalized meeting writes for a case: its title and text. */
export const meetingAdviceLogTitle = '地域ケア個別会議の助言';
