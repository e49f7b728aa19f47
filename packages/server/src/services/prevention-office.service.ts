import {
  delegationStatus,
  documentKindLabels,
  grantLastDay,
  KizukiError,
  validateDocument,
  type DelegatedClientFile,
  type DelegatedMonitoringRequest,
  type DelegatedDocument,
  type DelegatedPlanSaveRequest,
  type Grant,
  type Monitoring,
  type PreventionPlan,
  type ReceivedDelegation,
  type Role,
} from '@kizuki/core';
import type { Store, StoredDocument } from '../store/store.js';
import type { Actor, ServiceDeps } from './context.js';
import { currentPreventionPlan, newDocumentId, officePlanBody } from './prevention-delegation.service.js';

/** Roles of a 居宅介護支援事業所 that write the plans delegated to it. */
export const delegatedWriterRoles: readonly Role[] = ['care_manager', 'office_admin'];

/** Every failure reads the same, so nothing tells a revoked delegation from one never given. */
const delegationNotFound = () => new KizukiError('not_found', '委託された利用者が見つかりません（委託の共有が取り消されたか、期限が過ぎた可能性があります）。');

function requireWriter(actor: Actor): void {
  if (actor.organization.kind !== 'care_management_office' || !delegatedWriterRoles.includes(actor.user.role)) {
    throw new KizukiError('forbidden', '委託された介護予防支援は、委託先の居宅介護支援事業所の介護支援専門員が扱います。');
  }
}

const asDelegated = <T>(doc: StoredDocument): DelegatedDocument<T> => ({ id: doc.id, revision: doc.revision, savedAt: doc.savedAt, body: doc.body as T });

/** A live delegation grant received by the actor that names the client, else not_found. */
async function requireDelegation(store: Store, actor: Actor, grantId: string, clientId: string, at: string): Promise<Grant> {
  const grant = (await store.listGrantsForGrantee(actor.tenantId, at)).find((g) => g.id === grantId && g.purpose === 'delegated_prevention');
  if (!grant || !grant.items.some((i) => i.clientId === clientId)) throw delegationNotFound();
  return grant;
}

async function received(store: Store, grant: Grant, clientId: string, at: string, actor: Actor): Promise<{ delegation: ReceivedDelegation; documents: StoredDocument[] }> {
  const documents = (await store.listGrantedDocuments(actor.tenantId, grant.id, at)).filter((d) => d.clientId === clientId);
  const plan = currentPreventionPlan(documents);
  const center = await store.getOrganization(grant.ownerOrganizationId);
  const client = grant.items.find((i) => i.clientId === clientId)?.client;
  return {
    delegation: {
      grantId: grant.id,
      clientId,
      ...(client ? { client } : {}),
      centerId: grant.ownerOrganizationId,
      centerName: center?.name ?? '',
      validUntil: grantLastDay(grant.validUntil),
      status: delegationStatus(plan ? { body: plan.body as PreventionPlan, revision: plan.revision } : undefined),
    },
    documents,
  };
}

async function logBoth(store: Store, actor: Actor, grant: Grant, clientId: string, action: string, what: string, at: string): Promise<void> {
  await store.logAccess({ tenantId: grant.ownerOrganizationId, userId: actor.user.id, clientId, action: `delegation.${action}`, detail: `grant:${grant.id} by:${actor.tenantId} ${what}`, at });
  await store.logAccess({ tenantId: actor.tenantId, userId: actor.user.id, clientId: null, action: `delegated.${action}`, detail: `grant:${grant.id} from:${grant.ownerOrganizationId} client:${clientId} ${what}`, at });
}

/** The clients delegated to the actor's office through live grants (one row per client). */
export async function listReceivedDelegations(deps: ServiceDeps, actor: Actor): Promise<ReceivedDelegation[]> {
  requireWriter(actor);
  const at = deps.now().toISOString();
  const result: ReceivedDelegation[] = [];
  for (const grant of (await deps.store.listGrantsForGrantee(actor.tenantId, at)).filter((g) => g.purpose === 'delegated_prevention')) {
    for (const clientId of new Set(grant.items.map((i) => i.clientId))) result.push((await received(deps.store, grant, clientId, at, actor)).delegation);
  }
  await deps.store.logAccess({ tenantId: actor.tenantId, userId: actor.user.id, clientId: null, action: 'delegated.list', detail: `clients:${result.length}`, at });
  return result;
}

/** The delegated client's current plan and monitoring, read through the grant (logged on both sides). */
export async function readDelegatedClient(deps: ServiceDeps, actor: Actor, grantId: string, clientId: string): Promise<DelegatedClientFile> {
  requireWriter(actor);
  const at = deps.now().toISOString();
  const grant = await requireDelegation(deps.store, actor, grantId, clientId, at);
  const { delegation, documents } = await received(deps.store, grant, clientId, at, actor);
  const plan = currentPreventionPlan(documents);
  const monitorings = documents.filter((d) => d.kind === 'monitoring').sort((a, b) => String((b.body as Monitoring).date).localeCompare(String((a.body as Monitoring).date)));
  await deps.store.transaction((tx) => logBoth(tx, actor, grant, clientId, 'read', plan ? `prevention_plan:${plan.id}@${plan.revision}` : 'prevention_plan:none', at));
  return { delegation, ...(plan ? { plan: asDelegated<PreventionPlan>(plan) } : {}), monitorings: monitorings.map((m) => asDelegated<Monitoring>(m)) };
}

/**
 * The delegated care manager saves the client's plan in the center's case file, through the
 * grant: the first plan is created, later saves name the revision edited. The 確認欄 stays the
 * center's.
 */
export async function saveDelegatedPlan(deps: ServiceDeps, actor: Actor, grantId: string, clientId: string, input: DelegatedPlanSaveRequest): Promise<DelegatedDocument<PreventionPlan>> {
  requireWriter(actor);
  const at = deps.now().toISOString();
  return deps.store.transaction(async (tx) => {
    const grant = await requireDelegation(tx, actor, grantId, clientId, at);
    // Only an item that follows the case lets the office write; a pinned revision is read only.
    if (!grant.items.some((i) => i.clientId === clientId && i.kind === 'prevention_plan' && i.documentId === undefined)) {
      throw new KizukiError('forbidden', `この委託では${documentKindLabels.prevention_plan}の作成は共有されていません（書類の種類ごとの共有が必要です）。`);
    }
    const current = currentPreventionPlan((await tx.listGrantedDocuments(actor.tenantId, grant.id, at)).filter((d) => d.clientId === clientId));
    let stored: StoredDocument;
    if (current === undefined) {
      const id = newDocumentId();
      stored = await tx.createDocument(grant.ownerOrganizationId, { id, clientId, kind: 'prevention_plan', body: officePlanBody(undefined, input.plan, id, actor.organization.name) }, actor.user.id);
    } else {
      if (input.baseRevision === undefined) {
        throw new KizukiError('bad_request', `この利用者には計画があります。編集した版番号（baseRevision、最新は第${current.revision}版）を指定してください。`, { current: current.revision });
      }
      stored = await tx.updateDocument(grant.ownerOrganizationId, current.id, input.baseRevision, officePlanBody(current.body as PreventionPlan, input.plan, current.id, actor.organization.name), actor.user.id);
    }
    await logBoth(tx, actor, grant, clientId, 'write', `prevention_plan:${stored.id}@${stored.revision}`, at);
    return asDelegated<PreventionPlan>(stored);
  });
}

/**
 * The delegated care manager records a モニタリング in the center's case file, through a grant
 * item that follows the client's monitoring; the center sees it in its case file and on 委託状況.
 */
export async function addDelegatedMonitoring(deps: ServiceDeps, actor: Actor, grantId: string, clientId: string, input: DelegatedMonitoringRequest): Promise<DelegatedDocument<Monitoring>> {
  requireWriter(actor);
  const at = deps.now().toISOString();
  return deps.store.transaction(async (tx) => {
    const grant = await requireDelegation(tx, actor, grantId, clientId, at);
    if (!grant.items.some((i) => i.clientId === clientId && i.kind === 'monitoring' && i.documentId === undefined)) {
      throw new KizukiError('forbidden', `この委託では${documentKindLabels.monitoring}の記録は共有されていません（書類の種類ごとの共有が必要です）。`);
    }
    const id = newDocumentId();
    const body = validateDocument('monitoring', { ...input.monitoring, id });
    const stored = await tx.createDocument(grant.ownerOrganizationId, { id, clientId, kind: 'monitoring', body }, actor.user.id);
    await logBoth(tx, actor, grant, clientId, 'write', `monitoring:${stored.id}@${stored.revision}`, at);
    return asDelegated<Monitoring>(stored);
  });
}
