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
  /** the last entry removed by a retention purge: the remaining chain starts after it */
  anchor?: ChainAnchor;
}

export interface ChainAnchor {
  seq: number;
  hash: string;
}

/** How a purge entry names the anchor it left, inside its (hashed) detail. */
export const anchorMarker = (anchor: ChainAnchor): string => `起点 ${anchor.seq}:${anchor.hash}`;

function anchorNamedIn(detail: string | null): string | undefined {
  return /起点 (\d+:[0-9a-f]+)/.exec(detail ?? '')?.[1];
}

/**
 * Checks one tenant's entries (ordered by seq, unchained ones anywhere) against its recorded head.
 * After a retention purge the chain starts at the anchor (the last purged entry's seq and hash),
 * which the newest purge entry must name in its detail, so the anchor cannot be moved unseen.
 */
export function verifyAccessLogChain(tenantId: string, rows: readonly ChainRow[], head: { seq: number; hash: string } | undefined, anchor?: ChainAnchor): ChainVerdict {
  const chained = rows.filter((r) => r.seq !== null).sort((a, b) => (a.seq as number) - (b.seq as number));
  const verdict: ChainVerdict = { tenantId, checked: 0, unchained: rows.length - chained.length, ...(head ? { head } : {}), ...(anchor ? { anchor } : {}) };
  if (anchor) {
    const lastPurge = chained.filter((r) => r.action === 'access_log.purge').at(-1);
    if (anchorNamedIn(lastPurge?.detail ?? null) !== `${anchor.seq}:${anchor.hash}`) {
      return { ...verdict, broken: { seq: anchor.seq, id: lastPurge?.id ?? '', reason: '削除の起点が、最後の削除の記録と一致しません（起点が書き換えられています）' } };
    }
  }
  const first = anchor ? anchor.seq + 1 : 1;
  let prev = anchor?.hash ?? '';
  for (const [index, row] of chained.entries()) {
    const seq = row.seq as number;
    if (seq !== first + index) return { ...verdict, broken: { seq, id: row.id, reason: `番号が ${first + index} のはずが ${seq} です（記録が削除されたか並べ替えられています）` } };
    if (row.prev_hash !== prev) return { ...verdict, broken: { seq, id: row.id, reason: '直前の記録のハッシュと一致しません' } };
    const expected = accessLogHash(prev, { ...row, seq });
    if (row.hash !== expected) return { ...verdict, broken: { seq, id: row.id, reason: '記録の内容がハッシュと一致しません（書き換えられています）' } };
    prev = expected;
    verdict.checked += 1;
  }
  const last = first - 1 + chained.length;
  if (head && (head.seq !== last || head.hash !== prev)) {
    return { ...verdict, broken: { seq: head.seq, id: '', reason: `最後の記録（${head.seq}番）が見つからないか一致しません（末尾の記録が削除されています）` } };
  }
  if (!head && chained.length > 0) return { ...verdict, broken: { seq: last, id: '', reason: '記録の末尾の控えがありません' } };
  return verdict;
}
