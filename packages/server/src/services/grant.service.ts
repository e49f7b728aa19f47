import {
  documentKindLabels,
  grantEndOfDay,
  grantPurposeTable,
  KizukiError,
  tokyoDateOf,
  addDays,
  type DocumentKind,
  type GivenGrant,
  type Grant,
  type GrantPurpose,
  type Organization,
  type ReceivedGrant,
  type Role,
} from '@kizuki/core';
import type { NewGrantItem, Store, StoredDocument } from '../store/store.js';
import type { Actor, ServiceDeps } from './context.js';

/** Roles that may share their organization's case files (and revoke what it shared). */
export const grantOwnerRoles: readonly Role[] = ['care_manager', 'office_admin', 'center_staff'];

/** Roles that may read what other organizations shared with theirs. */
export const grantRecipientRoles: readonly Role[] = ['care_manager', 'office_admin', 'center_staff', 'insurer_staff'];

/** Grantee-side failures all read the same: nothing tells a missing grant from a revoked one or another's. */
const sharedNotFound = () => new KizukiError('not_found', '共有された書類が見つかりません（共有が取り消されたか、期限が過ぎた可能性があります）。');
const grantNotFound = () => new KizukiError('not_found', '共有の許可が見つかりません。');

export interface GrantInput {
  granteeOrganizationId: string;
  purpose: GrantPurpose;
  reason: string;
  /** last day (Japan) the grant is in force, YYYY-MM-DD */
  validUntil: string;
  items: { clientId: string; documentId?: string | undefined; revision?: number | undefined; kind?: DocumentKind | undefined }[];
}

function requireRole(actor: Actor, roles: readonly Role[]): void {
  if (!roles.includes(actor.user.role)) throw new KizukiError('forbidden', 'この操作を行う権限がありません。');
}

/** Writes one entry in each tenant's access log: the owner's names the client, the grantee's names the grant. */
async function logBothSides(
  store: Store,
  actor: Actor,
  at: string,
  owner: { tenantId: string; entries: { clientId: string; action: string; detail: string }[] },
  grantee: { tenantId: string; action: string; detail: string },
): Promise<void> {
  for (const entry of owner.entries) await store.logAccess({ tenantId: owner.tenantId, userId: actor.user.id, ...entry, at });
  await store.logAccess({ tenantId: grantee.tenantId, userId: actor.user.id, clientId: null, action: grantee.action, detail: grantee.detail, at });
}

function itemText(item: { kind: string; documentId?: string | undefined; revision?: number | undefined }): string {
  return item.documentId === undefined ? `${item.kind}:*` : `${item.kind}:${item.documentId}@${item.revision ?? ''}`;
}

/** Checks that `grantee` may receive a grant of `purpose` from the actor's organization for these clients. */
function checkGrantee(purpose: GrantPurpose, owner: Organization, grantee: Organization, clientInsurers: readonly string[]): void {
  const rule = grantPurposeTable[purpose];
  if (!rule.ownerKinds.includes(owner.kind)) {
    throw new KizukiError('forbidden', `この組織からは「${rule.label}」のための共有はできません。`, { purpose, ownerKind: owner.kind });
  }
  if (!rule.granteeKinds.includes(grantee.kind) || grantee.id === owner.id) {
    throw new KizukiError('bad_request', `「${grantee.name}」は「${rule.label}」の共有先にできません。`, { purpose, granteeKind: grantee.kind });
  }
  if (purpose === 'delegated_prevention' && grantee.kind === owner.kind) {
    throw new KizukiError('bad_request', '介護予防支援の委託は、地域包括支援センターと居宅介護支援事業所の間でだけ共有できます。', { purpose });
  }
  if (purpose === 'care_plan_inspection') {
    const other = clientInsurers.find((n) => n !== grantee.insurerNumber);
    if (other !== undefined) {
      throw new KizukiError('bad_request', `ケアプラン点検の共有先は利用者の保険者に限ります（利用者の保険者番号 ${other}、「${grantee.name}」は ${grantee.insurerNumber ?? 'なし'}）。`, {
        clientInsurerNumber: other,
        granteeInsurerNumber: grantee.insurerNumber,
      });
    }
  }
}

/**
 * Shares documents of the actor's clients with another organization (共有の許可). Pinned items
 * default to the document's current revision; the grant runs from now to the end of `validUntil`
 * (Japan). The grant and the access-log entries of both organizations are written together.
 */
export async function createGrant(deps: ServiceDeps, actor: Actor, input: GrantInput): Promise<Grant> {
  requireRole(actor, grantOwnerRoles);
  const now = deps.now();
  const at = now.toISOString();
  const rule = grantPurposeTable[input.purpose];
  const today = tokyoDateOf(now);
  if (input.validUntil < today) throw new KizukiError('bad_request', '共有の期限に過去の日付は指定できません。', { validUntil: input.validUntil });
  const latest = addDays(today, rule.maxDays);
  if (input.validUntil > latest) {
    throw new KizukiError('bad_request', `「${rule.label}」の共有の期限は${rule.maxDays}日後（${latest}）までにしてください。`, { validUntil: input.validUntil, latest });
  }
  const grantee = await deps.store.getOrganization(input.granteeOrganizationId);
  if (!grantee) throw new KizukiError('not_found', '共有先の組織が見つかりません。', { granteeOrganizationId: input.granteeOrganizationId });

  const items: NewGrantItem[] = [];
  const clientInsurers = new Set<string>();
  for (const [index, item] of input.items.entries()) {
    const client = await deps.store.getClientSummary(actor.tenantId, item.clientId);
    if (!client) throw new KizukiError('not_found', `共有する利用者が見つかりません（${index + 1}件目）。`, { item: index + 1 });
    clientInsurers.add(client.insurerNumber);
    if (item.documentId === undefined) {
      if (!rule.followsCase || item.kind === undefined) {
        throw new KizukiError('bad_request', `「${rule.label}」では、共有する書類と版を指定してください（${index + 1}件目）。`, { item: index + 1 });
      }
      items.push({ clientId: item.clientId, kind: item.kind });
      continue;
    }
    const doc = await deps.store.getDocument(actor.tenantId, item.documentId);
    if (!doc || doc.clientId !== item.clientId) throw new KizukiError('not_found', `共有する書類が見つかりません（${index + 1}件目）。`, { item: index + 1 });
    const revision = item.revision ?? doc.revision;
    if (revision > doc.revision) {
      throw new KizukiError('bad_request', `書類の第${revision}版はまだありません（最新は第${doc.revision}版、${index + 1}件目）。`, { item: index + 1, current: doc.revision });
    }
    items.push({ clientId: item.clientId, documentId: item.documentId, revision });
  }
  checkGrantee(input.purpose, actor.organization, grantee, [...clientInsurers]);

  return deps.store.transaction(async (tx) => {
    const grant = await tx.createGrant({
      ownerTenantId: actor.tenantId,
      granteeTenantId: grantee.id,
      purpose: input.purpose,
      reason: input.reason,
      createdBy: actor.user.id,
      validFrom: at,
      validUntil: grantEndOfDay(input.validUntil),
      items,
    });
    const clients = [...new Set(grant.items.map((i) => i.clientId))];
    await logBothSides(
      tx,
      actor,
      at,
      {
        tenantId: actor.tenantId,
        entries: clients.map((clientId) => ({
          clientId,
          action: 'grant.create',
          detail: `grant:${grant.id} to:${grantee.id} purpose:${grant.purpose} ${grant.items.filter((i) => i.clientId === clientId).map(itemText).join(' ')}`,
        })),
      },
      { tenantId: grantee.id, action: 'grant.receive', detail: `grant:${grant.id} from:${actor.tenantId} purpose:${grant.purpose} items:${grant.items.length}` },
    );
    return grant;
  });
}

/** Grants the actor's organization has given, newest first, with the grantee's name. */
export async function listGivenGrants(deps: ServiceDeps, actor: Actor): Promise<GivenGrant[]> {
  requireRole(actor, grantOwnerRoles);
  const grants = await deps.store.listGrantsByOwner(actor.tenantId);
  const names = new Map<string, string>();
  for (const grant of grants) {
    if (!names.has(grant.granteeOrganizationId)) {
      names.set(grant.granteeOrganizationId, (await deps.store.getOrganization(grant.granteeOrganizationId))?.name ?? grant.granteeOrganizationId);
    }
  }
  return grants.map((grant) => ({ ...grant, granteeName: names.get(grant.granteeOrganizationId) ?? grant.granteeOrganizationId }));
}

/** Revokes a grant of the actor's organization (取り消し), logged on both sides. */
export async function revokeGrant(deps: ServiceDeps, actor: Actor, grantId: string, reason: string): Promise<Grant> {
  requireRole(actor, grantOwnerRoles);
  const at = deps.now().toISOString();
  return deps.store.transaction(async (tx) => {
    const existing = await tx.getGrant(actor.tenantId, grantId);
    if (!existing) throw grantNotFound();
    const grant = await tx.revokeGrant(actor.tenantId, grantId, actor.user.id, reason, at);
    await logBothSides(
      tx,
      actor,
      at,
      {
        tenantId: actor.tenantId,
        entries: [...new Set(grant.items.map((i) => i.clientId))].map((clientId) => ({ clientId, action: 'grant.revoke', detail: `grant:${grant.id} to:${grant.granteeOrganizationId}` })),
      },
      { tenantId: grant.granteeOrganizationId, action: 'grant.revoked', detail: `grant:${grant.id} from:${actor.tenantId}` },
    );
    return grant;
  });
}

/** Organizations that may receive a grant of `purpose` for a client of the actor (for the share form). */
export async function listGranteeCandidates(deps: ServiceDeps, actor: Actor, purpose: GrantPurpose, clientId?: string): Promise<Organization[]> {
  requireRole(actor, grantOwnerRoles);
  const rule = grantPurposeTable[purpose];
  const client = clientId === undefined ? undefined : await deps.store.getClientSummary(actor.tenantId, clientId);
  if (clientId !== undefined && !client) throw new KizukiError('not_found', '利用者が見つかりません。');
  return (await deps.store.listOrganizations()).filter((org) => {
    if (org.id === actor.tenantId || !rule.granteeKinds.includes(org.kind)) return false;
    if (purpose === 'delegated_prevention' && org.kind === actor.organization.kind) return false;
    if (purpose === 'care_plan_inspection' && client) return org.insurerNumber === client.insurerNumber;
    return true;
  });
}

/**
 * Grants in force that name the actor's organization, with the owner's name. Client names and
 * numbers are left out where the purpose does not call for them (地域ケア会議).
 */
export async function listReceivedGrants(deps: ServiceDeps, actor: Actor): Promise<ReceivedGrant[]> {
  requireRole(actor, grantRecipientRoles);
  const grants = await deps.store.listGrantsForGrantee(actor.tenantId, deps.now().toISOString());
  const result: ReceivedGrant[] = [];
  for (const grant of grants) {
    const owner = await deps.store.getOrganization(grant.ownerOrganizationId);
    const namesClient = grantPurposeTable[grant.purpose].namesClient;
    result.push({
      ...grant,
      ownerName: owner?.name ?? '',
      // The grantee does not need who in the owner's office made or could revoke it.
      createdBy: '',
      items: grant.items.map(({ client, ...item }) => (namesClient && client ? { ...item, client } : item)),
    });
  }
  return result;
}

/**
 * A document shared with the actor's organization, as the grant allows (the pinned revision).
 * The read is logged in both organizations' access logs; anything not granted is not_found.
 */
export async function readSharedDocument(deps: ServiceDeps, actor: Actor, grantId: string, documentId: string, revision?: number): Promise<StoredDocument> {
  requireRole(actor, grantRecipientRoles);
  const at = deps.now().toISOString();
  const doc = await deps.store.getGrantedDocument(actor.tenantId, grantId, documentId, revision, at);
  if (!doc) throw sharedNotFound();
  const what = `${doc.kind}:${doc.id}@${doc.revision}`;
  await deps.store.transaction((tx) =>
    logBothSides(
      tx,
      actor,
      at,
      { tenantId: doc.tenantId, entries: [{ clientId: doc.clientId, action: 'grant.read', detail: `grant:${grantId} by:${actor.tenantId} ${what}` }] },
      { tenantId: actor.tenantId, action: 'shared.read', detail: `grant:${grantId} from:${doc.tenantId} client:${doc.clientId} ${what}（${documentKindLabels[doc.kind]}）` },
    ),
  );
  // The grantee sees the document, not who in the owner's office wrote each revision.
  return { ...doc, author: '' };
}
