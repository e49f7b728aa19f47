import { documentKindSchema, KizukiError, type DocumentKind } from '@kizuki/core';
import type { Kysely } from 'kysely';
import type { Database } from './db-schema.js';
import { constraintViolation, isSerializationFailure } from './db-errors.js';
import { revisionKey } from './revision-cache.js';
import { parseBody, serializeBody, type StoreContext, withTransaction } from './store-context.js';
import type { NewDocument, RevisionInfo, StoredDocument } from './store.js';

/** Documents joined with one of their revisions (the current one unless a number is given). */
function documentsWithRevision(db: Kysely<Database>, tenantId: string, revision?: number) {
  return db
    .selectFrom('documents as d')
    .innerJoin('document_revisions as r', (join) => {
      const on = join.onRef('r.tenant_id', '=', 'd.tenant_id').onRef('r.document_id', '=', 'd.id');
      return revision === undefined ? on.onRef('r.revision', '=', 'd.current_revision') : on.on('r.revision', '=', revision);
    })
    .select(['d.id', 'd.tenant_id', 'd.client_id', 'd.kind', 'd.created_at', 'r.revision', 'r.author', 'r.saved_at'])
    .where('d.tenant_id', '=', tenantId);
}

type RevisionRow = Omit<JoinedRow, 'body'>;

/** Revisions whose bodies are read in one statement (well under every backend's limit of parameters). */
const bodyChunk = 400;

/**
 * The documents of `rows` with their bodies: from the cache of parsed revisions when the store has
 * one, the others read by (document, revision) and kept. Without a cache (in a transaction) every
 * body is read and parsed afresh.
 */
async function withBodies(ctx: StoreContext, db: Kysely<Database>, tenantId: string, rows: readonly RevisionRow[]): Promise<StoredDocument[]> {
  const cache = db.isTransaction ? undefined : ctx.bodies;
  const bodies = new Map<string, unknown>();
  const missing: RevisionRow[] = [];
  for (const row of rows) {
    const key = revisionKey(tenantId, row.id, row.revision);
    const body = cache?.get(key);
    if (body === undefined) missing.push(row);
    else bodies.set(key, body);
  }
  for (let i = 0; i < missing.length; i += bodyChunk) {
    const chunk = missing.slice(i, i + bodyChunk);
    const wanted = new Set(chunk.map((r) => revisionKey(tenantId, r.id, r.revision)));
    // By document and by revision; the rows of other revisions of the same documents are skipped below.
    const texts = await db
      .selectFrom('document_revisions')
      .select(['document_id', 'revision', 'body'])
      .where('tenant_id', '=', tenantId)
      .where('document_id', 'in', [...new Set(chunk.map((r) => r.id))])
      .where('revision', 'in', [...new Set(chunk.map((r) => r.revision))])
      .execute();
    for (const text of texts) {
      const key = revisionKey(tenantId, text.document_id, text.revision);
      if (!wanted.has(key)) continue;
      const body = parseBody(text.body);
      bodies.set(key, cache ? cache.set(key, body, text.body.length) : body);
    }
  }
  return rows.map((row) => {
    const body = bodies.get(revisionKey(tenantId, row.id, row.revision));
    // A committed revision cannot disappear (document_revisions is append-only).
    if (body === undefined) throw new Error(`revision ${row.revision} of document ${row.id} was not found`);
    return toStoredDocument({ ...row, body });
  });
}

type JoinedRow = {
  id: string;
  tenant_id: string;
  client_id: string;
  kind: string;
  created_at: string;
  revision: number;
  body: unknown;
  author: string;
  saved_at: string;
};

function toStoredDocument(row: JoinedRow): StoredDocument {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    clientId: row.client_id,
    kind: row.kind as DocumentKind,
    revision: row.revision,
    body: row.body,
    author: row.author,
    savedAt: row.saved_at,
    createdAt: row.created_at,
  };
}

/** One document at its current revision or at `revision`; `db` may be a transaction of `ctx`'s handle. */
export async function readDocument(
  ctx: StoreContext,
  tenantId: string,
  documentId: string,
  revision?: number,
  db: Kysely<Database> = ctx.db,
): Promise<StoredDocument | undefined> {
  if (revision !== undefined && !(Number.isInteger(revision) && revision >= 1)) return undefined;
  const row = await documentsWithRevision(db, tenantId, revision).where('d.id', '=', documentId).executeTakeFirst();
  return row && (await withBodies(ctx, db, tenantId, [row]))[0];
}

/** Inserts the `documents` row and revision 1; the caller provides the transaction. */
export async function insertNewDocument(
  trx: Kysely<Database>,
  row: { tenantId: string; id: string; clientId: string; kind: DocumentKind; body: string; author: string; now: string },
): Promise<StoredDocument> {
  await trx
    .insertInto('documents')
    .values({
      tenant_id: row.tenantId,
      id: row.id,
      client_id: row.clientId,
      kind: row.kind,
      current_revision: 1,
      created_at: row.now,
      updated_at: row.now,
    })
    .execute();
  await trx
    .insertInto('document_revisions')
    .values({ tenant_id: row.tenantId, document_id: row.id, revision: 1, body: row.body, author: row.author, saved_at: row.now })
    .execute();
  return {
    id: row.id,
    tenantId: row.tenantId,
    clientId: row.clientId,
    kind: row.kind,
    revision: 1,
    body: parseBody(row.body),
    author: row.author,
    savedAt: row.now,
    createdAt: row.now,
  };
}

export async function createDocument(ctx: StoreContext, tenantId: string, input: NewDocument, author: string): Promise<StoredDocument> {
  const kind = documentKindSchema.safeParse(input.kind);
  if (!kind.success) throw new KizukiError('bad_request', `文書の種類「${String(input.kind)}」はありません。`, { kind: input.kind });
  if (kind.data === 'client') {
    throw new KizukiError('bad_request', '利用者基本情報は利用者の登録時に作成されます。', { kind: input.kind });
  }
  const body = serializeBody(input.body);
  const id = input.id ?? ctx.newId();
  try {
    return await withTransaction(ctx.db, (trx) => insertNewDocument(trx, { tenantId, id, clientId: input.clientId, kind: kind.data, body, author, now: ctx.now() }));
  } catch (error) {
    const violation = constraintViolation(error);
    if (violation === 'foreign_key') {
      throw new KizukiError('not_found', `利用者「${input.clientId}」が見つかりません。`, { clientId: input.clientId });
    }
    if (violation === 'unique') throw new KizukiError('already_exists', `文書「${id}」はすでに存在します。`, { id });
    throw error;
  }
}

/**
 * Optimistic concurrency: the conditional UPDATE both checks and moves `current_revision`, so
 * of two saves on the same base exactly one matches a row (on PostgreSQL the second waits for
 * the first's row lock, re-reads the row and no longer matches).
 */
export async function updateDocument(
  ctx: StoreContext,
  tenantId: string,
  documentId: string,
  baseRevision: number,
  body: unknown,
  author: string,
): Promise<StoredDocument> {
  if (!(Number.isInteger(baseRevision) && baseRevision >= 1)) {
    throw new KizukiError('bad_request', '編集元の版番号は1以上の整数で指定してください。', { baseRevision });
  }
  const text = serializeBody(body);
  const clientFields = isClientBody(body) ? body : undefined;
  try {
    return await withTransaction(ctx.db, async (trx) => {
      const now = ctx.now();
      const moved = await trx
        .updateTable('documents')
        .set({ current_revision: baseRevision + 1, updated_at: now })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', documentId)
        .where('current_revision', '=', baseRevision)
        .returning(['kind', 'client_id', 'created_at'])
        .executeTakeFirst();
      if (!moved) {
        const current = await readDocument(ctx, tenantId, documentId, undefined, trx);
        if (!current) throw documentNotFound(documentId);
        throw revisionConflict(baseRevision, current);
      }
      await trx
        .insertInto('document_revisions')
        .values({ tenant_id: tenantId, document_id: documentId, revision: baseRevision + 1, body: text, author, saved_at: now })
        .execute();
      if (moved.kind === 'client') {
        if (!clientFields) throw new KizukiError('bad_request', '利用者基本情報には保険者番号・被保険者番号・氏名・フリガナが必要です。');
        await trx
          .updateTable('clients')
          .set({
            insurer_number: clientFields.insurerNumber,
            insured_number: clientFields.insuredNumber,
            name: clientFields.name,
            name_kana: clientFields.nameKana,
            updated_at: now,
          })
          .where('tenant_id', '=', tenantId)
          .where('id', '=', documentId)
          .execute();
      }
      return {
        id: documentId,
        tenantId,
        clientId: moved.client_id,
        kind: moved.kind as DocumentKind,
        revision: baseRevision + 1,
        body: parseBody(text),
        author,
        savedAt: now,
        createdAt: moved.created_at,
      };
    });
  } catch (error) {
    if (constraintViolation(error) === 'unique') {
      throw new KizukiError('already_exists', '同じ保険者番号・被保険者番号の利用者がすでに登録されています。');
    }
    if (isSerializationFailure(error)) {
      // Another save won; the transaction is rolled back, so read what it wrote afresh.
      const current = await readDocument(ctx, tenantId, documentId);
      if (current) throw revisionConflict(baseRevision, current);
    }
    throw error;
  }
}

function revisionConflict(baseRevision: number, current: StoredDocument): KizukiError {
  return new KizukiError(
    'revision_conflict',
    `この文書は他の人が先に保存しました（編集元は第${baseRevision}版、最新は第${current.revision}版）。最新の内容を確認してから保存し直してください。`,
    { current },
  );
}

interface ClientIndexFields {
  insurerNumber: string;
  insuredNumber: string;
  name: string;
  nameKana: string;
}

function isClientBody(body: unknown): body is ClientIndexFields {
  if (typeof body !== 'object' || body === null) return false;
  const b = body as Record<string, unknown>;
  return ['insurerNumber', 'insuredNumber', 'name', 'nameKana'].every((key) => typeof b[key] === 'string');
}

export function documentNotFound(documentId: string): KizukiError {
  return new KizukiError('not_found', `文書「${documentId}」が見つかりません。`, { documentId });
}

export async function listRevisions(ctx: StoreContext, tenantId: string, documentId: string): Promise<RevisionInfo[]> {
  const rows = await ctx.db
    .selectFrom('document_revisions')
    .select(['revision', 'author', 'saved_at'])
    .where('tenant_id', '=', tenantId)
    .where('document_id', '=', documentId)
    .orderBy('revision')
    .execute();
  return rows.map((r) => ({ revision: r.revision, author: r.author, savedAt: r.saved_at }));
}

export async function listDocuments(ctx: StoreContext, tenantId: string, clientId: string, kind?: DocumentKind): Promise<StoredDocument[]> {
  let query = documentsWithRevision(ctx.db, tenantId).where('d.client_id', '=', clientId);
  if (kind !== undefined) query = query.where('d.kind', '=', kind);
  const rows = await query.orderBy('d.created_at').orderBy('d.id').execute();
  return withBodies(ctx, ctx.db, tenantId, rows);
}

export async function tenantDocumentsVersion(ctx: StoreContext, tenantId: string, kinds: readonly DocumentKind[]): Promise<string> {
  if (kinds.length === 0) return '0:0';
  // Read from the index on (tenant, kind, …, current_revision): the table's rows are not touched.
  const row = await ctx.db
    .selectFrom('documents')
    .select((eb) => [eb.fn.countAll<number | string | bigint>().as('documents'), eb.fn.sum<number | string | bigint | null>('current_revision').as('revisions')])
    .where('tenant_id', '=', tenantId)
    .where('kind', 'in', [...kinds])
    .executeTakeFirstOrThrow();
  return `${String(row.documents)}:${String(row.revisions ?? 0)}`;
}

export async function listTenantDocuments(ctx: StoreContext, tenantId: string, kind: DocumentKind): Promise<StoredDocument[]> {
  const rows = await documentsWithRevision(ctx.db, tenantId).where('d.kind', '=', kind).orderBy('d.client_id').orderBy('d.created_at').orderBy('d.id').execute();
  return withBodies(ctx, ctx.db, tenantId, rows);
}
