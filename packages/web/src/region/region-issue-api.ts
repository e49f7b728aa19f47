import { issueTransitions, recordKindRule, type StoredRecord, type CouncilAgenda, type IssueRegister, type IssueStatus, type OrganizationKind, type RegionIssue, type Role, type UnmetReport } from '@kizuki/core';
import { apiRequest } from '../api/client.js';
import { createRecord, saveRecord, type RecordView } from '../api/records.js';
import { todayIso } from '../shared/dates.js';

/** Whether this user keeps 地域課題 (the record kind's rule, not a copy of it). */
export function mayEditIssues(role: Role, organizationKind: OrganizationKind): boolean {
  const rule = recordKindRule('region_issue');
  return rule.keeperKinds.includes(organizationKind) && rule.writerRoles.includes(role);
}

export async function fetchIssueRegister(signal?: AbortSignal): Promise<IssueRegister> {
  return apiRequest<IssueRegister>('/api/region/issues', { signal });
}

export async function fetchCouncilAgenda(statuses: readonly IssueStatus[], signal?: AbortSignal): Promise<CouncilAgenda> {
  const query = statuses.length > 0 ? `?status=${statuses.join(',')}` : '';
  return (await apiRequest<{ agenda: CouncilAgenda }>(`/api/region/issues/agenda${query}`, { signal })).agenda;
}

export async function fetchUnmetReport(signal?: AbortSignal): Promise<UnmetReport> {
  return (await apiRequest<{ report: UnmetReport }>('/api/region/reports/unmet', { signal })).report;
}

/** A new 地域課題 at 把握, dated today. */
export async function createIssue(fields: Pick<RegionIssue, 'statement' | 'area' | 'category'> & Partial<Pick<RegionIssue, 'district' | 'unmetNeedIds' | 'meetingLinks'>>): Promise<RecordView<'region_issue'>> {
  const body: RegionIssue = { unmetNeedIds: [], meetingLinks: [], discussions: [], resourceIds: [], ...fields, status: 'identified', history: [{ status: 'identified', on: todayIso() }] };
  return createRecord('region_issue', body);
}

/** A 地域課題 as the register answers it. */
export type IssueRecord = StoredRecord<RegionIssue>;

/** Saves a changed issue on top of the revision it was read at. */
export async function saveIssue(record: IssueRecord, change: (body: RegionIssue) => RegionIssue): Promise<RecordView<'region_issue'>> {
  return saveRecord<'region_issue'>(record.id, record.revision, change(record.body));
}

/** Adds evidence (unmet needs, meeting links) to an issue, keeping what it has. */
export function withEvidence(body: RegionIssue, add: { unmetNeedIds?: readonly string[]; meetingLinks?: RegionIssue['meetingLinks'] }): RegionIssue {
  const linkKey = (l: RegionIssue['meetingLinks'][number]) => `${l.recordId}\n${l.statement ?? ''}`;
  const known = new Set(body.meetingLinks.map(linkKey));
  return {
    ...body,
    unmetNeedIds: [...new Set([...body.unmetNeedIds, ...(add.unmetNeedIds ?? [])])],
    meetingLinks: [...body.meetingLinks, ...(add.meetingLinks ?? []).filter((l) => !known.has(linkKey(l)))],
  };
}

/** The statuses an issue may move to next (core's transitions). */
export function nextStatuses(status: IssueStatus): readonly IssueStatus[] {
  return issueTransitions[status];
}
