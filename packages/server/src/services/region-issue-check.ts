import {
  meetingEvidenceOf,
  meetingRecordKind,
  findPersonalData,
  issueTransitionProblems,
  KizukiError,
  personalDataLabels,
  type PersonIdentifiers,
  type RegionIssue,
} from '@kizuki/core';
import type { Actor, ServiceDeps } from './context.js';
import type { RecordCheck } from './record-checks.js';
import { readerOf } from './record.service.js';

/**
 * Checks of a `region_issue` save that need other records: the status steps, the evidence and
 * resources it links, no personal data in its texts.
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
