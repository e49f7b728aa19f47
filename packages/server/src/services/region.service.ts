import { KizukiError, readResourceCsv, recordKindRule, resourceKey, writeResourceCsv, type Resource, type ResourceCsvRowError, type StoredRecord } from '@kizuki/core';
import type { Actor, ServiceDeps } from './context.js';
import { createRecord, listRecords, readerOf } from './record.service.js';

/**
 * 社会資源 CSV (see core `region/resource-csv.ts`). Import is all or nothing: the file is read and
 * every row checked (including against the entries the area's directory already has) before the
 * first write, and the rows are then created in one transaction.
 */

export interface ResourceImportReport {
  encoding: 'utf-8' | 'shift_jis';
  imported: number;
}

function refuse(encoding: ResourceImportReport['encoding'], rows: ResourceCsvRowError[]): KizukiError {
  return new KizukiError('validation_failed', `CSVの${rows.length}か所に誤りがあります。何も取り込んでいません。直してからもう一度取り込んでください。`, { encoding, rows });
}

/** Largest resource list accepted (a municipal list is a few hundred rows). */
export const maxResourceCsvBytes = 5 * 1024 * 1024;

export function requireDirectoryWriter(actor: Actor): void {
  const rule = recordKindRule('region_resource');
  if (!rule.keeperKinds.includes(actor.organization.kind) || !rule.writerRoles.includes(actor.user.role)) {
    throw new KizukiError('forbidden', '社会資源の一覧を更新できるのは保険者と地域包括支援センターの職員です。');
  }
}

export async function importResourcesCsv(deps: ServiceDeps, actor: Actor, bytes: Uint8Array): Promise<ResourceImportReport> {
  requireDirectoryWriter(actor);
  if (bytes.length === 0) throw new KizukiError('bad_request', 'CSVファイルが空です。');
  if (bytes.length > maxResourceCsvBytes) throw new KizukiError('bad_request', 'CSVファイルが大きすぎます（5MBまで）。');
  const read = readResourceCsv(bytes);
  if (read.errors.length > 0) throw refuse(read.encoding, read.errors);
  const existing = await deps.store.listRecords(readerOf(actor), { kind: 'region_resource', scope: 'all' });
  const known = new Set(existing.map((r) => resourceKey(r.body as Resource)));
  const errors: ResourceCsvRowError[] = [];
  read.resources.forEach((resource, i) => {
    // Rows are numbered from the header (line 1); quoted line breaks aside, row i is on line i + 2.
    if (known.has(resourceKey(resource))) errors.push({ line: i + 2, column: '名称', message: `「${resource.name}」（${resource.district ?? resource.area}）は一覧にすでにあります。` });
  });
  if (errors.length > 0) throw refuse(read.encoding, errors);
  await deps.store.transaction(async (tx) => {
    for (const body of read.resources) await createRecord({ ...deps, store: tx }, actor, { kind: 'region_resource', body });
  });
  await deps.store.logAccess({ tenantId: actor.tenantId, userId: actor.user.id, clientId: null, action: 'region.resources.import', detail: `${read.resources.length}件（${read.encoding}）`, at: deps.now().toISOString() });
  return { encoding: read.encoding, imported: read.resources.length };
}

/** Every entry the organization reads (its own and its area's), as a CSV in the import's format. */
export async function exportResourcesCsv(deps: ServiceDeps, actor: Actor, encoding: 'utf-8' | 'shift_jis'): Promise<{ bytes: Uint8Array; count: number; changedCharacters: number }> {
  const records = (await listRecords(deps, actor, 'region_resource', 'all')) as StoredRecord<Resource>[];
  const resources = records.map((r) => r.body).sort((a, b) => a.area.localeCompare(b.area, 'ja') || a.name.localeCompare(b.name, 'ja'));
  const { bytes, changedCharacters } = writeResourceCsv(resources, encoding);
  return { bytes, count: resources.length, changedCharacters };
}
