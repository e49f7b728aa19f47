import type { CsvExportReport } from './export-report.js';

/** What an export changed and left out: files written, characters replaced for MS932, services excluded. */
export function ExportReportView({ report }: { report: CsvExportReport }) {
  const { detail } = report;
  const conversions = report.conversionCount ?? detail?.conversions.length ?? 0;
  const excluded = report.excludedCount ?? detail?.excluded.length ?? 0;
  return (
    <div className="csv-report">
      <ul className="csv-report-counts">
        <li>CSVファイル: {report.files === undefined ? '不明' : `${report.files}件`}</li>
        <li>MS932にない文字の置き換え: {conversions}件</li>
        <li>連携対象外で出力しなかった項目: {excluded}件</li>
      </ul>
      {detail === undefined && conversions + excluded > 0 && (
        <p className="notice">置き換えと除外の一覧は件数が多いため、ここには表示できません。送信先と事業所を絞って出力し直すと一覧を確認できます。</p>
      )}
      {detail !== undefined && detail.conversions.length > 0 && (
        <table className="data-table compact">
          <caption>MS932（Shift_JIS）にない文字を置き換えました</caption>
          <thead>
            <tr>
              <th scope="col">項目</th>
              <th scope="col">元の文字</th>
              <th scope="col">置き換えた文字</th>
            </tr>
          </thead>
          <tbody>
            {detail.conversions.map((c, i) => (
              <tr key={i}>
                <td>{c.field}</td>
                <td className="csv-char">{c.original}</td>
                <td className="csv-char">{c.replacement === '' ? '（削除）' : c.replacement}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {detail !== undefined && detail.excluded.length > 0 && (
        <table className="data-table compact">
          <caption>連携対象外のため出力しなかった項目</caption>
          <thead>
            <tr>
              <th scope="col">被保険者番号</th>
              <th scope="col">項目</th>
              <th scope="col">理由</th>
            </tr>
          </thead>
          <tbody>
            {detail.excluded.map((e, i) => (
              <tr key={i}>
                <td>{e.insuredNumber}</td>
                <td>{e.item}</td>
                <td>{e.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {detail !== undefined && detail.skipped.length > 0 && (
        <table className="data-table compact">
          <caption>出力しなかった計画（利用者ごと）</caption>
          <thead>
            <tr>
              <th scope="col">利用者</th>
              <th scope="col">被保険者番号</th>
              <th scope="col">理由</th>
            </tr>
          </thead>
          <tbody>
            {detail.skipped.map((s, i) => (
              <tr key={i}>
                <td>{s.name}</td>
                <td>{s.insuredNumber}</td>
                <td>{s.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
