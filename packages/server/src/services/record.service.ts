import { KizukiError, recordKindRule, recordKindSchema, type AreaOffice, type Organization, type RecordKind, type RecordRevisionInfo, type StoredRecord } from '@kizuki/core';
import type { Actor, ServiceDeps } from './context.js';
import { recordChecks } from './record-checks.js';
import { areaOf, readerOf } from './record-reader.js';
import { parseInput } from './validate.js';

export { areaOf, readerOf } from './record-reader.js';

/**
 * 組織の記録 (see core `records/record.ts`): one service for every kind. It validates the body with
 * the kind's schema and checks, decides the addressee and the area from the kind's rule, refuses
 * saves to frozen records and asks a reason for locked ones, and logs every read and write; the
 * store enforces who may read what.
 */

const recordNotFound = () => new KizukiError('not_found', '記録が見つかりません。');

function parseKind(kind: unknown): RecordKind {
  return parseInput(recordKindSchema, kind, 'kind');
}

function requireWriter(actor: Actor, kind: RecordKind): void {
  const rule = recordKindRule(kind);
  if (!rule.keeperKinds.includes(actor.organization.kind) || !rule.writerRoles.includes(actor.user.role)) {
    throw new KizukiError('forbidden', `「${rule.label}」を記録する権限がありません。`, { kind });
  }
}

function sharedArea(actor: Actor, kind: RecordKind, body: unknown): string | undefined {
  const rule = recordKindRule(kind);
  if (rule.sharing !== 'area' || !(rule.sharedWhen?.(body) ?? true)) return undefined;
  return areaOf(actor.organization);
}

async function logRecord(deps: ServiceDeps, actor: Actor, action: string, record: StoredRecord): Promise<void> {
  const at = deps.now().toISOString();
  const title = recordKindRule(record.kind as RecordKind).titleOf(record.body);
  const detail = `${record.kind}:${record.id}@${record.revision} ${title}`;
  await deps.store.logAccess({ tenantId: actor.tenantId, userId: actor.user.id, clientId: null, action, detail, at });
  // A record read or written by another organization is logged in its keeper's tenant too.
  if (record.ownerOrganizationId !== actor.tenantId) {
    await deps.store.logAccess({ tenantId: record.ownerOrganizationId, userId: actor.user.id, clientId: null, action, detail: `${detail}（${actor.organization.name}）`, at });
  }
}

export async function createRecord(deps: ServiceDeps, actor: Actor, input: { kind: unknown; body: unknown }): Promise<StoredRecord> {
  const kind = parseKind(input.kind);
  requireWriter(actor, kind);
  const rule = recordKindRule(kind);
  const body = parseInput(rule.schema, input.body, 'body');
  await recordChecks[kind]?.(deps, actor, body, undefined);
  const addressee = rule.sharing === 'addressee' ? rule.addresseeOf?.(body) || undefined : undefined;
  if (addressee !== undefined) {
    const organization = await deps.store.getOrganization(addressee);
    if (!organization) throw new KizukiError('not_found', '記録の宛先の組織が見つかりません。', { addressee });
  }
  const area = sharedArea(actor, kind, body);
  const record = await deps.store.createRecord({
    tenantId: actor.tenantId,
    kind,
    body,
    author: actor.user.id,
    authorName: actor.user.displayName,
    ...(addressee !== undefined ? { addresseeTenantId: addressee } : {}),
    ...(area !== undefined ? { areaInsurerNumber: area } : {}),
  });
  await logRecord(deps, actor, 'record.create', record);
  return record;
}

export async function updateRecord(deps: ServiceDeps, actor: Actor, id: string, input: { baseRevision: number; body: unknown; note?: string | undefined }): Promise<StoredRecord> {
  const current = await deps.store.readRecord({ tenantId: actor.tenantId }, id);
  if (!current || current.ownerOrganizationId !== actor.tenantId) throw recordNotFound();
  const kind = current.kind as RecordKind;
  requireWriter(actor, kind);
  const rule = recordKindRule(kind);
  if (rule.frozenWhen?.(current.body)) {
    throw new KizukiError('conflict', `この${rule.label}は確定しているため変更できません。新しい版として作成してください。`, { id, kind });
  }
  const body = parseInput(rule.schema, input.body, 'body');
  const note = input.note?.trim();
  if (rule.lockedWhen?.(current.body) && !note) {
    throw new KizukiError('validation_failed', `この${rule.label}は確認（署名）済みです。変更するには変更の理由を入力してください。`, {
      issues: [{ path: 'note', message: '変更の理由を入力してください' }],
    });
  }
  if (rule.sharing === 'addressee' && (rule.addresseeOf?.(body) || undefined) !== current.addresseeOrganizationId) {
    throw new KizukiError('bad_request', '記録の宛先は作成後に変えられません。', { id });
  }
  await recordChecks[kind]?.(deps, actor, body, current);
  const area = sharedArea(actor, kind, body);
  const record = await deps.store.updateRecord({
    tenantId: actor.tenantId,
    id,
    baseRevision: input.baseRevision,
    body,
    author: actor.user.id,
    authorName: actor.user.displayName,
    ...(note ? { note } : {}),
    ...(area !== undefined ? { areaInsurerNumber: area } : {}),
  });
  await logRecord(deps, actor, 'record.update', record);
  return record;
}

export async function readRecord(deps: ServiceDeps, actor: Actor, id: string, revision?: number): Promise<StoredRecord> {
  const record = await deps.store.readRecord(readerOf(actor), id, revision);
  if (!record) throw recordNotFound();
  await logRecord(deps, actor, 'record.read', record);
  return record;
}

/** Records of a kind the actor's organization may read: its own, addressed to it, shared with its area. */
export async function listRecords(deps: ServiceDeps, actor: Actor, kind: unknown, scope: 'own' | 'received' | 'all' = 'all'): Promise<StoredRecord[]> {
  const parsed = parseKind(kind);
  const records = await deps.store.listRecords(readerOf(actor), { kind: parsed, scope });
  await deps.store.logAccess({ tenantId: actor.tenantId, userId: actor.user.id, clientId: null, action: 'record.list', detail: `${parsed} ${scope}（${records.length}件）`, at: deps.now().toISOString() });
  return records;
}

export async function listRecordRevisions(deps: ServiceDeps, actor: Actor, id: string): Promise<RecordRevisionInfo[]> {
  const revisions = await deps.store.listRecordRevisions(readerOf(actor), id);
  if (!revisions) throw recordNotFound();
  return revisions;
}

/**
 * Offices of the actor's insurer area registered in Kizuki (for the insurer: whom to inform, whom to
 * inspect). Names and numbers of organizations only, no case data. Insurer staff only.
 */
export async function listAreaOffices(deps: ServiceDeps, actor: Actor): Promise<AreaOffice[]> {
  if (actor.organization.kind !== 'insurer' || actor.user.role !== 'insurer_staff') {
    throw new KizukiError('forbidden', '管内の事業所の一覧は保険者の職員だけが見られます。');
  }
  const area = areaOf(actor.organization);
  const organizations = await deps.store.listOrganizations();
  return organizations
    .filter((o): o is Organization & { kind: AreaOffice['kind']; officeNumber: string } => o.kind !== 'insurer' && o.defaultInsurerNumber === area && o.officeNumber !== undefined)
    .map((o) => ({ organizationId: o.id, kind: o.kind, name: o.name, officeNumber: o.officeNumber }))
    .sort((a, b) => a.officeNumber.localeCompare(b.officeNumber));
}
