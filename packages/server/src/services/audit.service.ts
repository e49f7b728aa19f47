import {
  assembleCaseFile,
  audit,
  auditMany,
  caseFileSchema,
  isValidIsoDate,
  KizukiError,
  tokyoDateOf,
  type AuditReport,
  type CaseAuditResult,
  type CaseFile,
  type IsoDate,
  type ProviderCorporationRecord,
  type ResolvedPolicyPack,
} from '@kizuki/core';
import { getPolicyPack } from '../policy/load-packs.js';
import { policyForInsurerNumber } from './policy-versions.service.js';
import type { Store, StoredDocument } from '../store/store.js';
import type { Actor, ServiceDeps } from './context.js';
import { requireClient } from './case-file.service.js';
import { parseInput } from './validate.js';
import { derivedFrom, derivedMemo, TenantMemo } from './derived-from-revisions.js';

export { defaultPolicyId } from './policy-versions.service.js';

/** `asOf` from a query or body: a valid YYYY-MM-DD, else today in Japan. */
export function auditDate(deps: Pick<ServiceDeps, 'now'>, asOf: string | undefined): IsoDate {
  if (asOf === undefined || asOf === '') return tokyoDateOf(deps.now());
  if (isValidIsoDate(asOf)) return asOf;
  throw new KizukiError('validation_failed', `基準日「${String(asOf)}」は YYYY-MM-DD の形の正しい日付で指定してください。`, {
    issues: [{ path: 'asOf', message: '日付の形式が正しくありません' }],
  });
}

/** Validated case files and peers, made once per set of revisions (derived-from-revisions.ts). */
const caseFiles = derivedMemo<CaseFile>();
const peerFiles = derivedMemo<CaseFile>();

function assembledOnce(memo: typeof caseFiles, documents: readonly StoredDocument[]): CaseFile {
  return derivedFrom(
    memo,
    documents.map((d) => d.body),
    () => assembleCaseFile(documents),
  );
}

async function tenantCaseFile(store: Store, tenantId: string, clientId: string): Promise<CaseFile> {
  return assembledOnce(caseFiles, await store.listDocuments(tenantId, clientId));
}

/** An office's clients with the part of their case files the cross-plan rules read, in the client list's order. */
interface OfficeCaseFiles {
  clientIds: string[];
  files: CaseFile[];
}

/** The office case files last made per tenant, by the store's version of its clients and plans. */
const officeFiles = new TenantMemo<OfficeCaseFiles>();
const peerKinds = ['client', 'care_plan'] as const;

/**
 * Every client of the tenant as a peer of the cross-plan rules, which read of a peer only its
 * client and its care plans: those two kinds for every client in two queries, not every document
 * of every client. While no client or care plan of the tenant is created or revised (the store's
 * version of those documents is the same), the list made last time is answered again, without
 * reading the documents; the version is read first, so a list made from newer documents than its
 * version is only made again next time.
 */
async function officeCaseFiles(store: Store, tenantId: string): Promise<OfficeCaseFiles> {
  const version = await store.tenantDocumentsVersion(tenantId, peerKinds);
  const kept = officeFiles.get(tenantId, version);
  if (kept) return kept;
  const [clients, clientDocs, plans] = await Promise.all([
    store.listClients(tenantId),
    store.listTenantDocuments(tenantId, 'client'),
    store.listTenantDocuments(tenantId, 'care_plan'),
  ]);
  const byClient = new Map<string, StoredDocument[]>();
  for (const doc of [...clientDocs, ...plans]) {
    const list = byClient.get(doc.clientId);
    if (list) list.push(doc);
    else byClient.set(doc.clientId, [doc]);
  }
  const files = clients.map((c) => assembledOnce(peerFiles, byClient.get(c.id) ?? []));
  const made = { clientIds: clients.map((c) => c.id), files };
  // Only case files made from the store's shared revisions are kept (those read in a transaction are not).
  if (files.every((f) => Object.isFrozen(f))) officeFiles.set(tenantId, version, made);
  return made;
}

/** The tenant's other clients as peers of the cross-plan rules, in the client list's order (as the peers have always been given). */
async function peerCaseFiles(store: Store, tenantId: string, clientId: string): Promise<CaseFile[]> {
  const { clientIds, files } = await officeCaseFiles(store, tenantId);
  return files.filter((_, i) => clientIds[i] !== clientId);
}

/** The pack that applies to a client of the actor's tenant (read for the browser's live audit). */
export async function clientPolicy(deps: ServiceDeps, actor: Actor, clientId: string): Promise<ResolvedPolicyPack> {
  const summary = await requireClient(deps, actor, clientId);
  return policyForInsurerNumber(deps.store, summary.insurerNumber, actor.organization.policyPackId);
}

/**
 * The 気づき for one client under their insurer's pack; the office's other clients are the
 * peers of cross-plan rules. The read is recorded in the access log.
 */
export async function auditClient(deps: ServiceDeps, actor: Actor, clientId: string, asOfText?: string): Promise<{ pack: ResolvedPolicyPack; asOf: IsoDate; result: CaseAuditResult }> {
  const asOf = auditDate(deps, asOfText);
  const summary = await requireClient(deps, actor, clientId);
  const pack = await policyForInsurerNumber(deps.store, summary.insurerNumber, actor.organization.policyPackId);
  const [caseFile, peers] = await Promise.all([tenantCaseFile(deps.store, actor.tenantId, clientId), peerCaseFiles(deps.store, actor.tenantId, clientId)]);
  await deps.store.logAccess({ tenantId: actor.tenantId, userId: actor.user.id, clientId, action: 'case_file.audit', at: deps.now().toISOString() });
  return { pack, asOf, result: audit(caseFile, pack, { asOf, peers }) };
}

/**
 * The 法人 of providers a 居宅介護支援事業所 recorded, for 特定事業所集中減算 (counted by 法人); other
 * organizations (an insurer auditing files it was given) have none, and the rule counts by 事業所.
 */
async function providerCorporationsFor(deps: ServiceDeps, actor: Actor): Promise<ProviderCorporationRecord[] | undefined> {
  if (actor.organization.kind !== 'care_management_office') return undefined;
  const records = await deps.store.listRecords({ tenantId: actor.tenantId }, { kind: 'provider_corporation', scope: 'own' });
  return records.map((r) => r.body as ProviderCorporationRecord);
}

/**
 * Audits case files given in a request (case-file JSON exports) under `policy`, or by default
 * under the pack of the first case file's insurer. Nothing is stored or logged: the data came
 * with the request (an office's audit counts 特定事業所集中減算 with its own records of the 法人 of
 * providers, which hold no personal data).
 */
export async function auditCaseFiles(deps: ServiceDeps, actor: Actor, input: { caseFiles: unknown[]; policy?: string | undefined; asOf?: string | undefined }): Promise<AuditReport> {
  const asOf = auditDate(deps, input.asOf);
  if (input.caseFiles.length === 0) throw new KizukiError('validation_failed', 'ケースファイルが1件もありません。', { issues: [{ path: 'caseFiles', message: '1件以上指定してください' }] });
  const caseFiles = input.caseFiles.map((value, i) => parseInput(caseFileSchema, value, input.caseFiles.length > 1 ? `caseFiles.${i}` : 'caseFile'));
  const pack = input.policy !== undefined ? getPolicyPack(input.policy) : await policyForInsurerNumber(deps.store, caseFiles[0]!.client.insurerNumber, actor.organization.policyPackId);
  const providerCorporations = await providerCorporationsFor(deps, actor);
  return auditMany(caseFiles, pack, { asOf, ...(providerCorporations ? { providerCorporations } : {}) });
}
