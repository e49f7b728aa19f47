import { useEffect, useId, useState } from 'react';
import { ApiError } from '../api/client.js';
import { fetchRevision, fetchRevisions, type RevisionInfo } from '../api/documents.js';
import { diffBodies, type DiffRow } from './body-diff.js';
import { getEditingUser } from './current-user.js';
import { pathLabel } from './field-labels.js';

export interface RevisionHistoryProps {
  clientId: string;
  documentId: string;
}

type Comparison = { kind: 'idle' } | { kind: 'loading' } | { kind: 'ready'; rows: DiffRow[] } | { kind: 'failed'; message: string };

function savedAtText(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo', dateStyle: 'long', timeStyle: 'short' });
}

function authorText(author: string): string {
  const me = getEditingUser();
  return me && me.id === author ? `${me.displayName}（自分）` : author;
}

/**
 * 版の履歴 of one document: every saved revision, and a field-by-field comparison of any two
 * (by default the one before the latest against the latest).
 */
export function RevisionHistory({ clientId, documentId }: RevisionHistoryProps) {
  const [revisions, setRevisions] = useState<RevisionInfo[] | undefined>();
  const [loadError, setLoadError] = useState<string | undefined>();
  const [from, setFrom] = useState<number | undefined>();
  const [to, setTo] = useState<number | undefined>();
  const [comparison, setComparison] = useState<Comparison>({ kind: 'idle' });
  const fromId = useId();
  const toId = useId();

  useEffect(() => {
    const controller = new AbortController();
    setRevisions(undefined);
    fetchRevisions(clientId, documentId, controller.signal).then(
      (list) => {
        setRevisions(list);
        const latest = list[list.length - 1]?.revision;
        setTo(latest);
        setFrom(list.length > 1 ? list[list.length - 2]?.revision : latest);
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setLoadError(error instanceof ApiError ? error.message : '版の履歴を読み込めませんでした。');
      },
    );
    return () => controller.abort();
  }, [clientId, documentId]);

  useEffect(() => {
    if (from === undefined || to === undefined) return;
    const controller = new AbortController();
    setComparison({ kind: 'loading' });
    Promise.all([fetchRevision(clientId, documentId, from, controller.signal), fetchRevision(clientId, documentId, to, controller.signal)]).then(
      ([a, b]) => setComparison({ kind: 'ready', rows: from === to ? [] : diffBodies(a.body, b.body) }),
      (error: unknown) => {
        if (!controller.signal.aborted) setComparison({ kind: 'failed', message: error instanceof ApiError ? error.message : '版を読み込めませんでした。' });
      },
    );
    return () => controller.abort();
  }, [clientId, documentId, from, to]);

  if (loadError) return <p className="form-error" role="alert">{loadError}</p>;
  if (!revisions) return <p className="empty-state">版の履歴を読み込んでいます…</p>;

  const options = revisions.map((r) => (
    <option key={r.revision} value={r.revision}>
      第{r.revision}版（{savedAtText(r.savedAt)}）
    </option>
  ));
  return (
    <section className="revision-history" aria-label="版の履歴">
      <ol className="revision-list">
        {[...revisions].reverse().map((r) => (
          <li key={r.revision}>
            <strong>第{r.revision}版</strong> <time dateTime={r.savedAt}>{savedAtText(r.savedAt)}</time> <span className="muted">保存した人: {authorText(r.author)}</span>
          </li>
        ))}
      </ol>
      {revisions.length > 1 && (
        <div className="compare-controls">
          <div className="field">
            <label htmlFor={fromId}>比べる版（前）</label>
            <select id={fromId} value={from} onChange={(e) => setFrom(Number(e.target.value))}>
              {options}
            </select>
          </div>
          <div className="field">
            <label htmlFor={toId}>比べる版（後）</label>
            <select id={toId} value={to} onChange={(e) => setTo(Number(e.target.value))}>
              {options}
            </select>
          </div>
        </div>
      )}
      <ComparisonTable comparison={comparison} from={from} to={to} />
    </section>
  );
}

function ComparisonTable({ comparison, from, to }: { comparison: Comparison; from: number | undefined; to: number | undefined }) {
  switch (comparison.kind) {
    case 'idle':
      return null;
    case 'loading':
      return <p className="muted">比べています…</p>;
    case 'failed':
      return <p className="form-error" role="alert">{comparison.message}</p>;
    case 'ready':
      if (from === to) return <p className="muted">版が1つだけです。保存するたびに新しい版が増えます。</p>;
      if (comparison.rows.length === 0) return <p className="notice">第{from}版と第{to}版の内容に違いはありません。</p>;
      return (
        <table className="diff-table">
          <caption>
            第{from}版 → 第{to}版 の違い（{comparison.rows.length}件）
          </caption>
          <thead>
            <tr>
              <th scope="col">項目</th>
              <th scope="col">第{from}版</th>
              <th scope="col">第{to}版</th>
            </tr>
          </thead>
          <tbody>
            {comparison.rows.map((row) => (
              <tr key={row.path.join('.')} className={`diff-${row.change}`}>
                <th scope="row">{pathLabel(row.path)}</th>
                <td className="diff-before">{row.before ?? <span className="not-recorded">（空欄）</span>}</td>
                <td className="diff-after">{row.after ?? <span className="not-recorded">（空欄）</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}
