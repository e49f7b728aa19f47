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

/** The index row of a client (利用者): the numbers and names kept beside the `client` document for lookups. */
export interface CaseFileClient {
  id: string;
  tenantId: string;
  insurerNumber: string;
  insuredNumber: string;
  name: string;
  nameKana: string;
  createdAt: string;
  updatedAt: string;
}

/** `GET /api/clients/:id`: the client's index row and the current revision of every document of the case file. */
export interface CaseFileAnswer {
  client: CaseFileClient;
  documents: StoredDocument[];
}
