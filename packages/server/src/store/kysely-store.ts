import type { DocumentKind, Grant, Organization, RecordRevisionInfo, SecuritySettings, StoredRecord, User } from '@kizuki/core';
import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import type { ChainAnchor, ChainVerdict } from './access-log-chain.js';
import * as accessLog from './access-log-queries.js';
import * as clients from './client-queries.js';
import type { Backend, Database } from './db-schema.js';
import * as documents from './document-queries.js';
import * as grants from './grant-queries.js';
import * as records from './record-queries.js';
import { applyMigrations } from './migrations/migrator.js';
import { monotonicClock } from './monotonic-clock.js';
import { RevisionCache } from './revision-cache.js';
import * as snapshots from './snapshot.js';
import type { StoreContext } from './store-context.js';
import type { WriteSync } from './wal-sync.js';
import type {
  AccessLogEntry,
  AccessLogFilter,
  AccessLogPurge,
  LoginChallenge,
  TwoFactorRecord,
  ClientQuery,
  ClientSummary,
  NewClient,
  NewDocument,
  NewGrant,
  NewRecord,
  RecordReader,
  RecordUpdate,
  NewUser,
  RevisionInfo,
  SessionRecord,
  Snapshot,
  Store,
  StoredDocument,
  UserWithSecret,
} from './store.js';
import * as twoFactor from './two-factor-queries.js';
import * as users from './user-queries.js';

export interface KyselyStoreOptions {
  db: Kysely<Database>;
  backend: Backend;
  /** ISO 8601 UTC timestamps for rows written now; defaults to a monotonic wall clock */
  clock?: () => string;
  /** runs after the connection is closed (releases the data directory lock) */
  onClose?: () => void;
  /** characters of JSON text whose parsed bodies are kept (revision-cache.ts); 0 keeps none */
  bodyCacheChars?: number;
  /** makes each call that wrote wait until its writes are on disk (SQLite, wal-sync.ts) */
  writeSync?: WriteSync;
}

/** About 32 million characters of document JSON: every revision of a few thousand case files. */
export const defaultBodyCacheChars = 32_000_000;

/**
 * The one implementation of the storage port; the backends differ only in how they are opened
 * (`sqlite-store.ts`, `postgres-store.ts`) and in the few dialect branches noted in docs/storage.md.
 */
export class KyselyStore implements Store {
  readonly backend: Backend;
  /** For tests and maintenance tools; application code goes through the port. */
  readonly db: Kysely<Database>;
  private readonly ctx: StoreContext;
  /** Kept in an object: every function-valued property of the store is a method of the port (see syncEveryCall). */
  private readonly lifecycle: { onClose?: (() => void) | undefined; closed: boolean };

  constructor(options: KyselyStoreOptions) {
    this.backend = options.backend;
    this.db = options.db;
    this.lifecycle = { onClose: options.onClose, closed: false };
    const cacheChars = options.db.isTransaction ? 0 : (options.bodyCacheChars ?? defaultBodyCacheChars);
    this.ctx = {
      db: options.db,
      backend: options.backend,
      now: options.clock ?? monotonicClock(),
      newId: randomUUID,
      ...(cacheChars > 0 ? { bodies: new RevisionCache<unknown>(cacheChars) } : {}),
    };
    if (options.writeSync && !options.db.isTransaction) this.syncEveryCall(options.writeSync);
  }

  /**
   * Every method of the port answers only once what it wrote is on disk: each is wrapped where it
   * is defined (the methods are instance properties), so a method added later is covered too. A
   * transaction's store is not wrapped; its `transaction` call is, and waits after the commit.
   */
  private syncEveryCall(writeSync: WriteSync): void {
    const methods = this as unknown as Record<string, unknown>;
    for (const name of Object.keys(methods)) {
      const method = methods[name];
      if (typeof method !== 'function') continue;
      methods[name] = async (...args: unknown[]) => {
        const mark = writeSync.mark();
        const result: unknown = await (method as (...a: unknown[]) => Promise<unknown>)(...args);
        await writeSync.syncSince(mark);
        return result;
      };
    }
  }

  async migrate(): Promise<void> {
    await applyMigrations(this.db, this.backend, this.ctx.now);
  }

  async close(): Promise<void> {
    if (this.lifecycle.closed) return;
    this.lifecycle.closed = true;
    try {
      await this.flushAccessLog();
      await this.accessFlushing;
      await this.db.destroy();
    } finally {
      this.lifecycle.onClose?.();
    }
  }

  createOrganization = (org: Organization): Promise<Organization> => users.createOrganization(this.ctx, org);
  getOrganization = (id: string): Promise<Organization | undefined> => users.getOrganization(this.ctx, id);
  listOrganizations = (): Promise<Organization[]> => users.listOrganizations(this.ctx);

  createUser = (input: NewUser): Promise<User> => users.createUser(this.ctx, input);
  findUserByLogin = (login: string): Promise<UserWithSecret | undefined> => users.findUserByLogin(this.ctx, login);
  getUser = (tenantId: string, userId: string): Promise<User | undefined> => users.getUser(this.ctx, tenantId, userId);
  listUsers = (tenantId: string): Promise<User[]> => users.listUsers(this.ctx, tenantId);
  setUserPassword = (tenantId: string, userId: string, passwordHash: string): Promise<void> =>
    users.setUserPassword(this.ctx, tenantId, userId, passwordHash);

  createSession = (session: SessionRecord): Promise<void> => users.createSession(this.ctx, session);
  getSession = (idHash: string, now: string): Promise<SessionRecord | undefined> => users.getSession(this.ctx, idHash, now);
  touchSession = (idHash: string, expiresAt: string): Promise<void> => users.touchSession(this.ctx, idHash, expiresAt);
  deleteSession = (idHash: string): Promise<void> => users.deleteSession(this.ctx, idHash);
  deleteExpiredSessions = (now: string): Promise<number> => users.deleteExpiredSessions(this.ctx, now);
  deleteUserSessions = (tenantId: string, userId: string, exceptIdHash?: string): Promise<number> => users.deleteUserSessions(this.ctx, tenantId, userId, exceptIdHash);

  createClient = (tenantId: string, input: NewClient, author: string): Promise<StoredDocument> =>
    clients.createClient(this.ctx, tenantId, input, author);
  getClientSummary = (tenantId: string, clientId: string): Promise<ClientSummary | undefined> =>
    clients.getClientSummary(this.ctx, tenantId, clientId);
  findClientByNumbers = (tenantId: string, insurerNumber: string, insuredNumber: string): Promise<ClientSummary | undefined> =>
    clients.findClientByNumbers(this.ctx, tenantId, insurerNumber, insuredNumber);
  listClients = (tenantId: string, query?: ClientQuery): Promise<ClientSummary[]> => clients.listClients(this.ctx, tenantId, query);

  createDocument = (tenantId: string, input: NewDocument, author: string): Promise<StoredDocument> =>
    documents.createDocument(this.ctx, tenantId, input, author);
  updateDocument = (tenantId: string, documentId: string, baseRevision: number, body: unknown, author: string): Promise<StoredDocument> =>
    documents.updateDocument(this.ctx, tenantId, documentId, baseRevision, body, author);
  getDocument = (tenantId: string, documentId: string): Promise<StoredDocument | undefined> =>
    documents.readDocument(this.ctx, tenantId, documentId);
  getDocumentRevision = (tenantId: string, documentId: string, revision: number): Promise<StoredDocument | undefined> =>
    documents.readDocument(this.ctx, tenantId, documentId, revision);
  listRevisions = (tenantId: string, documentId: string): Promise<RevisionInfo[]> => documents.listRevisions(this.ctx, tenantId, documentId);
  listDocuments = (tenantId: string, clientId: string, kind?: DocumentKind): Promise<StoredDocument[]> =>
    documents.listDocuments(this.ctx, tenantId, clientId, kind);
  listTenantDocuments = (tenantId: string, kind: DocumentKind): Promise<StoredDocument[]> => documents.listTenantDocuments(this.ctx, tenantId, kind);
  tenantDocumentsVersion = (tenantId: string, kinds: readonly DocumentKind[]): Promise<string> => documents.tenantDocumentsVersion(this.ctx, tenantId, kinds);

  /**
   * Entries logged while the previous batch commits are written together in one transaction
   * (group commit): each request still waits until its entry is stored, but a busy server commits
   * once for many requests instead of once for each. Inside a transaction an entry is written at
   * once, in that transaction. When a batch fails, its entries are written one by one, so each
   * caller gets its own answer.
   */
  logAccess = (entry: AccessLogEntry): Promise<void> => {
    if (this.db.isTransaction) return accessLog.logAccess(this.ctx, entry);
    return new Promise<void>((resolve, reject) => {
      this.pendingAccess.push({ entry, resolve, reject });
      if (!this.accessFlushScheduled) {
        this.accessFlushScheduled = true;
        setImmediate(() => void this.flushAccessLog());
      }
    });
  };

  private pendingAccess: { entry: AccessLogEntry; resolve: () => void; reject: (error: unknown) => void }[] = [];
  private accessFlushScheduled = false;
  private accessFlushing = Promise.resolve();

  private async flushAccessLog(): Promise<void> {
    // One batch at a time, so the entries of a tenant are chained in the order they were logged.
    await this.accessFlushing;
    const batch = this.pendingAccess;
    this.pendingAccess = [];
    this.accessFlushScheduled = false;
    if (batch.length === 0) return;
    let done!: () => void;
    this.accessFlushing = new Promise((r) => (done = r));
    try {
      if (batch.length === 1) {
        await accessLog.logAccess(this.ctx, batch[0]!.entry).then(batch[0]!.resolve, batch[0]!.reject);
        return;
      }
      try {
        await accessLog.logAccessBatch(this.ctx, batch.map((p) => p.entry));
        for (const p of batch) p.resolve();
      } catch {
        for (const p of batch) await accessLog.logAccess(this.ctx, p.entry).then(p.resolve, p.reject);
      }
    } finally {
      done();
    }
  }
  listAccessLog = (tenantId: string, filter?: AccessLogFilter): Promise<AccessLogEntry[]> =>
    accessLog.listAccessLog(this.ctx, tenantId, filter);
  verifyAccessLog = (tenantId?: string): Promise<ChainVerdict[]> => accessLog.verifyAccessLog(this.ctx, tenantId);
  purgeAccessLog = (purge: AccessLogPurge): Promise<{ purged: number; anchor?: ChainAnchor }> => accessLog.purgeAccessLog(this.ctx, purge);

  getTwoFactor = (tenantId: string, userId: string): Promise<TwoFactorRecord | undefined> => twoFactor.getTwoFactor(this.ctx, tenantId, userId);
  startTwoFactor = (tenantId: string, userId: string, secret: string): Promise<void> => twoFactor.startTwoFactor(this.ctx, tenantId, userId, secret);
  confirmTwoFactor = (tenantId: string, userId: string, step: number, hashes: readonly string[]): Promise<boolean> =>
    twoFactor.confirmTwoFactor(this.ctx, tenantId, userId, step, hashes);
  useTotpStep = (tenantId: string, userId: string, step: number): Promise<boolean> => twoFactor.useTotpStep(this.ctx, tenantId, userId, step);
  deleteTwoFactor = (tenantId: string, userId: string): Promise<void> => twoFactor.deleteTwoFactor(this.ctx, tenantId, userId);
  replaceRecoveryCodes = (tenantId: string, userId: string, hashes: readonly string[]): Promise<void> => twoFactor.replaceRecoveryCodes(this.ctx, tenantId, userId, hashes);
  useRecoveryCode = (tenantId: string, userId: string, hash: string): Promise<boolean> => twoFactor.useRecoveryCode(this.ctx, tenantId, userId, hash);
  countRecoveryCodes = (tenantId: string, userId: string): Promise<number> => twoFactor.countRecoveryCodes(this.ctx, tenantId, userId);
  createLoginChallenge = (challenge: LoginChallenge): Promise<void> => twoFactor.createLoginChallenge(this.ctx, challenge);
  getLoginChallenge = (idHash: string, now: string): Promise<LoginChallenge | undefined> => twoFactor.getLoginChallenge(this.ctx, idHash, now);
  deleteLoginChallenge = (idHash: string): Promise<void> => twoFactor.deleteLoginChallenge(this.ctx, idHash);
  getSecuritySettings = (tenantId: string): Promise<SecuritySettings> => twoFactor.getSecuritySettings(this.ctx, tenantId);
  setSecuritySettings = (tenantId: string, settings: SecuritySettings): Promise<void> => twoFactor.setSecuritySettings(this.ctx, tenantId, settings);

  exportSnapshot = (): Promise<Snapshot> => snapshots.exportSnapshot(this.ctx);
  importSnapshot = (snapshot: Snapshot): Promise<void> => snapshots.importSnapshot(this.ctx, snapshot);

  createGrant = (input: NewGrant): Promise<Grant> => grants.createGrant(this.ctx, input);
  getGrant = (ownerTenantId: string, grantId: string): Promise<Grant | undefined> => grants.getGrant(this.ctx, ownerTenantId, grantId);
  listGrantsByOwner = (ownerTenantId: string): Promise<Grant[]> => grants.listGrantsByOwner(this.ctx, ownerTenantId);
  listGrantsForGrantee = (granteeTenantId: string, at: string): Promise<Grant[]> => grants.listGrantsForGrantee(this.ctx, granteeTenantId, at);
  revokeGrant = (ownerTenantId: string, grantId: string, by: string, reason: string, at: string): Promise<Grant> =>
    grants.revokeGrant(this.ctx, ownerTenantId, grantId, by, reason, at);
  getGrantedDocument = (granteeTenantId: string, grantId: string, documentId: string, revision: number | undefined, at: string): Promise<StoredDocument | undefined> =>
    grants.getGrantedDocument(this.ctx, granteeTenantId, grantId, documentId, revision, at);
  listGrantedDocuments = (granteeTenantId: string, grantId: string, at: string): Promise<StoredDocument[]> =>
    grants.listGrantedDocuments(this.ctx, granteeTenantId, grantId, at);

  transaction = <T>(work: (tx: Store) => Promise<T>): Promise<T> => {
    if (this.db.isTransaction) return work(this);
    return this.db.transaction().execute((trx) => work(new KyselyStore({ db: trx, backend: this.backend, clock: this.ctx.now })));
  };

  createRecord = (input: NewRecord): Promise<StoredRecord> => records.createRecord(this.ctx, input);
  updateRecord = (input: RecordUpdate): Promise<StoredRecord> => records.updateRecord(this.ctx, input);
  readRecord = (reader: RecordReader, id: string, revision?: number): Promise<StoredRecord | undefined> => records.readRecord(this.ctx, reader, id, revision);
  listRecords = (reader: RecordReader, filter: { kind: string; scope: 'own' | 'received' | 'all' }): Promise<StoredRecord[]> => records.listRecords(this.ctx, reader, filter);
  listRecordRevisions = (reader: RecordReader, id: string): Promise<RecordRevisionInfo[] | undefined> => records.listRecordRevisions(this.ctx, reader, id);
}
