import { randomUUID } from 'node:crypto';
import {
  careLevelTable,
  certificationSchema,
  currentCertification,
  KizukiError,
  tokyoDateOf,
  validateDocument,
  type Certification,
  type ClientOverview as CoreClientOverview,
  type DocumentKind,
} from '@kizuki/core';
import type { ClientSummary, StoredDocument } from '../store/store.js';
import type { Actor, ServiceDeps } from './context.js';
import { derivedFrom, derivedMemo, TenantMemo } from './derived-from-revisions.js';

const clientNotFound = () => new KizukiError('not_found', '利用者が見つかりません。');
const documentNotFound = () => new KizukiError('not_found', '書類が見つかりません。');

async function record(deps: ServiceDeps, actor: Actor, clientId: string | null, action: string, detail?: string) {
  await deps.store.logAccess({
    tenantId: actor.tenantId,
    userId: actor.user.id,
    clientId,
    action,
    ...(detail === undefined ? {} : { detail }),
    at: deps.now().toISOString(),
  });
}

/** The client of the actor's tenant, or not_found (also for another tenant's client). */
export async function requireClient(deps: ServiceDeps, actor: Actor, clientId: string): Promise<ClientSummary> {
  const client = await deps.store.getClientSummary(actor.tenantId, clientId);
  if (!client) throw clientNotFound();
  return client;
}

/** Registers a new client (利用者) from a `client` document body. */
export async function createClient(deps: ServiceDeps, actor: Actor, input: unknown): Promise<StoredDocument> {
  const id = randomUUID();
  const body = validateDocument('client', { ...asObject(input), id });
  const stored = await deps.store.createClient(
    actor.tenantId,
    { id, insurerNumber: body.insurerNumber, insuredNumber: body.insuredNumber, name: body.name, nameKana: body.nameKana, body },
    actor.user.id,
  );
  await record(deps, actor, id, 'client.create');
  return stored;
}

/** Current revisions of every document of a client, grouped as the case file. The read is logged. */
export async function readCaseFile(deps: ServiceDeps, actor: Actor, clientId: string) {
  // Read together (one round trip's time on PostgreSQL); both are of the actor's tenant only, and
  // nothing is answered or logged unless the client is found.
  const [summary, documents] = await Promise.all([requireClient(deps, actor, clientId), deps.store.listDocuments(actor.tenantId, clientId)]);
  await record(deps, actor, clientId, 'case_file.read');
  return { client: summary, documents };
}

export async function listDocuments(deps: ServiceDeps, actor: Actor, clientId: string, kind?: DocumentKind) {
  await requireClient(deps, actor, clientId);
  const documents = await deps.store.listDocuments(actor.tenantId, clientId, kind);
  await record(deps, actor, clientId, 'document.list', kind);
  return documents;
}

/** Adds a document of a kind other than `client` to a client's case file. */
export async function createDocument(deps: ServiceDeps, actor: Actor, clientId: string, kind: DocumentKind, input: unknown) {
  if (kind === 'client') {
    throw new KizukiError('bad_request', '利用者基本情報は利用者の登録で作成されます。', { kind });
  }
  await requireClient(deps, actor, clientId);
  const id = randomUUID();
  const body = validateDocument(kind, { ...asObject(input), id });
  const stored = await deps.store.createDocument(actor.tenantId, { id, clientId, kind, body }, actor.user.id);
  await record(deps, actor, clientId, 'document.create', `${kind}:${id}`);
  return stored;
}

async function requireDocument(deps: ServiceDeps, actor: Actor, clientId: string, documentId: string) {
  const doc = await deps.store.getDocument(actor.tenantId, documentId);
  if (!doc || doc.clientId !== clientId) throw documentNotFound();
  return doc;
}

export async function readDocument(deps: ServiceDeps, actor: Actor, clientId: string, documentId: string, revision?: number) {
  await requireDocument(deps, actor, clientId, documentId);
  const doc =
    revision === undefined
      ? await deps.store.getDocument(actor.tenantId, documentId)
      : await deps.store.getDocumentRevision(actor.tenantId, documentId, revision);
  if (!doc) throw new KizukiError('not_found', `第${revision ?? ''}版は存在しません。`);
  await record(deps, actor, clientId, 'document.read', `${doc.kind}:${documentId}@${doc.revision}`);
  return doc;
}

export async function listRevisions(deps: ServiceDeps, actor: Actor, clientId: string, documentId: string) {
  await requireDocument(deps, actor, clientId, documentId);
  await record(deps, actor, clientId, 'document.history', documentId);
  return deps.store.listRevisions(actor.tenantId, documentId);
}

/**
 * Saves a new revision of a document. The caller names the revision it edited; when someone
 * saved in between, revision_conflict carries the current revision and nothing is written.
 */
export async function updateDocument(
  deps: ServiceDeps,
  actor: Actor,
  clientId: string,
  documentId: string,
  baseRevision: number,
  input: unknown,
) {
  const existing = await requireDocument(deps, actor, clientId, documentId);
  const body = validateDocument(existing.kind, { ...asObject(input), id: documentId });
  const stored = await deps.store.updateDocument(actor.tenantId, documentId, baseRevision, body, actor.user.id);
  await record(deps, actor, clientId, 'document.update', `${existing.kind}:${documentId}@${stored.revision}`);
  return stored;
}

/** Certifications parsed once per revision (derived-from-revisions.ts). */
const certifications = derivedMemo<Certification>();

/** A row of the client list: the stored client with the fields the API answer adds (core's ClientOverview). */
export type ClientOverview = ClientSummary & CoreClientOverview;

/**
 * Whole client lists made last per tenant (no search text), with the store's version of the
 * clients' and certifications' documents and the day they were made for: while neither changes the
 * same list is the answer, without reading every certification again. The rows are frozen, since
 * every request shares them.
 */
const clientLists = new TenantMemo<readonly ClientOverview[]>();

/** The client list (フリガナ order) with each client's current care level and certification end. */
export async function listClientOverviews(deps: ServiceDeps, actor: Actor, text?: string): Promise<readonly ClientOverview[]> {
  const today = tokyoDateOf(deps.now());
  const whole = text === undefined || text.trim() === '';
  // The version is read before the lists, so a list made from newer documents is only made again next time.
  const key = whole ? `${await deps.store.tenantDocumentsVersion(actor.tenantId, ['client', 'certification'])}|${today}` : undefined;
  const kept = key === undefined ? undefined : clientLists.get(actor.tenantId, key);
  if (kept) return kept;
  // Two queries whatever the caseload: the clients, then every client's certifications at once.
  const [clients, certificationDocs] = await Promise.all([
    deps.store.listClients(actor.tenantId, whole ? {} : { text }),
    deps.store.listTenantDocuments(actor.tenantId, 'certification'),
  ]);
  const byClient = new Map<string, StoredDocument[]>();
  for (const doc of certificationDocs) {
    const list = byClient.get(doc.clientId);
    if (list) list.push(doc);
    else byClient.set(doc.clientId, [doc]);
  }
  const list = clients.map((client): ClientOverview => {
    const parsed = (byClient.get(client.id) ?? []).map((d) => derivedFrom(certifications, [d.body], () => certificationSchema.parse(d.body)));
    const current = currentCertification(parsed, today);
    return Object.freeze({
      ...client,
      ...(current?.careLevel ? { careLevel: careLevelTable[current.careLevel].label } : {}),
      ...(current?.validTo ? { certificationValidTo: current.validTo } : {}),
    });
  });
  if (key !== undefined) clientLists.set(actor.tenantId, key, Object.freeze(list));
  return list;
}

function asObject(input: unknown): Record<string, unknown> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new KizukiError('validation_failed', '書類の内容はJSONオブジェクトで送ってください。', {
      issues: [{ path: '', message: 'オブジェクトではありません' }],
    });
  }
  return input as Record<string, unknown>;
}
