import { recordKindKeys, type Grant, type Organization, type Role, type StoredRecord } from '@kizuki/core';
import { hashPassword } from '../auth/password.js';
import { demoCenter, demoInsurers, demoOffice, demoPassword } from '../demo/demo-organizations.js';
import { seedDemo } from '../demo/seed-demo.js';
import type { Store } from '../store/store.js';
import type { RoleKey, TenantContext } from './authorization-matrix.table.js';

/**
 * The world the authorization matrix runs in: the demo (an office, a center and 日立市 with their
 * case files, records and ケアプラン点検 grants), grants between the demo organizations in both
 * directions, and a stranger of every organization kind (架空 Z) whose data carries
 * `strangerMarker`, shares nothing with anyone, and must never appear in an answer to the demo's users.
 */
export const matrixToday = '2026-01-15';
export const matrixNow = new Date('2026-01-15T05:00:00Z');
export const strangerMarker = 'ゼット秘匿印';

const hitachi = demoInsurers.find((o) => o.id === 'demo-insurer-hitachi')!;
const strangerInsurer: Organization = { id: 'mx-insurer-z', kind: 'insurer', name: `架空Z市 介護保険課 ${strangerMarker}`, insurerNumber: '089977', policyPackId: 'hitachi' };
const strangerOffice: Organization = { id: 'mx-office-z', kind: 'care_management_office', name: `架空Z居宅介護支援事業所 ${strangerMarker}`, officeNumber: '0879977001', defaultInsurerNumber: '089977' };
const strangerCenter: Organization = { id: 'mx-center-z', kind: 'community_center', name: `架空Z地域包括支援センター ${strangerMarker}`, officeNumber: '0879977002', defaultInsurerNumber: '089977' };

/** The login of the demo account playing each role, and the organization it belongs to. */
export const matrixAccounts: Record<RoleKey, { login: string; role: Role; organizationId: string }> = {
  cm: { login: 'cm.sato', role: 'care_manager', organizationId: demoOffice.id },
  oa: { login: 'office.admin', role: 'office_admin', organizationId: demoOffice.id },
  ad: { login: 'admin', role: 'admin', organizationId: demoOffice.id },
  cs: { login: 'center.staff', role: 'center_staff', organizationId: demoCenter.id },
  is: { login: 'insurer.hitachi', role: 'insurer_staff', organizationId: hitachi.id },
};
export const matrixPassword = demoPassword;

/** The ids a request of one cell is built from: in the own, another or a granting organization. */
export interface CellIds {
  organization: Organization;
  clientId: string;
  /** a care plan of `clientId` (or, granted, a document the grant shares) */
  documentId: string;
  /** a record the organization may read in this context: its own, a stranger's, or one addressed or shared to it */
  recordId: string;
  /** a grant the organization gave (own), one between strangers (other), or one it received (granted) */
  grantId: string;
  /** a ケアプラン点検 case the organization takes part in (own) or one between strangers (other) */
  caseId: string;
  /** a 基本方針 version record the organization reads (own: the insurer's own; granted: its area's) */
  policyVersionId: string;
  /** a 地域ケア会議 case presentation and its presenting organization (granted: one presented to the organization) */
  presentation: { ownerId: string; presentationId: string };
  /** a 地域ケア会議 record (own: the center's; other: a stranger's record) */
  meetingId: string;
  /** a 介護予防 plan under a 委託 (own: one the center delegated; granted: one delegated to the office) */
  delegatedPlanId: string;
}

export interface MatrixFixture {
  ids(role: RoleKey, context: TenantContext): CellIds;
  /** a new live grant owned by the organization of `role`, for cells that revoke */
  freshGrant(role: RoleKey): Promise<string>;
  store: Store;
}

const validFrom = matrixNow.toISOString();
const validUntil = '2026-12-31T15:00:00.000Z';
const noSuchId = 'mx-no-such-id';

async function firstRecord(store: Store, tenantId: string, scope: 'own' | 'received', kinds: readonly string[] = recordKindKeys, areaInsurerNumber?: string): Promise<StoredRecord | undefined> {
  for (const kind of kinds) {
    const found = (await store.listRecords({ tenantId, ...(areaInsurerNumber ? { areaInsurerNumber } : {}) }, { kind, scope }))[0];
    if (found) return found;
  }
  return undefined;
}

async function firstPlan(store: Store, tenantId: string): Promise<{ clientId: string; documentId: string }> {
  for (const client of await store.listClients(tenantId)) {
    const plan = (await store.listDocuments(tenantId, client.id, 'care_plan'))[0] ?? (await store.listDocuments(tenantId, client.id))[0];
    if (plan) return { clientId: client.id, documentId: plan.id };
  }
  throw new Error(`matrix fixture: ${tenantId} has no client with a document`);
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`matrix fixture: no ${what}`);
  return value;
}

/** Seeds the demo, the strangers and the cross grants into an empty store. */
export async function seedMatrixFixture(store: Store): Promise<MatrixFixture> {
  await seedDemo(store, matrixToday);
  for (const org of [strangerInsurer, strangerOffice, strangerCenter]) await store.createOrganization(org);
  const passwordHash = await hashPassword(demoPassword);
  await store.createUser({ id: 'mx-z-cm', organizationId: strangerOffice.id, login: 'mx.z.cm', displayName: `架空 花子 ${strangerMarker}`, role: 'care_manager', passwordHash });
  await store.createUser({ id: 'mx-z-ins', organizationId: strangerInsurer.id, login: 'mx.z.ins', displayName: `架空 太郎 ${strangerMarker}`, role: 'insurer_staff', passwordHash });
  await store.createUser({ id: 'mx-z-center', organizationId: strangerCenter.id, login: 'mx.z.center', displayName: `架空 次子 ${strangerMarker}`, role: 'center_staff', passwordHash });

  // 日立市 keeps no case files in the demo, but the API lets an insurer's staff keep them.
  await store.createClient(hitachi.id, { id: 'mx-hitachi-client', insurerNumber: hitachi.insurerNumber!, insuredNumber: '0000770001', name: '架空 保子', nameKana: 'カクウ ヤスコ', body: { id: 'mx-hitachi-client', insurerNumber: hitachi.insurerNumber, insuredNumber: '0000770001', name: '架空 保子', nameKana: 'カクウ ヤスコ', birthDate: '1938-02-03' } }, 'demo-user-insurer');
  await store.createDocument(hitachi.id, { id: 'mx-hitachi-plan', clientId: 'mx-hitachi-client', kind: 'care_plan', body: { id: 'mx-hitachi-plan' } }, 'demo-user-insurer');

  const strangerClients: Record<string, { clientId: string; documentId: string }> = {};
  for (const [org, author] of [[strangerOffice, 'mx-z-cm'], [strangerCenter, 'mx-z-center'], [strangerInsurer, 'mx-z-ins']] as const) {
    const clientId = `${org.id}-client`;
    const client = { id: clientId, insurerNumber: '089977', insuredNumber: '0000779999', name: `秘匿 ${strangerMarker}`, nameKana: 'ヒトク ゼット' };
    await store.createClient(org.id, { ...client, body: { ...client, birthDate: '1936-06-06' } }, author);
    await store.createDocument(org.id, { id: `${org.id}-plan`, clientId, kind: 'care_plan', body: { id: `${org.id}-plan`, note: strangerMarker } }, author);
    strangerClients[org.id] = { clientId, documentId: `${org.id}-plan` };
  }
  const strangerGrant = await store.createGrant({
    ownerTenantId: strangerOffice.id,
    granteeTenantId: strangerInsurer.id,
    purpose: 'care_plan_inspection',
    reason: `点検 ${strangerMarker}`,
    createdBy: 'mx-z-cm',
    validFrom,
    validUntil,
    items: [{ ...strangerClients[strangerOffice.id]!, revision: 1 }],
  });

  const officePlan = await firstPlan(store, demoOffice.id);
  const centerPlan = await firstPlan(store, demoCenter.id);
  const pinned = async (owner: Organization, grantee: Organization, purpose: Grant['purpose'], plan: { clientId: string; documentId: string }, createdBy: string) =>
    store.createGrant({ ownerTenantId: owner.id, granteeTenantId: grantee.id, purpose, reason: '権限の表の確認', createdBy, validFrom, validUntil, items: [{ ...plan, revision: 1 }] });
  const centerToOffice = await pinned(demoCenter, demoOffice, 'delegated_prevention', centerPlan, 'demo-user-center');
  const officeToCenter = await pinned(demoOffice, demoCenter, 'community_care_meeting', officePlan, 'demo-user-cm');
  const delegation = required(
    (await store.listGrantsByOwner(demoCenter.id)).find((g) => g.purpose === 'delegated_prevention' && g.granteeOrganizationId === demoOffice.id && !g.revokedAt && g.validUntil > validFrom && g.items.some((i) => i.kind === 'prevention_plan')),
    'demo 介護予防支援の委託',
  );
  const delegatedClient = required(delegation.items.find((i) => i.kind === 'prevention_plan')?.clientId, 'client of the demo 委託');
  const delegatedPlan = required((await store.listDocuments(demoCenter.id, delegatedClient, 'prevention_plan'))[0], 'delegated prevention plan');
  const presentation = required((await store.listRecords({ tenantId: demoOffice.id }, { kind: 'community_care_presentation', scope: 'own' }))[0], 'demo 地域ケア会議 presentation');
  const meeting = required((await store.listRecords({ tenantId: demoCenter.id }, { kind: 'community_care_meeting', scope: 'own' }))[0], 'demo 地域ケア会議');
  const officeToHitachi = required((await store.listGrantsByOwner(demoOffice.id)).find((g) => g.granteeOrganizationId === hitachi.id && !g.revokedAt && g.validUntil > validFrom), 'demo inspection grant');
  const hitachiItem = required(officeToHitachi.items.find((i) => i.documentId !== undefined), 'pinned item of the demo inspection grant');

  // A stranger twin of each organization's first own record: same kind and body, shared with nobody.
  const twins = new Map<string, string>();
  const ownRecords = new Map<string, StoredRecord>();
  for (const [org, stranger, author] of [[demoOffice, strangerOffice, 'mx-z-cm'], [demoCenter, strangerCenter, 'mx-z-center'], [hitachi, strangerInsurer, 'mx-z-ins']] as const) {
    const own = required(await firstRecord(store, org.id, 'own'), `own record of ${org.id}`);
    ownRecords.set(org.id, own);
    const twin = await store.createRecord({ tenantId: stranger.id, kind: own.kind, body: own.body, author, authorName: strangerMarker });
    twins.set(org.id, twin.id);
  }
  const cases = await store.listRecords({ tenantId: hitachi.id }, { kind: 'inspection_case', scope: 'own' });
  const hitachiCase = required(
    cases.find((r) => r.addresseeOrganizationId === demoOffice.id && (r.body as { source?: { kind?: string } }).source?.kind === 'grant'),
    'demo inspection case with a submitted plan',
  );
  const strangerCase = await store.createRecord({ tenantId: strangerInsurer.id, kind: 'inspection_case', body: hitachiCase.body, author: 'mx-z-ins', authorName: strangerMarker, addresseeTenantId: strangerOffice.id });
  const policyVersion = required(await firstRecord(store, hitachi.id, 'own', ['policy_version']), 'demo policy version');
  const strangerPolicy = await store.createRecord({ tenantId: strangerInsurer.id, kind: 'policy_version', body: policyVersion.body, author: 'mx-z-ins', authorName: strangerMarker });
  const received = new Map<string, string>();
  for (const org of [demoOffice, demoCenter, hitachi]) {
    const area = org.kind === 'insurer' ? org.insurerNumber : org.defaultInsurerNumber;
    received.set(org.id, required(await firstRecord(store, org.id, 'received', recordKindKeys, area), `record received by ${org.id}`).id);
  }

  const byOrg = (organization: Organization, own: Omit<CellIds, 'organization'>, granted: Omit<CellIds, 'organization'>, other: Omit<CellIds, 'organization'>) => ({
    own: { organization, ...own },
    granted: { organization, ...granted },
    other: { organization, ...other },
  });
  const otherIds = (org: Organization, strangerOrg: Organization) => ({
    ...strangerClients[strangerOrg.id]!,
    recordId: twins.get(org.id)!,
    grantId: strangerGrant.id,
    caseId: strangerCase.id,
    policyVersionId: strangerPolicy.id,
    presentation: { ownerId: strangerOffice.id, presentationId: twins.get(org.id)! },
    meetingId: twins.get(org.id)!,
    delegatedPlanId: strangerClients[strangerCenter.id]!.documentId,
  });
  const presented = { ownerId: demoOffice.id, presentationId: presentation.id };
  const officeCase = hitachiCase.id;
  const worlds = {
    [demoOffice.id]: byOrg(
      demoOffice,
      { ...officePlan, recordId: ownRecords.get(demoOffice.id)!.id, grantId: officeToHitachi.id, caseId: officeCase, policyVersionId: policyVersion.id, presentation: presented, meetingId: ownRecords.get(demoOffice.id)!.id, delegatedPlanId: officePlan.documentId },
      { clientId: delegatedClient, documentId: delegatedPlan.id, recordId: received.get(demoOffice.id)!, grantId: delegation.id, caseId: officeCase, policyVersionId: policyVersion.id, presentation: presented, meetingId: meeting.id, delegatedPlanId: delegatedPlan.id },
      otherIds(demoOffice, strangerOffice),
    ),
    [demoCenter.id]: byOrg(
      demoCenter,
      { ...centerPlan, recordId: ownRecords.get(demoCenter.id)!.id, grantId: centerToOffice.id, caseId: officeCase, policyVersionId: policyVersion.id, presentation: { ownerId: demoCenter.id, presentationId: noSuchId }, meetingId: meeting.id, delegatedPlanId: delegatedPlan.id },
      { ...officePlan, recordId: received.get(demoCenter.id)!, grantId: officeToCenter.id, caseId: officeCase, policyVersionId: policyVersion.id, presentation: presented, meetingId: meeting.id, delegatedPlanId: delegatedPlan.id },
      otherIds(demoCenter, strangerCenter),
    ),
    [hitachi.id]: byOrg(
      hitachi,
      // An insurer cannot give a grant: its own-context grant id names none.
      { clientId: 'mx-hitachi-client', documentId: 'mx-hitachi-plan', recordId: ownRecords.get(hitachi.id)!.id, grantId: noSuchId, caseId: hitachiCase.id, policyVersionId: policyVersion.id, presentation: { ownerId: hitachi.id, presentationId: noSuchId }, meetingId: ownRecords.get(hitachi.id)!.id, delegatedPlanId: 'mx-hitachi-plan' },
      { clientId: hitachiItem.clientId, documentId: hitachiItem.documentId!, recordId: received.get(hitachi.id)!, grantId: officeToHitachi.id, caseId: hitachiCase.id, policyVersionId: policyVersion.id, presentation: presented, meetingId: meeting.id, delegatedPlanId: delegatedPlan.id },
      otherIds(hitachi, strangerInsurer),
    ),
  };

  return {
    store,
    ids: (role, context) => worlds[matrixAccounts[role].organizationId]![context],
    async freshGrant(role) {
      const orgId = matrixAccounts[role].organizationId;
      if (orgId === demoOffice.id) return (await pinned(demoOffice, hitachi, 'care_plan_inspection', officePlan, 'demo-user-cm')).id;
      if (orgId === demoCenter.id) return (await pinned(demoCenter, demoOffice, 'delegated_prevention', centerPlan, 'demo-user-center')).id;
      return noSuchId;
    },
  };
}

