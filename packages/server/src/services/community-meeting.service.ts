import { randomUUID } from 'node:crypto';
import {
  buildPresentationSheet,
  communityMeetingKindLabels,
  grantState,
  isGrantLive,
  KizukiError,
  meetingAdviceLogText,
  meetingAdviceLogTitle,
  presentationLeakMessage,
  presentationLeaks,
  presentationRequestSchema,
  presentationSheetSchema,
  resultOfCase,
  tokyoDateOf,
  validateDocument,
  type Assessment,
  type CarePlan,
  type Client,
  type CommunityCareMeeting,
  type Grant,
  type MeetingCase,
  type MeetingPresentation,
  type OwnPresentation,
  type ReceivedPresentation,
  type Role,
  type StoredRecord,
} from '@kizuki/core';
import type { Store, StoredDocument } from '../store/store.js';
import { requireClient } from './case-file.service.js';
import type { Actor, ServiceDeps } from './context.js';
import { createGrant, grantOwnerRoles } from './grant.service.js';
import { parseInput } from './validate.js';

/**
 * 地域ケア会議 (see core `region/meeting-record.schema.ts`). A care manager presents a case: the
 * sheet is derived from the case file and pseudonymized, a grant of purpose `community_care_meeting`
 * pins the documents it came from, and a presentation record keeps both in the presenting office.
 * The meeting's organization reads the sheet only through that grant. Finalizing a meeting record
 * writes each case's advice into the presenting office's case file (支援経過) and its presentation
 * record, in the same transaction as the record itself.
 */

const presentationKind = 'community_care_presentation';
const meetingKind = 'community_care_meeting';
const meetingRoles: readonly Role[] = ['center_staff', 'insurer_staff'];
const presenterKinds = ['care_management_office', 'community_center'];

const presentationNotFound = (where = '') =>
  new KizukiError('not_found', `提出された事例が見つかりません${where}（共有が取り消されたか、期限が過ぎた可能性があります）。`);

function requirePresenter(actor: Actor): void {
  if (!grantOwnerRoles.includes(actor.user.role) || !presenterKinds.includes(actor.organization.kind)) {
    throw new KizukiError('forbidden', '地域ケア会議に事例を提出できるのは居宅介護支援事業所と地域包括支援センターの職員です。');
  }
}

function requireMeetingKeeper(actor: Actor): void {
  if (!meetingRoles.includes(actor.user.role) || !['community_center', 'insurer'].includes(actor.organization.kind)) {
    throw new KizukiError('forbidden', '地域ケア会議の記録は地域包括支援センターと保険者の職員だけが扱えます。');
  }
}

const latest = <T>(docs: StoredDocument[], key: (d: StoredDocument) => string): { id: string; revision: number; body: T } | undefined => {
  const sorted = [...docs].sort((a, b) => key(a).localeCompare(key(b)));
  const doc = sorted.at(-1);
  return doc ? { id: doc.id, revision: doc.revision, body: doc.body as T } : undefined;
};

/** The care plan a meeting should see: the one in force, else the newest. */
function currentPlan(plans: StoredDocument[]) {
  const active = plans.filter((p) => (p.body as CarePlan).status === 'active');
  return latest<CarePlan>(active.length > 0 ? active : plans, (d) => `${(d.body as CarePlan).planDate ?? ''}${d.createdAt}`);
}

export interface PresentResult {
  presentation: StoredRecord<MeetingPresentation>;
  grant: Grant;
}

/** 地域ケア会議に提出: builds the sheet, refuses it if personal data remains, then writes the grant and the presentation together. */
export async function presentCase(deps: ServiceDeps, actor: Actor, raw: unknown): Promise<PresentResult> {
  requirePresenter(actor);
  const input = parseInput(presentationRequestSchema, raw, 'body');
  await requireClient(deps, actor, input.clientId);
  const meetingOrg = await deps.store.getOrganization(input.meetingOrganizationId);
  if (!meetingOrg) throw new KizukiError('not_found', '会議を開く組織が見つかりません。', { meetingOrganizationId: input.meetingOrganizationId });
  const [clientDoc] = await deps.store.listDocuments(actor.tenantId, input.clientId, 'client');
  const client = clientDoc?.body as Client | undefined;
  if (!client) throw new KizukiError('not_found', '利用者が見つかりません。');
  const assessment = latest<Assessment>(await deps.store.listDocuments(actor.tenantId, input.clientId, 'assessment'), (d) => `${(d.body as Assessment).date}${d.createdAt}`);
  const carePlan = currentPlan(await deps.store.listDocuments(actor.tenantId, input.clientId, 'care_plan'));
  if (!assessment && !carePlan) {
    throw new KizukiError('bad_request', 'この利用者にはアセスメントも居宅サービス計画もないため、提出シートを作れません。先にアセスメントか計画を作成してください。', { clientId: input.clientId });
  }
  const presentedOn = tokyoDateOf(deps.now());
  const sheet = buildPresentationSheet({ client, assessment, carePlan, presentedOn, area: input.area, questions: input.questions, shown: input.shown });
  const leaks = presentationLeaks(sheet, client);
  if (leaks.length > 0) {
    throw new KizukiError('validation_failed', presentationLeakMessage(leaks), { issues: [{ path: 'body.questions', message: presentationLeakMessage(leaks), code: 'personal_data' }], kinds: leaks });
  }
  return deps.store.transaction(async (tx) => {
    const grant = await createGrant({ ...deps, store: tx }, actor, {
      granteeOrganizationId: meetingOrg.id,
      purpose: 'community_care_meeting',
      reason: `地域ケア会議への事例提出（${sheet.label}）${input.meetingNote ? ` ${input.meetingNote}` : ''}`,
      validUntil: input.validUntil,
      items: sheet.sources.map((s) => ({ clientId: input.clientId, documentId: s.documentId, revision: s.revision })),
    });
    const body: MeetingPresentation = {
      clientId: input.clientId,
      grantId: grant.id,
      meetingOrganizationId: meetingOrg.id,
      meetingOrganizationName: meetingOrg.name,
      ...(input.meetingNote ? { meetingNote: input.meetingNote } : {}),
      sheet,
    };
    const presentation = (await tx.createRecord({ tenantId: actor.tenantId, kind: presentationKind, body, author: actor.user.id, authorName: actor.user.displayName })) as StoredRecord<MeetingPresentation>;
    await tx.logAccess({ tenantId: actor.tenantId, userId: actor.user.id, clientId: input.clientId, action: 'meeting.present', detail: `presentation:${presentation.id} grant:${grant.id} to:${meetingOrg.id}`, at: deps.now().toISOString() });
    return { presentation, grant };
  });
}

/** The office's own presentations (of one client, or all), with the state of each grant. */
export async function listOwnPresentations(deps: ServiceDeps, actor: Actor, clientId?: string): Promise<OwnPresentation[]> {
  requirePresenter(actor);
  if (clientId !== undefined) await requireClient(deps, actor, clientId);
  const records = (await deps.store.listRecords({ tenantId: actor.tenantId }, { kind: presentationKind, scope: 'own' })) as StoredRecord<MeetingPresentation>[];
  const grants = new Map((await deps.store.listGrantsByOwner(actor.tenantId)).map((g) => [g.id, g]));
  const at = deps.now().toISOString();
  const mine = records.filter((r) => clientId === undefined || r.body.clientId === clientId);
  await deps.store.logAccess({ tenantId: actor.tenantId, userId: actor.user.id, clientId: clientId ?? null, action: 'meeting.presentations', detail: `${mine.length}件`, at });
  return mine
    .map((r) => {
      const grant = grants.get(r.body.grantId);
      return { id: r.id, grantId: r.body.grantId, grantState: grant ? grantState(grant, at) : 'revoked', body: r.body, savedAt: r.savedAt };
    })
    .sort((a, b) => b.body.sheet.presentedOn.localeCompare(a.body.sheet.presentedOn) || b.savedAt.localeCompare(a.savedAt));
}

/** The presentation behind a live grant naming the actor's organization, or undefined. */
async function presentationThroughGrant(store: Store, actor: Actor, grant: Grant, at: string): Promise<StoredRecord<MeetingPresentation> | undefined> {
  if (grant.purpose !== 'community_care_meeting' || grant.granteeOrganizationId !== actor.tenantId || !isGrantLive(grant, at)) return undefined;
  const records = (await store.listRecords({ tenantId: grant.ownerOrganizationId }, { kind: presentationKind, scope: 'own' })) as StoredRecord<MeetingPresentation>[];
  return records.find((r) => r.body.grantId === grant.id && r.body.meetingOrganizationId === actor.tenantId);
}

/** A presentation the actor's organization may read now: its grant must be live and name it. */
async function requireReceived(store: Store, actor: Actor, ownerOrganizationId: string, presentationId: string, at: string, where = ''): Promise<StoredRecord<MeetingPresentation>> {
  const record = (await store.readRecord({ tenantId: ownerOrganizationId }, presentationId)) as StoredRecord<MeetingPresentation> | undefined;
  if (!record || record.kind !== presentationKind) throw presentationNotFound(where);
  const grant = await store.getGrant(ownerOrganizationId, record.body.grantId);
  if (!grant || !(await presentationThroughGrant(store, actor, grant, at))) throw presentationNotFound(where);
  return record;
}

/** Cases presented to the actor's organization whose grants are in force, with the meeting record that holds each. */
export async function listReceivedPresentations(deps: ServiceDeps, actor: Actor): Promise<ReceivedPresentation[]> {
  requireMeetingKeeper(actor);
  const at = deps.now().toISOString();
  const grants = (await deps.store.listGrantsForGrantee(actor.tenantId, at)).filter((g) => g.purpose === 'community_care_meeting');
  const meetings = (await deps.store.listRecords({ tenantId: actor.tenantId }, { kind: meetingKind, scope: 'own' })) as StoredRecord<CommunityCareMeeting>[];
  const holder = new Map(meetings.flatMap((m) => m.body.cases.map((c) => [`${c.presentation.ownerOrganizationId}/${c.presentation.presentationId}`, m.id] as const)));
  const result: ReceivedPresentation[] = [];
  for (const grant of grants) {
    const record = await presentationThroughGrant(deps.store, actor, grant, at);
    if (!record) continue;
    const owner = await deps.store.getOrganization(grant.ownerOrganizationId);
    result.push({
      ownerOrganizationId: grant.ownerOrganizationId,
      ownerName: owner?.name ?? '',
      grantId: grant.id,
      presentationId: record.id,
      validUntil: grant.validUntil,
      meetingNote: record.body.meetingNote,
      sheet: record.body.sheet,
      meetingRecordId: holder.get(`${grant.ownerOrganizationId}/${record.id}`),
    });
  }
  await deps.store.logAccess({ tenantId: actor.tenantId, userId: actor.user.id, clientId: null, action: 'meeting.received', detail: `${result.length}件`, at });
  return result.sort((a, b) => b.sheet.presentedOn.localeCompare(a.sheet.presentedOn));
}

/** One presented case's sheet, read through its grant; the read is logged on both sides. */
export async function readReceivedPresentation(deps: ServiceDeps, actor: Actor, ownerOrganizationId: string, presentationId: string): Promise<ReceivedPresentation> {
  requireMeetingKeeper(actor);
  const at = deps.now().toISOString();
  const record = await requireReceived(deps.store, actor, ownerOrganizationId, presentationId, at);
  const grant = (await deps.store.getGrant(ownerOrganizationId, record.body.grantId))!;
  const owner = await deps.store.getOrganization(ownerOrganizationId);
  await deps.store.transaction(async (tx) => {
    await tx.logAccess({ tenantId: ownerOrganizationId, userId: actor.user.id, clientId: record.body.clientId, action: 'grant.read', detail: `grant:${grant.id} by:${actor.tenantId} presentation:${record.id}`, at });
    await tx.logAccess({ tenantId: actor.tenantId, userId: actor.user.id, clientId: null, action: 'shared.read', detail: `grant:${grant.id} from:${ownerOrganizationId} presentation:${record.id}（地域ケア会議の提出シート）`, at });
  });
  return { ownerOrganizationId, ownerName: owner?.name ?? '', grantId: grant.id, presentationId: record.id, validUntil: grant.validUntil, meetingNote: record.body.meetingNote, sheet: record.body.sheet };
}

/** A sheet in a comparable form: parsed, absent fields dropped, keys sorted. */
function canonical(sheet: unknown): string {
  const parsed = presentationSheetSchema.safeParse(sheet);
  const sorted = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sorted) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, sorted(x)])) : v;
  return JSON.stringify(sorted(parsed.success ? parsed.data : sheet));
}
const sameSheet = (a: unknown, b: unknown) => canonical(a) === canonical(b);

const caseKey = (c: Pick<MeetingCase, 'presentation'>) => `${c.presentation.ownerOrganizationId}/${c.presentation.presentationId}`;

/**
 * Record check of `community_care_meeting` (saves through /api/records): a record is finalized only
 * by {@link finalizeMeeting}; a case added must come through a live grant with the sheet exactly as
 * presented, and a case already on the record keeps its sheet.
 */
export async function checkCommunityMeeting(deps: ServiceDeps, actor: Actor, body: unknown, previous: StoredRecord | undefined): Promise<void> {
  const meeting = body as CommunityCareMeeting;
  if (meeting.status === 'finalized') {
    throw new KizukiError('bad_request', '地域ケア会議の記録は「確定する」で確定してください（確定すると助言が事例を提出した事業所の支援経過に届きます）。', { path: 'body.status' });
  }
  const before = new Map(((previous?.body as CommunityCareMeeting | undefined)?.cases ?? []).map((c) => [caseKey(c), c]));
  const at = deps.now().toISOString();
  for (const [i, c] of meeting.cases.entries()) {
    const where = `（${i + 1}件目の事例）`;
    const known = before.get(caseKey(c));
    if (known) {
      if (!sameSheet(known.sheet, c.sheet)) throw new KizukiError('bad_request', `提出シートは提出されたときのまま変えられません${where}。`, { path: `body.cases.${i}.sheet` });
      continue;
    }
    const record = await requireReceived(deps.store, actor, c.presentation.ownerOrganizationId, c.presentation.presentationId, at, where);
    if (record.body.grantId !== c.presentation.grantId || !sameSheet(record.body.sheet, c.sheet)) {
      throw new KizukiError('bad_request', `提出シートが提出された内容と一致しません${where}。一覧から事例を選び直してください。`, { path: `body.cases.${i}.sheet` });
    }
  }
}

export interface FinalizeResult {
  meeting: StoredRecord<CommunityCareMeeting>;
  /** support-log entries written, one per case */
  delivered: number;
}

/**
 * 記録を確定する: the record is frozen and each case's advice is written, through the case's live
 * grant, into the presenting office's case file as a 支援経過 entry and onto its presentation. All in
 * one transaction; a case whose grant is no longer in force stops the whole finalization.
 */
export async function finalizeMeeting(deps: ServiceDeps, actor: Actor, id: string, baseRevision: number): Promise<FinalizeResult> {
  requireMeetingKeeper(actor);
  const current = (await deps.store.readRecord({ tenantId: actor.tenantId }, id)) as StoredRecord<CommunityCareMeeting> | undefined;
  if (!current || current.kind !== meetingKind || current.ownerOrganizationId !== actor.tenantId) throw new KizukiError('not_found', '記録が見つかりません。');
  if (current.body.status === 'finalized') throw new KizukiError('conflict', 'この地域ケア会議の記録はすでに確定しています。');
  if (current.revision !== baseRevision) throw new KizukiError('conflict', '記録がほかの人によって更新されています。画面を読み直してから確定してください。', { current: current.revision });
  const meeting = current.body;
  const now = deps.now();
  const at = now.toISOString();
  const today = tokyoDateOf(now);
  const presentations: StoredRecord<MeetingPresentation>[] = [];
  for (const [i, c] of meeting.cases.entries()) {
    const where = `（${i + 1}件目の事例 ${c.sheet.label}）`;
    if (c.advice.length === 0 && c.actions.length === 0) {
      throw new KizukiError('validation_failed', `助言か合意した取り組みを1つ以上記録してから確定してください${where}。`, { issues: [{ path: `body.cases.${i}.advice`, message: '助言か合意した取り組みを記録してください' }] });
    }
    presentations.push(await requireReceived(deps.store, actor, c.presentation.ownerOrganizationId, c.presentation.presentationId, at, where));
  }
  return deps.store.transaction(async (tx) => {
    const finalized = (await tx.updateRecord({
      tenantId: actor.tenantId,
      id,
      baseRevision,
      body: { ...meeting, status: 'finalized', finalizedOn: today },
      author: actor.user.id,
      authorName: actor.user.displayName,
    })) as StoredRecord<CommunityCareMeeting>;
    for (const [i, c] of meeting.cases.entries()) {
      const presentation = presentations[i]!;
      const owner = c.presentation.ownerOrganizationId;
      const result = { meetingRecordId: id, meetingOrganizationName: actor.organization.name, heldOn: meeting.heldOn, kind: meeting.kind, ...resultOfCase(c) };
      const entryId = randomUUID();
      const entry = validateDocument('support_log_entry', {
        id: entryId,
        date: meeting.heldOn,
        kind: 'meeting',
        counterpart: `${communityMeetingKindLabels[meeting.kind]}（${actor.organization.name}）`,
        title: meetingAdviceLogTitle,
        content: meetingAdviceLogText(result),
        relatedDocumentId: presentation.id,
      });
      await tx.createDocument(owner, { id: entryId, clientId: presentation.body.clientId, kind: 'support_log_entry', body: entry }, actor.user.id);
      await tx.updateRecord({
        tenantId: owner,
        id: presentation.id,
        baseRevision: presentation.revision,
        body: { ...presentation.body, result: { ...result, supportLogDocumentId: entryId } },
        author: actor.user.id,
        authorName: `${actor.organization.name} ${actor.user.displayName}`,
      });
      await tx.logAccess({ tenantId: owner, userId: actor.user.id, clientId: presentation.body.clientId, action: 'meeting.advice', detail: `grant:${c.presentation.grantId} from:${actor.tenantId} meeting:${id} support_log_entry:${entryId}`, at });
    }
    await tx.logAccess({ tenantId: actor.tenantId, userId: actor.user.id, clientId: null, action: 'meeting.finalize', detail: `${meetingKind}:${id}@${finalized.revision} 事例${meeting.cases.length}件`, at });
    return { meeting: finalized, delivered: meeting.cases.length };
  });
}
