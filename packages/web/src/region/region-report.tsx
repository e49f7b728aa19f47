import { resourceKindLabels, type UnmetKindKey } from '@kizuki/core';
import type { Session } from '../api/endpoints.js';
import { LoadStatus, useLoad } from '../components/use-load.js';
import { Link } from '../routing/link.js';
import { routePath } from '../routing/routes.js';
import { todayIso, wareki } from '../shared/dates.js';
import { fetchUnmetReport } from './region-issue-api.js';
import { QuarterBarChart } from './region-report-chart.js';
import './region-issue.css';

export const unmetKindLabel = (k: UnmetKindKey) => (k === 'unspecified' ? '種別なし' : resourceKindLabels[k]);

/** 集計: unmet needs by 日常生活圏域 and kind per fiscal quarter, as a chart and a table; the link to the 協議体's agenda. */
export function RegionReportPage({ session }: { session: Session }) {
  const [state] = useLoad((signal) => fetchUnmetReport(signal), '集計を読み込めませんでした。');
  return (
    <div className="region-report">
      <p className="unmet-printed-on">
        {session.organization.name}（{wareki(todayIso())}現在）
      </p>
      <div className="region-toolbar">
        <Link className="button button-primary" to={routePath({ name: 'region', path: ['reports', 'agenda'] })}>
          協議体の資料（地域課題と根拠）
        </Link>
        <button type="button" className="button button-secondary region-print-button" onClick={() => window.print()}>
          印刷
        </button>
      </div>
      <LoadStatus state={state} />
      {state.kind === 'ready' && state.data.total === 0 && (
        <div className="empty-state">
          <p>不足している資源の記録はまだありません。</p>
        </div>
      )}
      {state.kind === 'ready' && state.data.total > 0 && (
        <>
          <p>
            不足している資源 <strong data-testid="report-total">{state.data.total}</strong>件（日常生活圏域・種別・年度の四半期ごと。個人が特定される情報は含みません）
          </p>
          <QuarterBarChart title="日常生活圏域ごとの件数（四半期）" quarters={state.data.quarters.map((q) => q.label)} series={state.data.areas.map((a) => ({ label: a.area, values: a.counts }))} />
          <table className="client-table report-table">
            <caption>日常生活圏域・種別ごとの件数</caption>
            <thead>
              <tr>
                <th scope="col">日常生活圏域</th>
                <th scope="col">種別</th>
                {state.data.quarters.map((q) => (
                  <th key={q.key} scope="col">
                    {q.label}
                  </th>
                ))}
                <th scope="col">計</th>
              </tr>
            </thead>
            <tbody>
              {state.data.rows.map((r) => (
                <tr key={`${r.area}-${r.kind}`}>
                  <th scope="row">{r.area}</th>
                  <td>{unmetKindLabel(r.kind)}</td>
                  {r.counts.map((n, i) => (
                    <td key={state.data.quarters[i]?.key ?? i} className="number">
                      {n}
                    </td>
                  ))}
                  <td className="number">{r.total}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  計
                </th>
                {state.data.quarterTotals.map((n, i) => (
                  <td key={state.data.quarters[i]?.key ?? i} className="number">
                    {n}
                  </td>
                ))}
                <td className="number">{state.data.total}</td>
              </tr>
            </tfoot>
          </table>
        </>
      )}
    </div>
  );
}
