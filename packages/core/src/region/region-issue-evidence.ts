import type { StoredRecord } from '../records/record.js';
import { meetingFunctionLabels, type MeetingFunction } from './meeting-functions.js';
import { communityMeetingKindLabels, type CommunityCareMeeting } from './meeting-record.schema.js';
import { fiscalQuarterOf } from './region-aggregate.js';
import { quartersBetween, type QuarterColumn } from './region-report.js';
import { issueStatusLabels, type IssueStatus, type RegionIssue } from './region-issue.schema.js';

/**
 * The evidence of 地域課題, computed from the records they link (never typed in): how many unmet
 * needs and 地域ケア会議 stand behind an issue, quarter by quarter; the meeting candidates no issue
 * takes up yet; and the 協議体's agenda. Every answer is built field by field from de-identified
 * parts so that nothing of a case (a name, an address, a 被保険者番号) can pass into it.
 */

/** A 地域ケア会議 as the register sees it: its date, its kind's label and its 地域課題 candidates. */
export interface MeetingEvidence {
  id: string;
  heldOn: string;
  /** 地域ケア個別会議, 地域ケア推進会議 … (no case name) */
  label: string;
  candidates: readonly { statement: string; area: string; category: MeetingFunction }[];
}

/** The distinct meetings an issue links, by date and kind only, oldest first. */
export function linkedMeetings(issue: Pick<RegionIssue, 'meetingLinks'>): { recordId: string; heldOn: string; label: string }[] {
  const byId = new Map(issue.meetingLinks.map((l) => [l.recordId, { recordId: l.recordId, heldOn: l.heldOn, label: l.meetingLabel }]));
  return [...byId.values()].sort((a, b) => a.heldOn.localeCompare(b.heldOn));
}

/** The record kind of 地域ケア会議 whose `regionIssueCandidates` feed the register. */
export const meetingRecordKind = 'community_care_meeting';

/** What the register reads of a meeting record: its date, its kind's label and its candidates (nothing of its cases). */
export function meetingEvidenceOf(record: { id: string; body: unknown }): MeetingEvidence {
  const body = record.body as CommunityCareMeeting;
  return { id: record.id, heldOn: body.heldOn, label: communityMeetingKindLabels[body.kind], candidates: body.regionIssueCandidates };
}

export interface IssueEvidence {
  unmetNeeds: number;
  meetings: number;
  /** linked unmet needs this organization cannot read (of another area) */
  unreadable: number;
  quarters: (QuarterColumn & { unmetNeeds: number; meetings: number })[];
}

/**
 * Counts of an issue's linked unmet needs (by 記録日) and meetings (by the 開催日 in the link, each
 * meeting once) per fiscal quarter, from the first to `until`.
 */
export function issueEvidence(issue: Pick<RegionIssue, 'unmetNeedIds' | 'meetingLinks'>, unmetDates: ReadonlyMap<string, string>, until?: string): IssueEvidence {
  const needDates = issue.unmetNeedIds.map((id) => unmetDates.get(id)).filter((d): d is string => d !== undefined);
  const meetingDates = linkedMeetings(issue).map((m) => m.heldOn);
  const sorted = [...needDates, ...meetingDates].sort();
  const first = sorted[0];
  const last = sorted.at(-1);
  const columns = first === undefined || last === undefined ? [] : quartersBetween(first, until !== undefined && until > last ? until : last);
  const quarters = columns.map((c) => ({ ...c, unmetNeeds: 0, meetings: 0 }));
  const at = (date: string) => quarters.find((q) => q.key === fiscalQuarterOf(date).key);
  for (const d of needDates) {
    const q = at(d);
    if (q) q.unmetNeeds += 1;
  }
  for (const d of meetingDates) {
    const q = at(d);
    if (q) q.meetings += 1;
  }
  return { unmetNeeds: needDates.length, meetings: meetingDates.length, unreadable: issue.unmetNeedIds.length - needDates.length, quarters };
}

export interface OpenMeetingCandidate {
  meetingId: string;
  heldOn: string;
  meetingLabel: string;
  statement: string;
  area: string;
  category: MeetingFunction;
}

/** The 地域課題 candidates of meetings that no issue links yet, newest meeting first. */
export function openMeetingCandidates(meetings: readonly MeetingEvidence[], issues: readonly Pick<RegionIssue, 'meetingLinks'>[]): OpenMeetingCandidate[] {
  const linked = new Set(issues.flatMap((i) => i.meetingLinks.map((l) => `${l.recordId}\n${l.statement ?? ''}`)));
  const wholeMeetings = new Set(issues.flatMap((i) => i.meetingLinks.filter((l) => !l.statement).map((l) => l.recordId)));
  return meetings
    .flatMap((m) =>
      wholeMeetings.has(m.id)
        ? []
        : m.candidates.filter((c) => !linked.has(`${m.id}\n${c.statement}`)).map((c) => ({ meetingId: m.id, heldOn: m.heldOn, meetingLabel: m.label, statement: c.statement, area: c.area, category: c.category })),
    )
    .sort((a, b) => b.heldOn.localeCompare(a.heldOn) || a.statement.localeCompare(b.statement, 'ja'));
}

/** `GET /api/region/issues`: every issue the organization reads with its evidence, and the open meeting candidates. */
export interface IssueRegister {
  issues: { record: StoredRecord<RegionIssue>; evidence: IssueEvidence }[];
  candidates: OpenMeetingCandidate[];
}

/** One issue on the 協議体's agenda. */
export interface AgendaItem {
  id: string;
  statement: string;
  area: string;
  district?: string | undefined;
  category: MeetingFunction;
  categoryLabel: string;
  status: IssueStatus;
  statusLabel: string;
  /** the date it reached its current status */
  since: string;
  evidence: IssueEvidence;
  /** linked meetings by date and kind only */
  meetings: { heldOn: string; label: string }[];
  /** the last 協議体 discussion's date, decisions and next steps */
  lastDiscussion?: { heldOn: string; decisions?: string | undefined; nextSteps?: string | undefined } | undefined;
  /** names of the 社会資源 entries linked to it */
  resources: string[];
}

export interface CouncilAgenda {
  /** 作成日 */
  preparedOn: string;
  items: AgendaItem[];
}

const statusOrder: Record<IssueStatus, number> = { council: 0, developing: 1, identified: 2, resolved: 3, policy: 4 };

/**
 * 協議体の資料: the chosen issues (those under discussion first, then 把握, closed ones last), each
 * with its statement, category, evidence by quarter, linked meetings and status.
 */
export function buildCouncilAgenda(
  issues: readonly { id: string; body: RegionIssue }[],
  sources: { unmetDates: ReadonlyMap<string, string>; resourceNames: ReadonlyMap<string, string> },
  preparedOn: string,
  statuses?: readonly IssueStatus[],
): CouncilAgenda {
  const chosen = issues.filter((i) => statuses === undefined || statuses.length === 0 || statuses.includes(i.body.status));
  const items = chosen.map(({ id, body }): AgendaItem => {
    const last = body.discussions.reduce<RegionIssue['discussions'][number] | undefined>((latest, d) => (latest === undefined || d.heldOn >= latest.heldOn ? d : latest), undefined);
    return {
      id,
      statement: body.statement,
      area: body.area,
      district: body.district,
      category: body.category,
      categoryLabel: meetingFunctionLabels[body.category],
      status: body.status,
      statusLabel: issueStatusLabels[body.status],
      since: body.history.at(-1)?.on ?? '',
      evidence: issueEvidence(body, sources.unmetDates, preparedOn),
      meetings: linkedMeetings(body).map((m) => ({ heldOn: m.heldOn, label: m.label })),
      lastDiscussion: last && { heldOn: last.heldOn, decisions: last.decisions, nextSteps: last.nextSteps },
      resources: body.resourceIds.map((r) => sources.resourceNames.get(r)).filter((n): n is string => n !== undefined),
    };
  });
  items.sort((a, b) => statusOrder[a.status] - statusOrder[b.status] || a.area.localeCompare(b.area, 'ja') || a.statement.localeCompare(b.statement, 'ja'));
  return { preparedOn, items };
}
