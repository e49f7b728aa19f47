import { createHash } from 'node:crypto';

/**
 * The hash chain of a tenant's access log (閲覧記録): entry n's hash covers its own fields and the
 * hash of entry n-1, so changing, removing or reordering an entry breaks every hash after it.
 * The first entry of a tenant chains to the empty string.
 */
export interface ChainedFields {
  tenant_id: string;
  id: string;
  user_id: string;
  client_id: string | null;
  action: string;
  detail: string | null;
  at: string;
  seq: number;
}

export function accessLogHash(prevHash: string, entry: ChainedFields): string {
  const canonical = JSON.stringify([prevHash, entry.seq, entry.tenant_id, entry.id, entry.user_id, entry.client_id, entry.action, entry.detail, entry.at]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

export interface ChainRow extends Omit<ChainedFields, 'seq'> {
  seq: number | null;
  prev_hash: string | null;
  hash: string | null;
}

export interface ChainVerdict {
  tenantId: string;
  /** chained entries checked */
  checked: number;
  /** entries from before the chain existed (no seq) */
  unchained: number;
  /** the first entry that does not match, with why; undefined when the chain is whole */
  broken?: { seq: number | null; id: string; reason: string };
  /** the head recorded for the tenant (last seq and hash) */
  head?: { seq: number; hash: string };
}

/** Checks one tenant's entries (ordered by seq, unchained ones anywhere) against its recorded head. */
export function verifyAccessLogChain(tenantId: string, rows: readonly ChainRow[], head: { seq: number; hash: string } | undefined): ChainVerdict {
  const chained = rows.filter((r) => r.seq !== null).sort((a, b) => (a.seq as number) - (b.seq as number));
  const verdict: ChainVerdict = { tenantId, checked: 0, unchained: rows.length - chained.length, ...(head ? { head } : {}) };
  let prev = '';
  for (const [index, row] of chained.entries()) {
    const seq = row.seq as number;
    if (seq !== index + 1) return { ...verdict, broken: { seq, id: row.id, reason: `番号が ${index + 1} のはずが ${seq} です（記録が削除されたか並べ替えられています）` } };
    if (row.prev_hash !== prev) return { ...verdict, broken: { seq, id: row.id, reason: '直前の記録のハッシュと一致しません' } };
    const expected = accessLogHash(prev, { ...row, seq });
    if (row.hash !== expected) return { ...verdict, broken: { seq, id: row.id, reason: '記録の内容がハッシュと一致しません（書き換えられています）' } };
    prev = expected;
    verdict.checked += 1;
  }
  const last = chained.length;
  if (head && (head.seq !== last || head.hash !== prev)) {
    return { ...verdict, broken: { seq: head.seq, id: '', reason: `最後の記録（${head.seq}番）が見つからないか一致しません（末尾の記録が削除されています）` } };
  }
  if (!head && last > 0) return { ...verdict, broken: { seq: last, id: '', reason: '記録の末尾の控えがありません' } };
  return verdict;
}
