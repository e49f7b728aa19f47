import { indicatorEvidenceSheet } from '@kizuki/core';
import { fetchRecords } from '../api/records.js';
import { Link } from '../routing/link.js';
import { policyPaths } from './policy-paths.js';
import { LoadStatus, useLoad } from '../components/use-load.js';

/**
 * The one-page A4 evidence sheet of a fiscal year for the 交付金 report: each indicator ア〜エ with the
 * year's recorded activities; an indicator without a record is printed as such, never filled in.
 */
export function EvidenceSheetPage({ fiscalYear }: { fiscalYear: number }) {
  const [state] = useLoad(async (signal) => (await fetchRecords('policy_activity', 'own', signal)).map((r) => r.body), '取組を読み込めませんでした。');
  const sheet = state.kind === 'ready' ? indicatorEvidenceSheet(fiscalYear, state.data) : undefined;
  return (
    <div className="evidence-page">
      <p className="policy-toolbar no-print">
        <Link to={policyPaths.activities}>取組の一覧へ戻る</Link>
        <button type="button" className="button button-primary button-small" onClick={() => window.print()}>
          印刷
        </button>
      </p>
      <LoadStatus state={state} />
      {sheet && (
        <article className="evidence-sheet" aria-labelledby="evidence-title">
          <h1 id="evidence-title">{sheet.title}</h1>
          <table className="evidence-table">
            <tbody>
              {sheet.indicators.map((i) => (
                <tr key={i.indicator} data-indicator={i.indicator}>
                  <th scope="row">
                    <span className="evidence-mark">{i.mark}</span>
                    {i.label}
                    <span className="evidence-met">{i.met ? '取組あり' : '記録なし'}</span>
                  </th>
                  <td>
                    {i.lines.length === 0 ? (
                      <p className="muted">この年度の記録はありません。</p>
                    ) : (
                      <ul>
                        {i.lines.map((line, n) => (
                          <li key={n}>
                            <span className="evidence-date">{line.dateText}</span> {line.text}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="evidence-foot">気づき（ケアマネジメント支援システム）に記録した取組から作成。記録のない指標は「記録なし」と表示しています。</p>
        </article>
      )}
    </div>
  );
}
