import { careManagementTypeGuides, delegationStatusLabels } from '@kizuki/core';
import { LoadStatus, useLoad } from '../components/use-load.js';
import { Link } from '../routing/link.js';
import { clientTabPath } from '../routing/routes.js';
import { wareki } from '../shared/dates.js';
import { fetchDelegationOverview } from './prevention-api.js';

/** 委託状況: the center's delegated cases counted per office, and each case with where its plan stands. */
export function DelegationStatusPage() {
  const [state] = useLoad((signal) => fetchDelegationOverview(signal), '委託状況を読み込めませんでした。');
  return (
    <section className="prevention-page" aria-labelledby="delegation-title">
      <h1 id="delegation-title">委託状況</h1>
      <p className="muted">介護予防支援を委託している利用者（有効な委託の共有のみ）。委託先が作成・変更した計画は「確認待ち」になり、利用者の「予防」タブで確認欄を記録します。</p>
      <LoadStatus state={state} />
      {state.kind === 'ready' && (
        <>
          <p>基準日：{wareki(state.data.asOf)}</p>
          <table className="data-table" aria-label="委託先ごとの件数">
            <thead>
              <tr>
                <th scope="col">委託先の事業所</th>
                <th scope="col">委託中</th>
                <th scope="col">確認待ち</th>
                <th scope="col">確認済み</th>
                <th scope="col">モニタリング期限超過</th>
              </tr>
            </thead>
            <tbody>
              {state.data.offices.length === 0 && (
                <tr>
                  <td colSpan={5}>委託している利用者はいません。</td>
                </tr>
              )}
              {state.data.offices.map((o) => (
                <tr key={o.officeId}>
                  <th scope="row">{o.officeName}</th>
                  <td>{o.activeCases}件</td>
                  <td>{o.awaitingConfirmation}件</td>
                  <td>{o.confirmed}件</td>
                  <td>{o.monitoringOverdue}件</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>利用者ごと</h2>
          <table className="data-table" aria-label="委託している利用者">
            <thead>
              <tr>
                <th scope="col">利用者</th>
                <th scope="col">委託先</th>
                <th scope="col">類型</th>
                <th scope="col">計画作成日</th>
                <th scope="col">状態</th>
                <th scope="col">確認日</th>
                <th scope="col">最後のモニタリング</th>
                <th scope="col">委託の期限</th>
              </tr>
            </thead>
            <tbody>
              {state.data.cases.map((c) => (
                <tr key={`${c.grantId}:${c.clientId}`}>
                  <th scope="row">
                    <Link to={clientTabPath(c.clientId, 'prevention')}>{c.clientName}</Link>
                  </th>
                  <td>{c.officeName}</td>
                  <td>{c.careManagementType ? careManagementTypeGuides[c.careManagementType].title : '—'}</td>
                  <td>{wareki(c.planDate)}</td>
                  <td>{delegationStatusLabels[c.status]}</td>
                  <td>{wareki(c.confirmedOn, '—')}</td>
                  <td>
                    {wareki(c.lastMonitoringOn, 'なし')}
                    {c.monitoringOverdue && <span className="badge badge-warning">期限超過</span>}
                  </td>
                  <td>{wareki(c.validUntil)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
