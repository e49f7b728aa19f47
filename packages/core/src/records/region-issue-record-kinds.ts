import type { Role } from '../domain/organization.schema.js';
import { issueTitle, regionIssueSchema, type RegionIssue } from '../region/region-issue.schema.js';
import type { RecordKindRule } from './record.js';

/** The insurer's staff and the 地域包括支援センター (生活支援コーディネーター) keep the register. */
const registerWriters: readonly Role[] = ['insurer_staff', 'center_staff'];

/** Organization records of the 地域課題 register (see record-kinds.ts for what a rule says). */
export const regionIssueRecordKinds = {
  /**
   * 地域課題: shared with the insurer area as soon as it is saved, so the insurer and every 包括 work
   * from one register (each edits its own issues); it names no person, only links to de-identified
   * evidence.
   */
  region_issue: {
    label: '地域課題',
    schema: regionIssueSchema,
    keeperKinds: ['insurer', 'community_center'],
    writerRoles: registerWriters,
    sharing: 'area',
    sharedWhen: () => true,
    titleOf: (b) => issueTitle(b),
  } satisfies RecordKindRule<RegionIssue>,
} as const;
