import type { DocumentKind } from './document-kind.js';

/** One revision of a versioned document of a client's case file, as stored and as the API answers it. */
export interface StoredDocument {
  id: string;
  tenantId: string;
  clientId: string;
  kind: DocumentKind;
  revision: number;
  body: unknown;
  /** user id of the author of this revision */
  author: string;
  /** when this revision was written (ISO 8601 UTC) */
  savedAt: string;
  createdAt: string;
}

/** An entry of a document's history (版). */
export interface RevisionInfo {
  revision: number;
  author: string;
  savedAt: string;
}
