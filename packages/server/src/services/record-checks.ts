import type { RecordKind, StoredRecord } from '@kizuki/core';
import type { Actor, ServiceDeps } from './context.js';
import { checkInspectionCase, checkInspectionReply, checkInspectionSummary } from './record-checks/inspection.js';
import { checkConcentrationReason, checkOfficeActivity, checkOfficeProfile, checkPartnerAgreement, checkProviderCorporation, checkStaffMember, checkTrainingRecord } from './record-checks/office.js';
import { checkPolicyVersion } from './record-checks/policy-version.js';
import { checkResource, checkUnmetNeed } from './record-checks/region.js';
import { checkCommunityMeeting } from './community-meeting.service.js';
import { checkRegionIssue } from './region-issue.service.js';

/**
 * Checks of a record body beyond its schema that need the store or other records (the pack YAML
 * parses, a reply answers a case addressed to the office, …). Each throws a KizukiError.
 * `previous` is the current revision on a save, undefined on creation.
 */
export type RecordCheck = (deps: ServiceDeps, actor: Actor, body: unknown, previous: StoredRecord | undefined) => Promise<void>;

export const recordChecks: Partial<Record<RecordKind, RecordCheck>> = {
  policy_version: checkPolicyVersion,
  inspection_case: checkInspectionCase,
  inspection_reply: checkInspectionReply,
  inspection_summary: checkInspectionSummary,
  region_resource: checkResource,
  region_unmet_need: checkUnmetNeed,
  region_issue: checkRegionIssue,
  staff_member: checkStaffMember,
  office_profile: checkOfficeProfile,
  office_activity: checkOfficeActivity,
  concentration_reason: checkConcentrationReason,
  community_care_meeting: checkCommunityMeeting,
  partner_agreement: checkPartnerAgreement,
  provider_corporation: checkProviderCorporation,
  training_record: checkTrainingRecord,
};
