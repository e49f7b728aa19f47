import { randomUUID } from 'node:crypto';
import {
  assembleCaseFile,
  audit,
  centerConfirmationFields,
  confirmationChanged,
  delegationStatus,
  grantLastDay,
  isGrantLive,
  KizukiError,
  summarizeDelegations,
  tokyoDateOf,
  validateDocument,
  type DelegatedCase,
  type DelegationOverview,
  type Grant,
  type PreventionConfirmationRequest,
  type PreventionPlan,
  type Role,
} from '@kizuki/core';
import type { Store, StoredDocument } from '../store/store.js';
import type { Actor, ServiceDeps } from './context.js';
import { policyForInsurerNumber } from './policy-versions.service.js';

/** Roles of the 地域包括支援センター that review delegated plans and record the 確認. */
export const confirmationRoles: readonly Role[] = ['center_staff'];

const notDelegated = () =>
  new KizukiError('bad_request', 'この計画は居宅介護支援事業所に委託されていないため、地域包括支援センター確認欄は記録できません（介護予防支援の委託の共有がありません）。');

function requireCenter(actor: Actor): void {
  if (actor.organization.kind !== 'community_center' || !confirmationRoles.includes(actor.user.role)) {
    throw new KizukiError('forbidden', '委託した計画の確認は、委託元の地域包括支援センターの職員だけが行えます。');
  }
}

const byDate = (a: StoredDocument, b: StoredDocument) => String((b.body as PreventionPlan).planDate ?? '').localeCompare(String((a.body as PreventionPlan).planDate ?? ''));

/** The client's current prevention plan: the latest by 計画作成日 that nothing supersedes. */
export function currentPreventionPlan(documents: readonly StoredDocument[]): StoredDocument | undefined {
  const plans = documents.filter((d) => d.kind === 'prevention_plan');
  return [...plans].sort(byDate).find((d) => (d.body as PreventionPlan).supersededBy === undefined) ?? [...plans].sort(byDate)[0];
}

/** Live delegation grants the center has given, each with the clients it names. */
async function liveDelegations(store: Store, tenantId: string, at: string): Promise<Grant[]> {
  return (await store.listGrantsByOwner(tenantId)).filter((g) => g.purpose === 'delegated_prevention' && isGrantLive(g, at));
}

/**
 * 委託状況: every client the center has delegated through a live grant, with where the plan
 * stands and whether monitoring is overdue (the audit's process.monitoring-overdue), counted per
 * office.
 */
export async function delegationOverview(deps: ServiceDeps, actor: Actor): Promise<DelegationOverview> {
  requireCenter(actor);
  const now = deps.now();
  const at = now.toISOString();
  const asOf = tokyoDateOf(now);
  const cases: DelegatedCase[] = [];
  const officeNames = new Map<string, string>();
  for (const grant of await liveDelegations(deps.store, actor.tenantId, at)) {
    if (!officeNames.has(grant.granteeOrganizationId)) officeNames.set(grant.granteeOrganizationId, (await deps.store.getOrganization(grant.granteeOrganizationId))?.name ?? grant.granteeOrganizationId);
    for (const clientId of new Set(grant.items.map((i) => i.clientId))) {
      const client = await deps.store.getClientSummary(actor.tenantId, clientId);
      if (!client) continue;
      const documents = await deps.store.listDocuments(actor.tenantId, clientId);
      const planDoc = currentPreventionPlan(documents);
      const plan = planDoc?.body as PreventionPlan | undefined;
      const caseFile = assembleCaseFile(documents);
      const pack = await policyForInsurerNumber(deps.store, client.insurerNumber, actor.organization.policyPackId);
      const overdue = audit(caseFile, pack, { asOf }).findings.some((f) => f.ruleId === 'process.monitoring-overdue' && f.evidence.some((e) => e.document === 'prevention_plan'));
      const lastMonitoringOn = caseFile.monitorings.map((m) => m.date).sort().at(-1);
      cases.push({
        grantId: grant.id,
        clientId,
        clientName: client.name,
        officeId: grant.granteeOrganizationId,
        officeName: officeNames.get(grant.granteeOrganizationId) ?? '',
        validUntil: grantLastDay(grant.validUntil),
        status: delegationStatus(planDoc ? { body: plan ?? {}, revision: planDoc.revision } : undefined),
        ...(planDoc ? { planId: planDoc.id, planRevision: planDoc.revision } : {}),
        ...(plan?.planDate !== undefined ? { planDate: plan.planDate } : {}),
        ...(plan?.careManagementType !== undefined ? { careManagementType: plan.careManagementType } : {}),
        ...(plan?.careManagerName !== undefined ? { careManagerName: plan.careManagerName } : {}),
        ...(plan?.centerConfirmedOn !== undefined ? { confirmedOn: plan.centerConfirmedOn } : {}),
        ...(plan?.centerConfirmedBy !== undefined ? { confirmedBy: plan.centerConfirmedBy } : {}),
        ...(lastMonitoringOn !== undefined ? { lastMonitoringOn } : {}),
        monitoringOverdue: overdue,
      });
    }
  }
  await deps.store.logAccess({ tenantId: actor.tenantId, userId: actor.user.id, clientId: null, action: 'prevention.delegations', detail: `cases:${cases.length}`, at });
  cases.sort((a, b) => a.officeName.localeCompare(b.officeName, 'ja') || a.clientName.localeCompare(b.clientName, 'ja'));
  return { asOf, offices: summarizeDelegations(cases), cases };
}

/**
 * 地域包括支援センター確認欄: the delegating center records 確認日・確認者・意見 on the revision it
 * reviewed. A plan saved since is a conflict; a plan not under a live delegation cannot take one.
 */
export async function confirmDelegatedPlan(deps: ServiceDeps, actor: Actor, documentId: string, input: PreventionConfirmationRequest): Promise<StoredDocument> {
  requireCenter(actor);
  const at = deps.now().toISOString();
  return deps.store.transaction(async (tx) => {
    const doc = await tx.getDocument(actor.tenantId, documentId);
    if (!doc || doc.kind !== 'prevention_plan') throw new KizukiError('not_found', '介護予防サービス・支援計画書が見つかりません。');
    const delegated = (await liveDelegations(tx, actor.tenantId, at)).some((g) => g.items.some((i) => i.clientId === doc.clientId && (i.documentId === doc.id || i.kind === 'prevention_plan')));
    if (!delegated) throw notDelegated();
    if (input.planRevision !== doc.revision) {
      throw new KizukiError('revision_conflict', `確認した計画（第${input.planRevision}版）の後に、計画が更新されています（最新は第${doc.revision}版）。最新の計画を読んでから確認してください。`, { current: doc.revision });
    }
    const plan = doc.body as PreventionPlan;
    const body = validateDocument('prevention_plan', {
      ...plan,
      centerConfirmedOn: input.confirmedOn,
      centerConfirmedBy: input.confirmedBy,
      centerOpinion: input.opinion,
      centerConfirmedRevision: doc.revision + 1,
    });
    const stored = await tx.updateDocument(actor.tenantId, doc.id, doc.revision, body, actor.user.id);
    await tx.logAccess({ tenantId: actor.tenantId, userId: actor.user.id, clientId: doc.clientId, action: 'prevention.confirm', detail: `prevention_plan:${doc.id}@${stored.revision} on:${input.confirmedOn}`, at });
    return stored;
  });
}

/** The 確認欄 as the stored plan has it, for carrying over an office's save. */
export function confirmationOf(plan: Partial<PreventionPlan> | undefined): Partial<PreventionPlan> {
  const kept: Partial<PreventionPlan> = {};
  for (const field of centerConfirmationFields) if (plan?.[field] !== undefined) Object.assign(kept, { [field]: plan[field] });
  return kept;
}

/**
 * An office's plan body with the 確認欄 taken from the stored plan: the office may leave the
 * fields out, but sending different values is refused, since only the center writes them.
 */
export function officePlanBody(stored: Partial<PreventionPlan> | undefined, sent: Record<string, unknown>, documentId: string, officeName: string): PreventionPlan {
  const sentFields = Object.fromEntries(centerConfirmationFields.filter((f) => Object.hasOwn(sent, f)).map((f) => [f, sent[f]])) as Partial<PreventionPlan>;
  if (confirmationChanged(confirmationOf(stored), { ...confirmationOf(stored), ...sentFields })) {
    throw new KizukiError('forbidden', '地域包括支援センター確認欄（確認日・確認者・意見）は委託元の地域包括支援センターだけが記入できます。委託先では変更できません。', { fields: Object.keys(sentFields) });
  }
  const rest = Object.fromEntries(Object.entries(sent).filter(([key]) => !(centerConfirmationFields as readonly string[]).includes(key)));
  const office = typeof rest.delegatedOffice === 'object' && rest.delegatedOffice !== null ? rest.delegatedOffice : {};
  return validateDocument('prevention_plan', { ...rest, ...confirmationOf(stored), delegated: true, delegatedOffice: { name: officeName, ...office }, id: documentId });
}

export const newDocumentId = () => randomUUID();
