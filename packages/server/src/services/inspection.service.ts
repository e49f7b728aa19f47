import {
  addDays,
  assembleCaseFile,
  audit,
  auditedPlan,
  csvDataParts,
  mergeCaseFilesByClient,
  draftInspectionSummary,
  fiscalYearLabel,
  inspectionCandidate,
  inspectionSummaryText,
  KizukiError,
  selectInspectionSample,
  tokyoDateOf,
  type AreaOffice,
  type DataPart,
  type DocumentKind,
  type InspectionCase,
  type InspectionCaseRecord,
  type InspectionCsvImportAnswer,
  type InspectionPlan,
  type InspectionPlanReading,
  type InspectionProposals,
  type InspectionReply,
  type InspectionSubmitRequest,
  type InspectionSummaryDraftAnswer,
  type PreviousYearFigures,
  type Role,
  type StoredRecord,
} from '@kizuki/core';
import type { StoredDocument } from '../store/store.js';
import { readCsvSource, type CsvSource } from '../csv/csv-source.js';
import { policyForInsurerNumber } from './policy-versions.service.js';
import type { Actor, ServiceDeps } from './context.js';
import { createGrant, readSharedDocument } from './grant.service.js';
import { personalTermsOf } from './inspection-personal-terms.js';
import { createRecord, listAreaOffices, readerOf, updateRecord } from './record.service.js';

/**
 * ケアプラン点検 beyond single record saves: the office's proposal of plans by the request's criteria
 * (from its own case files), its submission through a grant, the inspector's reading of the submitted
 * or revised plan with the automatic 気づき, and the draft 総評 of a year. The records themselves
 * (plan, case, reply, summary) are saved through the record service.
 */

const officeRoles: readonly Role[] = ['care_manager', 'office_admin', 'center_staff'];
const inspectorRoles: readonly Role[] = ['insurer_staff', 'office_admin', 'center_staff'];
const caseNotFound = () => new KizukiError('not_found', '点検の事例が見つかりません。');

function requireRole(actor: Actor, roles: readonly Role[]): void {
  if (!roles.includes(actor.user.role)) throw new KizukiError('forbidden', 'この操作を行う権限がありません。');
}

/** A case the actor's organization may read (its own, or addressed to it). */
async function readCase(deps: ServiceDeps, actor: Actor, caseId: string): Promise<StoredRecord<InspectionCaseRecord>> {
  const record = await deps.store.readRecord(readerOf(actor), caseId);
  if (!record || record.kind !== 'inspection_case') throw caseNotFound();
  if (record.ownerOrganizationId !== actor.tenantId && record.addresseeOrganizationId !== actor.tenantId) throw caseNotFound();
  return record as StoredRecord<InspectionCaseRecord>;
}

/** The insurer number whose clients a case may take: the inspecting insurer's, or any for 自己点検. */
async function insurerNumberOf(deps: ServiceDeps, record: StoredRecord, actor: Actor): Promise<string | undefined> {
  if (record.ownerOrganizationId === actor.tenantId) return undefined;
  return (await deps.store.getOrganization(record.ownerOrganizationId))?.insurerNumber;
}

/** Plans already taken by other cases of the same 点検 (so a sample does not pick one twice). */
async function takenClients(deps: ServiceDeps, actor: Actor, inspectionId: string, exceptCaseId: string): Promise<Set<string>> {
  const taken = new Set<string>();
  const cases = (await deps.store.listRecords(readerOf(actor), { kind: 'inspection_case', scope: 'all' })) as StoredRecord<InspectionCaseRecord>[];
  const sameYear = new Set(cases.filter((c) => c.body.inspectionId === inspectionId && c.id !== exceptCaseId).map((c) => c.id));
  for (const c of cases) if (sameYear.has(c.id) && c.body.source?.kind === 'own') taken.add(c.body.source.clientId);
  const replies = (await deps.store.listRecords(readerOf(actor), { kind: 'inspection_reply', scope: 'own' })) as StoredRecord<InspectionReply>[];
  for (const r of replies) if (sameYear.has(r.body.inspectionCaseId) && r.body.submission) taken.add(r.body.submission.clientId);
  return taken;
}

/** A stable seed from text (the 点検's id), so the proposal is the same on every visit. */
function seedOf(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h;
}

/**
 * The office's plans a case may take, each with the request's criteria it meets, and the sample
 * (random within criteria) for the case and the other open cases of the same 点検.
 */
export async function inspectionProposals(deps: ServiceDeps, actor: Actor, caseId: string): Promise<InspectionProposals> {
  requireRole(actor, officeRoles);
  const record = await readCase(deps, actor, caseId);
  const officeNumber = actor.organization.officeNumber ?? record.body.officeNumber;
  const insurerNumber = await insurerNumberOf(deps, record, actor);
  const taken = await takenClients(deps, actor, record.body.inspectionId, record.id);
  const asOf = tokyoDateOf(deps.now());
  const clients = (await deps.store.listClients(actor.tenantId)).filter((c) => (insurerNumber === undefined || c.insurerNumber === insurerNumber) && !taken.has(c.id));
  const plans: InspectionProposals['plans'] = [];
  const candidates = [];
  for (const client of clients) {
    const docs = await deps.store.listDocuments(actor.tenantId, client.id);
    const planDoc = currentPlanDocument(docs);
    if (!planDoc) continue;
    const candidate = inspectionCandidate(client.id, officeNumber, assembleCaseFile(docs));
    candidates.push(candidate);
    const meets = record.body.criteria.filter((criterion) => selectInspectionSample([candidate], { perOffice: { [officeNumber]: 1 }, criteria: [criterion], asOf, seed: 1, fillRandomly: false }).selected.length > 0);
    plans.push({ clientId: client.id, clientName: client.name, documentId: planDoc.id, revision: planDoc.revision, ...(candidate.planDate ? { planDate: candidate.planDate } : {}), meets });
  }
  const sample = selectInspectionSample(candidates, { perOffice: { [officeNumber]: 1 }, criteria: record.body.criteria, asOf, seed: seedOf(record.id) });
  for (const picked of sample.selected) {
    const plan = plans.find((p) => p.clientId === picked.key);
    if (plan) plan.proposedBy = picked.selectedBy;
  }
  plans.sort((a, b) => Number(b.proposedBy !== undefined) - Number(a.proposedBy !== undefined) || b.meets.length - a.meets.length || a.clientName.localeCompare(b.clientName, 'ja'));
  await deps.store.logAccess({ tenantId: actor.tenantId, userId: actor.user.id, clientId: null, action: 'inspection.proposals', detail: `inspection_case:${record.id}（${plans.length}件）`, at: deps.now().toISOString() });
  return { asOf, criteria: record.body.criteria, plans };
}

/** The document of the plan in force among a client's documents. */
function currentPlanDocument(docs: readonly StoredDocument[]): StoredDocument | undefined {
  const planDocs = docs.filter((d) => d.kind === 'care_plan');
  if (planDocs.length === 0) return undefined;
  const { plan } = auditedPlan(assembleCaseFile(docs));
  return planDocs.find((d) => d.id === plan?.id) ?? planDocs[planDocs.length - 1];
}

/** What a submission shares besides the plan: the client, the certifications, the latest assessment. */
function sharedWithPlan(docs: readonly StoredDocument[]): StoredDocument[] {
  const assessments = docs.filter((d) => d.kind === 'assessment');
  return [...docs.filter((d) => d.kind === 'client' || d.kind === 'certification'), ...assessments.slice(-1)];
}

/**
 * 点検への提出: the office shares the client's plan in force (current revision) with the inspecting
 * insurer through a grant of purpose care_plan_inspection, and records the submission in its reply.
 * In a 自己点検 the case itself names the plan (no grant: the office reads its own case files).
 */
export async function submitInspectionPlan(deps: ServiceDeps, actor: Actor, caseId: string, input: InspectionSubmitRequest): Promise<{ case?: StoredRecord; reply?: StoredRecord; grantId?: string }> {
  requireRole(actor, officeRoles);
  const record = await readCase(deps, actor, caseId);
  const client = await deps.store.getClientSummary(actor.tenantId, input.clientId);
  if (!client) throw new KizukiError('not_found', '利用者が見つかりません。');
  const docs = await deps.store.listDocuments(actor.tenantId, client.id);
  const planDoc = currentPlanDocument(docs);
  if (!planDoc) throw new KizukiError('bad_request', 'この利用者には居宅サービス計画がありません。', { clientId: client.id });
  const revised = input.revised === true;
  const own = record.ownerOrganizationId === actor.tenantId;
  if (own) {
    const body = record.body;
    if (revised && (body.source?.kind !== 'own' || body.source.clientId !== client.id)) throw new KizukiError('bad_request', '見直した計画は、点検した利用者の計画を指定してください。');
    const pinned = { clientId: client.id, documentId: planDoc.id, revision: planDoc.revision };
    const next = revised ? { ...body, revisedSource: { documentId: planDoc.id, revision: planDoc.revision } } : { ...body, source: { kind: 'own' as const, ...pinned } };
    return { case: await updateRecord(deps, actor, record.id, { baseRevision: record.revision, body: next, note: revised ? '見直した計画を点検に加えました' : undefined }) };
  }
  const replies = (await deps.store.listRecords(readerOf(actor), { kind: 'inspection_reply', scope: 'own' })) as StoredRecord<InspectionReply>[];
  const reply = replies.find((r) => r.body.inspectionCaseId === record.id);
  if (revised && reply?.body.submission?.clientId !== client.id) throw new KizukiError('bad_request', '見直した計画は、点検に提出した利用者の計画を指定してください。');
  if (revised && reply?.body.submission && planDoc.id === reply.body.submission.documentId && planDoc.revision <= reply.body.submission.revision) {
    throw new KizukiError('bad_request', '計画が提出後に保存されていません。見直した計画を保存してから提出してください。');
  }
  if (!revised && reply?.body.submission) throw new KizukiError('conflict', 'この事例にはすでに計画を提出しています。');
  const today = tokyoDateOf(deps.now());
  const grant = await createGrant(deps, actor, {
    granteeOrganizationId: record.ownerOrganizationId,
    purpose: 'care_plan_inspection',
    reason: `ケアプラン点検（${record.body.label}）${revised ? 'の見直した計画' : 'への提出'}`,
    validUntil: addDays(today, 180),
    items: [...sharedWithPlan(docs), planDoc].map((d) => ({ clientId: client.id, documentId: d.id, revision: d.revision, kind: d.kind })),
  });
  const pinned = { grantId: grant.id, documentId: planDoc.id, revision: planDoc.revision };
  const body: InspectionReply = reply
    ? { ...reply.body, ...(revised ? { revisedPlan: pinned } : { submission: { ...pinned, clientId: client.id } }) }
    : { inspectionCaseId: record.id, insurerOrganizationId: record.ownerOrganizationId, answers: [], submission: { ...pinned, clientId: client.id } };
  const saved = reply
    ? await updateRecord(deps, actor, reply.id, { baseRevision: reply.revision, body, note: revised ? '見直した計画を提出しました' : undefined })
    : await createRecord(deps, actor, { kind: 'inspection_reply', body });
  return { reply: saved, grantId: grant.id };
}

/** Parts of the case file a reading carries (for the audit: rules needing others are not evaluated). */
function availableParts(docs: readonly { kind: string }[]): DataPart[] {
  const parts: DataPart[] = ['client', 'family', 'plan', 'lineNotes'];
  if (docs.some((d) => d.kind === 'certification')) parts.push('certification');
  if (docs.some((d) => d.kind === 'assessment')) parts.push('assessment');
  return parts;
}

/**
 * The submitted (or revised) plan of a case for its inspector, read through the grant the case
 * names (or, in a 自己点検, from the office's own case file), with the automatic 気づき under the
 * inspector's pack. A revoked or expired grant reads as not found.
 */
export async function readInspectionPlan(deps: ServiceDeps, actor: Actor, caseId: string, which: 'submitted' | 'revised'): Promise<InspectionPlanReading> {
  requireRole(actor, inspectorRoles);
  const record = await readCase(deps, actor, caseId);
  if (record.ownerOrganizationId !== actor.tenantId) throw caseNotFound();
  const source = record.body.source;
  if (!source) throw new KizukiError('not_found', 'この事例にはまだ読める計画がありません。');
  if (source.kind === 'csv') return readCsvPlan(deps, actor, record);
  const pinned = which === 'revised' ? record.body.revisedSource : source;
  if (!pinned) throw new KizukiError('not_found', '見直した計画はまだ届いていません。');
  let docs: { kind: DocumentKind; body: unknown }[];
  let planDoc: StoredDocument;
  const asOf = tokyoDateOf(deps.now());
  if (source.kind === 'own') {
    const found = await deps.store.getDocumentRevision(actor.tenantId, pinned.documentId, pinned.revision);
    if (!found) throw new KizukiError('not_found', '点検する計画が見つかりません。');
    planDoc = found;
    docs = [...(await deps.store.listDocuments(actor.tenantId, found.clientId)).filter((d) => d.kind !== 'care_plan'), found];
    await deps.store.logAccess({ tenantId: actor.tenantId, userId: actor.user.id, clientId: found.clientId, action: 'inspection.read', detail: `inspection_case:${record.id} care_plan:${found.id}@${found.revision}`, at: deps.now().toISOString() });
  } else {
    const grantId = 'grantId' in pinned ? pinned.grantId : undefined;
    if (grantId === undefined) throw new KizukiError('not_found', '点検する計画が見つかりません。');
    planDoc = await readSharedDocument(deps, actor, grantId, pinned.documentId, pinned.revision);
    const others = (await deps.store.listGrantedDocuments(actor.tenantId, grantId, deps.now().toISOString())).filter((d) => d.kind !== 'care_plan');
    docs = [...others, planDoc];
  }
  const caseFile = assembleCaseFile(docs.filter((d) => d.kind !== 'care_plan' || d === planDoc));
  // The grant only reaches clients of the inspecting insurer, so the client's insurer's pack is the inspector's.
  const pack = await policyForInsurerNumber(deps.store, caseFile.client.insurerNumber, actor.organization.policyPackId);
  const result = audit(caseFile, pack, { asOf, available: availableParts(docs) });
  return { which, documentId: planDoc.id, revision: planDoc.revision, clientName: caseFile.client.name, plan: planDoc.body, packId: pack.id, findings: result.findings, checklist: pack.checklists.flatMap((c) => c.items.map((i) => ({ id: i.id, title: c.title, text: i.text }))) };
}

async function casesOfYear(deps: ServiceDeps, actor: Actor, fiscalYear: number): Promise<StoredRecord<InspectionCaseRecord>[]> {
  const plans = (await deps.store.listRecords(readerOf(actor), { kind: 'inspection_plan', scope: 'own' })) as StoredRecord<InspectionPlan>[];
  const ids = new Set(plans.filter((p) => p.body.fiscalYear === fiscalYear).map((p) => p.id));
  const cases = (await deps.store.listRecords(readerOf(actor), { kind: 'inspection_case', scope: 'own' })) as StoredRecord<InspectionCaseRecord>[];
  return cases.filter((c) => ids.has(c.body.inspectionId));
}

const asCase = (record: StoredRecord<InspectionCaseRecord>): InspectionCase => ({ id: record.id, ...record.body });

/**
 * The draft 総評 of a fiscal year from the organization's own 点検 records, compared with the year
 * before when it was run in Kizuki too. De-identified by core `draftInspectionSummary`.
 */
export async function inspectionSummaryDraft(deps: ServiceDeps, actor: Actor, fiscalYearText: string | undefined): Promise<InspectionSummaryDraftAnswer> {
  requireRole(actor, inspectorRoles);
  const fiscalYear = Number(fiscalYearText);
  if (!Number.isInteger(fiscalYear) || fiscalYear < 2000 || fiscalYear > 2100) {
    throw new KizukiError('validation_failed', '年度を西暦の整数（例 2026）で指定してください。', { issues: [{ path: 'fiscalYear', message: '年度を指定してください' }] });
  }
  const cases = await casesOfYear(deps, actor, fiscalYear);
  if (cases.length === 0) throw new KizukiError('not_found', `${fiscalYearLabel(fiscalYear)}の点検の事例がありません。`, { fiscalYear });
  const before = await casesOfYear(deps, actor, fiscalYear - 1);
  let previous: PreviousYearFigures | undefined;
  if (before.length > 0) {
    const casesByArea: PreviousYearFigures['casesByArea'] = {};
    for (const c of before) for (const area of new Set(c.body.observations.map((o) => o.area))) casesByArea[area] = (casesByArea[area] ?? 0) + 1;
    previous = { fiscalYear: fiscalYear - 1, cases: before.length, casesByArea };
  }
  const terms = await personalTermsOf(deps, actor, [...cases, ...before]);
  const draft = draftInspectionSummary(fiscalYear, cases.map(asCase), terms, previous);
  await deps.store.logAccess({ tenantId: actor.tenantId, userId: actor.user.id, clientId: null, action: 'inspection.summary_draft', detail: `${fiscalYear}（${cases.length}事例）`, at: deps.now().toISOString() });
  return { draft, text: inspectionSummaryText(draft) };
}

/**
 * The offices a 点検 plan may name: the insurer's registered area offices, or, for a 自己点検, the
 * office itself. Names and numbers only.
 */
export async function inspectableOffices(deps: ServiceDeps, actor: Actor): Promise<AreaOffice[]> {
  requireRole(actor, inspectorRoles);
  const org = actor.organization;
  if (org.kind === 'insurer') return listAreaOffices(deps, actor);
  return org.officeNumber === undefined ? [] : [{ organizationId: org.id, kind: org.kind, name: org.name, officeNumber: org.officeNumber }];
}

/** The plan of a case read from CSV: the case file kept in the case, audited on what CSV carries. */
async function readCsvPlan(deps: ServiceDeps, actor: Actor, record: StoredRecord<InspectionCaseRecord>): Promise<InspectionPlanReading> {
  const caseFile = record.body.csvCaseFile;
  const { plan } = caseFile ? auditedPlan(caseFile) : { plan: undefined };
  if (!caseFile || !plan) throw new KizukiError('not_found', 'この事例のCSVに計画がありません。');
  const pack = await policyForInsurerNumber(deps.store, caseFile.client.insurerNumber, actor.organization.policyPackId);
  const result = audit(caseFile, pack, { asOf: tokyoDateOf(deps.now()), available: csvDataParts });
  await deps.store.logAccess({ tenantId: actor.tenantId, userId: actor.user.id, clientId: null, action: 'inspection.read', detail: `inspection_case:${record.id} csv`, at: deps.now().toISOString() });
  const checklist = pack.checklists.flatMap((c) => c.items.map((i) => ({ id: i.id, title: c.title, text: i.text })));
  return { which: 'submitted', documentId: plan.id, revision: 1, clientName: caseFile.client.name, plan, packId: pack.id, findings: result.findings, checklist };
}

/**
 * ケアプラン点検 on an office's CSV (ケアプランデータ連携, any vendor): reads the ZIP without storing
 * the files, and keeps the chosen client's case file inside the inspector's case record (never in
 * an office's records). With several clients in the files and none named, answers the list to choose.
 */
export async function importInspectionCsv(deps: ServiceDeps, actor: Actor, caseId: string, source: CsvSource, insuredNumber: string | undefined, note: string | undefined): Promise<InspectionCsvImportAnswer> {
  requireRole(actor, inspectorRoles);
  const record = await readCase(deps, actor, caseId);
  if (record.ownerOrganizationId !== actor.tenantId) throw caseNotFound();
  if (record.body.source && record.body.source.kind !== 'csv') throw new KizukiError('conflict', 'この事例には事業所が提出した計画があります。CSVは取り込めません。');
  const read = await readCsvSource(source);
  const accepted = read.units.filter((u) => u.accepted);
  const caseFiles = mergeCaseFilesByClient(accepted.flatMap((u) => u.caseFiles)).filter((c) => c.carePlans.length > 0);
  if (caseFiles.length === 0) {
    const first = read.units.flatMap((u) => u.issues).find((i) => i.severity === 'error') ?? read.ignored[0];
    throw new KizukiError('validation_failed', `点検できる計画がありません。${first ? first.message : 'ケアプランデータ連携の送信単位（UP1KYO・UP2KYO など）が見つかりません。'}`, { issues: [{ path: 'file', message: '計画が見つかりません' }] });
  }
  const sendUnitOf = (number: string) => accepted.find((u) => u.caseFiles.some((c) => c.client.insuredNumber === number))?.key ?? '';
  const chosen = insuredNumber ? caseFiles.find((c) => c.client.insuredNumber === insuredNumber) : caseFiles.length === 1 ? caseFiles[0] : undefined;
  if (insuredNumber && !chosen) throw new KizukiError('not_found', `被保険者番号 ${insuredNumber} の計画がCSVにありません。`);
  if (!chosen) {
    const clients = caseFiles.map((c) => ({ insuredNumber: c.client.insuredNumber, sendUnit: sendUnitOf(c.client.insuredNumber), ...(auditedPlan(c).plan?.planDate ? { planDate: auditedPlan(c).plan!.planDate! } : {}) }));
    return { kind: 'choose', clients };
  }
  const body: InspectionCaseRecord = { ...record.body, source: { kind: 'csv', sendUnit: sendUnitOf(chosen.client.insuredNumber) || 'CSV', insuredNumber: chosen.client.insuredNumber }, csvCaseFile: chosen };
  const saved = await updateRecord(deps, actor, record.id, { baseRevision: record.revision, body, note });
  return { kind: 'imported', record: saved };
}
