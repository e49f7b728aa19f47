import type { ChainAnchor, ChainVerdict } from './access-log-chain.js';
import type { CaseFileClient, DocumentKind, Grant, GrantPurpose, Organization, RecordRevisionInfo, RevisionInfo, Role, SecuritySettings, StoredDocument, StoredRecord, User } from '@kizuki/core';

/**
 * The storage port. Two implementations (SQLite, PostgreSQL) pass one contract suite.
 * Every method that touches tenant data takes the tenant (organization id) first, and every
 * query filters by it: a row of another tenant is indistinguishable from a missing row.
 * Dates and timestamps cross this boundary as strings (ISO 8601), never as driver Date objects.
 */
export interface Store {
  readonly backend: 'sqlite' | 'postgres';

  /** Apply pending migrations. Idempotent; `openStore` already calls it. */
  migrate(): Promise<void>;
  close(): Promise<void>;

  // Organizations and users (admin-level; not tenant-scoped lookups)
  createOrganization(org: Organization): Promise<Organization>;
  getOrganization(id: string): Promise<Organization | undefined>;
  listOrganizations(): Promise<Organization[]>;

  createUser(input: NewUser): Promise<User>;
  /** Finds a user by login name (logins are unique across the deployment). */
  findUserByLogin(login: string): Promise<UserWithSecret | undefined>;
  getUser(tenantId: string, userId: string): Promise<User | undefined>;
  listUsers(tenantId: string): Promise<User[]>;
  setUserPassword(tenantId: string, userId: string, passwordHash: string): Promise<void>;

  // Sessions
  createSession(session: SessionRecord): Promise<void>;
  /** The session with this id hash, if it exists and has not expired at `now`. */
  getSession(idHash: string, now: string): Promise<SessionRecord | undefined>;
  touchSession(idHash: string, expiresAt: string): Promise<void>;
  deleteSession(idHash: string): Promise<void>;
  deleteExpiredSessions(now: string): Promise<number>;
  /** Ends every session of a user but `exceptIdHash` (sign out everywhere, after a password change). */
  deleteUserSessions(tenantId: string, userId: string, exceptIdHash?: string): Promise<number>;

  // Clients (利用者): identity index over the `client` document
  /**
   * Creates the client index row and its first `client` document revision atomically.
   * Throws KizukiError('already_exists') when the tenant already has a client with the
   * same 保険者番号 + 被保険者番号.
   */
  createClient(tenantId: string, input: NewClient, author: string): Promise<StoredDocument>;
  getClientSummary(tenantId: string, clientId: string): Promise<ClientSummary | undefined>;
  findClientByNumbers(tenantId: string, insurerNumber: string, insuredNumber: string): Promise<ClientSummary | undefined>;
  /** Optional text query matches name, フリガナ or 被保険者番号 (substring). Sorted by フリガナ. */
  listClients(tenantId: string, query?: ClientQuery): Promise<ClientSummary[]>;

  // Versioned documents
  /** Creates a document of `kind` for a client with revision 1. */
  createDocument(tenantId: string, input: NewDocument, author: string): Promise<StoredDocument>;
  /**
   * Appends a revision. `baseRevision` must equal the current revision, otherwise
   * KizukiError('revision_conflict', …, { current: StoredDocument }) is thrown and nothing is written.
   * For `client` documents the client index row (numbers, names) is updated in the same transaction.
   */
  updateDocument(tenantId: string, documentId: string, baseRevision: number, body: unknown, author: string): Promise<StoredDocument>;
  getDocument(tenantId: string, documentId: string): Promise<StoredDocument | undefined>;
  getDocumentRevision(tenantId: string, documentId: string, revision: number): Promise<StoredDocument | undefined>;
  /** All revisions, oldest first. */
  listRevisions(tenantId: string, documentId: string): Promise<RevisionInfo[]>;
  /** Current revisions of a client's documents, optionally of one kind, ordered by creation. */
  listDocuments(tenantId: string, clientId: string, kind?: DocumentKind): Promise<StoredDocument[]>;
  /** Current revisions of one kind of document of every client of a tenant, ordered by client, then creation. */
  listTenantDocuments(tenantId: string, kind: DocumentKind): Promise<StoredDocument[]>;
  /**
   * A token that changes whenever a document of these kinds of the tenant is created or revised
   * (documents are never deleted, and revisions only go up): what was derived from
   * {@link listTenantDocuments} of those kinds is still current while the token is the same.
   */
  tenantDocumentsVersion(tenantId: string, kinds: readonly DocumentKind[]): Promise<string>;

  // Access log (閲覧記録)
  logAccess(entry: AccessLogEntry): Promise<void>;
  listAccessLog(tenantId: string, filter?: AccessLogFilter): Promise<AccessLogEntry[]>;
  /** Checks the hash chain of a tenant's access log (every tenant's when none is given). */
  verifyAccessLog(tenantId?: string): Promise<ChainVerdict[]>;
  /**
   * Removes entries older than `beforeAt`, keeps the chain verifiable from an anchor (the last
   * removed entry) and logs the purge, in one transaction.
   */
  purgeAccessLog(purge: AccessLogPurge): Promise<{ purged: number; anchor?: ChainAnchor }>;

  // 二要素認証 and security settings
  getTwoFactor(tenantId: string, userId: string): Promise<TwoFactorRecord | undefined>;
  /** Starts an enrollment with a new secret (replacing an unconfirmed one); 'conflict' when already confirmed. */
  startTwoFactor(tenantId: string, userId: string, secret: string): Promise<void>;
  /** Confirms a pending enrollment at `step` and stores the first recovery codes; false when none was pending. */
  confirmTwoFactor(tenantId: string, userId: string, step: number, recoveryCodeHashes: readonly string[]): Promise<boolean>;
  /** Records a TOTP step as used; false when it is not newer than the last one (a replay). */
  useTotpStep(tenantId: string, userId: string, step: number): Promise<boolean>;
  deleteTwoFactor(tenantId: string, userId: string): Promise<void>;
  replaceRecoveryCodes(tenantId: string, userId: string, hashes: readonly string[]): Promise<void>;
  /** Marks an unused recovery code used; false when there is none with this hash. */
  useRecoveryCode(tenantId: string, userId: string, hash: string): Promise<boolean>;
  countRecoveryCodes(tenantId: string, userId: string): Promise<number>;
  createLoginChallenge(challenge: LoginChallenge): Promise<void>;
  getLoginChallenge(idHash: string, now: string): Promise<LoginChallenge | undefined>;
  deleteLoginChallenge(idHash: string): Promise<void>;
  /** The organization's settings, or the defaults when it never set them. */
  getSecuritySettings(tenantId: string): Promise<SecuritySettings>;
  setSecuritySettings(tenantId: string, settings: SecuritySettings): Promise<void>;

  // Backup and restore
  /** A consistent snapshot of every table, read inside one transaction. */
  exportSnapshot(): Promise<Snapshot>;
  /** Loads a snapshot into an empty database (refuses with KizukiError('conflict') when not empty). */
  importSnapshot(snapshot: Snapshot): Promise<void>;

  /**
   * Runs `work` in one database transaction: every write through `tx` commits together or not
   * at all (a thrown error rolls back). Use only `tx` inside `work`; the outer store would wait
   * for the transaction's connection.
   */
  transaction<T>(work: (tx: Store) => Promise<T>): Promise<T>;

  // 共有の許可 (grants between organizations). A grant is stored in the owner's tenant.
  /**
   * Creates a grant and its items in one transaction. Pinned items must name an existing revision
   * (at most the current one) of a document of the named client; otherwise nothing is written.
   */
  createGrant(input: NewGrant): Promise<Grant>;
  getGrant(ownerTenantId: string, grantId: string): Promise<Grant | undefined>;
  /** Grants the owner has given, newest first, with their items. */
  listGrantsByOwner(ownerTenantId: string): Promise<Grant[]>;
  /**
   * The one cross-tenant listing: grants naming `granteeTenantId` that are in force at `at`
   * (not revoked, within their period), newest first. Revoked and expired grants are not listed.
   */
  listGrantsForGrantee(granteeTenantId: string, at: string): Promise<Grant[]>;
  /**
   * Revokes a grant of the owner; KizukiError('conflict') when it is already revoked, 'not_found'
   * when the owner has no such grant.
   */
  revokeGrant(ownerTenantId: string, grantId: string, by: string, reason: string, at: string): Promise<Grant>;
  /**
   * A document of the grant's owner as the grantee may read it at `at`, read only through a join
   * with a live grant naming the grantee: the pinned revision, or (for an item that follows the
   * case) the current one or the asked `revision`. undefined when anything does not match, exactly
   * like a missing document.
   */
  getGrantedDocument(granteeTenantId: string, grantId: string, documentId: string, revision: number | undefined, at: string): Promise<StoredDocument | undefined>;
  /** Every document a live grant lets the grantee read at `at`, each at its granted revision. */
  listGrantedDocuments(granteeTenantId: string, grantId: string, at: string): Promise<StoredDocument[]>;

  // 組織の記録 (organization records). A record is stored in its keeper's tenant.
  /** Creates a record at revision 1. */
  createRecord(input: NewRecord): Promise<StoredRecord>;
  /**
   * Saves a new revision of the keeper's record when `baseRevision` is current; KizukiError
   * 'conflict' when another save came first, 'not_found' when the keeper has no such record.
   */
  updateRecord(input: RecordUpdate): Promise<StoredRecord>;
  /**
   * A record as `reader` may see it: its own, one addressed to it, or one shared with its insurer
   * area; undefined for anything else, exactly like a missing record.
   */
  readRecord(reader: RecordReader, id: string, revision?: number): Promise<StoredRecord | undefined>;
  /** Records of a kind the reader may see (own, received from others, or both), oldest first. */
  listRecords(reader: RecordReader, filter: { kind: string; scope: 'own' | 'received' | 'all' }): Promise<StoredRecord[]>;
  /** Revisions of a record the reader may see; undefined when it may not. */
  listRecordRevisions(reader: RecordReader, id: string): Promise<RecordRevisionInfo[] | undefined>;
}

/** Who reads records: an organization, and the insurer area it belongs to. */
export interface RecordReader {
  tenantId: string;
  areaInsurerNumber?: string;
}

export interface NewRecord {
  id?: string;
  tenantId: string;
  kind: string;
  body: unknown;
  author: string;
  authorName?: string;
  addresseeTenantId?: string;
  areaInsurerNumber?: string;
}

export interface RecordUpdate {
  tenantId: string;
  id: string;
  baseRevision: number;
  body: unknown;
  author: string;
  authorName?: string;
  note?: string;
  /** set when the saved body is shared with the area (a published version); cleared otherwise */
  areaInsurerNumber?: string;
}

/** What createGrant writes. Timestamps are ISO 8601 UTC. */
export interface NewGrant {
  id?: string;
  ownerTenantId: string;
  granteeTenantId: string;
  purpose: GrantPurpose;
  reason: string;
  createdBy: string;
  validFrom: string;
  validUntil: string;
  items: NewGrantItem[];
}

/** One revision of one document, or every document of a kind of the client (following the case). */
export type NewGrantItem = { clientId: string; documentId: string; revision: number } | { clientId: string; kind: DocumentKind };

export interface NewUser {
  id?: string;
  organizationId: string;
  login: string;
  displayName: string;
  role: Role;
  passwordHash: string;
}

export interface UserWithSecret extends User {
  passwordHash: string;
}

export interface SessionRecord {
  /** SHA-256 of the session token; the token itself is never stored. */
  idHash: string;
  tenantId: string;
  userId: string;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
}

export interface TwoFactorRecord {
  /** base32 TOTP secret; never leaves the server after enrollment */
  secret: string;
  confirmed: boolean;
  lastStep: number;
}

/** A sign-in whose password was right and whose second step is pending; only the token's hash is stored. */
export interface LoginChallenge {
  idHash: string;
  tenantId: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
}

export interface AccessLogPurge {
  tenantId: string;
  /** entries before this instant (ISO 8601 UTC) are removed */
  beforeAt: string;
  /** who purges (a user id, or `system` for the CLI and the purge at start) */
  userId: string;
  /** why, in Japanese, written into the purge entry */
  reason: string;
  at: string;
}

export interface NewClient {
  id?: string;
  insurerNumber: string;
  insuredNumber: string;
  name: string;
  nameKana: string;
  /** The whole `client` document body (validated by the caller). */
  body: unknown;
}

/** The index row of a client as the store answers it: core's `CaseFileClient`, the shape the API sends. */
export type ClientSummary = CaseFileClient;

export interface ClientQuery {
  text?: string;
  limit?: number;
  offset?: number;
}

export interface NewDocument {
  id?: string;
  clientId: string;
  kind: DocumentKind;
  body: unknown;
}

/** A document revision and a history entry: core's types, shared with the web. */
export type { RevisionInfo, StoredDocument };

/** Filters of the access log; `fromAt` inclusive, `untilAt` exclusive (ISO 8601 UTC). */
export interface AccessLogFilter {
  clientId?: string;
  userId?: string;
  action?: string;
  fromAt?: string;
  untilAt?: string;
  limit?: number;
}

export interface AccessLogEntry {
  id?: string;
  /** position in the tenant's hash chain (set when read) */
  seq?: number;
  tenantId: string;
  userId: string;
  clientId: string | null;
  /** what was done, e.g. `case_file.read`, `document.read`, `document.update`, `export` */
  action: string;
  detail?: string;
  at: string;
}

export interface Snapshot {
  format: 'kizuki-backup';
  version: 1;
  createdAt: string;
  tables: Record<string, Record<string, unknown>[]>;
}
