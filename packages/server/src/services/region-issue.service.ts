import {
  buildCouncilAgenda,
  issueEvidence,
  issueStatuses,
  KizukiError,
  meetingEvidenceOf,
  meetingRecordKind,
  openMeetingCandidates,
  tokyoDateOf,
  unmetReport,
  type CouncilAgenda,
  type IssueRegister,
  type IssueStatus,
  type MeetingEvidence,
  type RegionIssue,
  type Resource,
  type StoredRecord,
  type UnmetNeed,
  type UnmetReport,
} from '@kizuki/core';
import type { Actor, ServiceDeps } from './context.js';
import { readerOf } from './record.service.js';

/**
 * 地域課題 register: the answers computed for the register, the reports and the 協議体's agenda from
 * the records the organization reads. The checks of a `region_issue` save are in region-issue-check.ts.
 */

const asList = <T>(records: StoredRecord[]) => records as StoredRecord<T>[];

interface RegisterSources {
  issues: StoredRecord<RegionIssue>[];
  unmet: StoredRecord<UnmetNeed>[];
  meetings: MeetingEvidence[];
  resources: StoredRecord<Resource>[];
}

async function sources(deps: ServiceDeps, actor: Actor): Promise<RegisterSources> {
  const reader = readerOf(actor);
  const list = (kind: string) => deps.store.listRecords(reader, { kind, scope: 'all' });
  const [issues, unmet, meetings, resources] = await Promise.all([list('region_issue'), list('region_unmet_need'), list(meetingRecordKind), list('region_resource')]);
  return { issues: asList<RegionIssue>(issues), unmet: asList<UnmetNeed>(unmet), meetings: meetings.map(meetingEvidenceOf), resources: asList<Resource>(resources) };
}

async function logRegister(deps: ServiceDeps, actor: Actor, action: string, detail: string): Promise<void> {
  await deps.store.logAccess({ tenantId: actor.tenantId, userId: actor.user.id, clientId: null, action, detail, at: deps.now().toISOString() });
}

function today(deps: ServiceDeps): string {
  return tokyoDateOf(deps.now());
}

/** Every 地域課題 the organization reads (its own and its area's) with evidence counted from the linked records. */
export async function issueRegister(deps: ServiceDeps, actor: Actor): Promise<IssueRegister> {
  const s = await sources(deps, actor);
  const unmetDates = new Map(s.unmet.map((u) => [u.id, u.body.recordedOn]));
  const on = today(deps);
  const issues = s.issues.map((record) => ({ record, evidence: issueEvidence(record.body, unmetDates, on) }));
  const candidates = openMeetingCandidates(s.meetings, s.issues.map((i) => i.body));
  await logRegister(deps, actor, 'region.issues.register', `${issues.length}件・候補${candidates.length}件`);
  return { issues, candidates };
}

/** 不足している資源の集計 (圏域 × 種別 × 四半期) up to today. */
export async function unmetNeedReport(deps: ServiceDeps, actor: Actor): Promise<UnmetReport> {
  const unmet = asList<UnmetNeed>(await deps.store.listRecords(readerOf(actor), { kind: 'region_unmet_need', scope: 'all' }));
  const report = unmetReport(
    unmet.map((u) => u.body),
    today(deps),
  );
  await logRegister(deps, actor, 'region.reports.unmet', `${report.total}件`);
  return report;
}

export function parseStatuses(query: string | undefined): IssueStatus[] {
  if (!query) return [];
  const values = query.split(',').filter((v) => v !== '');
  const unknown = values.filter((v) => !issueStatuses.includes(v as IssueStatus));
  if (unknown.length > 0) throw new KizukiError('bad_request', `地域課題の状態「${unknown.join('、')}」はありません（identified, council, developing, resolved, policy から選びます）。`, { status: unknown });
  return values as IssueStatus[];
}

/** 協議体の資料: the chosen issues with evidence, linked meetings (by date and kind) and status. */
export async function councilAgenda(deps: ServiceDeps, actor: Actor, statuses: readonly IssueStatus[]): Promise<CouncilAgenda> {
  const s = await sources(deps, actor);
  const agenda = buildCouncilAgenda(
    s.issues.map((r) => ({ id: r.id, body: r.body })),
    { unmetDates: new Map(s.unmet.map((u) => [u.id, u.body.recordedOn])), resourceNames: new Map(s.resources.map((r) => [r.id, r.body.name])) },
    today(deps),
    statuses,
  );
  await logRegister(deps, actor, 'region.issues.agenda', `${agenda.items.length}件`);
  return agenda;
}
