import type { Role } from '../domain/organization.schema.js';
import {
  communityCareMeetingSchema,
  meetingPresentationSchema,
  meetingTitle,
  type CommunityCareMeeting,
  type MeetingPresentation,
} from '../region/meeting-record.schema.js';
import type { RecordKindRule } from './record.js';

const meetingWriters: readonly Role[] = ['center_staff', 'insurer_staff'];

/**
 * Organization records of the 地域ケア会議 (see record-kinds.ts for what a rule says). A meeting
 * record stays with its keeper: the cases in it reached the keeper through grants, and what goes
 * back to each presenting office goes through that office's grant when the record is finalized.
 */
export const meetingRecordKinds = {
  community_care_meeting: {
    label: '地域ケア会議の記録',
    schema: communityCareMeetingSchema,
    keeperKinds: ['community_center', 'insurer'],
    writerRoles: meetingWriters,
    sharing: 'none',
    frozenWhen: (b) => b.status === 'finalized',
    titleOf: (b) => meetingTitle(b),
  } satisfies RecordKindRule<CommunityCareMeeting>,
  /** 事例提出: created with its grant and completed with the meeting's result by the 地域ケア会議 service only. */
  community_care_presentation: {
    label: '地域ケア会議への事例提出',
    schema: meetingPresentationSchema,
    keeperKinds: ['care_management_office', 'community_center'],
    writerRoles: [],
    sharing: 'none',
    titleOf: (b) => `${b.sheet.presentedOn} ${b.sheet.label}（${b.meetingOrganizationName ?? ''}）${b.result ? ' 助言あり' : ''}`,
  } satisfies RecordKindRule<MeetingPresentation>,
} as const;
