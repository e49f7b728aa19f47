import { ageBandLabels, formatWeekdays, resourceKindLabels, unmetByQuarter, type ResourceKind } from '@kizuki/core';
import type { Session } from '../api/endpoints.js';
import { todayIso, wareki } from '../shared/dates.js';
import { LoadStatus } from '../components/use-load.js';
import { useRegionRecords } from './use-region-records.js';
import { UnmetNeedsToIssues } from './region-issue-register.js';

const kindLabel = (k: ResourceKind | 'unspecified') => (k === 'unspecified' ? '種別なし' : resourceKindLabels[k]);

/**
 * 不足している社会資源: what care managers of the area looked for and did not find (de-identified),
 * counted per quarter and kind: the evidence for 地域課題 and the 協議体.
 */
export function UnmetNeedsPage({ session }: { session: Session }) {
  const { state } = useRegionRecords('region_unmet_need');
  const printedOn = wareki(todayIso());
  const records = state.kind === 'ready' ? [...state.data].sort((a, b) => b.body.recordedOn.localeCompare(a.body.recordedOn)) : [];
  const quarters = unmetByQuarter(records.map((r) => r.body));
  const max = Math.max(1, ...quarters.map((q) => q.total));
  return (
    <div className="unmet-page">
      <p className="unmet-printed-on">{session.organization.name}（{printedOn}現在）</p>
      <p>
        ケアプランを作るときに地域で見つからなかった支援です（ケアプランの援助内容の「地域の資源から探す」から記録します）。個人が特定される情報（氏名・住所・被保険者番号など）は含みません。
      </p>
      <button type="button" className="button button-secondary region-print-button" onClick={() => window.print()}>
        印刷（A4縦・協議体の資料に）
      </button>
      <LoadStatus state={state} />
      {state.kind === 'ready' && (
        <p className="unmet-total">
          管内の記録 <strong data-testid="unmet-total">{records.length}</strong>件
          {session.organization.kind === 'insurer' ? '' : `（うち当事業所 ${records.filter((r) => r.ownerOrganizationId === session.organization.id).length}件）`}
        </p>
      )}
      {quarters.length > 0 && (
        <figure className="unmet-chart">
          <figcaption>四半期ごとの件数（種別の内訳）</figcaption>
          <ul>
            {quarters.map((q) => (
              <li key={q.key}>
                <span className="unmet-chart-label">{q.label}</span>
                <span className="unmet-chart-bar" style={{ width: `${(100 * q.total) / max}%` }} aria-hidden="true" />
                <span className="unmet-chart-value">
                  {q.total}件（{(Object.entries(q.byKind) as [ResourceKind | 'unspecified', number][]).map(([k, n]) => `${kindLabel(k)}${n}`).join('・')}）
                </span>
              </li>
            ))}
          </ul>
        </figure>
      )}
      <UnmetNeedsToIssues session={session} />
      {state.kind === 'ready' && records.length === 0 && (
        <div className="empty-state">
          <p>記録はまだありません。</p>
        </div>
      )}
      {records.length > 0 && (
        <table className="client-table unmet-table">
          <caption className="visually-hidden">不足している社会資源の一覧</caption>
          <thead>
            <tr>
              <th scope="col">記録日</th>
              <th scope="col">圏域・地区</th>
              <th scope="col">必要だった支援</th>
              <th scope="col">種別・曜日</th>
              <th scope="col">誰に（年齢層・要介護度）</th>
            </tr>
          </thead>
          <tbody>
            {records.map((r) => (
              <tr key={r.id} className="unmet-row">
                <td>{wareki(r.body.recordedOn)}</td>
                <td>
                  {r.body.area}
                  {r.body.district ? `・${r.body.district}` : ''}
                </td>
                <td>
                  {r.body.need}
                  {r.body.note && <p className="muted">{r.body.note}</p>}
                </td>
                <td>
                  {r.body.wantedKind ? resourceKindLabels[r.body.wantedKind] : '—'}
                  {r.body.days.length > 0 ? `（${formatWeekdays(r.body.days)}）` : ''}
                </td>
                <td>
                  {r.body.ageBand ? ageBandLabels[r.body.ageBand] : '—'} {r.body.careLevel ?? ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
