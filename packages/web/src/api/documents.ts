import type { CaseFileAnswer, DocumentBody, DocumentKind, RevisionInfo, StoredDocument } from '@kizuki/core';
import { apiRequest } from './client.js';

/** One revision of a versioned document as the API returns it (core `StoredDocument`), its body typed by kind. */
export type StoredDocumentView<K extends DocumentKind = DocumentKind> = Omit<StoredDocument, 'kind' | 'body'> & { kind: K; body: DocumentBody<K> };

export type { RevisionInfo };

/** The case file of `/api/clients/:id` (core `CaseFileAnswer`), its documents typed by kind. */
export type CaseFileView = Omit<CaseFileAnswer, 'documents'> & { documents: StoredDocumentView[] };

const documentsPath = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}/documents`;
const documentPath = (clientId: string, documentId: string) => `${documentsPath(clientId)}/${encodeURIComponent(documentId)}`;

export async function fetchCaseFileDocuments(clientId: string, signal?: AbortSignal): Promise<CaseFileView> {
  return apiRequest<CaseFileView>(`/api/clients/${encodeURIComponent(clientId)}`, { signal });
}

export async function fetchDocument<K extends DocumentKind>(clientId: string, documentId: string, signal?: AbortSignal): Promise<StoredDocumentView<K>> {
  const { document } = await apiRequest<{ document: StoredDocumentView<K> }>(documentPath(clientId, documentId), { signal });
  return document;
}

export async function createDocument<K extends DocumentKind>(clientId: string, kind: K, body: unknown): Promise<StoredDocumentView<K>> {
  const { document } = await apiRequest<{ document: StoredDocumentView<K> }>(documentsPath(clientId), { method: 'POST', body: { kind, body } });
  return document;
}

/** Saves a new revision; rejects with ApiError 409 `revision_conflict` (details.current) when someone saved in between. */
export async function updateDocument<K extends DocumentKind>(clientId: string, documentId: string, baseRevision: number, body: unknown): Promise<StoredDocumentView<K>> {
  const { document } = await apiRequest<{ document: StoredDocumentView<K> }>(documentPath(clientId, documentId), {
    method: 'PUT',
    body: { baseRevision, body },
  });
  return document;
}

export async function fetchRevisions(clientId: string, documentId: string, signal?: AbortSignal): Promise<RevisionInfo[]> {
  const { revisions } = await apiRequest<{ revisions: RevisionInfo[] }>(`${documentPath(clientId, documentId)}/revisions`, { signal });
  return revisions;
}

export async function fetchRevision<K extends DocumentKind>(clientId: string, documentId: string, revision: number, signal?: AbortSignal): Promise<StoredDocumentView<K>> {
  const { document } = await apiRequest<{ document: StoredDocumentView<K> }>(`${documentPath(clientId, documentId)}/revisions/${revision}`, { signal });
  return document;
}
