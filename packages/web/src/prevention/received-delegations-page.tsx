import { delegationStatusLabels } from '@kizuki/core';
import { LoadStatus, useLoad } from '../components/use-load.js';
import { Link } from '../routing/link.js';
import { routePath } from '../routing/routes.js';
import { wareki } from '../shared/dates.js';
import { fetchReceivedDelegations } from './prevention-api.js';

/** 委託された利用者: the clients whose 介護予防支援 a center delegated to this office. */
export function ReceivedDelegationsPage() {
  const [state] = useLoad((signal) => fetchReceivedDelegations(signal), '委託された利用者を読み込めませんでした。');
  return (
    <section className="prevention-page" aria-labelledby="received-title">
      <h1 id="received-title">委託された利用者</h1>
      <p className="muted">地域包括支援センターから介護予防支援を委託された利用者です。計画はセンターのケースファイルに保存され、センターが確認欄を記録します。</p>
      <LoadStatus state={state} />
      {state.kind === 'ready' && (
        <table className="data-table" aria-label="委託された利用者">
          <thead>
            <tr>
              <th scope="col">利用者</th>
              <th scope="col">委託元</th>
              <th scope="col">計画</th>
              <th scope="col">委託の期限</th>
            </tr>
          </thead>
          <tbody>
            {state.data.length === 0 && (
              <tr>
                <td colSpan={4}>委託された利用者はいません。</td>
              </tr>
            )}
            {state.data.map((d) => (
              <tr key={`${d.grantId}:${d.clientId}`}>
                <th scope="row">
                  <Link to={routePath({ name: 'prevention', path: ['delegated', d.grantId, d.clientId] })}>{d.client?.name ?? d.clientId}</Link>
                </th>
                <td>{d.centerName}</td>
                <td>{delegationStatusLabels[d.status]}</td>
                <td>{wareki(d.validUntil)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
