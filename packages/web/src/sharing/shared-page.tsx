import { documentKindLabels, grantLastDay, grantPurposeTable, type ReceivedGrant } from '@kizuki/core';
import { useEffect, useState } from 'react';
import { ApiError } from '../api/client.js';
import { Link } from '../routing/link.js';
import { routePath } from '../routing/routes.js';
import { dateTimeText, wareki } from '../shared/dates.js';
import { fetchReceivedGrants, itemLabel } from './sharing-api.js';
import './sharing.css';

type State = { kind: 'loading' } | { kind: 'ready'; grants: ReceivedGrant[] } | { kind: 'failed'; message: string };

/** 共有された書類: what other organizations share with this one now (revoked and expired grants are gone). */
export function SharedPage() {
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    document.title = '共有された書類 - 気づき';
    const controller = new AbortController();
    fetchReceivedGrants(controller.signal).then(
      (grants) => setState({ kind: 'ready', grants }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ kind: 'failed', message: error instanceof ApiError ? error.message : '共有された書類を読み込めませんでした。' });
      },
    );
    return () => controller.abort();
  }, []);

  return (
    <div className="sharing-page">
      <h1>共有された書類</h1>
      <p>他の組織から共有されている書類です。共有された版だけを、期限まで読むことができます（編集はできません）。閲覧は双方の閲覧記録に残ります。</p>
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
          <p>いま共有されている書類はありません。</p>
        </div>
      )}
      {state.kind === 'ready' &&
        state.grants.map((grant) => (
          <section key={`${grant.ownerOrganizationId}/${grant.id}`} className="editor-card shared-grant" aria-label={`${grant.ownerName}からの共有`}>
            <h2>
              {grant.ownerName}
              <span className="tag">{grantPurposeTable[grant.purpose].label}</span>
            </h2>
            <p className="grant-reason">
              理由: {grant.reason}（{dateTimeText(grant.createdAt)} 共有、{wareki(grantLastDay(grant.validUntil))}まで）
            </p>
            <ul className="grant-items">
              {grant.items.map((item) => {
                const who = item.client ? `${item.client.name}（被保険者番号 ${item.client.insuredNumber}）` : '利用者（氏名は共有されていません）';
                const label = itemLabel(item, (k) => documentKindLabels[k]);
                return (
                  <li key={item.itemNo}>
                    {who}: {item.documentId === undefined ? label : <Link to={routePath({ name: 'shared-document', grantId: grant.id, documentId: item.documentId })}>{label}</Link>}
                  </li>
                );
              })}
            </ul>
            {grant.purpose === 'delegated_prevention' && (
              <p>
                {[...new Set(grant.items.map((i) => i.clientId))].map((clientId) => (
                  <Link key={clientId} className="button button-secondary" to={routePath({ name: 'prevention', path: ['delegated', grant.id, clientId] })}>
                    委託された計画を開く{grant.items.find((i) => i.clientId === clientId)?.client ? `（${grant.items.find((i) => i.clientId === clientId)?.client?.name ?? ''}）` : ''}
                  </Link>
                ))}
              </p>
            )}
          </section>
        ))}
      <p>
        <Link to="/">ホームへ戻る</Link>
      </p>
    </div>
  );
}
