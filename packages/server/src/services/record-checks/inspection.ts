import { KizukiError, personalDataIn, type InspectionCaseRecord, type InspectionReply, type InspectionSummaryRecord, type StoredRecord } from '@kizuki/core';
import { personalTermsOf } from '../inspection-personal-terms.js';
import type { RecordCheck } from '../record-checks.js';

function invalid(path: string, message: string): KizukiError {
  return new KizukiError('validation_failed', message, { issues: [{ path, message }] });
}

/**
 * 点検の事例: a plan named as received must be one the inspector may read: through a grant in force
 * naming that document and revision (the insurer never names an unsubmitted revision), or, in a
 * 自己点検, a revision of the office's own case file. The addressee is an office, never oneself.
 */
export const checkInspectionCase: RecordCheck = async (deps, actor, input) => {
  const body = input as InspectionCaseRecord;
  const at = deps.now().toISOString();
  if (body.officeOrganizationId) {
    const office = await deps.store.getOrganization(body.officeOrganizationId);
    if (!office || office.kind === 'insurer' || office.id === actor.tenantId) throw invalid('officeOrganizationId', '点検を依頼する事業所が正しくありません。');
  }
  const pinned: { path: string; grantId?: string | undefined; documentId: string; revision: number }[] = [];
  if (body.source?.kind === 'grant') pinned.push({ path: 'source', ...body.source });
  if (body.source?.kind === 'own') pinned.push({ path: 'source', documentId: body.source.documentId, revision: body.source.revision });
  if (body.revisedSource) pinned.push({ path: 'revisedSource', ...body.revisedSource });
  for (const plan of pinned) {
    const own = body.source?.kind === 'own';
    if (own && plan.grantId !== undefined) throw invalid(plan.path, '自己点検の計画に共有の許可は指定できません。');
    const doc = own
      ? await deps.store.getDocumentRevision(actor.tenantId, plan.documentId, plan.revision)
      : plan.grantId === undefined
        ? undefined
        : await deps.store.getGrantedDocument(actor.tenantId, plan.grantId, plan.documentId, plan.revision, at);
    if (!doc || doc.kind !== 'care_plan') throw invalid(plan.path, '点検する計画が見つかりません（提出された版だけを指定できます）。');
  }
};

/** 点検への回答: answers a case addressed to the office by that insurer, and names grants the office gave. */
export const checkInspectionReply: RecordCheck = async (deps, actor, input) => {
  const body = input as InspectionReply;
  const record = await deps.store.readRecord({ tenantId: actor.tenantId }, body.inspectionCaseId);
  if (!record || record.kind !== 'inspection_case' || record.addresseeOrganizationId !== actor.tenantId || record.ownerOrganizationId !== body.insurerOrganizationId) {
    throw invalid('inspectionCaseId', '回答する点検の事例が見つかりません。');
  }
  for (const [path, pinned] of [['submission', body.submission], ['revisedPlan', body.revisedPlan]] as const) {
    if (!pinned) continue;
    const grant = await deps.store.getGrant(actor.tenantId, pinned.grantId);
    const item = grant?.items.find((i) => i.documentId === pinned.documentId && i.revision === pinned.revision);
    if (!grant || grant.granteeOrganizationId !== body.insurerOrganizationId || grant.purpose !== 'care_plan_inspection' || !item) {
      throw invalid(path, '提出した計画の共有の許可が見つかりません。');
    }
  }
};

/**
 * 総評: published text, so it must not carry a name the organization's 点検 records or case files
 * know (clients, care managers, offices, attendees), nor an identifying number.
 */
export const checkInspectionSummary: RecordCheck = async (deps, actor, input) => {
  const body = input as InspectionSummaryRecord;
  const cases = (await deps.store.listRecords({ tenantId: actor.tenantId }, { kind: 'inspection_case', scope: 'own' })) as StoredRecord<InspectionCaseRecord>[];
  const terms = await personalTermsOf(deps, actor, cases);
  const texts: [string, string][] = [['title', body.title], ...body.sections.flatMap((s, i): [string, string][] => [[`sections.${i}.heading`, s.heading], [`sections.${i}.text`, s.text ?? '']])];
  for (const [path, text] of texts) {
    const found = personalDataIn(text, terms);
    if (found.length > 0) throw invalid(path, `総評に個人を特定できる情報（${found.includes('番号') ? '番号' : '氏名・名称'}）が含まれています。○○などに置き換えてください。`);
  }
};
