import {
  buildCouncilAgenda,
  findPersonalData,
  issueEvidence,
  issueStatuses,
  issueTransitionProblems,
  KizukiError,
  meetingEvidenceOf,
  meetingRecordKind,
  openMeetingCandidates,
  personalDataLabels,
  tokyoDateOf,
  unmetReport,
  type CouncilAgenda,
  type IssueRegister,
  type IssueStatus,
  type MeetingEvidence,
  type PersonIdentifiers,
  type RegionIssue,
  type Resource,
  type StoredRecord,
  type UnmetNeed,
  type UnmetReport,
} from '@kizuki/core';
import type { Actor, ServiceDeps } from './context.js';
import type { RecordCheck } from './record-checks.js';
import { readerOf } from './record-reader.js';

/**
 * 地域課題 register: the answers computed for the register, the reports and the 協議体's agenda from
 * the records the organization reads, and the checks of a `region_issue` save.
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

/*
 * Checks of a `region_issue` save that need other records (registered in record-checks.ts): the status
 * steps, the evidence and resources it links, no personal data in its texts.
 */

async function clientIdentifiers(deps: ServiceDeps, tenantId: string): Promise<PersonIdentifiers[]> {
  const clients = await deps.store.listClients(tenantId);
  const people: PersonIdentifiers[] = [];
  for (const client of clients) {
    const [doc] = await deps.store.listDocuments(tenantId, client.id, 'client');
    const b = (doc?.body ?? {}) as { address?: { line1?: string }; birthDate?: string; phone?: string };
    people.push({ name: client.name, nameKana: client.nameKana, insuredNumber: client.insuredNumber, address: b.address?.line1, birthDate: b.birthDate, phone: b.phone });
  }
  return people;
}

function invalid(path: string, message: string, summary: string): KizukiError {
  return new KizukiError('validation_failed', summary, { issues: [{ path, message, code: 'custom' }] });
}

/**
 * Links added by this save name a meeting the keeper reads, one of its candidates (or none: the whole
 * meeting), and copy its date and kind exactly. Links kept from before are not read again: a meeting
 * record stays with its keeper, who made the link.
 */
async function checkMeetingLinks(deps: ServiceDeps, actor: Actor, issue: RegionIssue, previous: RegionIssue | undefined): Promise<void> {
  const key = (l: RegionIssue['meetingLinks'][number]) => `${l.recordId}\n${l.statement ?? ''}\n${l.heldOn}\n${l.meetingLabel}`;
  const kept = new Set(previous?.meetingLinks.map(key) ?? []);
  const added = issue.meetingLinks.filter((l) => !kept.has(key(l)));
  if (added.length === 0) return;
  const meetings = new Map((await deps.store.listRecords(readerOf(actor), { kind: meetingRecordKind, scope: 'all' })).map((r) => [r.id, meetingEvidenceOf(r)]));
  for (const link of added) {
    const meeting = meetings.get(link.recordId);
    if (!meeting) throw invalid('body.meetingLinks', `見つからない地域ケア会議の記録: ${link.recordId}`, '地域課題に結び付けた地域ケア会議の記録が見つかりません。一覧から選び直してください。');
    if (link.statement && !meeting.candidates.some((c) => c.statement === link.statement)) {
      throw invalid('body.meetingLinks', `「${link.statement}」はこの会議の地域課題の候補にありません`, `${meeting.heldOn}の${meeting.label}に「${link.statement}」という地域課題の候補はありません。`);
    }
    if (link.heldOn !== meeting.heldOn || link.meetingLabel !== meeting.label) {
      throw invalid('body.meetingLinks', `開催日・会議の種類は記録のとおり（${meeting.heldOn} ${meeting.label}）にしてください`, '地域ケア会議の開催日・種類が記録と合いません。一覧から選び直してください。');
    }
  }
}

/**
 * A 地域課題 save: the status steps follow the register's order, the linked unmet needs, meetings
 * and resources are records of the right kind that the organization reads, and no text names one of
 * the keeper's own clients (a 包括 has clients; the register is read by the whole area).
 */
export const checkRegionIssue: RecordCheck = async (deps, actor, body, previous) => {
  const issue = body as RegionIssue;
  const problems = issueTransitionProblems(previous?.body as RegionIssue | undefined, issue);
  if (problems.length > 0) throw invalid('body.history', problems.join('。'), `地域課題の状態を変えられません: ${problems.join('。')}。`);
  const reader = readerOf(actor);
  const linked: { ids: readonly string[]; kind: string; path: string; label: string }[] = [
    { ids: issue.unmetNeedIds, kind: 'region_unmet_need', path: 'body.unmetNeedIds', label: '不足している資源の記録' },
    { ids: issue.resourceIds, kind: 'region_resource', path: 'body.resourceIds', label: '社会資源' },
  ];
  for (const { ids, kind, path, label } of linked) {
    if (ids.length === 0) continue;
    const readable = new Set((await deps.store.listRecords(reader, { kind, scope: 'all' })).map((r) => r.id));
    const missing = ids.filter((id) => !readable.has(id));
    if (missing.length > 0) throw invalid(path, `見つからない${label}: ${missing.join(', ')}`, `地域課題に結び付けた${label}が見つかりません（${missing.length}件）。一覧から選び直してください。`);
  }
  await checkMeetingLinks(deps, actor, issue, previous?.body as RegionIssue | undefined);
  const texts = [issue.statement, issue.district ?? '', issue.resolution ?? '', ...issue.history.map((h) => h.note ?? ''), ...issue.discussions.flatMap((d) => [d.discussed, d.decisions ?? '', d.nextSteps ?? '', ...d.attendees])];
  const found = findPersonalData(texts, await clientIdentifiers(deps, actor.tenantId));
  if (found.length > 0) {
    const what = found.map((k) => personalDataLabels[k]).join('・');
    throw invalid('body.statement', `${what}を含めないでください`, `地域課題に利用者の${what}が含まれています。地域課題は管内で共有されるため、個人が特定されない書き方にしてください。`);
  }
};
