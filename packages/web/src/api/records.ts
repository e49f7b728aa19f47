import type { RecordBody, RecordKind, RecordRevisionInfo, StoredRecord } from '@kizuki/core';
import { apiRequest } from './client.js';

/** 組織の記録 of a kind as the API returns them (core `StoredRecord`, body typed by kind). */
export type RecordView<K extends RecordKind> = StoredRecord<RecordBody<K>> & { kind: K };

const recordPath = (id: string) => `/api/records/${encodeURIComponent(id)}`;

/** Records of a kind the organization may read: its own, addressed to it, shared with its area. */
export async function fetchRecords<K extends RecordKind>(kind: K, scope: 'own' | 'received' | 'all' = 'all', signal?: AbortSignal): Promise<RecordView<K>[]> {
  const query = new URLSearchParams({ kind, scope });
  return (await apiRequest<{ records: RecordView<K>[] }>(`/api/records?${query.toString()}`, { signal })).records;
}

export async function fetchRecord<K extends RecordKind>(id: string, signal?: AbortSignal): Promise<RecordView<K>> {
  return (await apiRequest<{ record: RecordView<K> }>(recordPath(id), { signal })).record;
}

export async function fetchRecordRevision<K extends RecordKind>(id: string, revision: number, signal?: AbortSignal): Promise<RecordView<K>> {
  return (await apiRequest<{ record: RecordView<K> }>(`${recordPath(id)}/revisions/${revision}`, { signal })).record;
}

export async function fetchRecordRevisions(id: string, signal?: AbortSignal): Promise<RecordRevisionInfo[]> {
  return (await apiRequest<{ revisions: RecordRevisionInfo[] }>(`${recordPath(id)}/revisions`, { signal })).revisions;
}

export async function createRecord<K extends RecordKind>(kind: K, body: RecordBody<K>): Promise<RecordView<K>> {
  return (await apiRequest<{ record: RecordView<K> }>('/api/records', { method: 'POST', body: { kind, body } })).record;
}

/** Saves a new revision; a 409 answer means someone saved first (reload, then save). */
export async function saveRecord<K extends RecordKind>(id: string, baseRevision: number, body: RecordBody<K>, note?: string): Promise<RecordView<K>> {
  return (await apiRequest<{ record: RecordView<K> }>(recordPath(id), { method: 'PUT', body: { baseRevision, body, ...(note ? { note } : {}) } })).record;
}
