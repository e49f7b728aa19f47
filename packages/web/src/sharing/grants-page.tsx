import { documentKindLabels, grantLastDay, grantPurposeTable, grantState, grantStateLabels, type GivenGrant } from '@kizuki/core';
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/client.js';
import { TextArea } from '../editing/index.js';
import { Link } from '../routing/link.js';
import { dateTimeText, wareki } from '../shared/dates.js';
import { fetchGivenGrants, itemLabel, revokeGrant } from './sharing-api.js';
import './sharing.css';

type State = { kind: 'loading' } | { kind: 'ready'; grants: GivenGrant[] } | { kind: 'failed'; message: string };

/** 共有: the grants this organization has given, each with its state and a way to revoke it. */
export function GrantsPage() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((n) => n + 1), []);

  useEffect(() => {
    document.title = '共有 - 気づき';
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    fetchGivenGrants(controller.signal).then(
      (grants) => setState({ kind: 'ready', grants }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ kind: 'failed', message: error instanceof ApiError ? error.message : '共有の一覧を読み込めませんでした。' });
      },
    );
    return () => controller.abort();
  }, [version]);

  const now = new Date().toISOString();
  return (
    <div className="sharing-page">
      <h1>共有</h1>
      <p>
        この事業所が他の組織（保険者・地域包括支援センターなど）に共有している書類です。共有先は、共有した版だけを期限まで読めます。
        取り消すと、共有先からはすぐに見えなくなります。共有・取り消し・共有先による閲覧は、双方の閲覧記録に残ります。
      </p>
      {state.kind === 'loading' && (
        <p className="page-status" role="status">
          読み込んでいます…
        </p>
      )}
      {state.kind === 'failed' && (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      )}
      {state.kind === 'ready' && state.grants.length === 0 && (
        <div className="empty-state">
          <p>共有している書類はありません。利用者のケースファイルの「ケアプラン点検に提出」から共有できます。</p>
        </div>
      )}
      {state.kind === 'ready' && state.grants.length > 0 && (
        <table className="client-table sharing-table">
          <caption className="visually-hidden">共有の一覧</caption>
          <thead>
            <tr>
              <th scope="col">共有した日時</th>
              <th scope="col">共有先・目的</th>
              <th scope="col">利用者と書類</th>
              <th scope="col">期限</th>
              <th scope="col">状態</th>
            </tr>
          </thead>
          <tbody>
            {state.grants.map((grant) => (
              <GrantRow key={grant.id} grant={grant} now={now} onRevoked={reload} />
            ))}
          </tbody>
        </table>
      )}
      <p>
        <Link to="/">ホームへ戻る</Link>
      </p>
    </div>
  );
}

function GrantRow({ grant, now, onRevoked }: { grant: GivenGrant; now: string; onRevoked: () => void }) {
  const status = grantState(grant, now);
  const clients = [...new Set(grant.items.map((i) => i.clientId))];
  return (
    <tr className="grant-row" data-grant-id={grant.id}>
      <td className="numeric">{dateTimeText(grant.createdAt)}</td>
      <td>
        <span className="client-name">{grant.granteeName}</span>
        <br />
        <span className="tag">{grantPurposeTable[grant.purpose].label}</span>
        <p className="grant-reason">理由: {grant.reason}</p>
      </td>
      <td>
        {clients.map((clientId) => {
          const items = grant.items.filter((i) => i.clientId === clientId);
          return (
            <div key={clientId}>
              <Link to={`/clients/${encodeURIComponent(clientId)}/basic`}>{items[0]?.client?.name ?? clientId}</Link>
              <ul className="grant-items">
                {items.map((item) => (
                  <li key={item.itemNo}>{itemLabel(item, (k) => documentKindLabels[k])}</li>
                ))}
              </ul>
            </div>
          );
        })}
      </td>
      <td className="numeric">{wareki(grantLastDay(grant.validUntil))}まで</td>
      <td>
        <span className={status === 'live' ? 'tag tag-ok' : 'tag'}>{grantStateLabels[status]}</span>
        {grant.revokedAt !== undefined && (
          <p className="grant-reason">
            {dateTimeText(grant.revokedAt)} 取り消し（{grant.revokeReason}）
          </p>
        )}
        {status === 'live' && <RevokeControl grantId={grant.id} onRevoked={onRevoked} />}
      </td>
    </tr>
  );
}

function RevokeControl({ grantId, onRevoked }: { grantId: string; onRevoked: () => void }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  if (!open) {
    return (
      <button type="button" className="button button-secondary button-small" onClick={() => setOpen(true)}>
        取り消す
      </button>
    );
  }

  async function submit() {
    setBusy(true);
    setError(undefined);
    try {
      await revokeGrant(grantId, reason);
      onRevoked();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '取り消せませんでした。もう一度お試しください。');
      setBusy(false);
    }
  }

  return (
    <div className="revoke-form">
      <TextArea label="取り消しの理由" path={['revoke', grantId, 'reason']} value={reason} onChange={setReason} rows={2} required error={error} />
      <div className="button-row">
        <button type="button" className="button button-primary button-small" disabled={busy || reason.trim() === ''} onClick={() => void submit()}>
          {busy ? '取り消しています…' : '共有を取り消す'}
        </button>
        <button type="button" className="button button-secondary button-small" disabled={busy} onClick={() => setOpen(false)}>
          やめる
        </button>
      </div>
    </div>
  );
}
